//! The `deliveries` job: claim a notification from the outbox, send it (an e-mail through SES,
//! or a signed webhook call), and record the attempt. The job only names the delivery; a
//! duplicate finds nothing to claim.

use std::{sync::Arc, time::Duration};

use apalis::prelude::{BoxDynError, Data};
use aws_sdk_sesv2::types::{Body, Content, Destination, EmailContent, Message};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use sea_orm::sqlx;
use sluice_engine::{
    deliveries::{self, Claimed},
    domain::redacted,
    metrics as names,
    notify::{self, Event, StoredNotify},
};
use sluice_queue::jobs::DeliveryJob;
use tracing::Instrument;
use uuid::Uuid;

use crate::{app::WorkerState, settings::Settings};

/// Why an attempt failed, and whether trying again may help.
struct Failure {
    message: String,
    permanent: bool,
}

impl Failure {
    fn transient(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            permanent: false,
        }
    }

    fn permanent(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            permanent: true,
        }
    }
}

/// The SES client of the worker, from `notify.ses`. Credentials come from the settings when
/// both keys are set, otherwise from the AWS default chain (environment, profile, web identity
/// / IRSA, ECS task role, instance profile), resolved lazily on the first e-mail.
pub async fn ses_client(settings: &Settings) -> aws_sdk_sesv2::Client {
    use aws_config::{BehaviorVersion, Region, timeout::TimeoutConfig};
    use aws_sdk_sesv2::config::Credentials;
    use secrecy::ExposeSecret;
    let ses = &settings.notify.ses;
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new(ses.region.clone()))
        .timeout_config(
            TimeoutConfig::builder()
                .operation_timeout(Duration::from_secs(settings.notify.timeout_secs))
                .build(),
        );
    if let Some(endpoint) = &ses.endpoint {
        loader = loader.endpoint_url(endpoint.clone());
    }
    if let (Some(key), Some(secret)) = (&ses.access_key_id, &ses.secret_access_key) {
        loader = loader.credentials_provider(Credentials::new(
            key.expose_secret(),
            secret.expose_secret(),
            None,
            None,
            "sluice-settings",
        ));
    }
    aws_sdk_sesv2::Client::new(&loader.load().await)
}

/// The apalis handler: the delivery is sent in a task of its own, so that a dropped queue
/// connection cannot interrupt it half way.
pub async fn handle(job: DeliveryJob, state: Data<Arc<WorkerState>>) -> Result<(), BoxDynError> {
    let state: Arc<WorkerState> = (*state).clone();
    let id = job.delivery_id;
    if let Err(e) = tokio::spawn(async move { send(&state, id).await }).await {
        // Left `sending`: the reconciler puts it back after `notify.stale_after_secs`.
        tracing::error!(error = %e, delivery_id = %id, "sending a delivery panicked");
    }
    Ok(())
}

pub async fn send(state: &WorkerState, id: Uuid) {
    let pool = &state.engine.pool;
    let claimed = match deliveries::claim(pool, id, &state.name).await {
        Ok(Some(c)) => c,
        Ok(None) => return,
        Err(e) => {
            tracing::warn!(error = %e, %id, "claiming a delivery failed; the reconciler will offer it again");
            return;
        }
    };
    let span = tracing::info_span!(
        "delivery",
        delivery_id = %id,
        channel = %claimed.channel,
        event_id = %claimed.event_id,
        attempt = claimed.attempt,
    );
    record(state, id, claimed).instrument(span).await;
}

/// Sends a claimed delivery and records the attempt.
async fn record(state: &WorkerState, id: Uuid, claimed: Claimed) {
    let pool = &state.engine.pool;
    let outcome = match claimed.channel.as_str() {
        "email" => send_email(state, &claimed).await,
        "webhook" => send_webhook(state, &claimed).await,
        other => Err(Failure::permanent(format!("unknown channel {other}"))),
    };
    let settings = &state.settings.notify;
    let result = match &outcome {
        Ok(_) => "delivered",
        Err(f) if f.permanent => "failed_permanently",
        Err(_) => "failed",
    };
    metrics::counter!(names::DELIVERIES, "channel" => channel_label(&claimed.channel), "outcome" => result)
        .increment(1);
    let recorded = match outcome {
        Ok(detail) => {
            tracing::info!(detail, "delivered");
            deliveries::delivered(pool, id, &state.name, &detail).await
        }
        Err(failure) => {
            tracing::warn!(error = %failure.message, permanent = failure.permanent, "delivery attempt failed");
            deliveries::attempt_failed(
                pool,
                id,
                &state.name,
                &failure.message,
                failure.permanent,
                settings.max_attempts,
                Duration::from_secs(settings.backoff_secs),
            )
            .await
        }
    };
    match recorded {
        Ok(true) => {}
        Ok(false) => tracing::warn!(
            "this worker no longer held the delivery (reclaimed as stale): its attempt is not recorded"
        ),
        Err(e) => {
            tracing::error!(error = %e, "recording a delivery attempt failed; the reconciler will retry it")
        }
    }
}

/// The channel as a label: the known ones, else `other` (label values stay bounded).
fn channel_label(channel: &str) -> &'static str {
    match channel {
        "email" => "email",
        "webhook" => "webhook",
        _ => "other",
    }
}

async fn send_email(state: &WorkerState, d: &Claimed) -> Result<String, Failure> {
    let event: Event = serde_json::from_value(d.payload.clone())
        .map_err(|e| Failure::permanent(format!("the stored event is malformed: {e}")))?;
    let email = notify::render_email(&event, &state.settings.application.base_url);
    let content = |text: String| {
        Content::builder()
            .data(text)
            .charset("UTF-8")
            .build()
            .map_err(|e| Failure::permanent(e.to_string()))
    };
    let message = Message::builder()
        .subject(content(email.subject)?)
        .body(
            Body::builder()
                .text(content(email.text)?)
                .html(content(email.html)?)
                .build(),
        )
        .build();
    let sent = state
        .ses
        .send_email()
        .from_email_address(&state.settings.notify.ses.sender)
        .destination(Destination::builder().to_addresses(&d.target).build())
        .content(EmailContent::builder().simple(message).build())
        .send()
        .await
        .map_err(|e| {
            let message = format!("SES: {}", error_chain(&e));
            // SES refusing the message (unverified sender, bad address) will refuse it again.
            let permanent = e.as_service_error().is_some_and(|s| {
                s.is_message_rejected()
                    || s.is_bad_request_exception()
                    || s.is_not_found_exception()
            });
            Failure { message, permanent }
        })?;
    Ok(format!("SES message {}", sent.message_id().unwrap_or("?")))
}

async fn send_webhook(state: &WorkerState, d: &Claimed) -> Result<String, Failure> {
    let secret = webhook_secret(state, d).await?;
    let body = notify::webhook_body(&d.payload, &state.settings.application.base_url);
    let timestamp = chrono::Utc::now().timestamp();
    let headers = [
        ("Sluice-Event-Id", d.event_id.to_string()),
        ("Sluice-Event-Type", d.event_type.clone()),
        (
            "Sluice-Signature",
            notify::signature(&secret, timestamp, &body),
        ),
    ];
    let timeout = Duration::from_secs(state.settings.notify.timeout_secs);
    match state
        .engine
        .fetcher
        .post_json(&d.target, &headers, body, timeout)
        .await
    {
        Ok(status) if status.is_success() => Ok(format!("HTTP {}", status.as_u16())),
        // The receiver's way of saying the endpoint is retired: asking again will not help.
        // The target is named without its query string or credentials (webhook URLs often
        // carry a token); the message is stored and shown.
        Ok(status) if status.as_u16() == 410 => Err(Failure::permanent(format!(
            "{} answered HTTP 410 Gone: not retried",
            redacted(&d.target)
        ))),
        Ok(status) => Err(Failure::transient(format!(
            "{} answered HTTP {}",
            redacted(&d.target),
            status.as_u16()
        ))),
        Err(e) => Err(Failure {
            permanent: !e.is_recoverable(),
            message: e.to_string(),
        }),
    }
}

/// The endpoint's signing secret, from the pipeline's current settings.
async fn webhook_secret(state: &WorkerState, d: &Claimed) -> Result<Vec<u8>, Failure> {
    let stored: Option<serde_json::Value> =
        sqlx::query_scalar("SELECT notify FROM pipelines WHERE id = $1")
            .bind(d.pipeline_id)
            .fetch_optional(&state.engine.pool)
            .await
            .map_err(|e| Failure::transient(format!("reading the webhook settings: {e}")))?;
    let settings: StoredNotify = stored
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    let hook = settings
        .webhooks
        .iter()
        .find(|w| w.url == d.target)
        .ok_or_else(|| {
            Failure::permanent("this webhook endpoint is no longer configured for the pipeline")
        })?;
    let sealed = STANDARD
        .decode(&hook.secret)
        .map_err(|_| Failure::permanent("the stored webhook secret is malformed"))?;
    state
        .encryptor
        .open(&sealed, &notify::secret_context(d.pipeline_id, hook.id))
        .map_err(|e| Failure::permanent(format!("the webhook secret: {e}")))
}

/// An error and its causes on one line, each said once: the SDK's own `Display` is only
/// "dispatch failure" or "service error", and its `Debug` is a page long.
fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut next = Some(error);
    while let Some(e) = next {
        let text = e.to_string();
        if !text.is_empty() && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        next = e.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Layer(&'static str, Option<Box<Layer>>);

    impl std::fmt::Display for Layer {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
    }

    impl std::error::Error for Layer {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            self.1.as_deref().map(|l| l as _)
        }
    }

    #[test]
    fn an_error_chain_reads_on_one_line_without_repeats() {
        let e = Layer(
            "dispatch failure",
            Some(Box::new(Layer(
                "io error",
                Some(Box::new(Layer(
                    "connection refused",
                    Some(Box::new(Layer("connection refused", None))),
                ))),
            ))),
        );
        assert_eq!(
            error_chain(&e),
            "dispatch failure: io error: connection refused"
        );
    }
}
