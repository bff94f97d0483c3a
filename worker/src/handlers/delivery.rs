//! The `deliveries` job: claim a notification from the outbox, send it (an e-mail through SES,
//! a signed webhook call, or a Slack message), and record the attempt. The job only names the
//! delivery; a duplicate finds nothing to claim. What is sent and how the outbox behaves is
//! `sluice_engine::notifications` (its `mod.rs` tells the whole path); this file is the sending.

use std::{sync::Arc, time::Duration};

use apalis::prelude::{BoxDynError, Data};
use aws_sdk_sesv2::types::{Body, Content, Destination, EmailContent, Message, MessageHeader};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use sea_orm::sqlx;
use sluice_engine::{
    domain::redacted,
    metrics as names,
    notifications::{
        deliveries::{self, Claimed, Failed},
        email::{self, Recipient},
        event::Event,
        settings::{Signing, StoredNotify, StoredWebhook, WebhookKind, secret_context},
        unsubscribe, webhook,
    },
};
use sluice_queue::jobs::DeliveryJob;
use tracing::Instrument;
use uuid::Uuid;

use crate::{app::WorkerState, settings::Settings};

/// Why an attempt failed, whether trying again may help, and when.
struct Failure {
    message: String,
    permanent: bool,
    retry_after: Option<Duration>,
}

impl Failure {
    fn transient(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            permanent: false,
            retry_after: None,
        }
    }

    fn permanent(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            permanent: true,
            retry_after: None,
        }
    }
}

/// What an e-mail delivery fails with when `notify.ses` is not set.
pub const EMAIL_NOT_CONFIGURED: &str =
    "e-mail is not configured on this server (notify.ses is not set): not retried";

/// The SES client of the worker, when `notify.ses` is set; without it there is none, and
/// nothing calls AWS (not even the credential chain). Credentials come from the settings when
/// both keys are set, otherwise from the AWS default chain (environment, profile, web identity
/// / IRSA, ECS task role, instance profile), resolved lazily on the first e-mail.
pub async fn ses_client(settings: &Settings) -> Option<aws_sdk_sesv2::Client> {
    use aws_config::{BehaviorVersion, Region, timeout::TimeoutConfig};
    use aws_sdk_sesv2::config::Credentials;
    use secrecy::ExposeSecret;
    let ses = settings.notify.ses.as_ref()?;
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
    Some(aws_sdk_sesv2::Client::new(&loader.load().await))
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
                Failed {
                    error: &failure.message,
                    permanent: failure.permanent,
                    retry_after: failure.retry_after,
                },
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

/// The pipeline's notification settings as they are now: a recipient or endpoint removed
/// since the run finished is not sent to.
async fn current_settings(state: &WorkerState, d: &Claimed) -> Result<StoredNotify, Failure> {
    let stored: Option<serde_json::Value> =
        sqlx::query_scalar("SELECT notify FROM pipelines WHERE id = $1")
            .bind(d.pipeline_id)
            .fetch_optional(&state.engine.pool)
            .await
            .map_err(|e| Failure::transient(format!("reading the notification settings: {e}")))?;
    Ok(stored
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default())
}

async fn send_email(state: &WorkerState, d: &Claimed) -> Result<String, Failure> {
    // Checked first: without SES settings nothing below may reach for AWS.
    let (Some(ses), Some(ses_settings)) = (&state.ses, &state.settings.notify.ses) else {
        return Err(Failure::permanent(EMAIL_NOT_CONFIGURED));
    };
    if !current_settings(state, d).await?.email.contains(&d.target) {
        return Err(Failure::permanent(
            "this address is no longer a recipient of the pipeline: not sent",
        ));
    }
    let event: Event = serde_json::from_value(d.payload.clone())
        .map_err(|e| Failure::permanent(format!("the stored event is malformed: {e}")))?;
    let base_url = &state.settings.application.base_url;
    let link = unsubscribe::link(&state.encryptor, base_url, d.pipeline_id, &d.target);
    let email = email::render_email(
        &event,
        base_url,
        Recipient {
            address: &d.target,
            unsubscribe: Some(&link),
        },
    );
    let content = |text: String| {
        Content::builder()
            .data(text)
            .charset("UTF-8")
            .build()
            .map_err(|e| Failure::permanent(e.to_string()))
    };
    let header = |name: &str, value: String| {
        MessageHeader::builder()
            .name(name)
            .value(value)
            .build()
            .map_err(|e| Failure::permanent(e.to_string()))
    };
    let headers = email.headers();
    let mut message = Message::builder().subject(content(email.subject)?).body(
        Body::builder()
            .text(content(email.text)?)
            .html(content(email.html)?)
            .build(),
    );
    for (name, value) in headers {
        message = message.headers(header(name, value)?);
    }
    let sent = ses
        .send_email()
        .from_email_address(&ses_settings.sender)
        .destination(Destination::builder().to_addresses(&d.target).build())
        .content(EmailContent::builder().simple(message.build()).build())
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
            Failure {
                message,
                permanent,
                retry_after: None,
            }
        })?;
    Ok(format!("SES message {}", sent.message_id().unwrap_or("?")))
}

async fn send_webhook(state: &WorkerState, d: &Claimed) -> Result<String, Failure> {
    let settings = current_settings(state, d).await?;
    let hook = settings
        .webhooks
        .iter()
        .find(|w| w.url == d.target)
        .ok_or_else(|| {
            Failure::permanent("this webhook endpoint is no longer configured for the pipeline")
        })?;
    let base_url = &state.settings.application.base_url;
    let (body, headers) = match hook.kind {
        WebhookKind::Slack => {
            let event: Event = serde_json::from_value(d.payload.clone())
                .map_err(|e| Failure::permanent(format!("the stored event is malformed: {e}")))?;
            (webhook::slack_body(&event, base_url), Vec::new())
        }
        WebhookKind::Json => {
            let secret = webhook_secret(state, d, hook)?;
            let body = webhook::webhook_body(&d.payload, base_url);
            let timestamp = chrono::Utc::now().timestamp();
            let key = webhook::signing_key(&secret);
            let mut headers = Vec::from(webhook::standard_headers(
                &key,
                &d.event_id.to_string(),
                timestamp,
                &body,
            ));
            if hook.signing == Signing::StandardAndLegacy {
                headers.extend([
                    ("Sluice-Event-Id", d.event_id.to_string()),
                    ("Sluice-Event-Type", d.event_type.clone()),
                    (
                        "Sluice-Signature",
                        webhook::signature(secret.as_bytes(), timestamp, &body),
                    ),
                ]);
            }
            (body, headers)
        }
    };
    let timeout = Duration::from_secs(state.settings.notify.timeout_secs);
    match state
        .engine
        .fetcher
        .post_json(&d.target, &headers, body, timeout)
        .await
    {
        // The target is named without its query string or credentials (webhook URLs often
        // carry a token); the message is stored and shown.
        Ok(answer) => webhook::judge_answer(&redacted(&d.target), &answer, chrono::Utc::now())
            .map_err(|refusal| Failure {
                message: refusal.message,
                permanent: refusal.permanent,
                retry_after: refusal.retry_after,
            }),
        Err(e) => Err(Failure {
            permanent: !e.is_recoverable(),
            message: e.to_string(),
            retry_after: None,
        }),
    }
}

/// The endpoint's signing secret.
fn webhook_secret(
    state: &WorkerState,
    d: &Claimed,
    hook: &StoredWebhook,
) -> Result<String, Failure> {
    let sealed = hook
        .secret
        .as_deref()
        .and_then(|s| STANDARD.decode(s).ok())
        .ok_or_else(|| Failure::permanent("the stored webhook secret is malformed"))?;
    let plain = state
        .encryptor
        .open(&sealed, &secret_context(d.pipeline_id, hook.id))
        .map_err(|e| Failure::permanent(format!("the webhook secret: {e}")))?;
    String::from_utf8(plain)
        .map_err(|_| Failure::permanent("the stored webhook secret is malformed"))
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
