use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use sluice_engine::db::entity::destination;

use super::DestinationResponse;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::pagination::{PageQuery, finish, page_type},
    state::AppState,
};

page_type!(DestinationPage, DestinationResponse);

/// List the tenant's destinations
///
/// Oldest first, `limit` per page; `after` continues from a page's `next_cursor`. Passwords
/// are never returned, only whether one is stored.
#[utoipa::path(
    get, path = "/api/v1/destinations", tag = "destinations",
    security(("bearer" = [])),
    params(PageQuery),
    responses((status = 200, body = DestinationPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 422, description = "`limit` out of bounds", body = ErrorBody))
)]
pub async fn list_destinations(
    state: web::Data<AppState>,
    caller: Caller,
    page: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let limit = page.limit()?;
    let mut query =
        destination::Entity::find().filter(destination::Column::TenantId.eq(caller.tenant_id));
    if let Some(after) = page.after {
        query = query.filter(destination::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(destination::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let (rows, next_cursor) = finish(rows, limit, |d| d.id);
    Ok(HttpResponse::Ok().json(DestinationPage {
        items: rows.into_iter().map(DestinationResponse::from).collect(),
        next_cursor,
    }))
}
