//! The worker fleet against failures: kill -9, Redis loss, several schedulers, several workers.

use std::{collections::HashSet, time::Duration};

use sea_orm::sqlx;
use sluice_testing::http::Reply;

use crate::cluster::{Cluster, numbers};

#[tokio::test(flavor = "multi_thread")]
async fn a_worker_killed_mid_load_is_replaced_and_the_run_completes_once() {
    let mut c = Cluster::new().await;
    c.env("SLUICE__WORKER__BATCH_ROWS", "20000");
    // Long enough (several seconds in a debug build) for a heartbeat to report progress first.
    let rows = 1_000_000;
    c.server.body("/big", numbers(rows));
    let pipeline = c.numbers_pipeline("big", None).await;
    let first = c.spawn_worker();
    let run = c.queue_run(pipeline).await;

    // Wait until the load is under way: running, with rows already sent.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let (status, _, progress) = c.run_status(run).await;
        if status == "running" && progress > 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the load never started ({status})"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    c.kill_worker(first);
    // Nothing of the killed attempt was committed.
    let partial: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_tables WHERE tablename = 'big'")
        .fetch_one(&c.pool)
        .await
        .unwrap();
    assert!(partial == 0 || c.count("big").await == 0);

    c.spawn_worker();
    c.wait_finished(&[run], Duration::from_secs(120)).await;
    let (status, attempt, _) = c.run_status(run).await;
    assert_eq!(status, "succeeded");
    assert_eq!(attempt, 2, "the second attempt completed the run");
    assert_eq!(c.count("big").await, rows as i64);
    let succeeded: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM runs WHERE pipeline_id = $1 AND status = 'succeeded'",
    )
    .bind(pipeline)
    .fetch_one(&c.pool)
    .await
    .unwrap();
    assert_eq!(succeeded, 1);
    let error: Option<String> = sqlx::query_scalar("SELECT error FROM runs WHERE id = $1")
        .bind(run)
        .fetch_one(&c.pool)
        .await
        .unwrap();
    assert!(error.is_none(), "a succeeded run keeps no error: {error:?}");
    let log: serde_json::Value = sqlx::query_scalar("SELECT step_log FROM runs WHERE id = $1")
        .bind(run)
        .fetch_one(&c.pool)
        .await
        .unwrap();
    assert!(log.to_string().contains("stopped heartbeating"), "{log}");
}

#[tokio::test(flavor = "multi_thread")]
async fn runs_survive_redis_losing_everything() {
    let mut c = Cluster::new().await;
    let mut runs = Vec::new();
    for i in 0..6 {
        let name = format!("src{i}");
        // Slow sources keep some runs executing while Redis dies.
        c.server.set(
            &format!("/{name}"),
            Reply::Slow {
                body: numbers(50).into_bytes(),
                delay: Duration::from_secs(2),
            },
        );
        let pipeline = c.numbers_pipeline(&name, None).await;
        runs.push(c.queue_run(pipeline).await);
    }
    c.spawn_worker();
    c.spawn_worker();
    // Some running, some still queued.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let in_flight = loop {
        let running: Vec<uuid::Uuid> =
            sqlx::query_scalar("SELECT id FROM runs WHERE status = 'running'")
                .fetch_all(&c.pool)
                .await
                .unwrap();
        if !running.is_empty() {
            break running;
        }
        assert!(std::time::Instant::now() < deadline, "no run started");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    c.redis.kill();
    // Redis stays down until the runs that were executing when it died have finished: their
    // state is in PostgreSQL, so they complete without it.
    c.wait_finished(&in_flight, Duration::from_secs(60)).await;
    for run in &in_flight {
        assert_eq!(c.run_status(*run).await.0, "succeeded", "run {run}");
    }
    c.redis.restart();
    c.wait_finished(&runs, Duration::from_secs(120)).await;
    for (i, run) in runs.iter().enumerate() {
        let (status, attempt, _) = c.run_status(*run).await;
        assert_eq!(status, "succeeded", "run {i}");
        assert_eq!(attempt, 1, "run {i} executed more than once");
        assert_eq!(
            c.server.requests(&format!("/src{i}")).len(),
            1,
            "source {i} fetched more than once"
        );
        assert_eq!(c.count(&format!("src{i}")).await, 50);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn two_schedulers_make_exactly_one_run_per_tick() {
    let mut c = Cluster::new().await;
    c.server.body("/ticker", numbers(3));
    let pipeline = c.numbers_pipeline("ticker", Some("*/2 * * * * *")).await;
    c.spawn_worker();
    c.spawn_worker();
    // At least five ticks.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM runs WHERE pipeline_id = $1 AND status IN ('succeeded', 'skipped')")
            .bind(pipeline)
            .fetch_one(&c.pool)
            .await
            .unwrap();
        if n >= 5 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "only {n} scheduled runs finished"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Each scheduled run: its tick, and when the scheduler that made it decided (`created_at`).
    let runs: Vec<(chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>)> =
        sqlx::query_as("SELECT scheduled_for, created_at FROM runs WHERE pipeline_id = $1 AND trigger = 'schedule' ORDER BY scheduled_for")
            .bind(pipeline)
            .fetch_all(&c.pool)
            .await
            .unwrap();
    let ticks: Vec<_> = runs.iter().map(|(tick, _)| *tick).collect();
    let distinct: HashSet<_> = ticks.iter().collect();
    assert_eq!(
        distinct.len(),
        ticks.len(),
        "a tick has two runs: {ticks:?}"
    );
    assert!(ticks.len() >= 5, "{ticks:?}");
    for (tick, decided) in &runs {
        assert_eq!(
            tick.timestamp_subsec_nanos(),
            0,
            "{tick} is not a tick of */2"
        );
        assert_eq!(tick.timestamp() % 2, 0, "{tick} is not a tick of */2");
        assert!(
            tick <= decided,
            "the run for {tick} was made early, at {decided}"
        );
    }
    // The scheduler's rule, exactly: after making the run for a tick at time `decided`, the
    // pipeline waits for the first tick after `decided`. Ticks passed meanwhile (the scheduler
    // late, or the pipeline busy with its previous run) coalesce into that one; none is
    // skipped otherwise, and none runs twice.
    let first_tick_after =
        |t: &chrono::DateTime<chrono::Utc>| (t.timestamp().div_euclid(2) + 1) * 2;
    for pair in runs.windows(2) {
        let (_, decided) = pair[0];
        let (next, _) = pair[1];
        assert_eq!(
            next.timestamp(),
            first_tick_after(&decided),
            "after the run decided at {decided}, the next run is for {next}: {runs:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn three_workers_drain_thirty_runs_each_exactly_once() {
    let mut c = Cluster::new().await;
    let mut runs = Vec::new();
    for i in 0..30 {
        let name = format!("p{i}");
        c.server.body(&format!("/{name}"), numbers(20 + i));
        let pipeline = c.numbers_pipeline(&name, None).await;
        runs.push(c.queue_run(pipeline).await);
    }
    for _ in 0..3 {
        c.spawn_worker();
    }
    c.wait_finished(&runs, Duration::from_secs(180)).await;
    let mut workers = HashSet::new();
    for (i, run) in runs.iter().enumerate() {
        let (status, attempt, _) = c.run_status(*run).await;
        let error: Option<String> = sqlx::query_scalar("SELECT error FROM runs WHERE id = $1")
            .bind(run)
            .fetch_one(&c.pool)
            .await
            .unwrap();
        assert_eq!(
            (status.as_str(), attempt),
            ("succeeded", 1),
            "run {i}: {error:?}"
        );
        assert_eq!(
            c.server.requests(&format!("/p{i}")).len(),
            1,
            "run {i} fetched its source more than once"
        );
        assert_eq!(c.count(&format!("p{i}")).await, 20 + i as i64);
        let worker: String = sqlx::query_scalar("SELECT worker_id FROM runs WHERE id = $1")
            .bind(run)
            .fetch_one(&c.pool)
            .await
            .unwrap();
        workers.insert(worker);
    }
    assert!(workers.len() >= 2, "the work was not shared: {workers:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_finishes_the_run_in_flight_or_hands_it_back() {
    let mut c = Cluster::new().await;
    c.server.set(
        "/slow",
        Reply::Slow {
            body: numbers(10).into_bytes(),
            delay: Duration::from_secs(3),
        },
    );
    let pipeline = c.numbers_pipeline("slow", None).await;

    // A long grace period: the run finishes before the worker exits.
    c.env("SLUICE__WORKER__SHUTDOWN_GRACE_SECS", "30");
    let patient = c.spawn_worker();
    let run = c.queue_run(pipeline).await;
    c.wait_status(run, "running").await;
    c.terminate_worker(patient);
    let exit = c.wait_worker_exit(patient, Duration::from_secs(30));
    assert!(exit.success(), "{exit:?}");
    assert_eq!(c.run_status(run).await.0, "succeeded");

    // A short one: the run goes back to the queue and another worker completes it.
    c.env("SLUICE__WORKER__SHUTDOWN_GRACE_SECS", "0");
    let hasty = c.spawn_worker();
    sqlx::query("UPDATE pipelines SET state = '{}' WHERE id = $1")
        .bind(pipeline)
        .execute(&c.pool)
        .await
        .unwrap();
    let run = c.queue_run(pipeline).await;
    c.wait_status(run, "running").await;
    c.terminate_worker(hasty);
    c.wait_worker_exit(hasty, Duration::from_secs(30));
    let (status, attempt, _) = c.run_status(run).await;
    assert_eq!(
        (status.as_str(), attempt),
        ("queued", 0),
        "handed back, the attempt not counted"
    );
    c.spawn_worker();
    c.wait_finished(&[run], Duration::from_secs(60)).await;
    let (status, attempt, _) = c.run_status(run).await;
    assert_eq!((status.as_str(), attempt), ("succeeded", 1));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_run_whose_workers_keep_dying_fails_after_the_attempt_cap() {
    let mut c = Cluster::new().await;
    c.env("SLUICE__WORKER__MAX_ATTEMPTS", "1");
    c.server.set(
        "/stuck",
        Reply::Slow {
            body: numbers(10).into_bytes(),
            delay: Duration::from_secs(30),
        },
    );
    let pipeline = c.numbers_pipeline("stuck", None).await;
    let doomed = c.spawn_worker();
    let run = c.queue_run(pipeline).await;
    c.wait_status(run, "running").await;
    c.kill_worker(doomed);
    c.spawn_worker();
    c.wait_finished(&[run], Duration::from_secs(60)).await;
    let (status, attempt, _) = c.run_status(run).await;
    assert_eq!((status.as_str(), attempt), ("failed", 1));
    let (error, code): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT error, error_code FROM runs WHERE id = $1")
            .bind(run)
            .fetch_one(&c.pool)
            .await
            .unwrap();
    assert_eq!(code.as_deref(), Some("worker_lost"));
    assert!(error.unwrap().contains("gave up after 1 attempts"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tenant_never_runs_more_than_its_cap() {
    let mut c = Cluster::new().await;
    c.env("SLUICE__WORKER__TENANT_MAX_CONCURRENT_RUNS", "1");
    c.env("SLUICE__WORKER__CONCURRENCY", "3");
    let mut runs = Vec::new();
    for i in 0..3 {
        let name = format!("capped{i}");
        c.server.set(
            &format!("/{name}"),
            Reply::Slow {
                body: numbers(5).into_bytes(),
                delay: Duration::from_millis(700),
            },
        );
        let pipeline = c.numbers_pipeline(&name, None).await;
        runs.push(c.queue_run(pipeline).await);
    }
    c.spawn_worker();
    c.spawn_worker();
    c.wait_finished(&runs, Duration::from_secs(90)).await;
    // Every run's execution, from its claim to its end (both the wall clock's, written by the
    // claim and by the finish): no two of the tenant's overlap.
    let overlapping: Vec<(uuid::Uuid, uuid::Uuid)> = sqlx::query_as(
        "SELECT a.id, b.id FROM runs a JOIN runs b ON a.tenant_id = b.tenant_id AND a.id < b.id \
         WHERE a.tenant_id = $1 \
           AND tstzrange(a.started_at, a.finished_at) && tstzrange(b.started_at, b.finished_at)",
    )
    .bind(c.tenant)
    .fetch_all(&c.pool)
    .await
    .unwrap();
    assert_eq!(
        overlapping,
        [],
        "runs of the tenant executed at the same time"
    );
    let started: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM runs WHERE tenant_id = $1 AND started_at < finished_at",
    )
    .bind(c.tenant)
    .fetch_one(&c.pool)
    .await
    .unwrap();
    assert_eq!(started, 3, "each run has its execution's times");
    for run in runs {
        assert_eq!(c.run_status(run).await.0, "succeeded");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn ticks_missed_during_downtime_coalesce_into_one_run() {
    let c_tick = "0 * * * *";
    let mut c = Cluster::new().await;
    c.server.body("/hourly", numbers(3));
    let pipeline = c.numbers_pipeline("hourly", Some(c_tick)).await;
    // The pipeline last waited for a tick five hours ago: five ticks passed with no scheduler.
    let missed = chrono::Utc::now() - chrono::Duration::hours(5);
    let missed = missed
        .date_naive()
        .and_hms_opt(chrono::Timelike::hour(&missed), 0, 0)
        .unwrap()
        .and_utc();
    sqlx::query("UPDATE pipelines SET next_run_at = $2 WHERE id = $1")
        .bind(pipeline)
        .bind(missed)
        .execute(&c.pool)
        .await
        .unwrap();
    c.spawn_worker();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let next: Option<chrono::DateTime<chrono::Utc>> =
            sqlx::query_scalar("SELECT next_run_at FROM pipelines WHERE id = $1")
                .bind(pipeline)
                .fetch_one(&c.pool)
                .await
                .unwrap();
        if next.is_some_and(|n| n > chrono::Utc::now()) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the scheduler never caught up"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let ticks: Vec<chrono::DateTime<chrono::Utc>> =
        sqlx::query_scalar("SELECT scheduled_for FROM runs WHERE pipeline_id = $1")
            .bind(pipeline)
            .fetch_all(&c.pool)
            .await
            .unwrap();
    assert_eq!(
        ticks,
        [missed],
        "one run, for the tick the pipeline was waiting for"
    );
    let runs: Vec<uuid::Uuid> = sqlx::query_scalar("SELECT id FROM runs WHERE pipeline_id = $1")
        .bind(pipeline)
        .fetch_all(&c.pool)
        .await
        .unwrap();
    c.wait_finished(&runs, Duration::from_secs(60)).await;
    assert_eq!(c.run_status(runs[0]).await.0, "succeeded");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_delivery_whose_worker_dies_mid_call_goes_out_again_with_the_same_event() {
    use base64::Engine as _;
    let mut c = Cluster::new().await;
    // The takeover needs `stale_after` > the call's timeout (the settings refuse otherwise).
    c.env("SLUICE__NOTIFY__TIMEOUT_SECS", "5");
    c.env("SLUICE__NOTIFY__STALE_AFTER_SECS", "6");
    c.server.body("/quiet", numbers(4));
    let pipeline = c.numbers_pipeline("quiet", None).await;
    // The first call hangs until the worker is killed; the next one is answered at once.
    c.server.body("/hook", "ok");
    c.server.queue(
        "/hook",
        vec![Reply::Slow {
            body: b"late".to_vec(),
            delay: Duration::from_secs(60),
        }],
    );
    let hook = uuid::Uuid::now_v7();
    let encryptor = sluice_engine::crypto::Encryptor::new(sluice_testing::TEST_ENCRYPTION_KEY);
    let sealed = encryptor.seal(
        b"whsec_fleet",
        &sluice_engine::notify::secret_context(pipeline, hook),
    );
    let notify = serde_json::json!({
        "webhooks": [{
            "id": hook,
            "url": c.server.url("/hook"),
            "secret": base64::engine::general_purpose::STANDARD.encode(sealed),
        }],
        "on": ["success"],
    });
    sqlx::query("UPDATE pipelines SET notify = $2 WHERE id = $1")
        .bind(pipeline)
        .bind(notify)
        .execute(&c.pool)
        .await
        .unwrap();

    let first = c.spawn_worker();
    let run = c.queue_run(pipeline).await;
    c.wait_finished(&[run], Duration::from_secs(60)).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while c.server.requests("/hook").is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the webhook was never called"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (status, claimed_by): (String, Option<String>) =
        sqlx::query_as("SELECT status, claimed_by FROM deliveries WHERE run_id = $1")
            .bind(run)
            .fetch_one(&c.pool)
            .await
            .unwrap();
    assert_eq!(status, "sending");
    assert!(claimed_by.is_some());
    c.kill_worker(first);

    c.spawn_worker();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let (attempts, event_id) = loop {
        let row: (String, i32, uuid::Uuid) =
            sqlx::query_as("SELECT status, attempts, event_id FROM deliveries WHERE run_id = $1")
                .bind(run)
                .fetch_one(&c.pool)
                .await
                .unwrap();
        if row.0 == "delivered" {
            break (row.1, row.2);
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the delivery was never taken over ({})",
            row.0
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let calls = c.server.requests_with_bodies("/hook");
    assert_eq!(calls.len(), 2, "the receiver saw the event at most twice");
    assert_eq!(attempts, 2);
    for (headers, body) in &calls {
        assert_eq!(headers["sluice-event-id"], event_id.to_string());
        assert_eq!(body, &calls[0].1, "the event changed between attempts");
        let body = String::from_utf8(body.clone()).unwrap();
        sluice_engine::notify::verify(
            b"whsec_fleet",
            &headers["sluice-signature"],
            &body,
            chrono::Utc::now().timestamp(),
            300,
        )
        .unwrap();
    }
    let log: serde_json::Value =
        sqlx::query_scalar("SELECT attempt_log FROM deliveries WHERE run_id = $1")
            .bind(run)
            .fetch_one(&c.pool)
            .await
            .unwrap();
    assert!(log.to_string().contains("stopped"), "{log}");
}

/// A TCP proxy to `upstream` that holds every reply for `delay`.
async fn slow_proxy(upstream: String, delay: Duration) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let upstream = upstream.clone();
            tokio::spawn(async move {
                let Ok(server) = tokio::net::TcpStream::connect(&upstream).await else {
                    return;
                };
                let (mut from_client, mut to_client) = client.into_split();
                let (mut from_server, mut to_server) = server.into_split();
                tokio::spawn(async move {
                    let _ = tokio::io::copy(&mut from_client, &mut to_server).await;
                });
                let mut buffer = vec![0u8; 64 * 1024];
                while let Ok(n) = from_server.read(&mut buffer).await {
                    if n == 0 {
                        return;
                    }
                    tokio::time::sleep(delay).await;
                    if to_client.write_all(&buffer[..n]).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    format!("redis://{address}")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_redis_slower_than_the_poll_interval_does_not_stall_the_consumer() {
    let mut c = Cluster::new().await;
    // Every Redis reply takes longer than the consumer's poll interval, so its poll timer
    // fires while a fetch is in flight: apalis alone then never polls again.
    let upstream = c.redis.url().trim_start_matches("redis://").to_owned();
    let proxy = slow_proxy(upstream, Duration::from_millis(120)).await;
    c.env("SLUICE__REDIS__URL", &proxy);
    c.env("SLUICE__WORKER__QUEUE_POLL_MS", "50");
    c.server.body("/slow", numbers(3));
    let pipeline = c.numbers_pipeline("slow", None).await;
    c.spawn_worker();
    for _ in 0..3 {
        let run = c.queue_run(pipeline).await;
        c.wait_finished(&[run], Duration::from_secs(30)).await;
        let (status, attempt, _) = c.run_status(run).await;
        assert!(
            matches!(status.as_str(), "succeeded" | "skipped") && attempt == 1,
            "{status} on attempt {attempt}"
        );
    }
}
