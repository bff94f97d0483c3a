use actix_web::{HttpResponse, web};
use sea_orm::TransactionTrait;
use sluice_engine::domain::Role;

use super::{PipelineInput, PipelineRequest, PipelineResponse, validate, write};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    request::ApiJson,
    state::AppState,
};

/// Create a pipeline (member or admin)
///
/// The spec is validated in full: 422 lists every problem with its path (`spec.transform[3].on[0]`).
#[utoipa::path(
    post, path = "/api/v1/pipelines", tag = "pipelines",
    security(("bearer" = [])),
    request_body = PipelineRequest,
    responses(
        (status = 201, body = PipelineResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, description = "The name is taken (`pipeline_name_taken`), another pipeline loads the destination table (`destination_taken`), or the table exists without a pipeline (`destination_exists`: send `adopt: true` to load into it)", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, description = "Invalid spec; `details` lists each problem", body = ErrorBody),
    )
)]
pub async fn create_pipeline(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<PipelineRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let txn = state.db.begin().await?;
    let valid = validate(
        &txn,
        caller.tenant_id,
        PipelineInput {
            name: &body.name,
            description: body.description,
            enabled: body.enabled,
            spec: &body.spec,
            notify: body.notify.as_ref(),
            adopt: body.adopt,
        },
        &state.settings.extract.allow_hosts,
    )
    .await?;
    let written = write(&txn, caller.tenant_id, &state.encryptor, valid, None).await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(PipelineResponse::revealing(written.row, &written.revealed)))
}
