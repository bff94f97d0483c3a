//! E-mail is off until `notify.ses` is set: the worker then never calls AWS (not even the
//! credential chain, which would ask the instance-metadata address), fails e-mail deliveries
//! at once, and says so on `/readyz`.

use std::time::{Duration, Instant};

use sea_orm::sqlx;
use sluice_testing::ports::ReservedPort;
use sluice_worker::handlers::delivery::EMAIL_NOT_CONFIGURED;

use crate::{
    cluster::{Cluster, numbers},
    metrics::wait_for,
};

/// The addresses a traced `connect` went to, for every IPv4 and IPv6 connect in an strace log
/// (`AF_UNIX` and `AF_UNSPEC` ones go nowhere on the network).
fn inet_connects(trace: &str) -> Vec<String> {
    trace
        .lines()
        .filter(|l| l.contains("connect(") && l.contains("sa_family=AF_INET"))
        .map(|l| {
            let address = l
                .split("inet_addr(\"")
                .nth(1)
                .or_else(|| l.split("inet_pton(AF_INET6, \"").nth(1))
                .and_then(|rest| rest.split('"').next())
                .unwrap_or("?");
            address.to_owned()
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn without_ses_settings_e_mail_fails_at_once_and_nothing_leaves_loopback() {
    let mut c = Cluster::new().await;
    // Every connect the worker and its threads make, from its first instruction on.
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("connects.txt");
    c.run_workers_under(&[
        "strace",
        "-f",
        "-qq",
        "-e",
        "trace=connect",
        "-o",
        trace.to_str().unwrap(),
    ]);
    let reserved = ReservedPort::new();
    let port = reserved.port();
    c.env("SLUICE__WORKER__HTTP_HOST", "127.0.0.1");
    c.env("SLUICE__WORKER__HTTP_PORT", &port.to_string());
    // Where the AWS SDK would look first for credentials, were it consulted.
    c.env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
    c.env("AWS_SECRET_ACCESS_KEY", "example");
    c.server.body("/mailed", numbers(10));
    let pipeline = c.numbers_pipeline("mailed", None).await;
    sqlx::query("UPDATE pipelines SET notify = $2 WHERE id = $1")
        .bind(pipeline)
        .bind(serde_json::json!({"email": ["ops@example.com"], "on": ["success"]}))
        .execute(&c.pool)
        .await
        .unwrap();
    c.spawn_worker();

    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let ready = wait_for(
        &client,
        &format!("http://127.0.0.1:{port}/readyz"),
        "readyz",
        |s, _| s == 200,
    )
    .await;
    let ready: serde_json::Value = serde_json::from_str(&ready).unwrap();
    assert_eq!(
        ready["email"],
        "e-mail is not configured (notify.ses is not set): e-mail deliveries fail"
    );

    let run = c.queue_run(pipeline).await;
    c.wait_finished(&[run], Duration::from_secs(60)).await;
    assert_eq!(c.run_status(run).await.0, "succeeded");
    let deadline = Instant::now() + Duration::from_secs(30);
    let (status, attempts, error) = loop {
        let row: Option<(String, i32, Option<String>)> =
            sqlx::query_as("SELECT status, attempts, last_error FROM deliveries WHERE run_id = $1")
                .bind(run)
                .fetch_optional(&c.pool)
                .await
                .unwrap();
        if let Some(row) = row.filter(|r| r.0 == "failed" || r.0 == "delivered") {
            break row;
        }
        assert!(Instant::now() < deadline, "the e-mail was not tried");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(
        (status.as_str(), attempts, error.as_deref()),
        ("failed", 1, Some(EMAIL_NOT_CONFIGURED)),
        "failed at once, not retried"
    );

    let text = std::fs::read_to_string(&trace).unwrap();
    let connects = inet_connects(&text);
    // The trace is live: it saw the worker reach PostgreSQL and Redis on loopback.
    assert!(
        connects.iter().any(|a| a == "127.0.0.1"),
        "no connect traced: {text}"
    );
    let off_loopback: Vec<&String> = connects
        .iter()
        .filter(|a| a.as_str() != "127.0.0.1" && a.as_str() != "::1")
        .collect();
    assert!(
        off_loopback.is_empty(),
        "the worker connected off loopback: {off_loopback:?}\n{text}"
    );
}

#[test]
fn connects_are_read_from_an_strace_log() {
    let log = r#"12 connect(9, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
12 connect(10, {sa_family=AF_UNIX, sun_path="/run/x"}, 110) = 0
13 connect(11, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("169.254.169.254")}, 16) = -1 EINPROGRESS
13 connect(12, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2600::1", &sin6_addr), sin6_scope_id=0}, 28) = 0"#;
    assert_eq!(
        inet_connects(log),
        ["127.0.0.1", "169.254.169.254", "2600::1"]
    );
}
