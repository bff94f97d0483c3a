//! Per-pipeline notification settings: who is e-mailed, which webhooks are called, on which
//! outcomes. Webhook secrets are generated when not given, shown once, stored encrypted. The
//! feature as a whole is `sluice_engine::notifications`.

pub mod get;
pub mod put;
pub mod test;

use std::collections::BTreeSet;

use base64::{Engine as _, engine::general_purpose::STANDARD};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, IntoActiveModel, Set};
use serde::{Deserialize, Serialize};
use sluice_engine::{
    crypto::{Encryptor, random_token},
    db::entity::pipeline,
    domain::Email,
    etl::extract::guard::AddressPolicy,
    notifications::settings::{NotifyOn, StoredNotify, StoredWebhook, secret_context},
    spec::SpecError,
};
use utoipa::ToSchema;
use uuid::Uuid;

const MAX_RECIPIENTS: usize = 50;
const MAX_WEBHOOKS: usize = 10;

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

/// Settings that passed every check, not yet stored.
pub struct ValidNotify {
    email: Vec<String>,
    /// (normalised URL, secret given by the caller).
    webhooks: Vec<(String, Option<String>)>,
    on: Vec<NotifyOn>,
}

/// Checks `request`, pushing every problem onto `errors` with its path (`email[1]`,
/// `webhooks[0].url`, …). Webhook URLs follow the source address rules, with the operator's
/// allow-list.
pub fn validate(
    allow_hosts: &[String],
    request: &NotificationsRequest,
    errors: &mut Vec<SpecError>,
) -> ValidNotify {
    let mut email = Vec::new();
    if request.email.len() > MAX_RECIPIENTS {
        errors.push(SpecError::new(
            "email",
            format!("at most {MAX_RECIPIENTS} recipients"),
        ));
    }
    for (i, address) in request.email.iter().enumerate() {
        match Email::parse(address) {
            Ok(e) if !email.contains(&e.as_str().to_owned()) => email.push(e.as_str().to_owned()),
            Ok(_) => errors.push(SpecError::new(&format!("email[{i}]"), "listed twice")),
            Err(e) => errors.push(SpecError::new(&format!("email[{i}]"), e.0)),
        }
    }
    if request.webhooks.len() > MAX_WEBHOOKS {
        errors.push(SpecError::new(
            "webhooks",
            format!("at most {MAX_WEBHOOKS} endpoints"),
        ));
    }
    let policy = AddressPolicy::new(allow_hosts);
    let mut webhooks = Vec::new();
    let mut urls = BTreeSet::new();
    for (i, hook) in request.webhooks.iter().enumerate() {
        let path = format!("webhooks[{i}]");
        match url::Url::parse(&hook.url) {
            Ok(url) => {
                if let Err(reason) = policy.check_url(&url) {
                    errors.push(SpecError::new(&format!("{path}.url"), reason));
                }
                if !urls.insert(url.to_string()) {
                    errors.push(SpecError::new(&format!("{path}.url"), "listed twice"));
                }
                webhooks.push((url.to_string(), hook.secret.clone()));
            }
            Err(e) => errors.push(SpecError::new(
                &format!("{path}.url"),
                format!("not a URL: {e}"),
            )),
        }
        if let Some(secret) = &hook.secret
            && !(16..=256).contains(&secret.chars().count())
        {
            errors.push(SpecError::new(
                &format!("{path}.secret"),
                "must have 16 to 256 characters",
            ));
        }
    }
    let mut on = Vec::new();
    for outcome in &request.on {
        if !on.contains(outcome) {
            on.push(*outcome);
        }
    }
    ValidNotify {
        email,
        webhooks,
        on,
    }
}

/// What [`save`] did.
pub struct Saved {
    pub pipeline: pipeline::Model,
    pub changed: bool,
    /// Secrets generated now, by webhook id: shown in this answer only.
    pub revealed: Vec<(Uuid, String)>,
}

/// Replaces the pipeline's settings. A webhook without a secret keeps the one it has (same
/// URL) or gets a generated one; secrets are stored sealed to the pipeline and the endpoint.
pub async fn save(
    db: &impl ConnectionTrait,
    encryptor: &Encryptor,
    pipeline: pipeline::Model,
    valid: ValidNotify,
) -> Result<Saved, DbErr> {
    let current: StoredNotify = serde_json::from_value(pipeline.notify.clone()).unwrap_or_default();
    let mut revealed = Vec::new();
    let mut webhooks = Vec::new();
    for (url, secret) in valid.webhooks {
        let existing = current.webhooks.iter().find(|w| w.url == url);
        // The same secret given again (pipeline-as-code) keeps the endpoint as it is.
        let same_secret = |given: &str, existing: &StoredWebhook| {
            STANDARD
                .decode(&existing.secret)
                .ok()
                .and_then(|sealed| {
                    encryptor
                        .open(&sealed, &secret_context(pipeline.id, existing.id))
                        .ok()
                })
                .is_some_and(|plain| plain == given.as_bytes())
        };
        let stored = match (secret, existing) {
            (None, Some(existing)) => existing.clone(),
            (Some(given), Some(existing)) if same_secret(&given, existing) => existing.clone(),
            (secret, _) => {
                let id = Uuid::now_v7();
                let secret = secret.unwrap_or_else(|| {
                    let generated = random_token("whsec_");
                    revealed.push((id, generated.clone()));
                    generated
                });
                let sealed = encryptor.seal(secret.as_bytes(), &secret_context(pipeline.id, id));
                StoredWebhook {
                    id,
                    url,
                    secret: STANDARD.encode(sealed),
                }
            }
        };
        webhooks.push(stored);
    }
    let stored = StoredNotify {
        email: valid.email,
        webhooks,
        on: valid.on,
    };
    if stored == current {
        return Ok(Saved {
            pipeline,
            changed: false,
            revealed,
        });
    }
    let value = serde_json::to_value(&stored).map_err(|e| DbErr::Custom(e.to_string()))?;
    let mut model = pipeline.into_active_model();
    model.notify = Set(value);
    model.updated_at = Set(chrono::Utc::now().fixed_offset());
    Ok(Saved {
        pipeline: model.update(db).await?,
        changed: true,
        revealed,
    })
}
