//! What a run records when something stands in its way: a load held up inside its
//! transaction, PostgreSQL going away mid-run, a hand-back at SIGTERM.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sea_orm::sqlx;
use sluice_testing::http::Reply;
use uuid::Uuid;

use crate::cluster::{Cluster, numbers};

type Times = (String, DateTime<Utc>, DateTime<Utc>, DateTime<Utc>);

async fn times(c: &Cluster, run: Uuid) -> Times {
    sqlx::query_as("SELECT status, started_at, finished_at, heartbeat_at FROM runs WHERE id = $1")
        .bind(run)
        .fetch_one(&c.pool)
        .await
        .unwrap()
}

/// A load transaction that waits (here on a lock another session holds on the destination
/// table) does not shorten the run: `finished_at` and `heartbeat_at` say when the run finished,
/// not when its load transaction began.
#[tokio::test(flavor = "multi_thread")]
async fn a_run_whose_load_waits_on_a_lock_records_when_it_really_finished() {
    let mut c = Cluster::new().await;
    c.server.body("/held", numbers(10));
    let pipeline = c.numbers_pipeline("held", None).await;
    c.spawn_worker();
    let first = c.queue_run(pipeline).await;
    c.wait_finished(&[first], Duration::from_secs(60)).await;
    assert_eq!(c.run_status(first).await.0, "succeeded");

    // Another session holds the table: the next load's transaction begins, then waits.
    c.server.body("/held", numbers(20));
    let table = format!("\"{}\".held", c.schema);
    let mut lock = c.pool.begin().await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE"
    )))
    .execute(&mut *lock)
    .await
    .unwrap();
    let run = c.queue_run(pipeline).await;
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_locks WHERE relation = $1::text::regclass AND NOT granted",
        )
        .bind(&table)
        .fetch_one(&c.pool)
        .await
        .unwrap();
        if waiting > 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the load never waited on the lock"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let blocked: DateTime<Utc> = sqlx::query_scalar("SELECT clock_timestamp()")
        .fetch_one(&c.pool)
        .await
        .unwrap();
    // Held across a few of the worker's heartbeats (one a second): a visibly long run.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (_, _, _, heartbeat) = times_running(&c, run).await;
        if heartbeat > blocked + chrono::Duration::milliseconds(2500) {
            break;
        }
        assert!(Instant::now() < deadline, "the worker stopped heartbeating");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let released: DateTime<Utc> = sqlx::query_scalar("SELECT clock_timestamp()")
        .fetch_one(&mut *lock)
        .await
        .unwrap();
    lock.commit().await.unwrap();

    c.wait_finished(&[run], Duration::from_secs(60)).await;
    let (status, started, finished, heartbeat) = times(&c, run).await;
    assert_eq!(status, "succeeded");
    assert!(
        finished >= released,
        "finished_at {finished} is before the load could finish ({released})"
    );
    assert!(
        heartbeat >= released,
        "heartbeat_at {heartbeat} went back before the last heartbeat ({released})"
    );
    assert!(
        finished - started >= released - blocked,
        "the run lasted {} by its timestamps, but waited {} on the lock alone",
        finished - started,
        released - blocked
    );
}

/// (status, started_at, finished_at or started_at, heartbeat_at) of a run still running.
async fn times_running(c: &Cluster, run: Uuid) -> Times {
    sqlx::query_as(
        "SELECT status, started_at, coalesce(finished_at, started_at), heartbeat_at FROM runs WHERE id = $1",
    )
    .bind(run)
    .fetch_one(&c.pool)
    .await
    .unwrap()
}

/// PostgreSQL stops while a run executes: the run's next statement fails, and so does the
/// statement recording that failure. The worker logs the error with the run, keeps the
/// outcome and records it once PostgreSQL is back — `database_unavailable` with the error
/// text — instead of leaving the run `running` until the reconciler calls its (living)
/// worker lost.
#[tokio::test(flavor = "multi_thread")]
async fn a_failure_during_a_database_outage_is_recorded_once_the_database_is_back() {
    let mut c = Cluster::on_private_postgres().await;
    c.capture_logs();
    // One attempt: the transient failure ends the run, so its recorded cause is what remains.
    c.env("SLUICE__WORKER__MAX_ATTEMPTS", "1");
    c.server.set(
        "/outage",
        Reply::Slow {
            body: numbers(10).into_bytes(),
            delay: Duration::from_secs(3),
        },
    );
    let pipeline = c.numbers_pipeline("outage", None).await;
    c.spawn_worker();
    let run = c.queue_run(pipeline).await;
    c.wait_status(run, "running").await;

    let postgres = c.postgres.as_ref().unwrap();
    postgres.stop();
    let stopped = Instant::now();
    // Down until the run has failed and its worker waits to record that...
    let run_text = run.to_string();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !c
        .logs()
        .lines()
        .any(|l| l.contains(&run_text) && l.contains("cannot record the run's outcome yet"))
    {
        assert!(
            Instant::now() < deadline,
            "the worker never waited to record the failure:\n{}",
            c.logs()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // ...and until, by its heartbeat alone, the run looks abandoned: no heartbeat can have been
    // written since the stop, and the cluster's workers call a run stale after 3 s without one.
    tokio::time::sleep_until((stopped + Duration::from_secs(3 + 1)).into()).await;
    postgres.restart();

    c.wait_finished(&[run], Duration::from_secs(60)).await;
    let (status, code, error, log): (String, Option<String>, Option<String>, serde_json::Value) =
        sqlx::query_as("SELECT status, error_code, error, step_log FROM runs WHERE id = $1")
            .bind(run)
            .fetch_one(&c.pool)
            .await
            .unwrap();
    assert_eq!(
        (status.as_str(), code.as_deref()),
        ("failed", Some("database_unavailable")),
        "error: {error:?}, step log: {log}"
    );
    let error = error.unwrap();
    assert!(error.contains("database error"), "{error}");
    assert!(
        !log.to_string().contains("stopped heartbeating"),
        "the living worker was declared lost: {log}"
    );
    let logs = c.logs();
    assert!(
        logs.lines()
            .any(|l| l.contains(&run.to_string()) && l.contains("database error")),
        "the worker never logged the run's error:\n{logs}"
    );
}

/// A run handed back at SIGTERM (grace period over) says so in its step log, which
/// `GET /runs/{id}` shows, naming the worker that gave it back.
#[tokio::test(flavor = "multi_thread")]
async fn a_run_handed_back_at_sigterm_says_so_in_its_step_log() {
    let mut c = Cluster::new().await;
    c.server.set(
        "/slow",
        Reply::Slow {
            body: numbers(10).into_bytes(),
            delay: Duration::from_secs(5),
        },
    );
    let pipeline = c.numbers_pipeline("slow", None).await;
    c.env("SLUICE__WORKER__SHUTDOWN_GRACE_SECS", "0");
    let worker = c.spawn_worker();
    let run = c.queue_run(pipeline).await;
    c.wait_status(run, "running").await;
    let holder: String = sqlx::query_scalar("SELECT worker_id FROM runs WHERE id = $1")
        .bind(run)
        .fetch_one(&c.pool)
        .await
        .unwrap();
    c.terminate_worker(worker);
    let exit = c.wait_worker_exit(worker, Duration::from_secs(30));
    assert!(exit.success(), "{exit:?}");

    let (status, log): (String, Vec<String>) = sqlx::query_as(
        "SELECT status, ARRAY(SELECT jsonb_array_elements_text(step_log)) FROM runs WHERE id = $1",
    )
    .bind(run)
    .fetch_one(&c.pool)
    .await
    .unwrap();
    assert_eq!(status, "queued");
    assert!(
        log.iter()
            .any(|line| line.contains("handed back") && line.contains(&holder)),
        "{log:?}"
    );
}
