//! A webhook call's content: the body (the stored event with the run's link, the same bytes on
//! every attempt) and its signature headers, the Standard Webhooks ones (`webhook-id`,
//! `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 over `id.timestamp.body`, keyed with
//! the `whsec_` secret's decoded bytes) and, for endpoints stored before those, the old
//! `Sluice-Signature`; or, for a Slack endpoint, a readable message ([`slack_body`]). Sending
//! is the worker's (`worker/src/handlers/delivery.rs`).

use std::time::Duration;

use base64::{Engine as _, engine::general_purpose::STANDARD};
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use rand::RngCore;
use serde_json::{Value, json};
use sha2::Sha256;

use super::{
    email::{duration, headline},
    event::{Event, event_document, run_url},
};
use crate::etl::extract::Posted;

/// The prefix of a Standard Webhooks secret: `whsec_` and the base64 of the key's bytes.
pub const SECRET_PREFIX: &str = "whsec_";

/// The webhook body: [`event_document`] as compact JSON. Built from the stored payload, so
/// every attempt sends the same bytes.
pub fn webhook_body(payload: &Value, base_url: &str) -> String {
    event_document(payload, base_url).to_string()
}

/// A new endpoint secret: `whsec_` and 32 random bytes in standard base64, the form the
/// Standard Webhooks libraries take as it is.
pub fn generate_secret() -> String {
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    format!("{SECRET_PREFIX}{}", STANDARD.encode(key))
}

/// The key bytes of a `whsec_<base64>` secret; `None` for any other string.
pub fn standard_key(secret: &str) -> Option<Vec<u8>> {
    STANDARD.decode(secret.strip_prefix(SECRET_PREFIX)?).ok()
}

/// The HMAC key of an endpoint's Standard Webhooks signature: the decoded bytes of a
/// `whsec_<base64>` secret, else (a secret chosen before Sluice required that form, or a
/// generated one of that time, which used URL-safe base64) the secret's own bytes, which
/// receivers give the libraries as raw bytes.
pub fn signing_key(secret: &str) -> Vec<u8> {
    standard_key(secret).unwrap_or_else(|| secret.as_bytes().to_vec())
}

/// The Standard Webhooks headers for `body` of event `id` sent at `timestamp`:
/// `webhook-id`, `webhook-timestamp` (unix seconds) and `webhook-signature`
/// (`v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">`).
pub fn standard_headers(
    key: &[u8],
    id: &str,
    timestamp: i64,
    body: &str,
) -> [(&'static str, String); 3] {
    let signed = format!("{id}.{timestamp}.{body}");
    let mac = hmac(key, signed.as_bytes())
        .map(|mac| STANDARD.encode(mac.finalize().into_bytes()))
        .unwrap_or_default();
    [
        ("webhook-id", id.to_owned()),
        ("webhook-timestamp", timestamp.to_string()),
        ("webhook-signature", format!("v1,{mac}")),
    ]
}

/// What a Standard Webhooks receiver does, for Sluice's own tests: checks one of the
/// space-separated `v1,` signatures in constant time and refuses a timestamp more than
/// `tolerance_secs` from `now`. Receivers use the `standardwebhooks` libraries.
pub fn verify_standard(
    key: &[u8],
    headers: &[(&str, &str)],
    body: &str,
    now: i64,
    tolerance_secs: i64,
) -> Result<(), &'static str> {
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
            .ok_or("a webhook header is missing")
    };
    let id = header("webhook-id")?;
    let timestamp: i64 = header("webhook-timestamp")?
        .parse()
        .map_err(|_| "webhook-timestamp is not a number")?;
    if (now - timestamp).abs() > tolerance_secs {
        return Err("timestamp outside the tolerance");
    }
    let mac = hmac(key, format!("{id}.{timestamp}.{body}").as_bytes()).ok_or("unusable key")?;
    let ok = header("webhook-signature")?.split(' ').any(|s| {
        s.strip_prefix("v1,")
            .and_then(|b64| STANDARD.decode(b64).ok())
            .is_some_and(|given| mac.clone().verify_slice(&given).is_ok())
    });
    if ok {
        Ok(())
    } else {
        Err("signature mismatch")
    }
}

/// The old `Sluice-Signature` for `body` sent at `timestamp`: `t=<unix seconds>,v1=<hex
/// HMAC-SHA256 of "<t>.<body>">` keyed with the secret's bytes. Sent, besides the Standard
/// headers, to endpoints stored before those ([`super::settings::Signing`]).
pub fn signature(secret: &[u8], timestamp: i64, body: &str) -> String {
    // HMAC takes keys of any length: `hmac` cannot fail here.
    let mac = hmac(secret, format!("{timestamp}.{body}").as_bytes())
        .map(|mac| hex::encode(mac.finalize().into_bytes()))
        .unwrap_or_default();
    format!("t={timestamp},v1={mac}")
}

/// HMAC-SHA256 keyed with `key`, fed `message`.
fn hmac(key: &[u8], message: &[u8]) -> Option<Hmac<Sha256>> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).ok()?;
    mac.update(message);
    Some(mac)
}

/// The receiver's check of the old `Sluice-Signature`: the signature, and a timestamp at most
/// `tolerance_secs` old (a replay).
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
    let mac = hmac(secret, format!("{timestamp}.{body}").as_bytes()).ok_or("unusable secret")?;
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

/// Text for Slack's `mrkdwn`: `&`, `<` and `>` escaped, so that a name or an error cannot
/// make a link or a mention.
fn slack_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The body for a Slack incoming webhook: a one-line summary (`text`, also what notifications
/// show) and a block with the counts, the error and a link to the run.
pub fn slack_body(event: &Event, base_url: &str) -> String {
    let run = &event.run;
    let c = &run.counts;
    let url = run_url(base_url, event.pipeline.id, run.id);
    let name = slack_escape(&event.pipeline.name);
    let test = if event.kind == "test" {
        "Test notification: "
    } else {
        ""
    };
    let summary = format!("{test}Sluice pipeline {name} {}", headline(event));
    let mut details = format!(
        "{test}*{name}* {headline}: <{url}|run {run_id}>\n{trigger}, attempt {attempt}, {duration}\n\
         {inserted} inserted · {updated} updated · {unchanged} unchanged · {failed} failed{deleted} (of {extracted} extracted)",
        headline = headline(event),
        run_id = run.id,
        trigger = slack_escape(&run.trigger),
        attempt = run.attempt,
        duration = duration(run.duration_ms),
        inserted = c.inserted,
        updated = c.updated,
        unchanged = c.unchanged,
        failed = c.failed,
        // Only `mirror` deletes: the others' messages stay as they were.
        deleted = if c.deleted > 0 {
            format!(" · {} deleted", c.deleted)
        } else {
            String::new()
        },
        extracted = c.extracted,
    );
    if let Some(error) = &run.error {
        details.push_str(&format!("\n*Error:* {}", slack_escape(error)));
    }
    json!({
        "text": summary,
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": details}}],
    })
    .to_string()
}

/// The longest `Retry-After` honoured; a longer one waits this long.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);

/// A receiver's answer that is not a success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The status and the start of the body, for the attempt log.
    pub message: String,
    /// Asking again will get the same answer.
    pub permanent: bool,
    /// When to ask again, from `Retry-After`.
    pub retry_after: Option<Duration>,
}

/// What a receiver's answer means: 2xx is delivered; 408, 425, 429 and 5xx are worth another
/// attempt (after `Retry-After` when given); 410 Gone and every other status (other 4xx, and
/// 1xx/3xx, since redirects are not followed) fail the delivery at once. `shown` names the
/// target without secrets; `now` reads an HTTP-date `Retry-After`.
pub fn judge_answer(shown: &str, answer: &Posted, now: DateTime<Utc>) -> Result<String, Refusal> {
    let status = answer.status.as_u16();
    if answer.status.is_success() {
        return Ok(format!("HTTP {status}"));
    }
    let retried = matches!(status, 408 | 425 | 429) || answer.status.is_server_error();
    let reason = answer.status.canonical_reason().unwrap_or("");
    let mut message = format!("{shown} answered HTTP {status} {reason}")
        .trim_end()
        .to_owned();
    if !retried {
        message.push_str(": not retried");
    }
    let body = answer.body_start.trim();
    if !body.is_empty() {
        message.push_str(&format!("; body: {body}"));
    }
    Err(Refusal {
        message,
        permanent: !retried,
        retry_after: retried
            .then(|| {
                answer
                    .retry_after
                    .as_deref()
                    .and_then(|v| retry_after(v, now))
            })
            .flatten(),
    })
}

/// `Retry-After` as seconds or an HTTP date, at most [`MAX_RETRY_AFTER`]; `None` when it
/// reads as neither.
fn retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    let wait = match value.parse::<u64>() {
        Ok(secs) => Duration::from_secs(secs),
        Err(_) => {
            let at = DateTime::parse_from_rfc2822(value)
                .ok()?
                .with_timezone(&Utc);
            (at - now).to_std().unwrap_or(Duration::ZERO)
        }
    };
    Some(wait.min(MAX_RETRY_AFTER))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notifications::event::payload;

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

    /// The Standard Webhooks signature, checked against the specification's own example
    /// (github.com/standard-webhooks/standard-webhooks, spec/standard-webhooks.md: the secret,
    /// id, timestamp and body there give this signature).
    #[test]
    fn standard_signatures_match_the_specification_example() {
        let key = standard_key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let body = r#"{"test": 2432232314}"#;
        let headers = standard_headers(&key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);
        assert_eq!(
            headers[2],
            (
                "webhook-signature",
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=".to_owned()
            )
        );
        let pairs: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
        assert_eq!(verify_standard(&key, &pairs, body, 1614265330, 300), Ok(()));
        assert_eq!(
            verify_standard(&key, &pairs, &format!("{body} "), 1614265330, 300),
            Err("signature mismatch")
        );
        assert_eq!(
            verify_standard(&key, &pairs, body, 1614265330 + 301, 300),
            Err("timestamp outside the tolerance")
        );
    }

    #[test]
    fn generated_secrets_are_standard_and_older_ones_sign_with_their_bytes() {
        let secret = generate_secret();
        assert!(secret.starts_with("whsec_"), "{secret}");
        assert_eq!(standard_key(&secret).map(|k| k.len()), Some(32));
        assert_eq!(signing_key(&secret), standard_key(&secret).unwrap());
        // A secret of the URL-safe form generated before, or one a user chose: its bytes.
        for older in [
            "whsec_abc-_xyz0123456789012345678901234567890",
            "from-your-secret-store",
        ] {
            assert_eq!(signing_key(older), older.as_bytes());
        }
    }

    fn answer(status: u16, retry_after: Option<&str>, body: &str) -> Posted {
        Posted {
            status: reqwest::StatusCode::from_u16(status).unwrap(),
            retry_after: retry_after.map(str::to_owned),
            body_start: body.to_owned(),
        }
    }

    #[test]
    fn answers_are_judged_by_their_status() {
        let now = DateTime::parse_from_rfc3339("2026-11-27T06:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let judge = |status, retry, body| {
            judge_answer("https://h.example/x", &answer(status, retry, body), now)
        };
        assert_eq!(judge(200, None, "ok"), Ok("HTTP 200".into()));
        assert_eq!(judge(204, None, ""), Ok("HTTP 204".into()));
        for status in [408, 425, 500, 502, 503] {
            let refusal = judge(status, None, "").unwrap_err();
            assert!(!refusal.permanent, "{status} is retried");
            assert_eq!(refusal.retry_after, None);
        }
        let busy = judge(429, Some("7"), "slow down").unwrap_err();
        assert_eq!(
            busy,
            Refusal {
                message: "https://h.example/x answered HTTP 429 Too Many Requests; body: slow down"
                    .into(),
                permanent: false,
                retry_after: Some(Duration::from_secs(7)),
            }
        );
        let dated = judge(503, Some("Fri, 27 Nov 2026 06:01:30 GMT"), "").unwrap_err();
        assert_eq!(dated.retry_after, Some(Duration::from_secs(90)));
        assert_eq!(
            judge(429, Some("999999"), "").unwrap_err().retry_after,
            Some(MAX_RETRY_AFTER)
        );
        assert_eq!(judge(429, Some("soon"), "").unwrap_err().retry_after, None);
        for status in [400, 401, 403, 404, 410, 422, 302] {
            assert!(
                judge(status, None, "").unwrap_err().permanent,
                "{status} fails at once"
            );
        }
        assert_eq!(
            judge(400, Some("5"), "{\"error\": \"bad field\"}\n").unwrap_err(),
            Refusal {
                message: "https://h.example/x answered HTTP 400 Bad Request: not retried; body: {\"error\": \"bad field\"}".into(),
                permanent: true,
                retry_after: None,
            }
        );
        assert!(
            judge(410, None, "")
                .unwrap_err()
                .message
                .contains("HTTP 410 Gone: not retried")
        );
    }

    #[test]
    fn a_slack_message_reads_well_and_escapes_the_tenants_words() {
        let mut value = payload("run.failed", Some("extract: <nyt> & co"));
        value["pipeline"]["name"] = serde_json::json!("us-covid <@here>");
        let event: Event = serde_json::from_value(value).unwrap();
        let body: Value =
            serde_json::from_str(&slack_body(&event, "https://sluice.example.com")).unwrap();
        assert_eq!(
            body["text"],
            "Sluice pipeline us-covid &lt;@here&gt; FAILED"
        );
        assert_eq!(
            body["blocks"][0]["text"]["text"],
            "*us-covid &lt;@here&gt;* FAILED: <https://sluice.example.com/pipelines/0193a000-0000-7000-8000-000000000003/runs/0193a000-0000-7000-8000-000000000004|run 0193a000-0000-7000-8000-000000000004>\n\
             schedule, attempt 3, 4.2 s\n\
             1 inserted · 2 updated · 167 unchanged · 3 failed (of 1073 extracted)\n\
             *Error:* extract: &lt;nyt&gt; &amp; co"
        );
    }

    #[test]
    fn a_slack_message_counts_deleted_rows_when_a_mirror_deleted_some() {
        let mut value = payload("run.succeeded", None);
        value["run"]["counts"]["deleted"] = serde_json::json!(4);
        let event: Event = serde_json::from_value(value).unwrap();
        let body: Value =
            serde_json::from_str(&slack_body(&event, "https://sluice.example.com")).unwrap();
        let details = body["blocks"][0]["text"]["text"].as_str().unwrap();
        assert!(
            details.ends_with(
                "1 inserted · 2 updated · 167 unchanged · 3 failed · 4 deleted (of 1073 extracted)"
            ),
            "{details}"
        );
    }
}
