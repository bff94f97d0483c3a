//! The real `sluice-api` binary refuses to start, with one clear line, when it cannot work.

use std::{
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use sea_orm::{ConnectionTrait, Database};
use sluice_engine::settings::workspace_config_dir;
use sluice_testing as testing;
use sluice_testing::ports::ReservedPort;

fn api(envs: &[(&str, String)], args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sluice-api"));
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("SLUICE_CONFIG_DIR", workspace_config_dir())
        .env("SLUICE_ENVIRONMENT", "test")
        .env("SLUICE__APPLICATION__PORT", "0");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd
}

fn secrets() -> Vec<(&'static str, String)> {
    vec![
        (
            "SLUICE__AUTH__JWT_SECRET",
            "a-test-secret-long-enough-0123456789abcdef".to_owned(),
        ),
        (
            "SLUICE__ENCRYPTION__KEY",
            "c2x1aWNlLXRlc3QtZW5jcnlwdGlvbi1rZXktMzJieXQ=".to_owned(),
        ),
    ]
}

/// Runs the binary to its exit (it must exit by itself) and returns stderr.
fn refusal(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    stderr
}

#[test]
fn it_refuses_to_start_without_a_jwt_secret_or_key() {
    let stderr = refusal(&mut api(&[], &[]));
    assert!(stderr.contains("SLUICE__AUTH__JWT_SECRET"), "{stderr}");
    let stderr = refusal(&mut api(&secrets()[..1], &[]));
    assert!(stderr.contains("SLUICE__ENCRYPTION__KEY"), "{stderr}");
}

#[test]
fn it_refuses_weak_secrets_in_production() {
    let mut envs = secrets();
    envs[0].1 = "password".to_owned();
    let stderr = refusal(api(&envs, &[]).env("SLUICE_ENVIRONMENT", "production"));
    assert!(stderr.contains("too weak for production"), "{stderr}");
}

#[test]
fn it_refuses_an_unreachable_database() {
    let (_held, port) = crate::helpers::refusing_port();
    let mut envs = secrets();
    envs.push((
        "SLUICE__DATABASE__URL",
        format!("postgres://root:hunter2@127.0.0.1:{port}/sluice"),
    ));
    envs.push(("SLUICE__DATABASE__CONNECT_TIMEOUT_SECS", "2".to_owned()));
    envs.push(("SLUICE__DATABASE__ACQUIRE_TIMEOUT_SECS", "2".to_owned()));
    let stderr = refusal(&mut api(&envs, &[]));
    assert!(
        stderr.contains(&format!("127.0.0.1:{port}/sluice is unreachable")),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "password leaked: {stderr}");
}

#[tokio::test]
async fn it_refuses_an_unmigrated_database_and_migrates_when_asked() {
    let server = testing::server_url();
    let name = format!("sluice_test_{}_unmigrated", std::process::id());
    let admin = Database::connect(&server).await.unwrap();
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .await
        .unwrap();
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
        .await
        .unwrap();
    let url = format!("{}/{name}", server.rsplit_once('/').unwrap().0);
    let mut envs = secrets();
    envs.push(("SLUICE__DATABASE__URL", url));

    let stderr = refusal(&mut api(&envs, &[]));
    assert!(
        stderr.contains("is not migrated") && stderr.contains("--migrate"),
        "{stderr}"
    );

    // With --migrate it starts and serves.
    // Reserved while the API runs: nothing else can take it first.
    let reserved = ReservedPort::new();
    let port = reserved.port();
    envs.push(("SLUICE__APPLICATION__PORT", port.to_string()));
    let mut child = api(&envs, &["--migrate"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let mut up = false;
    while Instant::now() < deadline {
        if let Ok(r) = client
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .send()
            .await
            && r.status() == 200
        {
            up = true;
            break;
        }
        assert!(child.try_wait().unwrap().is_none(), "sluice-api exited");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .await
        .unwrap();
    assert!(up, "sluice-api --migrate did not start within 30 s");
}

/// `--help` and `--version` answer and exit 0 without reading settings or binding a port;
/// an unknown flag is refused with the usage (exit 2).
#[test]
fn the_binary_answers_help_and_version_and_refuses_unknown_flags() {
    // No settings at all: had it tried to start, it would exit 1 for the missing secrets.
    let bare = || {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sluice-api"));
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default());
        cmd
    };
    let help = bare().arg("--help").output().unwrap();
    assert_eq!(help.status.code(), Some(0), "{help:?}");
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.contains("Usage: sluice-api"), "{text}");
    assert!(text.contains("--migrate"), "{text}");
    assert!(text.contains("SLUICE__SECTION__KEY"), "{text}");
    let version = bare().arg("--version").output().unwrap();
    assert_eq!(version.status.code(), Some(0), "{version:?}");
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("sluice-api {}", env!("CARGO_PKG_VERSION"))
    );
    let unknown = bare().arg("--bogus").output().unwrap();
    assert_eq!(unknown.status.code(), Some(2), "{unknown:?}");
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        stderr.contains("--bogus") && stderr.contains("Usage"),
        "{stderr}"
    );
}

/// A failed login is logged with a short hash of the e-mail address, never the address: logs
/// travel further than the users table.
#[tokio::test]
async fn a_failed_login_logs_a_hash_of_the_email_not_the_email() {
    let database = testing::TestDatabase::create().await.unwrap();
    // Reserved while the API runs: nothing else can take it first.
    let reserved = ReservedPort::new();
    let port = reserved.port();
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut envs = secrets();
    envs.push(("SLUICE__DATABASE__URL", database.url.clone()));
    envs.push(("SLUICE__APPLICATION__PORT", port.to_string()));
    envs.push(("SLUICE__TELEMETRY__LOG_FILTER", "info".to_owned()));
    let mut child = api(&envs, &[])
        .stdout(log.reopen().unwrap())
        .stderr(log.reopen().unwrap())
        .spawn()
        .unwrap();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let base = format!("http://127.0.0.1:{port}/api/v1");
    let deadline = Instant::now() + Duration::from_secs(30);
    let email = "Grace.Hopper@Example.com";
    let mut logged = String::new();
    // Until it serves, then until the failure is in the log.
    while Instant::now() < deadline {
        assert!(child.try_wait().unwrap().is_none(), "sluice-api exited");
        let answer = client
            .post(format!("{base}/auth/login"))
            .json(&serde_json::json!({"email": email, "password": "not the password"}))
            .send()
            .await;
        if answer.is_ok_and(|r| r.status() == 401) {
            logged = std::fs::read_to_string(log.path()).unwrap();
            if logged.contains("failed login") {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(logged.contains("failed login"), "not logged: {logged}");
    let lower = email.to_lowercase();
    assert!(
        !logged.to_lowercase().contains(&lower) && !logged.to_lowercase().contains("grace.hopper"),
        "the address is in the log: {logged}"
    );
    let hash = &sluice_engine::crypto::sha256_hex(lower.as_bytes())[..12];
    assert!(logged.contains(hash), "no account hash {hash}: {logged}");
}

/// Each request has one access line at `info` naming its method, route template, status,
/// latency, tenant and request id; with tracing on, the caller's trace id is on it; written to a
/// file, the log has no colour codes.
#[tokio::test]
async fn the_log_has_one_access_line_per_request_with_its_request_id_route_tenant_and_trace() {
    let database = testing::TestDatabase::create().await.unwrap();
    // Reserved while the API runs: nothing else can take it first.
    let reserved = ReservedPort::new();
    let port = reserved.port();
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut envs = secrets();
    envs.push(("SLUICE__DATABASE__URL", database.url.clone()));
    envs.push(("SLUICE__APPLICATION__PORT", port.to_string()));
    envs.push(("SLUICE__TELEMETRY__LOG_FILTER", "info".to_owned()));
    // Tracing on, towards a port where nothing listens (reserved, so nothing starts to): the
    // spans are lost, the ids logged.
    let refusing = ReservedPort::new();
    envs.push((
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        format!("http://127.0.0.1:{}", refusing.port()),
    ));
    let mut child = api(&envs, &[])
        .stdout(log.reopen().unwrap())
        .stderr(log.reopen().unwrap())
        .spawn()
        .unwrap();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !client
        .get(format!("{base}/healthz"))
        .send()
        .await
        .is_ok_and(|r| r.status() == 200)
    {
        assert!(child.try_wait().unwrap().is_none(), "sluice-api exited");
        assert!(Instant::now() < deadline, "sluice-api did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let signup: serde_json::Value = client
        .post(format!("{base}/api/v1/auth/signup"))
        .json(&serde_json::json!({"tenant_name": "logs", "email": "logs@example.com", "password": "correct horse battery staple"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = signup["access_token"]
        .as_str()
        .expect("signed up")
        .to_owned();
    let tenant = signup["tenant"]["id"].as_str().unwrap().to_owned();
    let request_id = format!("logtest-{}", uuid::Uuid::now_v7().simple());
    let trace_id = uuid::Uuid::new_v4().simple().to_string();
    let asked = uuid::Uuid::now_v7();
    let response = client
        .get(format!("{base}/api/v1/pipelines/{asked}"))
        .bearer_auth(&token)
        .header("x-request-id", &request_id)
        .header("traceparent", format!("00-{trace_id}-00f067aa0ba902b7-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(response.headers()["x-request-id"], request_id.as_str());
    let access = |logged: &str| -> Vec<String> {
        logged
            .lines()
            .filter(|l| l.contains("sluice_api::access") && l.contains(&request_id))
            .map(str::to_owned)
            .collect()
    };
    let mut logged = String::new();
    while access(&logged).is_empty() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
        logged = std::fs::read_to_string(log.path()).unwrap();
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let lines = access(&logged);
    assert_eq!(lines.len(), 1, "one access line: {logged}");
    let line = &lines[0];
    for expected in [
        " INFO ",
        "method=\"GET\"",
        "route=\"/api/v1/pipelines/{id}\"",
        "status=404",
        "latency_ms=",
        tenant.as_str(),
        trace_id.as_str(),
    ] {
        assert!(line.contains(expected), "no {expected} in {line}");
    }
    assert!(
        !line.contains(&asked.to_string()),
        "the raw path is in {line}"
    );
    assert!(
        !logged.contains('\u{1b}'),
        "colour codes in a file: {logged}"
    );
}
