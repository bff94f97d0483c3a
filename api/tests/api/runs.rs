//! Runs through the API, executed by a worker running in this process on a queue namespace
//! of the test's own.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use serde_json::{Value, json};
use sluice_testing::http::{Reply, TestServer};
use sluice_worker::app::{self, WorkerState};
use tokio::sync::oneshot;

use crate::helpers::{Session, TestApp, reference_pipeline, spawn_app_with};

const NYT: &str = include_str!("../../../data/us-covid/us.csv");
const JHU: &str = include_str!("../../../data/us-covid/time_series_covid19_recovered_global.csv");

pub(crate) struct Fixture {
    pub app: TestApp,
    pub session: Session,
    pub server: TestServer,
    pub pipeline: String,
    pub namespace: String,
    pub database_url: String,
}

pub(crate) async fn fixture() -> Fixture {
    let namespace = format!("sluice-test-{}", uuid::Uuid::new_v4().simple());
    let ns = namespace.clone();
    let app = spawn_app_with(move |s| {
        s.set("redis.namespace", ns)
            .set_list("extract.allow_hosts", &["127.0.0.1"])
    })
    .await;
    let session = app.signup("T", "ada@example.com").await;
    let server = TestServer::start().await;
    for name in ["nyt-us", "jhu-recovered-global"] {
        app.post(
            "/api/v1/sources",
            &session.token,
            json!({"name": name, "url": server.url(&format!("/{name}")), "format": "csv"}),
        )
        .await
        .expect(201);
    }
    server.body("/nyt-us", NYT);
    server.body("/jhu-recovered-global", JHU);
    let pipeline = app
        .post("/api/v1/pipelines", &session.token, reference_pipeline())
        .await
        .expect(201)
        .body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let database_url = app.database_url();
    Fixture {
        app,
        session,
        server,
        pipeline,
        namespace,
        database_url,
    }
}

/// A worker in this process; stops when the sender is dropped or fires.
async fn start_worker(f: &Fixture) -> oneshot::Sender<()> {
    start_worker_with(f, |s| s).await
}

/// A worker with extra settings.
pub(crate) async fn start_worker_with(
    f: &Fixture,
    configure: impl FnOnce(
        sluice_engine::settings::SettingsSource,
    ) -> sluice_engine::settings::SettingsSource,
) -> oneshot::Sender<()> {
    let settings = sluice_testing::settings_source(&f.database_url)
        .set("redis.namespace", f.namespace.clone())
        .set_list("extract.allow_hosts", &["127.0.0.1"])
        .set("worker.heartbeat_secs", "1")
        .set("worker.reconcile_every_secs", "1")
        .set("worker.schedule_every_secs", "1")
        .set("worker.stale_after_secs", "5")
        .set("worker.retry_backoff_secs", "1")
        .set("worker.shutdown_grace_secs", "5")
        .set("notify.backoff_secs", "1");
    let settings = configure(settings).load().unwrap();
    let db = sea_orm::Database::connect(&f.database_url).await.unwrap();
    let state = Arc::new(
        WorkerState::new(settings, db, sluice_worker::identity::worker_name())
            .await
            .unwrap(),
    );
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(app::run(state, async move {
        let _ = rx.await;
    }));
    tx
}

pub(crate) async fn wait_for_run(f: &Fixture, run: &str, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let body = f
            .app
            .get(&format!("/api/v1/runs/{run}"), &f.session.token)
            .await
            .expect(200)
            .body;
        if done(&body) {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "run did not get there in time: {body:#}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(crate) fn finished(run: &Value) -> bool {
    matches!(
        run["status"].as_str(),
        Some("succeeded" | "failed" | "skipped" | "canceled")
    )
}

pub(crate) async fn trigger(f: &Fixture) -> Value {
    f.app
        .post(
            &format!("/api/v1/pipelines/{}/runs", f.pipeline),
            &f.session.token,
            json!({}),
        )
        .await
        .expect(202)
        .body
}

#[tokio::test]
async fn a_triggered_run_is_queued_executed_and_reported() {
    let f = fixture().await;
    let _worker = start_worker(&f).await;
    let queued = trigger(&f).await;
    assert_eq!(queued["status"], "queued");
    assert_eq!(queued["trigger"], "manual");
    let run = queued["id"].as_str().unwrap();
    let done = wait_for_run(&f, run, finished).await;
    assert_eq!(done["status"], "succeeded", "{done:#}");
    assert_eq!(done["attempt"], 1);
    assert_eq!(done["counts"]["inserted"], 170);
    assert_eq!(done["counts"]["extracted"], 820 + 253);
    assert!(done["worker_id"].as_str().is_some_and(|w| !w.is_empty()));
    // Every stage's time, each within the whole run's.
    let total = done["timings"]["total_ms"].as_u64().unwrap();
    for stage in ["extract_ms", "open_ms", "transform_ms", "load_ms"] {
        let ms = done["timings"][stage].as_u64();
        assert!(ms.is_some_and(|ms| ms <= total), "{stage}: {done:#}");
    }
    assert!(done["started_at"].is_string() && done["finished_at"].is_string());

    // Nothing changed upstream: the next run is skipped.
    let again = trigger(&f).await;
    let again = wait_for_run(&f, again["id"].as_str().unwrap(), finished).await;
    assert_eq!(again["status"], "skipped");
    let list = f
        .app
        .get(
            &format!("/api/v1/pipelines/{}/runs", f.pipeline),
            &f.session.token,
        )
        .await
        .expect(200)
        .body;
    let statuses: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["skipped", "succeeded"]);
    let only = f
        .app
        .get(
            &format!("/api/v1/pipelines/{}/runs?status=succeeded", f.pipeline),
            &f.session.token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(only["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_second_trigger_is_refused_while_a_run_is_queued_and_cancel_works() {
    let f = fixture().await;
    // No worker: the run stays queued.
    let first = trigger(&f).await;
    let id = first["id"].as_str().unwrap();
    let refused = f
        .app
        .post(
            &format!("/api/v1/pipelines/{}/runs", f.pipeline),
            &f.session.token,
            json!({"full_reload": true}),
        )
        .await
        .expect_error(409, "run_in_progress");
    assert_eq!(refused.body["details"]["run_id"], id);
    // No body at all is fine too (and refused the same way).
    f.app
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/pipelines/{}/runs", f.pipeline),
            Some(&f.session.token),
            None,
        )
        .await
        .expect_error(409, "run_in_progress");

    let canceled = f
        .app
        .post(
            &format!("/api/v1/runs/{id}/cancel"),
            &f.session.token,
            json!({}),
        )
        .await
        .expect(202)
        .body;
    assert_eq!(canceled["status"], "canceled");
    f.app
        .post(
            &format!("/api/v1/runs/{id}/cancel"),
            &f.session.token,
            json!({}),
        )
        .await
        .expect_error(409, "run_finished");
    // Now a new run may start.
    trigger(&f).await;

    // Roles and tenants.
    let viewer = f
        .app
        .add_user(&f.session, "vic@example.com", "viewer")
        .await;
    f.app
        .get(&format!("/api/v1/runs/{id}"), &viewer.token)
        .await
        .expect(200);
    f.app
        .post(
            &format!("/api/v1/pipelines/{}/runs", f.pipeline),
            &viewer.token,
            json!({}),
        )
        .await
        .expect_error(403, "forbidden");
    let other = f.app.signup("U", "bob@example.com").await;
    f.app
        .get(&format!("/api/v1/runs/{id}"), &other.token)
        .await
        .expect_error(404, "run_not_found");
    f.app
        .post(
            &format!("/api/v1/runs/{id}/cancel"),
            &other.token,
            json!({}),
        )
        .await
        .expect_error(404, "run_not_found");
    f.app
        .post(
            &format!("/api/v1/pipelines/{}/runs", f.pipeline),
            &other.token,
            json!({}),
        )
        .await
        .expect_error(404, "pipeline_not_found");
    f.app
        .get(
            &format!("/api/v1/pipelines/{}/runs", f.pipeline),
            &other.token,
        )
        .await
        .expect_error(404, "pipeline_not_found");
}

#[tokio::test]
async fn transient_failures_are_retried_and_permanent_ones_are_not() {
    let f = fixture().await;
    let _worker = start_worker(&f).await;
    f.server
        .queue("/nyt-us", vec![Reply::Status(500), Reply::Status(500)]);
    let run = trigger(&f).await;
    let done = wait_for_run(&f, run["id"].as_str().unwrap(), finished).await;
    assert_eq!(done["status"], "succeeded", "{done:#}");
    assert_eq!(done["attempt"], 3);
    assert_eq!(done["counts"]["inserted"], 170);
    assert_eq!(f.server.requests("/nyt-us").len(), 3);
    let log = done["step_log"].to_string();
    assert!(log.contains("500"), "{log}");

    f.server.set("/nyt-us", Reply::Status(404));
    let run = f
        .app
        .trigger_run(&f.session.token, &f.pipeline, json!({"full_reload": true}))
        .await;
    let failed = wait_for_run(&f, &run, finished).await;
    assert_eq!(failed["status"], "failed");
    assert_eq!(failed["attempt"], 1);
    assert_eq!(failed["error_code"], "source_refused");
    assert!(
        failed["error"].as_str().unwrap().contains("404"),
        "{failed:#}"
    );
}

/// A digest of a table's whole content, in key order.
async fn table_checksum(db: &mut sea_orm::sqlx::PgConnection, table: &str) -> String {
    sea_orm::sqlx::query_scalar::<_, String>(sea_orm::sqlx::AssertSqlSafe(format!(
        "SELECT md5(string_agg(t::text, '|' ORDER BY date)) FROM {table} t"
    )))
    .fetch_one(db)
    .await
    .unwrap()
}

/// The cancel arrives while the run's load is inside its transaction (held there by a lock the
/// test takes on the table): the run ends `canceled` and the table is as the previous run left
/// it; the same data loaded without a cancel does change it.
#[tokio::test]
async fn an_executing_run_can_be_canceled_and_its_load_rolls_back() {
    use sea_orm::sqlx::{self, Connection};
    let f = fixture().await;
    let _worker = start_worker(&f).await;
    let first = trigger(&f).await;
    let first = wait_for_run(&f, first["id"].as_str().unwrap(), finished).await;
    assert_eq!(first["status"], "succeeded", "{first:#}");
    let me = f.app.get("/api/v1/me", &f.session.token).await.expect(200);
    let table = format!(
        "\"{}\".us_covid",
        me.body["tenant"]["schema"].as_str().unwrap()
    );
    let mut db = sqlx::PgConnection::connect(&f.database_url).await.unwrap();
    let before = table_checksum(&mut db, &table).await;

    // New numbers for a day the pipeline keeps; the load will wait on the test's lock inside its
    // transaction.
    f.server.body(
        "/nyt-us",
        NYT.replace("2020-07-01,2703296,128104", "2020-07-01,2703297,128105"),
    );
    let mut locker = sqlx::PgConnection::connect(&f.database_url).await.unwrap();
    sqlx::query("BEGIN").execute(&mut locker).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "LOCK TABLE {table} IN SHARE MODE"
    )))
    .execute(&mut locker)
    .await
    .unwrap();
    let run = trigger(&f).await;
    let id = run["id"].as_str().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        )
        .fetch_one(&mut db)
        .await
        .unwrap();
        if waiting > 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the load never reached the table"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let requested = f
        .app
        .post(
            &format!("/api/v1/runs/{id}/cancel"),
            &f.session.token,
            json!({}),
        )
        .await
        .expect(202)
        .body;
    assert_eq!(requested["cancel_requested"], true);
    sqlx::query("COMMIT").execute(&mut locker).await.unwrap();
    let done = wait_for_run(&f, id, finished).await;
    assert_eq!(done["status"], "canceled", "{done:#}");
    assert_eq!(
        table_checksum(&mut db, &table).await,
        before,
        "the canceled load left changes"
    );

    // The same data without a cancel changes the table: the check above could have failed.
    let again = trigger(&f).await;
    let again = wait_for_run(&f, again["id"].as_str().unwrap(), finished).await;
    assert_eq!(again["status"], "succeeded", "{again:#}");
    assert_eq!(again["counts"]["updated"], 1, "{again:#}");
    assert_ne!(table_checksum(&mut db, &table).await, before);
}
