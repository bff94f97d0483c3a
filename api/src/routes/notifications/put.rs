use std::collections::BTreeSet;

use actix_web::{HttpResponse, web};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set, TransactionTrait};
use sluice_engine::{
    crypto::random_token,
    domain::{Email, Role},
    notify::{StoredNotify, StoredWebhook, secret_context},
    spec::SpecError,
};
use uuid::Uuid;

use super::{NotificationsRequest, NotificationsResponse};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, ErrorBody},
    extract::ApiJson,
    routes::pipelines::find_for_update,
    state::AppState,
};

const MAX_RECIPIENTS: usize = 50;
const MAX_WEBHOOKS: usize = 10;

/// Replace a pipeline's notification settings (member or admin)
///
/// A webhook given without a secret keeps the one it has (same URL), or gets a new one, which
/// this answer shows once. Addresses that are not public are refused unless the operator
/// allow-listed them (`extract.allow_hosts`).
#[utoipa::path(
    put, path = "/api/v1/pipelines/{id}/notifications", tag = "notifications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id")),
    request_body = NotificationsRequest,
    responses(
        (status = 200, body = NotificationsResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, body = ErrorBody),
    )
)]
pub async fn put_notifications(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    ApiJson(body): ApiJson<NotificationsRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let mut errors = Vec::new();
    let mut email = Vec::new();
    if body.email.len() > MAX_RECIPIENTS {
        errors.push(SpecError::new(
            "email",
            format!("at most {MAX_RECIPIENTS} recipients"),
        ));
    }
    for (i, address) in body.email.iter().enumerate() {
        match Email::parse(address) {
            Ok(e) if !email.contains(&e.as_str().to_owned()) => email.push(e.as_str().to_owned()),
            Ok(_) => errors.push(SpecError::new(&format!("email[{i}]"), "listed twice")),
            Err(e) => errors.push(SpecError::new(&format!("email[{i}]"), e.0)),
        }
    }
    if body.webhooks.len() > MAX_WEBHOOKS {
        errors.push(SpecError::new(
            "webhooks",
            format!("at most {MAX_WEBHOOKS} endpoints"),
        ));
    }
    let policy =
        sluice_engine::etl::extract::guard::AddressPolicy::new(&state.settings.extract.allow_hosts);
    let mut urls = BTreeSet::new();
    for (i, hook) in body.webhooks.iter().enumerate() {
        let path = format!("webhooks[{i}]");
        match url::Url::parse(&hook.url) {
            Ok(url) => {
                if let Err(reason) = policy.check_url(&url) {
                    errors.push(SpecError::new(&format!("{path}.url"), reason));
                }
                if !urls.insert(url.to_string()) {
                    errors.push(SpecError::new(&format!("{path}.url"), "listed twice"));
                }
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
    let mut on = body.on.clone();
    on.dedup();
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }

    let txn = state.db.begin().await?;
    let pipeline = find_for_update(&txn, caller.tenant_id, id.into_inner()).await?;
    let current: StoredNotify = serde_json::from_value(pipeline.notify.clone()).unwrap_or_default();
    let mut revealed = Vec::new();
    let mut webhooks = Vec::new();
    for hook in body.webhooks {
        let url = url::Url::parse(&hook.url)
            .map(|u| u.to_string())
            .unwrap_or(hook.url);
        let existing = current.webhooks.iter().find(|w| w.url == url);
        let stored = match (hook.secret, existing) {
            (None, Some(existing)) => existing.clone(),
            (secret, _) => {
                let id = Uuid::now_v7();
                let secret = match secret {
                    Some(s) => s,
                    None => {
                        let generated = random_token("whsec_");
                        revealed.push((id, generated.clone()));
                        generated
                    }
                };
                let sealed = state
                    .encryptor
                    .seal(secret.as_bytes(), &secret_context(pipeline.id, id));
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
        email,
        webhooks,
        on,
    };
    let mut model = pipeline.into_active_model();
    model.notify = Set(serde_json::to_value(&stored).map_err(ApiError::internal)?);
    model.update(&txn).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(NotificationsResponse::from_stored(&stored, &revealed)))
}
