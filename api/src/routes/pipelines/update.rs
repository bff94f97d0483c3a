use actix_web::{HttpResponse, web};
use sea_orm::TransactionTrait;
use sluice_engine::domain::Role;
use uuid::Uuid;

use super::{PipelineInput, PipelineRequest, PipelineResponse, find_for_update, validate, write};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    request::ApiJson,
    state::AppState,
};

/// Replace a pipeline (member or admin)
///
/// The whole document is validated as on creation; errors name the failing path
/// (`spec.transform[2].on`). A changed spec increments `version`.
#[utoipa::path(
    put, path = "/api/v1/pipelines/{id}", tag = "pipelines",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id")),
    request_body = PipelineRequest,
    responses(
        (status = 200, body = PipelineResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn update_pipeline(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    ApiJson(body): ApiJson<PipelineRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let txn = state.db.begin().await?;
    let current = find_for_update(&txn, caller.tenant_id, id.into_inner()).await?;
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
    let written = write(
        &txn,
        caller.tenant_id,
        &state.encryptor,
        valid,
        Some(current),
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(PipelineResponse::revealing(written.row, &written.revealed)))
}
