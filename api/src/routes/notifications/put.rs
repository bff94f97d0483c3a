use actix_web::{HttpResponse, web};
use sea_orm::TransactionTrait;
use sluice_engine::{domain::Role, notifications::settings::StoredNotify};
use uuid::Uuid;

use super::{NotificationsRequest, NotificationsResponse, save, validate};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, ErrorBody},
    request::ApiJson,
    routes::pipelines::find_for_update,
    state::AppState,
};

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
    let valid = validate(&state.settings.extract.allow_hosts, &body, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    let txn = state.db.begin().await?;
    let pipeline = find_for_update(&txn, caller.tenant_id, id.into_inner()).await?;
    let saved = save(&txn, &state.encryptor, pipeline, valid).await?;
    txn.commit().await?;
    let stored: StoredNotify = serde_json::from_value(saved.pipeline.notify).unwrap_or_default();
    Ok(HttpResponse::Ok().json(NotificationsResponse::from_stored(&stored, &saved.revealed)))
}
