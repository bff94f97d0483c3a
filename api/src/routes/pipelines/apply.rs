use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, TransactionTrait};
use serde::Deserialize;
use sluice_engine::{db::entity::pipeline, domain::Role};
use utoipa::ToSchema;

use super::{PipelineInput, PipelineResponse, Written, validate, write, yes};
use crate::routes::notifications::NotificationsRequest;
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    request::ApiJson,
    state::AppState,
};

/// A pipeline as code: the same document as `POST /pipelines`, the name optional (it comes
/// from the path).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplyRequest {
    /// When present, must equal the name in the path.
    pub name: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default = "yes")]
    pub enabled: bool,
    #[schema(value_type = sluice_engine::spec::PipelineSpec)]
    pub spec: serde_json::Value,
    /// Notification settings; when absent they stay as they are. Give webhook secrets of your
    /// own to keep the document the single source of truth: the same secret again is no change.
    pub notify: Option<NotificationsRequest>,
    /// Load into a destination table that already exists in the tenant's schema (left by a
    /// deleted pipeline): its rows stay, and rows with the same key are updated. Without it
    /// such a table is refused with 409 `destination_exists`. Not stored.
    #[serde(default)]
    pub adopt: bool,
}

/// Create or update a pipeline by name (idempotent apply)
///
/// 201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
/// `created`, `updated` or `unchanged`, and an unchanged pipeline keeps its version.
#[utoipa::path(
    put, path = "/api/v1/pipelines/by-name/{name}", tag = "pipelines",
    security(("bearer" = [])),
    params(("name" = String, Path, description = "Pipeline name")),
    request_body = ApplyRequest,
    responses(
        (status = 200, description = "Updated or unchanged", body = PipelineResponse,
         headers(("Sluice-Apply" = String, description = "`updated` or `unchanged`"))),
        (status = 201, description = "Created", body = PipelineResponse,
         headers(("Sluice-Apply" = String, description = "`created`"))),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn apply_pipeline(
    state: web::Data<AppState>,
    caller: Caller,
    name: web::Path<String>,
    ApiJson(body): ApiJson<ApplyRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let name = name.into_inner();
    if body.name.as_ref().is_some_and(|n| *n != name) {
        return Err(ApiError::invalid(
            "name",
            format!("must equal the name in the path, `{name}`"),
        ));
    }
    // A concurrent apply of the same new name loses the insert race; the retry finds the row.
    for attempt in 0..2 {
        let txn = state.db.begin().await?;
        let current = pipeline::Entity::find()
            .filter(pipeline::Column::TenantId.eq(caller.tenant_id))
            .filter(pipeline::Column::Name.eq(&name))
            .lock_exclusive()
            .one(&txn)
            .await?;
        let valid = validate(
            &txn,
            caller.tenant_id,
            PipelineInput {
                name: &name,
                description: body.description.clone(),
                enabled: body.enabled,
                spec: &body.spec,
                notify: body.notify.as_ref(),
                adopt: body.adopt,
            },
            &state.settings.extract.allow_hosts,
        )
        .await?;
        let created = current.is_none();
        match write(&txn, caller.tenant_id, &state.encryptor, valid, current).await {
            Ok(Written {
                row,
                changed,
                revealed,
            }) => {
                txn.commit().await?;
                let (mut response, outcome) = match (created, changed) {
                    (true, _) => (HttpResponse::Created(), "created"),
                    (false, true) => (HttpResponse::Ok(), "updated"),
                    (false, false) => (HttpResponse::Ok(), "unchanged"),
                };
                return Ok(response
                    .insert_header(("Sluice-Apply", outcome))
                    .json(PipelineResponse::revealing(row, &revealed)));
            }
            Err(e) if created && attempt == 0 && e.code == Code::PipelineNameTaken => continue,
            Err(e) => return Err(e),
        }
    }
    Err(ApiError::new(
        Code::PipelineNameTaken,
        format!("pipeline `{name}` is being changed concurrently; retry"),
    ))
}
