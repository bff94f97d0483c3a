//! Per-pipeline notification settings: who is e-mailed, which webhooks are called, on which
//! outcomes. Webhook secrets are generated when not given, shown once, stored encrypted.

pub mod get;
pub mod put;

use serde::{Deserialize, Serialize};
use sluice_engine::notify::{NotifyOn, StoredNotify};
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Serialize, ToSchema)]
pub struct WebhookResponse {
    pub id: Uuid,
    pub url: String,
    /// The signing secret, present only in the answer that created it: store it now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct NotificationsResponse {
    pub email: Vec<String>,
    pub webhooks: Vec<WebhookResponse>,
    pub on: Vec<NotifyOn>,
}

impl NotificationsResponse {
    pub fn from_stored(stored: &StoredNotify, revealed: &[(Uuid, String)]) -> Self {
        Self {
            email: stored.email.clone(),
            webhooks: stored
                .webhooks
                .iter()
                .map(|w| WebhookResponse {
                    id: w.id,
                    url: w.url.clone(),
                    secret: revealed
                        .iter()
                        .find(|(id, _)| *id == w.id)
                        .map(|(_, s)| s.clone()),
                })
                .collect(),
            on: stored.on.clone(),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookRequest {
    /// `http` or `https`; the same address rules as sources (no private addresses).
    #[schema(example = "https://example.com/hooks/sluice")]
    pub url: String,
    /// A secret of your own (16 to 256 characters); when omitted, the endpoint keeps its
    /// current secret, or a new one is generated and returned once.
    pub secret: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NotificationsRequest {
    #[serde(default)]
    #[schema(example = json!(["ops@example.com"]))]
    pub email: Vec<String>,
    #[serde(default)]
    pub webhooks: Vec<WebhookRequest>,
    /// Outcomes that notify; none means the pipeline sends nothing.
    #[serde(default)]
    #[schema(example = json!(["failure", "recovered"]))]
    pub on: Vec<NotifyOn>,
}
