use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use sluice_engine::{db::entity::dashboard, domain::Role};
use uuid::Uuid;

use super::not_found;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    state::AppState,
};

/// Delete a dashboard (member or admin)
///
/// The charts go with it; the pipelines and their tables stay.
#[utoipa::path(
    delete, path = "/api/v1/dashboards/{id}", tag = "dashboards",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Dashboard id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    )
)]
pub async fn delete_dashboard(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let id = id.into_inner();
    let result = dashboard::Entity::delete_many()
        .filter(dashboard::Column::Id.eq(id))
        .filter(dashboard::Column::TenantId.eq(caller.tenant_id))
        .exec(&state.db)
        .await?;
    if result.rows_affected == 0 {
        return Err(not_found(id));
    }
    Ok(HttpResponse::NoContent().finish())
}
