use actix_web::{HttpResponse, web};
use sea_orm::TransactionTrait;
use serde::Deserialize;
use sluice_engine::domain::Role;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{PipelineInput, PipelineResponse, find_for_update, validate, write};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    request::ApiJson,
    state::AppState,
};

/// The fields of a pipeline to change; the others keep their value.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PipelinePatch {
    pub name: Option<String>,
    pub description: Option<String>,
    pub enabled: Option<bool>,
    /// A whole new spec (specs are replaced, not merged).
    #[schema(value_type = Option<sluice_engine::spec::PipelineSpec>)]
    pub spec: Option<serde_json::Value>,
    /// Load into a destination table that already exists in the tenant's schema (left by a
    /// deleted pipeline): its rows stay, and rows with the same key are updated. Without it
    /// such a table is refused with 409 `destination_exists`. Not stored.
    #[serde(default)]
    pub adopt: bool,
}

/// Change some fields of a pipeline (member or admin)
///
/// Typical use: `{"enabled": false}` to pause the schedule.
#[utoipa::path(
    patch, path = "/api/v1/pipelines/{id}", tag = "pipelines",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id")),
    request_body = PipelinePatch,
    responses(
        (status = 200, body = PipelineResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn patch_pipeline(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    ApiJson(body): ApiJson<PipelinePatch>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let txn = state.db.begin().await?;
    let current = find_for_update(&txn, caller.tenant_id, id.into_inner()).await?;
    let name = body.name.unwrap_or_else(|| current.name.clone());
    let description = body
        .description
        .unwrap_or_else(|| current.description.clone());
    let enabled = body.enabled.unwrap_or(current.enabled);
    let spec = body.spec.unwrap_or_else(|| current.spec.clone());
    let input = PipelineInput {
        name: &name,
        description,
        enabled,
        spec: &spec,
        notify: None,
        adopt: body.adopt,
    };
    let valid = validate(&txn, caller.tenant_id, input, &[]).await?;
    let written = write(
        &txn,
        caller.tenant_id,
        &state.encryptor,
        valid,
        Some(current),
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(PipelineResponse::from(written.row)))
}
