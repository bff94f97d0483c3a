use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::{PipelineResponse, find};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    state::AppState,
};

/// Get one pipeline
///
/// The spec as stored (every default spelled out), the schedule and the next run time, and
/// the notification settings without webhook secrets (a viewer sees each webhook's host, not
/// its URL).
#[utoipa::path(
    get, path = "/api/v1/pipelines/{id}", tag = "pipelines",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id")),
    responses((status = 200, body = PipelineResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
pub async fn get_pipeline(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let found = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    let mut response = PipelineResponse::from(found);
    response.notify = response.notify.for_role(caller.role);
    Ok(HttpResponse::Ok().json(response))
}
