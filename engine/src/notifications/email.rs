//! An e-mail's content for an event: subject, text and HTML, with every count, the error,
//! what happens next and how to unsubscribe; the HTML part is the template
//! `engine/templates/run_email.html`. Sending it through SES is the worker's
//! (`worker/src/handlers/delivery.rs`).

use askama::Template as _;
use uuid::Uuid;

use super::event::{Event, run_url};

/// An e-mail for an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The recipient's unsubscribe link (`List-Unsubscribe`), when there is one.
    pub unsubscribe: Option<String>,
}

impl Email {
    /// The headers besides subject and parts: RFC 2369's `List-Unsubscribe` and RFC 8058's
    /// `List-Unsubscribe-Post`, with which a mail client's "unsubscribe" POSTs to the link.
    pub fn headers(&self) -> Vec<(&'static str, String)> {
        self.unsubscribe
            .iter()
            .flat_map(|link| {
                [
                    ("List-Unsubscribe", format!("<{link}>")),
                    (
                        "List-Unsubscribe-Post",
                        "List-Unsubscribe=One-Click".to_owned(),
                    ),
                ]
            })
            .collect()
    }
}

/// Who an e-mail goes to, and the link that takes them off the pipeline's recipients
/// ([`super::unsubscribe::link`]).
#[derive(Debug, Clone, Copy)]
pub struct Recipient<'a> {
    pub address: &'a str,
    pub unsubscribe: Option<&'a str>,
}

/// A `test` event reports the latest run: it reads like that run's own notification, with a
/// line saying it is a test.
const TEST: &str = "test";

pub(super) fn headline(event: &Event) -> &'static str {
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

pub(super) fn duration(ms: Option<i64>) -> String {
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
    counts: &'a [(&'a str, u64)],
    error: Option<&'a str>,
    next: String,
    colour: &'a str,
    recipient: &'a str,
    unsubscribe: Option<&'a str>,
}

/// The headline's colour in the HTML part.
fn colour(headline: &str) -> &'static str {
    match headline {
        "FAILED" => "#b91c1c",
        "finished" => "#374151",
        h if h.starts_with("skipped") => "#92400e",
        _ => "#15803d",
    }
}

pub fn render_email(event: &Event, base_url: &str, recipient: Recipient<'_>) -> Email {
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
        ("resolved", c.resolved),
        ("warned", c.warned),
        ("deleted", c.deleted),
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
    text.push_str(&format!(
        "\n-- \nYou get this e-mail because {} is a recipient of the notifications of pipeline {}.\n",
        recipient.address, event.pipeline.name
    ));
    if let Some(link) = recipient.unsubscribe {
        text.push_str(&format!("Unsubscribe: {link}\n"));
    }

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
        colour: colour(headline(event)),
        recipient: recipient.address,
        unsubscribe: recipient.unsubscribe,
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
        unsubscribe: recipient.unsubscribe.map(str::to_owned),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::notifications::event::payload;

    const OPS: Recipient<'static> = Recipient {
        address: "ops@example.com",
        unsubscribe: Some(
            "https://sluice.example.com/api/v1/unsubscribe?pipeline=p&email=ops%40example.com&token=t",
        ),
    };

    #[test]
    fn a_failure_email_says_what_failed_and_what_happens_next() {
        let event: Event = serde_json::from_value(payload(
            "run.failed",
            Some("extract: source `nyt`: <html> 404"),
        ))
        .unwrap();
        let email = render_email(&event, "http://localhost:8080", OPS);
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
            "resolved   0",
            "warned     0",
            "deleted    0",
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
        let email = render_email(&event, "http://x/\"><script>", OPS);
        let html = &email.html;
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62; &#38; &#34;co&#34;: <span style=\"color:#b91c1c\">FAILED</span></h2>"),
            "{html}"
        );
        // The title, the test notice and the footer repeat the name: escaped there too.
        assert_eq!(html.matches("&#60;script&#62;alert").count(), 4, "{html}");
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
        let email = render_email(&event, "http://x", OPS);
        assert_eq!(
            email.subject,
            "[Sluice] us-covid recovered: succeeded after a failure: 1 inserted, 2 updated, 3 failed"
        );
        assert!(
            email
                .html
                .contains(">unchanged</td><td style=\"text-align:right;padding:4px 0;font-variant-numeric:tabular-nums\">167</td>")
        );
    }

    #[test]
    fn a_test_email_says_it_is_a_test_and_reports_the_latest_run() {
        let event: Event =
            serde_json::from_value(payload("test", Some("extract: source `nyt`: 404"))).unwrap();
        let email = render_email(&event, "http://x", OPS);
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

    /// Both parts end by saying why the recipient gets the e-mail and how to stop it; the
    /// link is the one the `List-Unsubscribe` header carries.
    #[test]
    fn both_parts_offer_the_unsubscribe_link() {
        let event: Event = serde_json::from_value(payload("run.succeeded", None)).unwrap();
        let email = render_email(&event, "http://x", OPS);
        let link = OPS.unsubscribe.unwrap();
        assert_eq!(
            email.headers(),
            [
                ("List-Unsubscribe", format!("<{link}>")),
                (
                    "List-Unsubscribe-Post",
                    "List-Unsubscribe=One-Click".to_owned()
                ),
            ]
        );
        assert!(
            email.text.ends_with(&format!(
                "\n-- \nYou get this e-mail because ops@example.com is a recipient of the notifications of pipeline us-covid.\nUnsubscribe: {link}\n"
            )),
            "{}",
            email.text
        );
        assert!(
            email.html.contains(
                "<a href=\"https://sluice.example.com/api/v1/unsubscribe?pipeline=p&#38;email=ops%40example.com&#38;token=t\" style=\"color:#6b7280\">Unsubscribe</a>"
            ),
            "{}",
            email.html
        );
        let without = render_email(
            &event,
            "http://x",
            Recipient {
                address: "ops@example.com",
                unsubscribe: None,
            },
        );
        assert!(without.headers().is_empty());
        assert!(!without.text.contains("Unsubscribe"));
        assert!(!without.html.contains("Unsubscribe"));
    }

    /// The e-mail docs/NOTIFICATIONS.md shows (docs/screenshots/run-email.png): a failure with
    /// an error and rows kept as failed records. `SLUICE_EMAIL_PREVIEW=<file>` writes its HTML
    /// part there, for the screenshot (the command is in docs/NOTIFICATIONS.md).
    #[test]
    fn the_documented_preview_has_every_part() {
        let mut value = payload(
            "run.failed",
            Some(
                "extract: source `nyt`: https://raw.githubusercontent.com/nytimes/covid-19-data/master/us.csv answered HTTP 404",
            ),
        );
        value["run"]["counts"] = json!({"extracted": 1073, "inserted": 0, "updated": 0, "unchanged": 0, "failed": 0, "retried": 0});
        let event: Event = serde_json::from_value(value).unwrap();
        let email = render_email(&event, "https://sluice.example.com", OPS);
        for part in [
            "<!DOCTYPE html>",
            "FAILED</span></h2>",
            "<strong>Error:</strong> extract: source `nyt`",
            ">Open the run</a>",
            ">Unsubscribe</a>",
        ] {
            assert!(email.html.contains(part), "{part}: {}", email.html);
        }
        if let Ok(path) = std::env::var("SLUICE_EMAIL_PREVIEW") {
            std::fs::write(path, &email.html).unwrap();
        }
    }
}
