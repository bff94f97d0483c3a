use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use sluice_engine::{db::entity::pipeline, domain::Role};
use uuid::Uuid;

use super::not_found;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    state::AppState,
};

/// Delete a pipeline (member or admin)
///
/// Its runs, failed records and deliveries go with it; the destination table and its rows stay.
#[utoipa::path(
    delete, path = "/api/v1/pipelines/{id}", tag = "pipelines",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    )
)]
pub async fn delete_pipeline(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let id = id.into_inner();
    let result = pipeline::Entity::delete_many()
        .filter(pipeline::Column::Id.eq(id))
        .filter(pipeline::Column::TenantId.eq(caller.tenant_id))
        .exec(&state.db)
        .await?;
    if result.rows_affected == 0 {
        return Err(not_found(id));
    }
    Ok(HttpResponse::NoContent().finish())
}
