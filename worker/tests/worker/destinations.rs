//! Runs into a tenant's own PostgreSQL, with the worker binary: the destination's commit and
//! the control plane's are two (docs/ARCHITECTURE.md, "Loads into a tenant's own database"),
//! and a worker killed between them, or a destination that is down, never loses or doubles a
//! load.

use std::time::{Duration, Instant};

use sea_orm::sqlx::{self, PgPool};
use sluice_engine::{crypto::Encryptor, destination::sealing_context, etl::run::LOADS_TABLE};
use sluice_testing::{
    TEST_ENCRYPTION_KEY,
    pg_cluster::{self, Cluster as Postgres},
};
use uuid::Uuid;

use crate::cluster::{Cluster, numbers};

const PASSWORD: &str = "loader-secret-1";

/// A second PostgreSQL server with a database `dw` owned by `loader`, registered as the
/// tenant's destination `warehouse`; `pipeline` now loads into it.
async fn warehouse(c: &mut Cluster, pipeline: Uuid) -> Postgres {
    let postgres = tokio::task::spawn_blocking(Postgres::start).await.unwrap();
    postgres.superuser_sql(&format!("CREATE ROLE loader LOGIN PASSWORD '{PASSWORD}'"));
    postgres.superuser_sql("CREATE DATABASE dw OWNER loader");
    let id = Uuid::now_v7();
    let sealed =
        Encryptor::new(TEST_ENCRYPTION_KEY).seal(PASSWORD.as_bytes(), &sealing_context(id));
    sqlx::query(
        "INSERT INTO destinations (id, tenant_id, name, host, port, database, username, password, \
           sslmode, schema_name, created_at, updated_at) \
         VALUES ($1, $2, 'warehouse', '127.0.0.1', $3, 'dw', 'loader', $4, 'disable', 'sluice', now(), now())",
    )
    .bind(id)
    .bind(c.tenant)
    .bind(i32::from(postgres.port))
    .bind(sealed)
    .execute(&c.pool)
    .await
    .unwrap();
    sqlx::query(
        "UPDATE pipelines SET destination_id = $2, \
           spec = jsonb_set(spec, '{destination,database}', '\"warehouse\"') WHERE id = $1",
    )
    .bind(pipeline)
    .bind(id)
    .execute(&c.pool)
    .await
    .unwrap();
    c.env("SLUICE__DESTINATIONS__ALLOW_NETWORKS", "127.0.0.1/32");
    postgres
}

async fn dw(postgres: &Postgres) -> PgPool {
    PgPool::connect(&format!(
        "postgres://{}@127.0.0.1:{}/dw",
        pg_cluster::SUPERUSER,
        postgres.port
    ))
    .await
    .unwrap()
}

/// (run id, attempt) of each load recorded in the destination.
async fn loads(dw: &PgPool) -> Vec<(Uuid, i32)> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT run_id, attempt FROM sluice.{LOADS_TABLE} ORDER BY committed_at"
    )))
    .fetch_all(dw)
    .await
    .unwrap_or_default()
}

/// The run's (status, attempt, rows inserted, error code, step log).
async fn run_row(c: &Cluster, run: Uuid) -> (String, i32, i64, Option<String>, String) {
    sqlx::query_as(
        "SELECT status, attempt, rows_inserted, error_code, step_log::text FROM runs WHERE id = $1",
    )
    .bind(run)
    .fetch_one(&c.pool)
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_worker_killed_between_the_destination_commit_and_the_control_plane_commit_loads_once() {
    let mut c = Cluster::new().await;
    c.server.body("/sent", numbers(1000));
    let pipeline = c.numbers_pipeline("sent", None).await;
    let postgres = warehouse(&mut c, pipeline).await;
    let dw = dw(&postgres).await;
    // The first worker stops for a minute right after the destination's commit.
    c.env("SLUICE_TEST_PAUSE_AFTER_DESTINATION_COMMIT_MS", "60000");
    let paused = c.spawn_worker();
    let run = c.queue_run(pipeline).await;
    let deadline = Instant::now() + Duration::from_secs(60);
    while loads(&dw).await.is_empty() {
        assert!(
            Instant::now() < deadline,
            "the load never committed in the destination"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Committed there, not yet in the control plane.
    assert_eq!(run_row(&c, run).await.0, "running");
    c.kill_worker(paused);

    c.env("SLUICE_TEST_PAUSE_AFTER_DESTINATION_COMMIT_MS", "0");
    c.spawn_worker();
    c.wait_finished(&[run], Duration::from_secs(60)).await;
    let (status, attempt, inserted, _, log) = run_row(&c, run).await;
    assert_eq!((status.as_str(), attempt, inserted), ("succeeded", 2, 1000));
    assert!(
        log.contains("committed in destination `warehouse` by an earlier attempt"),
        "{log}"
    );
    // One load: one recorded, by the first attempt; every row written once, by this run.
    assert_eq!(loads(&dw).await, vec![(run, 1)]);
    let (rows, by_run, xmins): (i64, i64, i64) = sqlx::query_as(
        "SELECT count(*), count(*) FILTER (WHERE _sluice_run_id = $1), count(DISTINCT xmin::text) FROM sluice.sent",
    )
    .bind(run)
    .fetch_one(&dw)
    .await
    .unwrap();
    assert_eq!(
        (rows, by_run, xmins),
        (1000, 1000, 1),
        "written in one transaction"
    );
    let succeeded: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM runs WHERE pipeline_id = $1 AND status = 'succeeded'",
    )
    .bind(pipeline)
    .fetch_one(&c.pool)
    .await
    .unwrap();
    assert_eq!(succeeded, 1);
    dw.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_destination_down_is_retried_then_fails_clearly_and_the_next_run_loads_once_it_is_back() {
    let mut c = Cluster::new().await;
    c.env("SLUICE__WORKER__MAX_ATTEMPTS", "2");
    c.server.body("/kept", numbers(10));
    let pipeline = c.numbers_pipeline("kept", None).await;
    let postgres = warehouse(&mut c, pipeline).await;
    postgres.stop();
    c.spawn_worker();
    let run = c.queue_run(pipeline).await;
    c.wait_finished(&[run], Duration::from_secs(60)).await;
    let (status, attempt, _, code, log) = run_row(&c, run).await;
    assert_eq!(
        (status.as_str(), attempt, code.as_deref()),
        ("failed", 2, Some("destination_unavailable"))
    );
    let error: String = sqlx::query_scalar("SELECT error FROM runs WHERE id = $1")
        .bind(run)
        .fetch_one(&c.pool)
        .await
        .unwrap();
    assert!(
        error.contains("destination `warehouse`")
            && error.contains(&format!("127.0.0.1:{}", postgres.port)),
        "{error}\n{log}"
    );

    postgres.restart();
    let next = c.queue_run(pipeline).await;
    c.wait_finished(&[next], Duration::from_secs(60)).await;
    let (status, attempt, inserted, _, _) = run_row(&c, next).await;
    assert_eq!((status.as_str(), attempt, inserted), ("succeeded", 1, 10));
    let dw = dw(&postgres).await;
    assert_eq!(loads(&dw).await, vec![(next, 1)]);
    dw.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cancel_after_the_destination_commit_is_too_late_and_the_run_succeeds() {
    let mut c = Cluster::new().await;
    c.server.body("/late", numbers(100));
    let pipeline = c.numbers_pipeline("late", None).await;
    let postgres = warehouse(&mut c, pipeline).await;
    let dw = dw(&postgres).await;
    // Several heartbeats (1 s apart here) pass while the run waits after the commit.
    c.env("SLUICE_TEST_PAUSE_AFTER_DESTINATION_COMMIT_MS", "4000");
    c.spawn_worker();
    let run = c.queue_run(pipeline).await;
    let deadline = Instant::now() + Duration::from_secs(60);
    while loads(&dw).await.is_empty() {
        assert!(Instant::now() < deadline, "the load never committed");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let cancel = sluice_engine::run_records::request_cancel(&c.pool, c.tenant, run)
        .await
        .unwrap();
    assert!(matches!(
        cancel,
        sluice_engine::run_records::Cancel::Requested
    ));
    c.wait_finished(&[run], Duration::from_secs(60)).await;
    // The rows are in the destination: the run says so, it is not canceled.
    let (status, attempt, inserted, _, _) = run_row(&c, run).await;
    assert_eq!((status.as_str(), attempt, inserted), ("succeeded", 1, 100));
    assert_eq!(loads(&dw).await, vec![(run, 1)]);
    dw.close().await;
}
