//! The worker's HTTP listener (`worker.http_port`): `/healthz`, `/readyz` and `/metrics` of a
//! real worker process. Each test has a process of its own, so counters are exact.

use std::time::{Duration, Instant};

use base64::Engine as _;
use sea_orm::sqlx;
use sluice_testing::{
    ports::ReservedPort,
    prometheus::{has, sample},
};

use crate::cluster::{Cluster, numbers};

async fn get(client: &reqwest::Client, url: &str) -> Option<(u16, String)> {
    let response = client.get(url).send().await.ok()?;
    let status = response.status().as_u16();
    Some((status, response.text().await.ok()?))
}

/// Polls `url` until `done` holds for its answer, for at most 30 s.
pub(crate) async fn wait_for(
    client: &reqwest::Client,
    url: &str,
    what: &str,
    done: impl Fn(u16, &str) -> bool,
) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some((status, body)) = get(client, url).await
            && done(status, &body)
        {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what} at {url}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_worker_serves_metrics_of_its_runs_and_health_on_its_http_port() {
    let mut cluster = Cluster::new().await;
    // Reserved for the whole test: the worker listens on it, nothing else can take it.
    let reserved = ReservedPort::new();
    let port = reserved.port();
    cluster.env("SLUICE__WORKER__HTTP_HOST", "127.0.0.1");
    cluster.env("SLUICE__WORKER__HTTP_PORT", &port.to_string());
    cluster.server.body("/metered", numbers(50));
    let pipeline = cluster.numbers_pipeline("metered", None).await;
    // A webhook on success, answered at once.
    cluster.server.body("/hook", "ok");
    let hook = uuid::Uuid::now_v7();
    let sealed = sluice_engine::crypto::Encryptor::new(sluice_testing::TEST_ENCRYPTION_KEY).seal(
        b"whsec_metrics",
        &sluice_engine::notifications::settings::secret_context(pipeline, hook),
    );
    let notify = serde_json::json!({
        "webhooks": [{
            "id": hook,
            "url": cluster.server.url("/hook"),
            "secret": base64::engine::general_purpose::STANDARD.encode(sealed),
        }],
        "on": ["success"],
    });
    sqlx::query("UPDATE pipelines SET notify = $2 WHERE id = $1")
        .bind(pipeline)
        .bind(notify)
        .execute(&cluster.pool)
        .await
        .unwrap();
    cluster.spawn_worker();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let base = format!("http://127.0.0.1:{port}");
    wait_for(&client, &format!("{base}/healthz"), "healthz", |s, _| {
        s == 200
    })
    .await;
    let ready = wait_for(&client, &format!("{base}/readyz"), "readyz", |s, _| {
        s == 200
    })
    .await;
    let ready: serde_json::Value = serde_json::from_str(&ready).unwrap();
    assert_eq!(
        ready,
        serde_json::json!({
            "status": "ready", "database": "ok", "redis": "ok",
            "email": "e-mail is not configured (notify.ses is not set): e-mail deliveries fail",
        })
    );

    // Queued without a job: the reconciler offers it, the worker runs it.
    let run = cluster.queue_run(pipeline).await;
    cluster.wait_finished(&[run], Duration::from_secs(60)).await;
    assert_eq!(cluster.run_status(run).await.0, "succeeded");

    let text = wait_for(
        &client,
        &format!("{base}/metrics"),
        "the run's metrics",
        |s, t| {
            s == 200
                && sample(t, "sluice_runs_finished_total", &[]) >= 1.0
                && sample(t, "sluice_deliveries_total", &[]) >= 1.0
        },
    )
    .await;
    assert_eq!(
        sample(&text, "sluice_runs_started_total", &[]),
        1.0,
        "{text}"
    );
    assert_eq!(
        sample(
            &text,
            "sluice_runs_finished_total",
            &[("outcome", "succeeded")]
        ),
        1.0,
        "{text}"
    );
    assert_eq!(
        sample(
            &text,
            "sluice_run_duration_seconds_count",
            &[("outcome", "succeeded")]
        ),
        1.0
    );
    for (kind, rows) in [
        ("extracted", 50.0),
        ("inserted", 50.0),
        ("updated", 0.0),
        ("failed", 0.0),
    ] {
        assert_eq!(
            sample(&text, "sluice_rows_total", &[("kind", kind)]),
            rows,
            "{kind}: {text}"
        );
    }
    assert_eq!(
        sample(&text, "sluice_run_rows_sum", &[("stage", "inserted")]),
        50.0
    );
    // `deleted` (only `mirror` deletes) is recorded for every run, 0 here.
    assert_eq!(
        sample(&text, "sluice_run_rows_count", &[("stage", "deleted")]),
        1.0,
        "{text}"
    );
    assert!(
        sample(
            &text,
            "sluice_run_claim_duration_seconds_count",
            &[("result", "claimed")]
        ) >= 1.0
    );
    assert!(
        sample(
            &text,
            "sluice_reconciler_requeued_total",
            &[("kind", "owed_run")]
        ) >= 1.0,
        "{text}"
    );
    assert!(
        sample(&text, "sluice_scheduler_ticks_total", &[("leader", "true")]) >= 1.0,
        "{text}"
    );
    assert_eq!(
        sample(
            &text,
            "sluice_deliveries_total",
            &[("channel", "webhook"), ("outcome", "delivered")]
        ),
        1.0,
        "{text}"
    );
    // Read from PostgreSQL at scrape time: nothing waits now.
    assert!(has(&text, "sluice_queue_depth"), "{text}");
    assert_eq!(
        sample(&text, "sluice_queue_depth", &[("status", "queued")]),
        0.0
    );
    assert_eq!(sample(&text, "sluice_queue_oldest_age_seconds", &[]), 0.0);
    assert!(
        sample(&text, "sluice_db_pool_max_connections", &[]) >= 1.0,
        "{text}"
    );
    assert!(has(&text, "sluice_db_pool_connections"), "{text}");

    // Redis gone: not ready, and says why; still alive.
    cluster.redis.kill();
    let body = wait_for(&client, &format!("{base}/readyz"), "readyz 503", |s, _| {
        s == 503
    })
    .await;
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["database"], "ok");
    assert_ne!(body["redis"], "ok");
    assert_eq!(
        get(&client, &format!("{base}/healthz")).await.unwrap().0,
        200
    );
}

#[tokio::test]
async fn the_queue_gauges_count_waiting_runs_and_the_oldest_ones_age() {
    let mut cluster = Cluster::new().await;
    // Reserved for the whole test: the worker listens on it, nothing else can take it.
    let reserved = ReservedPort::new();
    let port = reserved.port();
    cluster.env("SLUICE__WORKER__HTTP_HOST", "127.0.0.1");
    cluster.env("SLUICE__WORKER__HTTP_PORT", &port.to_string());
    // The tenant may run nothing at once: its runs stay queued.
    cluster.env("SLUICE__WORKER__TENANT_MAX_CONCURRENT_RUNS", "0");
    // One open run per pipeline: two pipelines.
    let runs = [
        cluster
            .queue_run(cluster.numbers_pipeline("waiting_a", None).await)
            .await,
        cluster
            .queue_run(cluster.numbers_pipeline("waiting_b", None).await)
            .await,
    ];
    sqlx::query("UPDATE runs SET queued_at = now() - interval '120 seconds' WHERE id = $1")
        .bind(runs[0])
        .execute(&cluster.pool)
        .await
        .unwrap();
    cluster.spawn_worker();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let text = wait_for(
        &client,
        &format!("http://127.0.0.1:{port}/metrics"),
        "metrics",
        |s, _| s == 200,
    )
    .await;
    assert_eq!(
        sample(&text, "sluice_queue_depth", &[("status", "queued")]),
        2.0,
        "{text}"
    );
    assert_eq!(
        sample(&text, "sluice_queue_depth", &[("status", "retrying")]),
        0.0
    );
    let age = sample(&text, "sluice_queue_oldest_age_seconds", &[]);
    assert!((120.0..600.0).contains(&age), "{age}: {text}");
}

/// A worker whose `worker.http_port` is taken refuses to start, saying so in one line, rather
/// than run unobserved.
#[tokio::test]
async fn a_worker_whose_http_port_is_taken_refuses_to_start() {
    let database = sluice_testing::TestDatabase::create().await.unwrap();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let mut envs = crate::secrets(&database.url);
    envs.push(("SLUICE__WORKER__HTTP_HOST", "127.0.0.1".into()));
    envs.push(("SLUICE__WORKER__HTTP_PORT", port.to_string()));
    let out = tokio::task::spawn_blocking(move || crate::worker(&envs).output().unwrap())
        .await
        .unwrap();
    drop(taken);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "worker.http_port: cannot listen on 127.0.0.1:{port}"
        )) && stderr.trim().lines().count() == 1,
        "{stderr}"
    );
}

/// With tracing on, a run's log lines carry the trace id its API request started.
#[tokio::test]
async fn with_tracing_on_the_runs_log_lines_carry_its_trace_id() {
    let mut cluster = Cluster::new().await;
    cluster.capture_logs();
    // Spans go to a port where nothing listens (reserved, so nothing starts to): lost, but
    // their ids are logged.
    let refusing = ReservedPort::new();
    cluster.env(
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        &format!("http://127.0.0.1:{}", refusing.port()),
    );
    cluster.server.body("/traced", numbers(5));
    let pipeline = cluster.numbers_pipeline("traced", None).await;
    let run = cluster.queue_run(pipeline).await;
    let trace_id = uuid::Uuid::new_v4().simple().to_string();
    sqlx::query("UPDATE runs SET traceparent = $2 WHERE id = $1")
        .bind(run)
        .bind(format!("00-{trace_id}-00f067aa0ba902b7-01"))
        .execute(&cluster.pool)
        .await
        .unwrap();
    cluster.spawn_worker();
    cluster.wait_finished(&[run], Duration::from_secs(60)).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    let finished = loop {
        let logs = cluster.logs();
        if let Some(line) = logs.lines().find(|l| l.contains("run finished")) {
            break line.to_owned();
        }
        assert!(Instant::now() < deadline, "no `run finished` line: {logs}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(
        finished.contains(&format!("trace_id={trace_id}")),
        "{finished}"
    );
}
