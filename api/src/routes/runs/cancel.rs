use actix_web::{HttpResponse, web};
use sea_orm::EntityTrait;
use sluice_engine::{
    db::entity::run,
    domain::Role,
    run_records::{self, Cancel},
};
use uuid::Uuid;

use super::{RunResponse, not_found};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    state::AppState,
};

/// Cancel a run (member or admin)
///
/// A queued or retrying run is canceled at once; an executing one stops at its worker's next
/// heartbeat, and its load is rolled back (`cancel_requested` is true until then). 409
/// `run_finished` when it has already ended.
#[utoipa::path(
    post, path = "/api/v1/runs/{id}/cancel", tag = "runs",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Run id")),
    responses(
        (status = 202, description = "Canceled, or cancel requested", body = RunResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    )
)]
pub async fn cancel_run(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let id = id.into_inner();
    match run_records::request_cancel(
        state.db.get_postgres_connection_pool(),
        caller.tenant_id,
        id,
    )
    .await
    .map_err(ApiError::internal)?
    {
        Cancel::NotFound => return Err(not_found(id)),
        Cancel::Finished => {
            return Err(ApiError::new(
                Code::RunFinished,
                format!("run {id} has already finished"),
            ));
        }
        Cancel::Canceled | Cancel::Requested => {}
    }
    let row = run::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(|| not_found(id))?;
    Ok(HttpResponse::Accepted().json(RunResponse::from(row)))
}
