use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use sluice_engine::db::entity::{delivery, run};
use uuid::Uuid;

use super::DeliveryResponse;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::runs::not_found,
    state::AppState,
};

/// List a run's notifications and their attempts
///
/// One delivery per e-mail recipient and webhook endpoint, each with the event it carries and
/// every attempt made.
#[utoipa::path(
    get, path = "/api/v1/runs/{id}/deliveries", tag = "notifications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Run id")),
    responses((status = 200, body = Vec<DeliveryResponse>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
pub async fn list_deliveries(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    run::Entity::find_by_id(id)
        .filter(run::Column::TenantId.eq(caller.tenant_id))
        .one(&state.db)
        .await?
        .ok_or_else(|| not_found(id))?;
    let rows = delivery::Entity::find()
        .filter(delivery::Column::RunId.eq(id))
        .filter(delivery::Column::TenantId.eq(caller.tenant_id))
        .order_by_asc(delivery::Column::CreatedAt)
        .order_by_asc(delivery::Column::Id)
        .all(&state.db)
        .await?;
    Ok(HttpResponse::Ok().json(
        rows.into_iter()
            .map(|d| DeliveryResponse::new(d, &state.settings.application.base_url))
            .collect::<Vec<_>>(),
    ))
}
