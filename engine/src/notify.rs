//! Notifications: what a pipeline asks to be told, the event a finished run produces (written
//! by the `runs_finished_notify` trigger in the run's final transaction), and how that event
//! becomes an e-mail and a signed webhook call.

use askama::Template as _;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::Sha256;
use utoipa::ToSchema;
use uuid::Uuid;

/// Which finished runs notify.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum NotifyOn {
    /// A run loaded its sources (`run.succeeded`).
    Success,
    /// A run failed for good (`run.failed`): after its retries, or at once for a permanent error.
    Failure,
    /// Every source was unchanged (`run.skipped`).
    Skipped,
    /// A run succeeded after the previous one failed (`run.recovered`, sent instead of
    /// `run.succeeded`).
    Recovered,
}

/// The settings as stored in `pipelines.notify`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StoredNotify {
    #[serde(default)]
    pub email: Vec<String>,
    #[serde(default)]
    pub webhooks: Vec<StoredWebhook>,
    #[serde(default)]
    pub on: Vec<NotifyOn>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredWebhook {
    pub id: Uuid,
    pub url: String,
    /// The signing secret, sealed (see [`secret_context`]) and base64-encoded.
    pub secret: String,
}

/// What a webhook's sealed secret is bound to.
pub fn secret_context(pipeline_id: Uuid, webhook_id: Uuid) -> String {
    format!("webhook:{pipeline_id}:{webhook_id}")
}

#[derive(Debug, Clone, Deserialize)]
pub struct EventPipeline {
    pub id: Uuid,
    pub name: String,
    pub next_run_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct EventCounts {
    pub extracted: i64,
    pub inserted: i64,
    pub updated: i64,
    pub unchanged: i64,
    pub failed: i64,
    pub retried: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EventRun {
    pub id: Uuid,
    pub status: String,
    pub trigger: String,
    pub attempt: i32,
    pub duration_ms: Option<i64>,
    pub counts: EventCounts,
    #[serde(default)]
    pub open_failed_records: i64,
    pub error: Option<String>,
}

/// What an e-mail is written from: the part of a stored event (`sluice_run_event`) it shows.
/// Webhooks send the stored event whole.
#[derive(Debug, Clone, Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub kind: String,
    pub pipeline: EventPipeline,
    pub run: EventRun,
}

/// The run's page in the web app.
pub fn run_url(base_url: &str, pipeline: Uuid, run: Uuid) -> String {
    format!(
        "{}/pipelines/{pipeline}/runs/{run}",
        base_url.trim_end_matches('/')
    )
}

/// The event as delivered: the stored payload plus `run.url`.
pub fn event_document(payload: &Value, base_url: &str) -> Value {
    let mut event = payload.clone();
    let ids = (
        payload
            .pointer("/pipeline/id")
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<Uuid>().ok()),
        payload
            .pointer("/run/id")
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<Uuid>().ok()),
    );
    if let (Some(pipeline), Some(run)) = ids
        && let Some(run_object) = event.get_mut("run").and_then(Value::as_object_mut)
    {
        run_object.insert(
            "url".into(),
            Value::String(run_url(base_url, pipeline, run)),
        );
    }
    event
}

/// The webhook body: [`event_document`] as compact JSON. Built from the stored payload, so
/// every attempt sends the same bytes.
pub fn webhook_body(payload: &Value, base_url: &str) -> String {
    event_document(payload, base_url).to_string()
}

/// `Sluice-Signature` for `body` sent at `timestamp`: `t=<unix seconds>,v1=<hex HMAC-SHA256
/// of "<t>.<body>">`.
pub fn signature(secret: &[u8], timestamp: i64, body: &str) -> String {
    // HMAC takes keys of any length: `keyed` cannot fail here.
    let mac = keyed(secret, timestamp, body)
        .map(|mac| hex::encode(mac.finalize().into_bytes()))
        .unwrap_or_default();
    format!("t={timestamp},v1={mac}")
}

/// HMAC-SHA256 keyed with `secret`, fed `"<timestamp>.<body>"`.
fn keyed(secret: &[u8], timestamp: i64, body: &str) -> Option<Hmac<Sha256>> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).ok()?;
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    Some(mac)
}

/// What a receiver does: checks the signature, and refuses one older than `tolerance_secs`
/// (a replay).
pub fn verify(
    secret: &[u8],
    header: &str,
    body: &str,
    now: i64,
    tolerance_secs: i64,
) -> Result<(), &'static str> {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => timestamp = t.parse::<i64>().ok(),
            Some(("v1", v)) => signatures.push(v.to_owned()),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or("no timestamp")?;
    if (now - timestamp).abs() > tolerance_secs {
        return Err("timestamp outside the tolerance");
    }
    let mac = keyed(secret, timestamp, body).ok_or("unusable secret")?;
    // `verify_slice` compares in constant time and refuses a wrong length.
    let ok = signatures
        .iter()
        .any(|s| hex::decode(s).is_ok_and(|given| mac.clone().verify_slice(&given).is_ok()));
    if ok {
        Ok(())
    } else {
        Err("signature mismatch")
    }
}

/// An e-mail for an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A `test` event reports the latest run: it reads like that run's own notification, with a
/// line saying it is a test.
const TEST: &str = "test";

fn headline(event: &Event) -> &'static str {
    let kind = match event.kind.as_str() {
        TEST => match event.run.status.as_str() {
            "succeeded" => "run.succeeded",
            "failed" => "run.failed",
            "skipped" => "run.skipped",
            _ => "",
        },
        kind => kind,
    };
    match kind {
        "run.succeeded" => "succeeded",
        "run.recovered" => "recovered: succeeded after a failure",
        "run.skipped" => "skipped: every source unchanged",
        "run.failed" => "FAILED",
        _ => "finished",
    }
}

fn test_notice(event: &Event) -> Option<String> {
    (event.kind == TEST).then(|| {
        format!(
            "This is a test of the notifications of pipeline {}, sent on request: it reports the latest finished run.",
            event.pipeline.name
        )
    })
}

fn duration(ms: Option<i64>) -> String {
    match ms {
        None => "unknown".into(),
        Some(ms) if ms < 1000 => format!("{ms} ms"),
        Some(ms) if ms < 60_000 => format!("{:.1} s", ms as f64 / 1000.0),
        Some(ms) => format!("{} min {} s", ms / 60_000, (ms % 60_000) / 1000),
    }
}

/// What happens next, in words: when the next run is, and what it will do with the rows
/// that could not be loaded.
fn next_steps(event: &Event) -> String {
    let pipeline = event.pipeline.id;
    let next = match event.pipeline.next_run_at {
        Some(at) => format!(
            "The next scheduled run is at {} UTC",
            at.format("%Y-%m-%d %H:%M")
        ),
        None => format!(
            "The pipeline has no schedule: start the next run from the web app or with POST /api/v1/pipelines/{pipeline}/runs"
        ),
    };
    let open = event.run.open_failed_records;
    let records = match open {
        0 => String::new(),
        1 => " 1 row could not be loaded; it is kept as a failed record and will be re-checked on that run.".into(),
        n => format!(" {n} rows could not be loaded; they are kept as failed records and will be re-checked on that run."),
    };
    match headline(event) {
        "FAILED" => format!(
            "Nothing of this run was loaded, and Sluice will not retry it on its own. {next}.{records}"
        ),
        _ => format!("{next}.{records}"),
    }
}

/// The HTML part of a run's e-mail: `templates/run_email.html`, checked when this crate
/// compiles; every value it shows is HTML-escaped there.
#[derive(askama::Template)]
#[template(path = "run_email.html")]
struct RunEmailHtml<'a> {
    notice: Option<String>,
    name: &'a str,
    headline: &'a str,
    url: &'a str,
    run_id: Uuid,
    trigger: &'a str,
    attempt: i32,
    duration: String,
    counts: &'a [(&'a str, i64)],
    error: Option<&'a str>,
    next: String,
}

pub fn render_email(event: &Event, base_url: &str) -> Email {
    let run = &event.run;
    let c = &run.counts;
    let url = run_url(base_url, event.pipeline.id, run.id);
    let subject = match event.kind.as_str() {
        TEST => format!(
            "[Sluice] {} test notification: the latest run {}",
            event.pipeline.name,
            headline(event)
        ),
        "run.failed" => format!(
            "[Sluice] {} FAILED: {}",
            event.pipeline.name,
            run.error
                .as_deref()
                .unwrap_or("see the run")
                .chars()
                .take(120)
                .collect::<String>()
        ),
        _ => format!(
            "[Sluice] {} {}: {} inserted, {} updated, {} failed",
            event.pipeline.name,
            headline(event),
            c.inserted,
            c.updated,
            c.failed
        ),
    };
    let counts = [
        ("extracted", c.extracted),
        ("inserted", c.inserted),
        ("updated", c.updated),
        ("unchanged", c.unchanged),
        ("failed", c.failed),
        ("retried", c.retried),
    ];
    let mut text = test_notice(event)
        .map(|notice| format!("{notice}\n\n"))
        .unwrap_or_default();
    text += &format!(
        "Pipeline {name}: run {run_id} {headline}.\n\nTrigger: {trigger}, attempt {attempt}\nDuration: {duration}\n\nRows\n",
        name = event.pipeline.name,
        run_id = run.id,
        headline = headline(event),
        trigger = run.trigger,
        attempt = run.attempt,
        duration = duration(run.duration_ms),
    );
    for (label, n) in counts {
        text.push_str(&format!("  {label:<10} {n}\n"));
    }
    if let Some(error) = &run.error {
        text.push_str(&format!("\nError: {error}\n"));
    }
    text.push_str(&format!(
        "\nWhat happens next: {}\n\nRun: {url}\n",
        next_steps(event)
    ));

    let html = RunEmailHtml {
        notice: test_notice(event),
        name: &event.pipeline.name,
        headline: headline(event),
        url: &url,
        run_id: run.id,
        trigger: &run.trigger,
        attempt: run.attempt,
        duration: duration(run.duration_ms),
        counts: &counts,
        error: run.error.as_deref(),
        next: next_steps(event),
    }
    .render()
    // Writing to a String fails only if a value's `Display` does; none of these can.
    .unwrap_or_else(|e| {
        tracing::error!(error = %e, "rendering an e-mail's HTML failed; sending its text alone");
        String::new()
    });
    Email {
        subject,
        text,
        html,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn payload(kind: &str, error: Option<&str>) -> Value {
        json!({
            "id": "0193a000-0000-7000-8000-000000000001",
            "type": kind,
            "created_at": "2026-11-27T06:00:05Z",
            "tenant": {"id": "0193a000-0000-7000-8000-000000000002", "name": "Acme"},
            "pipeline": {"id": "0193a000-0000-7000-8000-000000000003", "name": "us-covid", "next_run_at": "2026-11-28T11:00:00Z"},
            "run": {
                "id": "0193a000-0000-7000-8000-000000000004", "status": "failed", "trigger": "schedule", "attempt": 3,
                "started_at": "2026-11-27T06:00:00Z", "finished_at": "2026-11-27T06:00:04Z", "duration_ms": 4200,
                "counts": {"extracted": 1073, "inserted": 1, "updated": 2, "unchanged": 167, "failed": 3, "retried": 0},
                "open_failed_records": 3, "error": error, "error_code": null
            }
        })
    }

    #[test]
    fn signatures_verify_and_old_ones_are_refused() {
        let body = webhook_body(
            &payload("run.succeeded", None),
            "https://sluice.example.com/",
        );
        assert!(body.contains("\"url\":\"https://sluice.example.com/pipelines/0193a000-0000-7000-8000-000000000003/runs/0193a000-0000-7000-8000-000000000004\""));
        let header = signature(b"whsec", 1_700_000_000, &body);
        assert!(header.starts_with("t=1700000000,v1="));
        assert_eq!(verify(b"whsec", &header, &body, 1_700_000_100, 300), Ok(()));
        assert_eq!(
            verify(b"other", &header, &body, 1_700_000_100, 300),
            Err("signature mismatch")
        );
        assert_eq!(
            verify(b"whsec", &header, &format!("{body} "), 1_700_000_100, 300),
            Err("signature mismatch")
        );
        assert_eq!(
            verify(b"whsec", &header, &body, 1_700_000_301, 300),
            Err("timestamp outside the tolerance")
        );
        // The same payload gives the same body on every attempt.
        assert_eq!(
            body,
            webhook_body(
                &payload("run.succeeded", None),
                "https://sluice.example.com/"
            )
        );
    }

    #[test]
    fn a_failure_email_says_what_failed_and_what_happens_next() {
        let event: Event = serde_json::from_value(payload(
            "run.failed",
            Some("extract: source `nyt`: <html> 404"),
        ))
        .unwrap();
        let email = render_email(&event, "http://localhost:8080");
        assert!(
            email
                .subject
                .starts_with("[Sluice] us-covid FAILED: extract: source `nyt`"),
            "{}",
            email.subject
        );
        for part in [
            "extracted  1073",
            "inserted   1",
            "updated    2",
            "unchanged  167",
            "failed     3",
            "retried    0",
            "4.2 s",
            "attempt 3",
        ] {
            assert!(email.text.contains(part), "{part}: {}", email.text);
        }
        assert!(email.text.contains(
            "will not retry it on its own. The next scheduled run is at 2026-11-28 11:00 UTC."
        ));
        assert!(email.text.contains("3 rows could not be loaded"));
        assert!(email.text.contains("http://localhost:8080/pipelines/"));
        assert!(
            email.html.contains("&#60;html&#62; 404"),
            "escaped: {}",
            email.html
        );
        assert!(!email.html.contains("<html> 404"));
    }

    /// Pipeline names, errors and the base URL are the tenant's and the operator's words: the
    /// HTML part shows them as text, whatever characters they hold.
    #[test]
    fn the_html_part_escapes_every_value_it_shows() {
        let mut value = payload("test", Some("<img src=x onerror=alert(1)>"));
        value["pipeline"]["name"] = json!("<script>alert('x')</script> & \"co\"");
        let event: Event = serde_json::from_value(value).unwrap();
        let email = render_email(&event, "http://x/\"><script>");
        let html = &email.html;
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("<h2>&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62; &#38; &#34;co&#34;: FAILED</h2>"),
            "{html}"
        );
        // The test notice repeats the name: escaped there too.
        assert_eq!(html.matches("&#60;script&#62;alert").count(), 2, "{html}");
        assert!(
            html.contains("&#60;img src=x onerror=alert(1)&#62;"),
            "{html}"
        );
        assert!(
            html.contains("href=\"http://x/&#34;&#62;&#60;script&#62;/pipelines/"),
            "{html}"
        );
        // The text part is plain text: the name as written.
        assert!(email.text.contains("<script>alert('x')</script>"));
    }

    #[test]
    fn a_success_email_gives_the_counts_in_the_subject() {
        let event: Event = serde_json::from_value(payload("run.recovered", None)).unwrap();
        let email = render_email(&event, "http://x");
        assert_eq!(
            email.subject,
            "[Sluice] us-covid recovered: succeeded after a failure: 1 inserted, 2 updated, 3 failed"
        );
        assert!(
            email
                .html
                .contains("<td>unchanged</td><td style=\"text-align:right\">167</td>")
        );
    }

    #[test]
    fn a_test_email_says_it_is_a_test_and_reports_the_latest_run() {
        let event: Event =
            serde_json::from_value(payload("test", Some("extract: source `nyt`: 404"))).unwrap();
        let email = render_email(&event, "http://x");
        assert_eq!(
            email.subject,
            "[Sluice] us-covid test notification: the latest run FAILED"
        );
        assert!(
            email.text.starts_with(
                "This is a test of the notifications of pipeline us-covid, sent on request"
            ),
            "{}",
            email.text
        );
        assert!(
            email
                .text
                .contains("run 0193a000-0000-7000-8000-000000000004 FAILED.")
        );
        assert!(email.text.contains("will not retry it on its own"));
        assert!(
            email
                .html
                .contains("<em>This is a test of the notifications")
        );
    }

    /// The Python receiver in docs/NOTIFICATIONS.md accepts Sluice's signatures and refuses
    /// forged, tampered and old ones.
    #[test]
    fn docs_receiver_example_verifies() {
        let docs =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/NOTIFICATIONS.md");
        let docs = std::fs::read_to_string(docs).unwrap();
        let start = docs
            .find("```python\n")
            .expect("a python block in the docs")
            + "```python\n".len();
        let function = &docs[start..start + docs[start..].find("```").unwrap()];
        let body = webhook_body(
            &payload("run.failed", Some("boom")),
            "https://sluice.example.com",
        );
        let now = Utc::now().timestamp();
        let fresh = signature(b"whsec_doc", now, &body);
        let old = signature(b"whsec_doc", now - 301, &body);
        let script = format!(
            "{function}\nimport sys\nbody = sys.stdin.buffer.read()\nprint(\n  verify('whsec_doc', {fresh:?}, body),\n  verify('whsec_other', {fresh:?}, body),\n  verify('whsec_doc', {fresh:?}, body + b' '),\n  verify('whsec_doc', {old:?}, body),\n  verify('whsec_doc', 'v1=00', body),\n)\n"
        );
        let mut child = std::process::Command::new("python3")
            .args(["-c", &script])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("python3 runs the documented receiver");
        use std::io::Write as _;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(body.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "True False False False False"
        );
    }
}
