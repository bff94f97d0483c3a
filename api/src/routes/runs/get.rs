use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use sluice_engine::db::entity::run;
use uuid::Uuid;

use super::{RunResponse, not_found};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    state::AppState,
};

/// Get a run: status, attempt, timings, counts, progress, error
///
/// Poll it to follow a run: `progress_rows` grows while it executes, `counts` and `timings`
/// are final once `finished_at` is set.
#[utoipa::path(
    get, path = "/api/v1/runs/{id}", tag = "runs",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Run id")),
    responses((status = 200, body = RunResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
pub async fn get_run(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let found = run::Entity::find_by_id(id)
        .filter(run::Column::TenantId.eq(caller.tenant_id))
        .one(&state.db)
        .await?
        .ok_or_else(|| not_found(id))?;
    Ok(HttpResponse::Ok().json(RunResponse::from(found)))
}
