use actix_web::{HttpResponse, web};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use sluice_engine::{db::entity::failed_record, domain::Role};
use uuid::Uuid;

use super::{FailedRecordResponse, FailedStatus, not_found};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    state::AppState,
};

async fn change(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
    to: FailedStatus,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let record = failed_record::Entity::find_by_id(id)
        .filter(failed_record::Column::TenantId.eq(caller.tenant_id))
        .one(&state.db)
        .await?
        .ok_or_else(|| not_found(id))?;
    if record.status == FailedStatus::Resolved.as_str() {
        return Err(ApiError::new(
            Code::ValidationFailed,
            "this record is resolved: a later run loaded it",
        ));
    }
    let mut model = record.into_active_model();
    model.status = Set(to.as_str().to_owned());
    model.retry_requested = Set(to == FailedStatus::Open);
    model.updated_at = Set(Utc::now().fixed_offset());
    let updated = model.update(&state.db).await?;
    Ok(HttpResponse::Ok().json(FailedRecordResponse::from(updated)))
}

/// Retry a failed record (member or admin)
///
/// Reopens a discarded record and asks for it to be re-checked: the next run of the pipeline
/// loads the sources even if they did not change. A resolved record cannot be retried (422).
#[utoipa::path(
    post, path = "/api/v1/failed-records/{id}/retry", tag = "failed-records",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Failed record id")),
    responses(
        (status = 200, body = FailedRecordResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn retry_failed_record(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    change(&state, &caller, id.into_inner(), FailedStatus::Open).await
}

/// Discard a failed record (member or admin)
///
/// The row is no longer re-checked or reported; if it changes upstream and fails again, it is
/// a new failed record.
#[utoipa::path(
    post, path = "/api/v1/failed-records/{id}/discard", tag = "failed-records",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Failed record id")),
    responses(
        (status = 200, body = FailedRecordResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn discard_failed_record(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    change(&state, &caller, id.into_inner(), FailedStatus::Discarded).await
}
