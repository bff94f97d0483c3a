//! Notifications: settings, e-mail through a real SES v2 emulator (moto), signed webhooks with
//! retries, redelivery, and the outcomes that send nothing.

use std::{
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use serde_json::{Value, json};
use sluice_testing::http::Reply;

use crate::runs::{Fixture, finished, fixture, start_worker_with, trigger, wait_for_run};

const NYT: &str = include_str!("../../../data/us-covid/us.csv");

pub(crate) async fn set_notify(f: &Fixture, body: Value) -> Value {
    f.app
        .put(
            &format!("/api/v1/pipelines/{}/notifications", f.pipeline),
            &f.session.token,
            body,
        )
        .await
        .expect(200)
        .body
}

/// The run's deliveries (one page: tests make fewer than 50).
pub(crate) async fn deliveries(f: &Fixture, run: &str) -> Vec<Value> {
    let page = f
        .app
        .get(&format!("/api/v1/runs/{run}/deliveries"), &f.session.token)
        .await
        .expect(200)
        .body;
    assert_eq!(page["next_cursor"], Value::Null, "{page:#}");
    page["items"].as_array().unwrap().clone()
}

/// Checks a webhook call's Standard Webhooks signature made with `secret` (what the
/// `standardwebhooks` libraries check; `webhooks.rs` runs them).
pub(crate) fn verify_call(
    secret: &str,
    headers: &std::collections::HashMap<String, String>,
    body: &str,
) -> Result<(), &'static str> {
    let pairs: Vec<(&str, &str)> = headers
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    sluice_engine::notifications::webhook::verify_standard(
        &sluice_engine::notifications::webhook::signing_key(secret),
        &pairs,
        body,
        chrono::Utc::now().timestamp(),
        300,
    )
}

/// Triggers a run and waits for it to succeed; its id.
pub(crate) async fn succeeded_run(f: &Fixture) -> String {
    let run = trigger(f).await;
    let id = run["id"].as_str().unwrap().to_owned();
    assert_eq!(wait_for_run(f, &id, finished).await["status"], "succeeded");
    id
}

/// Makes the source answer 404, then runs the pipeline afresh and waits for it to fail; its id.
pub(crate) async fn failed_run(f: &Fixture) -> String {
    f.server.set("/nyt-us", Reply::Status(404));
    let id = f
        .app
        .trigger_run(&f.session.token, &f.pipeline, json!({"full_reload": true}))
        .await;
    assert_eq!(wait_for_run(f, &id, finished).await["status"], "failed");
    id
}

/// Polls until every delivery of the run is delivered or failed.
pub(crate) async fn settled(f: &Fixture, run: &str, expected: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let all = deliveries(f, run).await;
        let done = all
            .iter()
            .filter(|d| matches!(d["status"].as_str(), Some("delivered" | "failed")))
            .count();
        if all.len() == expected && done == expected {
            return all;
        }
        assert!(
            Instant::now() < deadline,
            "deliveries did not settle: {all:#?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn settings_are_validated_and_secrets_shown_once() {
    let f = fixture().await;
    let path = format!("/api/v1/pipelines/{}/notifications", f.pipeline);
    let empty = f.app.get(&path, &f.session.token).await.expect(200).body;
    assert_eq!(empty, json!({"email": [], "webhooks": [], "on": []}));

    let bad = f
        .app
        .put(
            &path,
            &f.session.token,
            json!({"email": ["ops@example.com", "nope"], "webhooks": [{"url": "http://169.254.169.254/x"}, {"url": "ftp://x"}], "on": ["failure"]}),
        )
        .await
        .expect_error(422, "validation_failed");
    let paths: Vec<&str> = bad.body["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["email[1]", "webhooks[0].url", "webhooks[1].url"]);

    let hook = f.server.url("/hook");
    let saved = set_notify(&f, json!({"email": ["Ops@Example.com"], "webhooks": [{"url": hook}], "on": ["failure", "recovered"]})).await;
    assert_eq!(saved["email"], json!(["ops@example.com"]));
    let secret = saved["webhooks"][0]["secret"].as_str().unwrap();
    assert!(secret.starts_with("whsec_") && secret.len() > 40);
    let read = f.app.get(&path, &f.session.token).await.expect(200).body;
    assert!(read["webhooks"][0].get("secret").is_none(), "{read}");
    assert!(!read.to_string().contains(secret));
    // Saving the same endpoint again keeps its secret (and does not show it).
    let again = set_notify(&f, json!({"webhooks": [{"url": hook}], "on": ["failure"]})).await;
    assert_eq!(again["webhooks"][0]["id"], saved["webhooks"][0]["id"]);
    assert!(again["webhooks"][0].get("secret").is_none());
    // The secret is stored encrypted.
    let stored: Value =
        sea_orm::sqlx::query_scalar("SELECT notify FROM pipelines WHERE id = $1::uuid")
            .bind(&f.pipeline)
            .fetch_one(f.app.db.get_postgres_connection_pool())
            .await
            .unwrap();
    assert!(!stored.to_string().contains(secret));
    use base64::Engine as _;
    let sealed = base64::engine::general_purpose::STANDARD
        .decode(stored["webhooks"][0]["secret"].as_str().unwrap())
        .unwrap();
    assert!(!String::from_utf8_lossy(&sealed).contains(secret));
    let pipeline: uuid::Uuid = f.pipeline.parse().unwrap();
    let webhook: uuid::Uuid = saved["webhooks"][0]["id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let opened = sluice_engine::crypto::Encryptor::new(sluice_testing::TEST_ENCRYPTION_KEY)
        .open(
            &sealed,
            &sluice_engine::notifications::settings::secret_context(pipeline, webhook),
        )
        .unwrap();
    assert_eq!(
        opened,
        secret.as_bytes(),
        "sealed, and bound to its endpoint"
    );

    let viewer = f
        .app
        .add_user(&f.session, "vic@example.com", "viewer")
        .await;
    f.app.get(&path, &viewer.token).await.expect(200);
    f.app
        .put(&path, &viewer.token, json!({}))
        .await
        .expect_error(403, "forbidden");
    let other = f.app.signup("U", "bob@example.com").await;
    f.app
        .get(&path, &other.token)
        .await
        .expect_error(404, "pipeline_not_found");
}

#[tokio::test]
async fn notify_in_the_pipeline_document_applies_idempotently() {
    let f = fixture().await;
    let hook = f.server.url("/hook");
    let spec = crate::helpers::reference_pipeline()["spec"].clone();
    let apply = |notify: Option<Value>| {
        let mut doc = json!({"spec": spec.clone()});
        if let Some(notify) = notify {
            doc["notify"] = notify;
        }
        let app = &f.app;
        let token = f.session.token.clone();
        async move {
            app.put("/api/v1/pipelines/by-name/us-covid", &token, doc)
                .await
        }
    };
    let own = json!({
        "email": ["ops@example.com"],
        "webhooks": [{"url": hook, "secret": "a-secret-kept-in-our-vault"}],
        "on": ["failure", "recovered"],
    });
    let first = apply(Some(own.clone())).await.expect(200);
    assert_eq!(first.headers["sluice-apply"], "updated");
    assert_eq!(first.body["notify"]["email"], json!(["ops@example.com"]));
    assert!(
        first.body["notify"]["webhooks"][0].get("secret").is_none(),
        "a secret of the caller's is not echoed"
    );
    let version = first.body["version"].clone();
    // The same document, the same secret: nothing changes.
    let again = apply(Some(own.clone())).await.expect(200);
    assert_eq!(again.headers["sluice-apply"], "unchanged");
    assert_eq!(
        again.body["notify"]["webhooks"][0]["id"],
        first.body["notify"]["webhooks"][0]["id"]
    );
    // Without `notify`, the settings stay.
    let without = apply(None).await.expect(200);
    assert_eq!(without.headers["sluice-apply"], "unchanged");
    assert_eq!(without.body["notify"], first.body["notify"]);
    assert_eq!(
        without.body["version"], version,
        "notification settings are not a new spec version"
    );
    // A new endpoint without a secret gets one, shown in this answer only.
    let other = f.server.url("/other");
    let added = apply(Some(
        json!({"webhooks": [{"url": hook}, {"url": other}], "on": ["failure"]}),
    ))
    .await
    .expect(200);
    assert_eq!(added.headers["sluice-apply"], "updated");
    let hooks = added.body["notify"]["webhooks"].as_array().unwrap();
    assert!(
        hooks[0].get("secret").is_none(),
        "the existing endpoint keeps its secret"
    );
    assert!(hooks[1]["secret"].as_str().unwrap().starts_with("whsec_"));
    let read = f
        .app
        .get(
            &format!("/api/v1/pipelines/{}", f.pipeline),
            &f.session.token,
        )
        .await
        .expect(200)
        .body;
    assert!(read["notify"]["webhooks"][1].get("secret").is_none());
    assert_eq!(read["notify"]["email"], json!([]));

    // Problems in the spec and in `notify` are reported together, and nothing is written.
    let mut broken = json!({"spec": spec.clone(), "notify": {"email": ["nope"], "webhooks": [{"url": "http://10.0.0.1/x"}]}});
    broken["spec"]["output"] = json!("missing");
    let refused = f
        .app
        .put(
            "/api/v1/pipelines/by-name/us-covid",
            &f.session.token,
            broken,
        )
        .await
        .expect_error(422, "validation_failed");
    let paths: Vec<&str> = refused.body["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert!(
        paths.contains(&"notify.email[0]") && paths.contains(&"notify.webhooks[0].url"),
        "{paths:?}"
    );
    assert!(paths.iter().any(|p| p.starts_with("spec.")), "{paths:?}");
    let after = f
        .app
        .get(
            &format!("/api/v1/pipelines/{}", f.pipeline),
            &f.session.token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(after["notify"], read["notify"]);

    // POST takes it too, and the worker signs with the secret the document gave.
    let created = f
        .app
        .post(
            "/api/v1/pipelines",
            &f.session.token,
            json!({"name": "copy", "spec": {"sources": spec["sources"], "transform": spec["transform"], "output": spec["output"],
                   "destination": {"table": "us_covid_copy", "primary_key": ["date"]}},
                   "notify": {"webhooks": [{"url": hook, "secret": "another-secret-of-ours"}], "on": ["success"]}}),
        )
        .await
        .expect(201)
        .body;
    assert_eq!(created["notify"]["on"], json!(["success"]));
    let _worker = start_worker_with(&f, |s| s).await;
    f.server.body("/hook", "ok");
    let run = f
        .app
        .trigger_run(&f.session.token, created["id"].as_str().unwrap(), json!({}))
        .await;
    assert_eq!(
        wait_for_run(&f, &run, finished).await["status"],
        "succeeded"
    );
    settled(&f, &run, 1).await;
    let (headers, body) = &f.server.requests_with_bodies("/hook")[0];
    verify_call(
        "another-secret-of-ours",
        headers,
        std::str::from_utf8(body).unwrap(),
    )
    .unwrap();
}

#[tokio::test]
async fn a_webhook_failing_three_times_is_delivered_on_the_fourth_attempt_signed_and_stable() {
    let f = fixture().await;
    let _worker = start_worker_with(&f, |s| s).await;
    // `body` sets the steady reply and clears the queue, so it goes first.
    f.server.body("/hook", "ok");
    f.server.queue(
        "/hook",
        vec![Reply::Status(500), Reply::Status(502), Reply::Status(503)],
    );
    let saved = set_notify(
        &f,
        json!({"webhooks": [{"url": f.server.url("/hook")}], "on": ["success"]}),
    )
    .await;
    let secret = saved["webhooks"][0]["secret"].as_str().unwrap().to_owned();

    let run_id = succeeded_run(&f).await;
    let all = settled(&f, &run_id, 1).await;
    let d = &all[0];
    assert_eq!(
        (d["status"].as_str(), d["attempts"].as_i64()),
        (Some("delivered"), Some(4)),
        "{d:#}"
    );
    assert_eq!(d["event_type"], "run.succeeded");
    let log = d["attempt_log"].as_array().unwrap();
    assert_eq!(log.len(), 4);
    assert_eq!(
        log.iter()
            .map(|a| a["ok"].as_bool().unwrap())
            .collect::<Vec<_>>(),
        [false, false, false, true]
    );
    assert!(log[0]["detail"].as_str().unwrap().contains("HTTP 500"));

    let requests = f.server.requests_with_bodies("/hook");
    assert_eq!(requests.len(), 4);
    assert!(secret.starts_with("whsec_"), "{secret}");
    for (headers, body) in &requests {
        assert_eq!(headers["webhook-id"], d["event_id"].as_str().unwrap());
        assert_eq!(headers["content-type"], "application/json");
        // Saved with this version: the Standard Webhooks headers only.
        assert!(!headers.contains_key("sluice-signature"), "{headers:?}");
        let body = String::from_utf8(body.clone()).unwrap();
        assert_eq!(
            body,
            String::from_utf8(requests[0].1.clone()).unwrap(),
            "the body changed between attempts"
        );
        verify_call(&secret, headers, &body).unwrap();
        assert_eq!(
            verify_call(
                &sluice_engine::notifications::webhook::generate_secret(),
                headers,
                &body
            ),
            Err("signature mismatch")
        );
    }
    let event: Value = serde_json::from_slice(&requests[0].1).unwrap();
    assert_eq!(event["type"], "run.succeeded");
    assert_eq!(event["id"], d["event_id"]);
    assert_eq!(event["pipeline"]["name"], "us-covid");
    assert_eq!(event["run"]["id"], run_id.as_str());
    assert_eq!(event["run"]["counts"]["inserted"], 170);
    assert!(
        event["run"]["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/runs/{run_id}"))
    );
    assert_eq!(
        d["event"], event,
        "the API shows the event as the receiver got it"
    );

    // Redelivery: same event id, one more request.
    let redelivered = f
        .app
        .post(
            &format!("/api/v1/deliveries/{}/redeliver", d["id"].as_str().unwrap()),
            &f.session.token,
            json!({}),
        )
        .await
        .expect(202)
        .body;
    assert_eq!(redelivered["status"], "pending");
    let deadline = Instant::now() + Duration::from_secs(30);
    while f.server.requests("/hook").len() < 5 {
        assert!(Instant::now() < deadline, "not redelivered");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        f.server.requests("/hook")[4]["webhook-id"],
        d["event_id"].as_str().unwrap()
    );
    let again = settled(&f, &run_id, 1).await;
    assert_eq!(
        (again[0]["status"].as_str(), again[0]["attempts"].as_i64()),
        (Some("delivered"), Some(1)),
        "{:#}",
        again[0]
    );
    let log = again[0]["attempt_log"].as_array().unwrap();
    assert_eq!(log.len(), 6, "4 attempts, the request, 1 attempt: {log:#?}");
    assert!(
        log[4]["detail"]
            .as_str()
            .unwrap()
            .contains("redelivery requested")
    );
    let other = f.app.signup("U", "bob@example.com").await;
    f.app
        .post(
            &format!("/api/v1/deliveries/{}/redeliver", d["id"].as_str().unwrap()),
            &other.token,
            json!({}),
        )
        .await
        .expect_error(404, "delivery_not_found");
    f.app
        .get(&format!("/api/v1/runs/{run_id}/deliveries"), &other.token)
        .await
        .expect_error(404, "run_not_found");
}

#[tokio::test]
async fn a_receiver_answering_410_gone_is_not_asked_again() {
    let f = fixture().await;
    let _worker = start_worker_with(&f, |s| s.set("notify.max_attempts", "3")).await;
    f.server.set("/gone", Reply::Status(410));
    f.server.set("/broken", Reply::Status(500));
    set_notify(
        &f,
        json!({
            "webhooks": [{"url": f.server.url("/gone")}, {"url": f.server.url("/broken")}],
            "on": ["success"]
        }),
    )
    .await;
    let run = succeeded_run(&f).await;
    let all = settled(&f, &run, 2).await;
    let by_target = |path: &str| {
        let url = f.server.url(path);
        all.iter()
            .find(|d| d["target"] == url.as_str())
            .unwrap()
            .clone()
    };
    let gone = by_target("/gone");
    assert_eq!(
        (gone["status"].as_str(), gone["attempts"].as_i64()),
        (Some("failed"), Some(1)),
        "{gone:#}"
    );
    assert!(
        gone["last_error"].as_str().unwrap().contains("410 Gone"),
        "{gone:#}"
    );
    assert_eq!(f.server.requests("/gone").len(), 1);
    // The control: a 500 is retried until the attempts are spent.
    let broken = by_target("/broken");
    assert_eq!(
        (broken["status"].as_str(), broken["attempts"].as_i64()),
        (Some("failed"), Some(3)),
        "{broken:#}"
    );
    assert_eq!(f.server.requests("/broken").len(), 3);
}

#[tokio::test]
async fn nothing_is_sent_without_settings_or_for_a_disabled_outcome() {
    let f = fixture().await;
    // The test settings have no `notify.ses`: the e-mail fails at once.
    let _worker = start_worker_with(&f, |s| s.set("notify.max_attempts", "1")).await;
    f.server.body("/hook", "ok");
    // No settings at all.
    let first = trigger(&f).await;
    let first = first["id"].as_str().unwrap().to_owned();
    assert_eq!(
        wait_for_run(&f, &first, finished).await["status"],
        "succeeded"
    );
    // Only failures notify: a skipped run sends nothing.
    set_notify(&f, json!({"email": ["ops@example.com"], "webhooks": [{"url": f.server.url("/hook")}], "on": ["failure"]})).await;
    let second = trigger(&f).await;
    let second = second["id"].as_str().unwrap().to_owned();
    assert_eq!(
        wait_for_run(&f, &second, finished).await["status"],
        "skipped"
    );
    // A failure does notify (the control), then the recovery.
    let third = failed_run(&f).await;
    let failure = settled(&f, &third, 2).await;
    assert!(failure.iter().all(|d| d["event_type"] == "run.failed"));
    let webhook = failure.iter().find(|d| d["channel"] == "webhook").unwrap();
    assert_eq!(webhook["status"], "delivered");
    let email = failure.iter().find(|d| d["channel"] == "email").unwrap();
    assert_eq!(email["status"], "failed", "{email:#}");
    assert_eq!(
        (email["attempts"].as_i64(), email["last_error"].as_str()),
        (
            Some(1),
            Some(sluice_worker::handlers::delivery::EMAIL_NOT_CONFIGURED)
        ),
        "{email:#}"
    );
    for run in [&first, &second] {
        assert_eq!(
            deliveries(&f, run).await,
            Vec::<Value>::new(),
            "run {run} notified"
        );
    }
    set_notify(
        &f,
        json!({"webhooks": [{"url": f.server.url("/hook")}], "on": ["recovered"]}),
    )
    .await;
    f.server.body("/nyt-us", NYT);
    let fourth = f
        .app
        .trigger_run(&f.session.token, &f.pipeline, json!({"full_reload": true}))
        .await;
    assert_eq!(
        wait_for_run(&f, &fourth, finished).await["status"],
        "succeeded"
    );
    let recovered = settled(&f, &fourth, 1).await;
    assert_eq!(recovered[0]["event_type"], "run.recovered");
}

/// A moto server (the SES v2 emulator) on a port of its own.
pub(crate) struct Moto {
    port: u16,
    child: Child,
    _reserved: sluice_testing::ports::ReservedPort,
}

impl Moto {
    pub(crate) fn start() -> Self {
        // Reserved while moto runs: nothing else can take it first.
        let reserved = sluice_testing::ports::ReservedPort::new();
        let port = reserved.port();
        // scripts/test installs moto in a virtualenv of its own and names it here.
        let program =
            std::env::var("SLUICE_TEST_MOTO_SERVER").unwrap_or_else(|_| "moto_server".into());
        let child = Command::new(&program)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {program} ({e}): run the suite with scripts/test, which installs moto, or pip install 'moto[server]'")
            });
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "moto_server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            port,
            child,
            _reserved: reserved,
        }
    }

    pub(crate) fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The messages SES recorded: `{subject, body, destinations, source}`.
    pub(crate) async fn messages(&self) -> Vec<Value> {
        let data: Value = reqwest::get(format!("{}/moto-api/data.json", self.url()))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        data["ses"]["Message"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }
}

impl Moto {
    /// SES sends only from a verified identity.
    pub(crate) async fn verify_sender(&self, address: &str) {
        let created = reqwest::Client::new()
            .post(format!("{}/v2/email/identities", self.url()))
            // moto routes a request to a service by the credential scope of its signature.
            .header("authorization", "AWS4-HMAC-SHA256 Credential=test/20261127/us-east-1/ses/aws4_request, SignedHeaders=host, Signature=0")
            .json(&json!({"EmailIdentity": address}))
            .send()
            .await
            .unwrap();
        assert!(created.status().is_success(), "{:?}", created.text().await);
    }

    /// A worker's settings that send through this emulator from `sluice@example.com`.
    pub(crate) fn settings(
        &self,
        s: sluice_engine::settings::SettingsSource,
    ) -> sluice_engine::settings::SettingsSource {
        s.set("notify.ses.endpoint", self.url())
            .set("notify.ses.access_key_id", "test")
            .set("notify.ses.secret_access_key", "test")
            .set("notify.ses.sender", "sluice@example.com")
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn emails_go_through_ses_with_the_counts_for_a_success_and_a_failure() {
    let moto = Moto::start();
    moto.verify_sender("sluice@example.com").await;
    let f = fixture().await;
    let endpoint = moto.url();
    let _worker = start_worker_with(&f, move |s| {
        s.set("notify.ses.endpoint", endpoint)
            .set("notify.ses.access_key_id", "test")
            .set("notify.ses.secret_access_key", "test")
            .set("notify.ses.sender", "sluice@example.com")
    })
    .await;
    set_notify(
        &f,
        json!({"email": ["ops@example.com", "data@example.com"], "on": ["success", "failure"]}),
    )
    .await;

    let run = succeeded_run(&f).await;
    let sent = settled(&f, &run, 2).await;
    assert!(sent.iter().all(|d| d["status"] == "delivered"), "{sent:#?}");
    let messages = moto.messages().await;
    assert_eq!(messages.len(), 2, "{messages:#?}");
    let mut recipients: Vec<&str> = messages
        .iter()
        .map(|m| m["destinations"]["ToAddresses"][0].as_str().unwrap())
        .collect();
    recipients.sort();
    assert_eq!(recipients, ["data@example.com", "ops@example.com"]);
    let m = &messages[0];
    assert_eq!(m["source"], "sluice@example.com");
    assert_eq!(
        m["subject"],
        "[Sluice] us-covid succeeded: 170 inserted, 0 updated, 0 failed"
    );
    let body = m["body"].as_str().unwrap();
    for part in [
        ">extracted</td><td style=\"text-align:right;padding:4px 0;font-variant-numeric:tabular-nums\">1073</td>",
        ">inserted</td><td style=\"text-align:right;padding:4px 0;font-variant-numeric:tabular-nums\">170</td>",
        &format!("/runs/{run}"),
    ] {
        assert!(body.contains(part), "{part} not in {body}");
    }

    let failed = failed_run(&f).await;
    settled(&f, &failed, 2).await;
    let messages = moto.messages().await;
    assert_eq!(messages.len(), 4);
    let failure = &messages[2];
    let subject = failure["subject"].as_str().unwrap();
    assert!(
        subject.starts_with("[Sluice] us-covid FAILED: extract: source `nyt`"),
        "{subject}"
    );
    let body = failure["body"].as_str().unwrap();
    assert!(body.contains("404"), "{body}");
    assert!(body.contains("will not retry it on its own"), "{body}");
    assert!(body.contains("The next scheduled run is at"), "{body}");
}

#[tokio::test]
async fn a_test_notification_reports_the_latest_run_to_every_target() {
    let f = fixture().await;
    let _worker = start_worker_with(&f, |s| s.set("notify.max_attempts", "1")).await;
    f.server.body("/hook", "ok");
    let path = format!("/api/v1/pipelines/{}/notifications/test", f.pipeline);
    f.app
        .post(&path, &f.session.token, json!({}))
        .await
        .expect_error(409, "no_notification_targets");
    // Only failures notify: the test goes out all the same.
    let saved = set_notify(
        &f,
        json!({"email": ["ops@example.com"], "webhooks": [{"url": f.server.url("/hook")}], "on": ["failure"]}),
    )
    .await;
    let secret = saved["webhooks"][0]["secret"].as_str().unwrap().to_owned();
    f.app
        .post(&path, &f.session.token, json!({}))
        .await
        .expect_error(409, "no_finished_run");

    let run = succeeded_run(&f).await;
    assert!(
        deliveries(&f, &run).await.is_empty(),
        "a success notifies nobody"
    );
    let viewer = f
        .app
        .add_user(&f.session, "vic@example.com", "viewer")
        .await;
    f.app
        .post(&path, &viewer.token, json!({}))
        .await
        .expect_error(403, "forbidden");
    let queued = f
        .app
        .post(&path, &f.session.token, json!({}))
        .await
        .expect(202)
        .body;
    let queued = queued.as_array().unwrap();
    assert_eq!(queued.len(), 2, "{queued:#?}");
    assert!(queued.iter().all(|d| d["status"] == "pending"
        && d["event_type"] == "test"
        && d["run_id"] == run.as_str()
        && d["event_id"] == queued[0]["event_id"]));

    // Listed with the run it reports; the webhook signed like any event, the e-mail tried.
    let sent = settled(&f, &run, 2).await;
    let webhook = sent.iter().find(|d| d["channel"] == "webhook").unwrap();
    assert_eq!(webhook["status"], "delivered", "{webhook:#}");
    let email = sent.iter().find(|d| d["channel"] == "email").unwrap();
    assert_eq!(email["target"], "ops@example.com");
    let (headers, body) = &f.server.requests_with_bodies("/hook")[0];
    let body = std::str::from_utf8(body).unwrap();
    verify_call(&secret, headers, body).unwrap();
    let event: Value = serde_json::from_str(body).unwrap();
    assert_eq!(event["type"], "test");
    assert_eq!(event["run"]["id"], run.as_str());
    assert_eq!(event["run"]["status"], "succeeded");
    assert_eq!(event["run"]["counts"]["inserted"], 170);
    assert_eq!(event, webhook["event"]);
}
