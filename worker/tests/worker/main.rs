//! The real `sluice-worker` binary: it refuses to start without what it needs, and
//! `run-once` runs the reference pipeline end to end.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cluster;
mod destinations;
mod email;
mod fleet;
mod metrics;
mod operations;
mod records;
mod redis_keys;

use std::process::Command;

use sea_orm::sqlx;
use sluice_engine::settings::workspace_config_dir;
use sluice_testing::{TestDatabase, http::TestServer};
use uuid::Uuid;

fn worker(envs: &[(&str, String)]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sluice-worker"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("SLUICE_CONFIG_DIR", workspace_config_dir())
        .env("SLUICE_ENVIRONMENT", "test");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd
}

/// `--help` and `--version` answer and exit 0 without reading settings or starting a worker;
/// unknown flags and malformed arguments are refused with the usage (exit 2).
#[test]
fn the_binary_answers_help_and_version_and_refuses_unknown_flags() {
    // No settings at all: had it tried to start, it would exit 1 for the missing secrets.
    let bare = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_sluice-worker"))
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .output()
            .unwrap()
    };
    let help = bare(&["--help"]);
    assert_eq!(help.status.code(), Some(0), "{help:?}");
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("Usage: sluice-worker"), "{text}");
    assert!(
        text.contains("run-once") && text.contains("reseal") && text.contains("--migrate"),
        "{text}"
    );
    let sub = bare(&["run-once", "--help"]);
    assert_eq!(sub.status.code(), Some(0), "{sub:?}");
    assert!(String::from_utf8_lossy(&sub.stdout).contains("--full-reload"));
    let version = bare(&["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("sluice-worker {}", env!("CARGO_PKG_VERSION"))
    );
    for (refused, says) in [
        (&["--bogus"][..], "unexpected argument '--bogus'"),
        (&["run-once", "not-a-uuid"], "invalid value 'not-a-uuid'"),
        (&["run-once"], "<PIPELINE>"),
    ] {
        let out = bare(refused);
        assert_eq!(out.status.code(), Some(2), "{refused:?}: {out:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{out:?}"
        );
    }
}

/// What a worker needs to start. No `SLUICE__AUTH__JWT_SECRET`: that is the API's, and every
/// test that starts the binary with these shows the worker does without it.
fn secrets(db: &str) -> Vec<(&'static str, String)> {
    vec![
        (
            "SLUICE__ENCRYPTION__KEY",
            "c2x1aWNlLXRlc3QtZW5jcnlwdGlvbi1rZXktMzJieXQ=".into(),
        ),
        ("SLUICE__DATABASE__URL", db.to_owned()),
        ("SLUICE__EXTRACT__ALLOW_HOSTS", "127.0.0.1".into()),
    ]
}

#[test]
fn it_refuses_to_start_without_its_key_or_database_and_needs_no_jwt_secret() {
    let out = worker(&[]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("SLUICE__ENCRYPTION__KEY"), "{stderr}");
    assert!(!stderr.contains("JWT"), "{stderr}");
    // Its key and no JWT secret: the settings load, and what stops it is the database.
    // A port that refuses connections: bound, never listening, held for the whole test.
    let held = tokio::net::TcpSocket::new_v4().unwrap();
    held.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let port = held.local_addr().unwrap().port();
    let mut envs = secrets(&format!("postgres://root@127.0.0.1:{port}/x"));
    envs.push(("SLUICE__DATABASE__CONNECT_TIMEOUT_SECS", "2".into()));
    envs.push(("SLUICE__DATABASE__ACQUIRE_TIMEOUT_SECS", "2".into()));
    let out = worker(&envs).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is unreachable") && stderr.lines().count() == 1,
        "{stderr}"
    );
}

#[tokio::test]
async fn run_once_loads_the_reference_pipeline() {
    let database = TestDatabase::create().await.unwrap();
    let db = database.connect().await.unwrap();
    let pool = db.get_postgres_connection_pool().clone();
    let server = TestServer::start().await;
    server.body("/nyt", include_str!("../../../data/us-covid/us.csv"));
    server.body(
        "/jhu",
        include_str!("../../../data/us-covid/time_series_covid19_recovered_global.csv"),
    );
    let tenant = Uuid::now_v7();
    let schema = format!("t_{}", tenant.simple());
    sqlx::query("INSERT INTO tenants (id, name, schema_name) VALUES ($1, 't', $2)")
        .bind(tenant)
        .bind(&schema)
        .execute(&pool)
        .await
        .unwrap();
    let doc: serde_json::Value =
        serde_json::from_str(include_str!("../../../examples/us-covid/pipeline.json")).unwrap();
    let pipeline = Uuid::now_v7();
    sqlx::query("INSERT INTO pipelines (id, tenant_id, name, spec, destination_table) VALUES ($1, $2, 'us-covid', $3, 'us_covid')")
        .bind(pipeline)
        .bind(tenant)
        .bind(&doc["spec"])
        .execute(&pool)
        .await
        .unwrap();
    for (frame, name, path) in [
        ("nyt", "nyt-us", "/nyt"),
        ("jhu", "jhu-recovered-global", "/jhu"),
    ] {
        let source = Uuid::now_v7();
        sqlx::query(
            "INSERT INTO sources (id, tenant_id, name, url, format) VALUES ($1, $2, $3, $4, 'csv')",
        )
        .bind(source)
        .bind(tenant)
        .bind(name)
        .bind(server.url(path))
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query("INSERT INTO pipeline_sources (pipeline_id, frame, source_id, tenant_id) VALUES ($1, $2, $3, $4)")
            .bind(pipeline)
            .bind(frame)
            .bind(source)
            .bind(tenant)
            .execute(&pool)
            .await
            .unwrap();
    }

    let envs = secrets(&database.url);
    let run = |extra: &[&str]| {
        let mut args = vec!["run-once".to_owned(), pipeline.to_string()];
        args.extend(extra.iter().map(|s| s.to_string()));
        let envs = envs.clone();
        async move {
            tokio::task::spawn_blocking(move || worker(&envs).args(&args).output().unwrap())
                .await
                .unwrap()
        }
    };
    let out = run(&[]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["report"]["outcome"], "succeeded");
    assert_eq!(report["report"]["counts"]["inserted"], 170);
    let count: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT count(*) FROM \"{schema}\".us_covid"
    )))
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(count, 170);

    let again = run(&[]).await;
    let report: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(report["report"]["outcome"], "skipped");

    // A failing run exits 1, says why, and is recorded as failed.
    server.body("/nyt", "date,cases\n2020-01-22,1\n");
    let failed = run(&["--full-reload"]).await;
    assert_eq!(failed.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&failed.stdout).unwrap();
    assert_eq!(report["status"], "failed");
    assert!(
        report["error"]
            .as_str()
            .unwrap()
            .contains("column `deaths` not found"),
        "{report}"
    );
    let status: String = sqlx::query_scalar("SELECT status FROM runs ORDER BY id DESC LIMIT 1")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(status, "failed");
    drop(db);
}
