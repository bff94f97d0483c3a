use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr};
use sluice_engine::db::entity::{delivery, run};
use uuid::Uuid;

use super::DeliveryResponse;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::{
        pagination::{PageQuery, finish, page_type},
        runs::not_found,
    },
    state::AppState,
};

page_type!(DeliveryPage, DeliveryResponse);

/// List a run's notifications and their attempts, oldest first
///
/// One delivery per e-mail recipient and webhook endpoint, each with the event it carries and
/// every attempt made. `after` continues from a page's `next_cursor`. A viewer sees each
/// webhook's host, not its URL.
#[utoipa::path(
    get, path = "/api/v1/runs/{id}/deliveries", tag = "notifications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Run id"), PageQuery),
    responses((status = 200, body = DeliveryPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, description = "`limit` out of bounds", body = ErrorBody))
)]
pub async fn list_deliveries(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    page: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let limit = page.limit()?;
    run::Entity::find_by_id(id)
        .filter(run::Column::TenantId.eq(caller.tenant_id))
        .one(&state.db)
        .await?
        .ok_or_else(|| not_found(id))?;
    let mut query = delivery::Entity::find()
        .filter(delivery::Column::RunId.eq(id))
        .filter(delivery::Column::TenantId.eq(caller.tenant_id));
    if let Some(after) = page.after {
        // Delivery ids are random: the order, and so the cursor, is (created_at, id).
        query = query.filter(Expr::cust_with_values(
            "(created_at, id) > (SELECT d.created_at, d.id FROM deliveries d WHERE d.id = $1)",
            [after],
        ));
    }
    let rows = query
        .order_by_asc(delivery::Column::CreatedAt)
        .order_by_asc(delivery::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let (rows, next_cursor) = finish(rows, limit, |d| d.id);
    let base_url = &state.settings.application.base_url;
    Ok(HttpResponse::Ok().json(DeliveryPage {
        items: rows
            .into_iter()
            .map(|d| DeliveryResponse::new(d, base_url).for_role(caller.role))
            .collect(),
        next_cursor,
    }))
}
