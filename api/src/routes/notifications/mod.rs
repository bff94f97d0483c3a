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
    crypto::Encryptor,
    db::entity::pipeline,
    domain::{Email, Role},
    etl::extract::guard::AddressPolicy,
    notifications::{
        settings::{NotifyOn, Signing, StoredNotify, StoredWebhook, WebhookKind, secret_context},
        webhook::{SECRET_PREFIX, generate_secret, standard_key},
    },
    spec::SpecError,
};
use utoipa::ToSchema;
use uuid::Uuid;

const MAX_RECIPIENTS: usize = 50;
const MAX_WEBHOOKS: usize = 10;

#[derive(Serialize, ToSchema)]
pub struct WebhookResponse {
    pub id: Uuid,
    /// The endpoint; a viewer sees only its scheme and host (`https://hooks.example.com`),
    /// since webhook URLs often carry a token.
    pub url: String,
    pub kind: WebhookKind,
    /// The signing secret (`whsec_…`), present only in the answer that created it: store it
    /// now. Slack endpoints have none.
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
                    kind: w.kind,
                    secret: revealed
                        .iter()
                        .find(|(id, _)| *id == w.id)
                        .map(|(_, s)| s.clone()),
                })
                .collect(),
            on: stored.on.clone(),
        }
    }

    /// What `role` may see: a viewer gets each webhook's scheme and host, not its URL.
    pub fn for_role(mut self, role: Role) -> Self {
        if role == Role::Viewer {
            for hook in &mut self.webhooks {
                hook.url = origin(&hook.url);
            }
        }
        self
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookRequest {
    /// `http` or `https`; the same address rules as sources (no private addresses).
    #[schema(example = "https://example.com/hooks/sluice")]
    pub url: String,
    /// `json` (the default): the event, signed the Standard Webhooks way; `slack`: a Slack
    /// incoming webhook gets a readable message with a link to the run.
    #[serde(default)]
    pub kind: WebhookKind,
    /// A secret of your own for a `json` endpoint: `whsec_` and the base64 of 24 to 64 random
    /// bytes (the Standard Webhooks form; any other string of 16 to 256 characters is used as
    /// raw key bytes). When omitted, the endpoint keeps its current secret, or a new one is
    /// generated and returned once.
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
    /// (normalised URL, kind, secret given by the caller).
    webhooks: Vec<(String, WebhookKind, Option<String>)>,
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
                webhooks.push((url.to_string(), hook.kind, hook.secret.clone()));
            }
            Err(e) => errors.push(SpecError::new(
                &format!("{path}.url"),
                format!("not a URL: {e}"),
            )),
        }
        if let Some(secret) = &hook.secret
            && let Err(problem) = secret_problem(hook.kind, secret)
        {
            errors.push(SpecError::new(&format!("{path}.secret"), problem));
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

/// Why a given secret cannot be used, if it cannot.
fn secret_problem(kind: WebhookKind, secret: &str) -> Result<(), &'static str> {
    if kind == WebhookKind::Slack {
        return Err("a Slack webhook is not signed: leave the secret out");
    }
    if secret.starts_with(SECRET_PREFIX) {
        return match standard_key(secret) {
            Some(key) if (24..=64).contains(&key.len()) => Ok(()),
            _ => Err("a whsec_ secret must be whsec_ followed by the base64 of 24 to 64 bytes"),
        };
    }
    if (16..=256).contains(&secret.chars().count()) {
        Ok(())
    } else {
        Err("must have 16 to 256 characters")
    }
}

/// A webhook URL as a viewer sees it: its scheme and host (and port).
pub fn origin(url: &str) -> String {
    url::Url::parse(url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_else(|_| "(hidden)".into())
}

/// What [`save`] did.
pub struct Saved {
    pub pipeline: pipeline::Model,
    pub changed: bool,
    /// Secrets generated now, by webhook id: shown in this answer only.
    pub revealed: Vec<(Uuid, String)>,
}

/// Replaces the pipeline's settings. A webhook without a secret keeps the one it has (same
/// URL and kind) or gets a generated one; secrets are stored sealed to the pipeline and the
/// endpoint. Every endpoint saved is signed the Standard Webhooks way only from now on: an
/// endpoint stored before (which also got `Sluice-Signature`) stops getting the old header.
pub async fn save(
    db: &impl ConnectionTrait,
    encryptor: &Encryptor,
    pipeline: pipeline::Model,
    valid: ValidNotify,
) -> Result<Saved, DbErr> {
    let current: StoredNotify = serde_json::from_value(pipeline.notify.clone()).unwrap_or_default();
    let mut revealed = Vec::new();
    let mut webhooks = Vec::new();
    for (url, kind, secret) in valid.webhooks {
        let existing = current
            .webhooks
            .iter()
            .find(|w| w.url == url && w.kind == kind);
        // The same secret given again (pipeline-as-code) keeps the endpoint as it is.
        let same_secret = |given: &str, existing: &StoredWebhook| {
            existing
                .secret
                .as_deref()
                .and_then(|sealed| STANDARD.decode(sealed).ok())
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
            (_, _) if kind == WebhookKind::Slack => StoredWebhook {
                id: Uuid::now_v7(),
                url,
                kind,
                secret: None,
                signing: Signing::Standard,
            },
            (secret, _) => {
                let id = Uuid::now_v7();
                let secret = secret.unwrap_or_else(|| {
                    let generated = generate_secret();
                    revealed.push((id, generated.clone()));
                    generated
                });
                let sealed = encryptor.seal(secret.as_bytes(), &secret_context(pipeline.id, id));
                StoredWebhook {
                    id,
                    url,
                    kind,
                    secret: Some(STANDARD.encode(sealed)),
                    signing: Signing::Standard,
                }
            }
        };
        webhooks.push(StoredWebhook {
            signing: Signing::Standard,
            ..stored
        });
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
