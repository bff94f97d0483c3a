//! A webhook call's content: the body (the stored event with the run's link, the same bytes on
//! every attempt) and its `Sluice-Signature` (HMAC-SHA256 over `timestamp.body`), with the
//! receiver's check [`verify`]. Sending is the worker's (`worker/src/handlers/delivery.rs`).

use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

use super::event::event_document;

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

#[cfg(test)]
mod tests {
    use chrono::Utc;

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
