//! Webhook calls as receivers get them: retries that follow the answer, Standard Webhooks
//! signatures checked by the `standardwebhooks` libraries themselves (Python and TypeScript),
//! endpoints stored before those, Slack messages, and what viewers see of the URLs.

use std::{
    collections::HashMap,
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use base64::{Engine as _, engine::general_purpose::STANDARD};
use serde_json::{Value, json};
use sluice_engine::notifications::webhook;
use sluice_testing::http::Reply;

use crate::{
    notifications::{deliveries, set_notify, settled, succeeded_run, verify_call},
    runs::{Fixture, fixture, start_worker_with},
};

fn by_target<'a>(all: &'a [Value], f: &Fixture, path: &str) -> &'a Value {
    let url = f.server.url(path);
    all.iter()
        .find(|d| d["target"] == url.as_str())
        .unwrap_or_else(|| panic!("no delivery to {path}: {all:#?}"))
}

/// 2xx is done; 408, 429 and 5xx are retried (429 after its `Retry-After`); 400, 410 and the
/// other 4xx fail at once, the status and the start of the answer in the log.
#[tokio::test]
async fn each_answer_gets_the_attempts_it_should() {
    let f = fixture().await;
    // Backoff 1 s; a Retry-After of 3 s must win over it.
    let _worker = start_worker_with(&f, |s| s.set("notify.max_attempts", "3")).await;
    f.server.body("/ok", "ok");
    f.server.set("/timeout", Reply::Status(408));
    f.server.body("/busy", "ok");
    f.server.queue(
        "/busy",
        vec![Reply::Answer {
            status: 429,
            headers: vec![("Retry-After", "3".into())],
            body: b"slow down".to_vec(),
        }],
    );
    let long_answer = "E".repeat(3000);
    f.server.set(
        "/bad",
        Reply::Answer {
            status: 400,
            headers: vec![("Retry-After", "1".into())],
            body: long_answer.clone().into_bytes(),
        },
    );
    f.server.set("/gone", Reply::Status(410));
    f.server.set("/broken", Reply::Status(500));
    let paths = ["/ok", "/timeout", "/busy", "/bad", "/gone", "/broken"];
    let hooks: Vec<Value> = paths
        .iter()
        .map(|p| json!({"url": f.server.url(p)}))
        .collect();
    set_notify(&f, json!({"webhooks": hooks, "on": ["success"]})).await;

    let run = succeeded_run(&f).await;
    let all = settled(&f, &run, paths.len()).await;
    let outcome = |path: &str| {
        let d = by_target(&all, &f, path);
        (
            d["status"].as_str().unwrap().to_owned(),
            d["attempts"].as_i64().unwrap(),
            f.server.requests(path).len(),
        )
    };
    assert_eq!(outcome("/ok"), ("delivered".into(), 1, 1));
    assert_eq!(outcome("/timeout"), ("failed".into(), 3, 3));
    assert_eq!(outcome("/busy"), ("delivered".into(), 2, 2));
    assert_eq!(outcome("/bad"), ("failed".into(), 1, 1));
    assert_eq!(outcome("/gone"), ("failed".into(), 1, 1));
    assert_eq!(outcome("/broken"), ("failed".into(), 3, 3));

    // The 429's next attempt was set for its Retry-After, not the 1 s backoff: both are
    // written by the statement that records the attempt, at the same `now()`.
    let busy = by_target(&all, &f, "/busy");
    let at = |v: &Value| chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap()).unwrap();
    let log = busy["attempt_log"].as_array().unwrap();
    assert_eq!(
        at(&busy["next_attempt_at"]) - at(&log[0]["at"]),
        chrono::TimeDelta::seconds(3),
        "{busy:#}"
    );
    assert!(
        log[0]["detail"]
            .as_str()
            .unwrap()
            .ends_with("answered HTTP 429 Too Many Requests; body: slow down"),
        "{busy:#}"
    );

    let bad = by_target(&all, &f, "/bad");
    let error = bad["last_error"].as_str().unwrap();
    assert!(
        error.starts_with(&format!(
            "{} answered HTTP 400 Bad Request: not retried; body: EEE",
            f.server.url("/bad")
        )),
        "{error}"
    );
    assert!(
        error.ends_with(&"E".repeat(1024)),
        "the first 1 kB of the answer"
    );
    assert!(!error.contains(&"E".repeat(1025)), "no more than 1 kB");
    assert!(
        by_target(&all, &f, "/gone")["last_error"]
            .as_str()
            .unwrap()
            .contains("HTTP 410 Gone: not retried")
    );
}

/// A receiver process of testing/webhooks: it verifies every call with the language's
/// `standardwebhooks` library and reports each as a JSON line.
struct LibraryReceiver {
    child: Child,
    port: u16,
    calls: Arc<Mutex<Vec<Value>>>,
    _secret_dir: tempfile::TempDir,
    secret_file: std::path::PathBuf,
}

impl LibraryReceiver {
    /// `program` runs `script` (in testing/webhooks) with the secret file.
    fn start(program: &str, script: &str) -> Self {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../testing/webhooks");
        let secret_dir = tempfile::tempdir().unwrap();
        let secret_file = secret_dir.path().join("secret");
        std::fs::write(&secret_file, "").unwrap();
        let mut child = Command::new(program)
            .arg(dir.join(script))
            .arg(&secret_file)
            .current_dir(&dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {program} {script}: {e}"));
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first: Value = serde_json::from_str(&lines.next().unwrap().unwrap()).unwrap();
        let port = first["port"].as_u64().unwrap() as u16;
        let calls = Arc::new(Mutex::new(Vec::new()));
        let sink = calls.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock()
                    .unwrap()
                    .push(serde_json::from_str(&line).unwrap());
            }
        });
        Self {
            child,
            port,
            calls,
            _secret_dir: secret_dir,
            secret_file,
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/hooks/sluice", self.port)
    }

    fn calls(&self) -> Vec<Value> {
        self.calls.lock().unwrap().clone()
    }

    /// Waits for the receiver's report of call number `n` (from 1).
    async fn call(&self, n: usize) -> Value {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(call) = self.calls().get(n - 1) {
                return call.clone();
            }
            assert!(Instant::now() < deadline, "call {n} was not reported");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for LibraryReceiver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A real delivery verifies with the library; the same call with its body changed, or signed
/// for a time ten minutes ago, is refused by it.
async fn the_library_verifies_real_deliveries(receiver: LibraryReceiver) {
    let f = fixture().await;
    let _worker = start_worker_with(&f, |s| s).await;
    let saved = set_notify(
        &f,
        json!({"webhooks": [{"url": receiver.url()}], "on": ["success"]}),
    )
    .await;
    let secret = saved["webhooks"][0]["secret"].as_str().unwrap().to_owned();
    std::fs::write(&receiver.secret_file, &secret).unwrap();

    let run = succeeded_run(&f).await;
    let sent = settled(&f, &run, 1).await;
    // The receiver answers 2xx only when the library verified the call.
    assert_eq!(
        (sent[0]["status"].as_str(), sent[0]["attempts"].as_i64()),
        (Some("delivered"), Some(1)),
        "{:#}",
        sent[0]
    );
    let call = receiver.call(1).await;
    assert_eq!(call["verified"], true, "{call:#}");
    assert_eq!(call["headers"]["webhook-id"], sent[0]["event_id"]);
    let body = call["body"].as_str().unwrap().to_owned();
    let headers: HashMap<String, String> = ["webhook-id", "webhook-timestamp", "webhook-signature"]
        .iter()
        .map(|h| {
            (
                h.to_string(),
                call["headers"][h].as_str().unwrap().to_owned(),
            )
        })
        .collect();

    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let replay = |headers: HashMap<String, String>, body: String| {
        let mut request = client
            .post(receiver.url())
            .header("content-type", "application/json");
        for (k, v) in headers {
            request = request.header(k, v);
        }
        request.body(body).send()
    };
    // The body changed in transit: one count altered.
    let tampered = body.replacen("\"inserted\":170", "\"inserted\":171", 1);
    assert_ne!(tampered, body);
    let answer = replay(headers.clone(), tampered).await.unwrap();
    assert_eq!(answer.status(), 400);
    let call = receiver.call(2).await;
    assert_eq!(call["verified"], false);
    assert!(
        call["error"]
            .as_str()
            .unwrap()
            .contains("No matching signature found"),
        "{call:#}"
    );
    // A capture replayed later: properly signed, but ten minutes old.
    let old = webhook::standard_headers(
        &webhook::signing_key(&secret),
        &headers["webhook-id"],
        chrono::Utc::now().timestamp() - 600,
        &body,
    );
    let old: HashMap<String, String> = old.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    let answer = replay(old, body.clone()).await.unwrap();
    assert_eq!(answer.status(), 400);
    let call = receiver.call(3).await;
    assert_eq!(call["verified"], false);
    assert!(
        call["error"].as_str().unwrap().contains("too old"),
        "{call:#}"
    );
    // The control: the original call, replayed now, still verifies.
    assert_eq!(replay(headers, body).await.unwrap().status(), 204);
    assert_eq!(receiver.call(4).await["verified"], true);
}

#[tokio::test]
async fn the_python_standardwebhooks_library_verifies_deliveries() {
    // scripts/test (ensure_webhook_receivers) installs the library and names the interpreter.
    let python = std::env::var("SLUICE_TEST_WEBHOOK_PYTHON").unwrap_or_else(|_| {
        panic!("SLUICE_TEST_WEBHOOK_PYTHON is not set: run the suite with scripts/test, which installs standardwebhooks")
    });
    the_library_verifies_real_deliveries(LibraryReceiver::start(&python, "receiver.py")).await;
}

#[tokio::test]
async fn the_typescript_standardwebhooks_library_verifies_deliveries() {
    // scripts/test (ensure_webhook_receivers) runs `npm ci` in testing/webhooks.
    std::env::var("SLUICE_TEST_WEBHOOK_NODE_MODULES").unwrap_or_else(|_| {
        panic!("SLUICE_TEST_WEBHOOK_NODE_MODULES is not set: run the suite with scripts/test, which installs standardwebhooks")
    });
    the_library_verifies_real_deliveries(LibraryReceiver::start("node", "receiver.mjs")).await;
}

/// An endpoint stored before Standard Webhooks (no `signing`, a URL-safe secret) gets both
/// header sets, each verifying; once the settings are saved again, only the standard ones,
/// with the same secret.
#[tokio::test]
async fn endpoints_stored_before_keep_the_old_header_until_saved_again() {
    let f = fixture().await;
    let _worker = start_worker_with(&f, |s| s).await;
    f.server.body("/hook", "ok");
    let pipeline: uuid::Uuid = f.pipeline.parse().unwrap();
    let hook = uuid::Uuid::now_v7();
    let secret = sluice_engine::crypto::random_token("whsec_");
    let sealed = sluice_engine::crypto::Encryptor::new(sluice_testing::TEST_ENCRYPTION_KEY).seal(
        secret.as_bytes(),
        &sluice_engine::notifications::settings::secret_context(pipeline, hook),
    );
    let stored = json!({
        "webhooks": [{"id": hook, "url": f.server.url("/hook"), "secret": STANDARD.encode(sealed)}],
        "on": ["success"],
    });
    let pool = f.app.db.get_postgres_connection_pool();
    sea_orm::sqlx::query("UPDATE pipelines SET notify = $2 WHERE id = $1")
        .bind(pipeline)
        .bind(stored)
        .execute(pool)
        .await
        .unwrap();

    let run = succeeded_run(&f).await;
    settled(&f, &run, 1).await;
    let (headers, body) = &f.server.requests_with_bodies("/hook")[0];
    let body = std::str::from_utf8(body).unwrap();
    verify_call(&secret, headers, body).unwrap();
    webhook::verify(
        secret.as_bytes(),
        &headers["sluice-signature"],
        body,
        chrono::Utc::now().timestamp(),
        300,
    )
    .unwrap();
    assert_eq!(headers["sluice-event-id"], headers["webhook-id"]);

    // Saved again, same URL, no secret: the endpoint and its secret stay.
    let saved = set_notify(
        &f,
        json!({"webhooks": [{"url": f.server.url("/hook")}], "on": ["success"]}),
    )
    .await;
    assert_eq!(saved["webhooks"][0]["id"], hook.to_string());
    assert!(saved["webhooks"][0].get("secret").is_none());
    f.app
        .post(
            &format!("/api/v1/pipelines/{}/notifications/test", f.pipeline),
            &f.session.token,
            json!({}),
        )
        .await
        .expect(202);
    let deadline = Instant::now() + Duration::from_secs(30);
    while f.server.requests("/hook").len() < 2 {
        assert!(Instant::now() < deadline, "the test event was not sent");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (headers, body) = &f.server.requests_with_bodies("/hook")[1];
    verify_call(&secret, headers, std::str::from_utf8(body).unwrap()).unwrap();
    assert!(!headers.contains_key("sluice-signature"), "{headers:?}");
}

#[tokio::test]
async fn a_slack_webhook_gets_a_readable_message_with_a_link_to_the_run() {
    let f = fixture().await;
    let _worker = start_worker_with(&f, |s| s).await;
    f.server.body("/slack", "ok");
    let path = format!("/api/v1/pipelines/{}/notifications", f.pipeline);
    let refused = f
        .app
        .put(
            &path,
            &f.session.token,
            json!({"webhooks": [{"url": f.server.url("/slack"), "kind": "slack", "secret": webhook::generate_secret()}]}),
        )
        .await
        .expect(422)
        .body;
    assert_eq!(
        refused["details"][0]["path"], "webhooks[0].secret",
        "{refused:#}"
    );
    let saved = set_notify(
        &f,
        json!({"webhooks": [{"url": f.server.url("/slack"), "kind": "slack"}], "on": ["success"]}),
    )
    .await;
    assert_eq!(saved["webhooks"][0]["kind"], "slack");
    assert!(saved["webhooks"][0].get("secret").is_none(), "{saved:#}");

    let run = succeeded_run(&f).await;
    let sent = settled(&f, &run, 1).await;
    assert_eq!(sent[0]["status"], "delivered", "{:#}", sent[0]);
    let (headers, body) = &f.server.requests_with_bodies("/slack")[0];
    assert_eq!(headers["content-type"], "application/json");
    assert!(!headers.contains_key("webhook-signature"), "{headers:?}");
    let body: Value = serde_json::from_slice(body).unwrap();
    let link = format!("/pipelines/{}/runs/{run}", f.pipeline);
    assert_eq!(body["text"], "Sluice pipeline us-covid succeeded");
    let details = body["blocks"][0]["text"]["text"].as_str().unwrap();
    assert_eq!(body["blocks"][0]["text"]["type"], "mrkdwn");
    assert!(
        details.starts_with("*us-covid* succeeded: <http://")
            && details.contains(&format!("{link}|run {run}>\n")),
        "{details}"
    );
    assert!(
        details.ends_with("170 inserted · 0 updated · 0 unchanged · 0 failed (of 1073 extracted)"),
        "{details}"
    );
}

/// Webhook URLs often carry a token: a viewer sees the scheme and host, in the settings, the
/// pipeline and the deliveries (their errors included); a member sees them whole.
#[tokio::test]
async fn viewers_see_webhook_hosts_not_urls() {
    let f = fixture().await;
    let _worker = start_worker_with(&f, |s| s).await;
    let path = "/services/T000/B000/XXXXsecretXXXX";
    f.server.body(path, "ok");
    f.server.queue(path, vec![Reply::Status(500)]);
    let url = f.server.url(path);
    let host = f.server.url("");
    set_notify(&f, json!({"webhooks": [{"url": url}], "on": ["success"]})).await;
    let run = succeeded_run(&f).await;
    let sent = settled(&f, &run, 1).await;
    assert_eq!(sent[0]["target"], url.as_str(), "a member sees the URL");
    assert!(
        sent[0]["attempt_log"]
            .to_string()
            .contains("XXXXsecretXXXX")
    );

    let viewer = f
        .app
        .add_user(&f.session, "vic@example.com", "viewer")
        .await;
    let as_viewer = |path: String| {
        let token = viewer.token.clone();
        let app = &f.app;
        async move { app.get(&path, &token).await.expect(200).body }
    };
    let settings = as_viewer(format!("/api/v1/pipelines/{}/notifications", f.pipeline)).await;
    assert_eq!(
        settings["webhooks"][0]["url"],
        host.as_str(),
        "{settings:#}"
    );
    let pipeline = as_viewer(format!("/api/v1/pipelines/{}", f.pipeline)).await;
    assert_eq!(pipeline["notify"]["webhooks"][0]["url"], host.as_str());
    let listed = as_viewer(format!("/api/v1/runs/{run}/deliveries")).await;
    let d = &listed["items"][0];
    assert_eq!(d["target"], host.as_str());
    assert!(!listed.to_string().contains("XXXXsecret"), "{listed:#}");
    assert!(
        d["attempt_log"][0]["detail"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{host} answered HTTP 500")),
        "{d:#}"
    );
    // The pipeline list carries no webhook at all, for anyone.
    let list = as_viewer("/api/v1/pipelines".into()).await;
    assert!(!list.to_string().contains("/services/"), "{list:#}");
    // A member still reads the URL.
    let member = f
        .app
        .get(
            &format!("/api/v1/pipelines/{}/notifications", f.pipeline),
            &f.session.token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(member["webhooks"][0]["url"], url.as_str());
}

/// The deliveries of a run come in pages like every list.
#[tokio::test]
async fn deliveries_are_listed_in_pages() {
    let f = fixture().await;
    let _worker = start_worker_with(&f, |s| s).await;
    let paths = ["/a", "/b", "/c", "/d", "/e"];
    for p in paths {
        f.server.body(p, "ok");
    }
    let hooks: Vec<Value> = paths
        .iter()
        .map(|p| json!({"url": f.server.url(p)}))
        .collect();
    set_notify(&f, json!({"webhooks": hooks, "on": ["success"]})).await;
    let run = succeeded_run(&f).await;
    let all = settled(&f, &run, paths.len()).await;
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let query = after
            .as_ref()
            .map(|a| format!("&after={a}"))
            .unwrap_or_default();
        let page = f
            .app
            .get(
                &format!("/api/v1/runs/{run}/deliveries?limit=2{query}"),
                &f.session.token,
            )
            .await
            .expect(200)
            .body;
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 2);
        seen.extend(items.iter().map(|d| d["id"].clone()));
        match page["next_cursor"].as_str() {
            Some(next) => after = Some(next.to_owned()),
            None => break,
        }
    }
    let ids: Vec<Value> = all.iter().map(|d| d["id"].clone()).collect();
    assert_eq!(
        seen, ids,
        "every delivery once, in the order of the full list"
    );
    f.app
        .get(
            &format!("/api/v1/runs/{run}/deliveries?limit=0"),
            &f.session.token,
        )
        .await
        .expect_error(422, "validation_failed");
    assert_eq!(deliveries(&f, &run).await.len(), paths.len());
}
