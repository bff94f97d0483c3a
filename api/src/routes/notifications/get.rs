use actix_web::{HttpResponse, web};
use sluice_engine::notifications::settings::StoredNotify;
use uuid::Uuid;

use super::NotificationsResponse;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::pipelines::find,
    state::AppState,
};

/// Get a pipeline's notification settings (secrets are never shown again)
///
/// E-mail recipients, webhook endpoints (without their secrets, which only the answer that
/// created them carries; a viewer sees each one's host, not its URL) and the outcomes that
/// notify.
#[utoipa::path(
    get, path = "/api/v1/pipelines/{id}/notifications", tag = "notifications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id")),
    responses((status = 200, body = NotificationsResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
pub async fn get_notifications(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let pipeline = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    let stored: StoredNotify = serde_json::from_value(pipeline.notify).unwrap_or_default();
    Ok(HttpResponse::Ok()
        .json(NotificationsResponse::from_stored(&stored, &[]).for_role(caller.role)))
}
