//! What a pipeline asks to be told, as stored in `pipelines.notify`: the e-mail addresses, the
//! webhooks (each secret sealed with [`secret_context`]) and the outcomes that notify. The API
//! validates and writes them; the trigger reads `on` to choose the event and the targets to
//! write deliveries; the worker reads a webhook's secret when it signs a call.

use serde::{Deserialize, Serialize};
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

/// What a webhook endpoint receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum WebhookKind {
    /// The event as JSON, signed the Standard Webhooks way (`webhook-signature`).
    #[default]
    Json,
    /// A Slack incoming webhook: a readable message with a link to the run, not signed (Slack
    /// does not check signatures; the URL is the secret).
    Slack,
}

/// The signature headers a JSON endpoint receives. Endpoints stored before Sluice followed
/// Standard Webhooks have no `signing` field and get both sets, so their receivers keep
/// working; saving the pipeline's settings again stores `standard` for every endpoint
/// (docs/NOTIFICATIONS.md, "Moving from `Sluice-Signature`").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signing {
    /// `webhook-id`, `webhook-timestamp` and `webhook-signature`, and the old
    /// `Sluice-Signature` too.
    #[default]
    StandardAndLegacy,
    /// Standard Webhooks headers only.
    Standard,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredWebhook {
    pub id: Uuid,
    pub url: String,
    #[serde(default)]
    pub kind: WebhookKind,
    /// The signing secret, sealed (see [`secret_context`]) and base64-encoded; none for a
    /// Slack endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    #[serde(default)]
    pub signing: Signing,
}

/// What a webhook's sealed secret is bound to.
pub fn secret_context(pipeline_id: Uuid, webhook_id: Uuid) -> String {
    format!("webhook:{pipeline_id}:{webhook_id}")
}
