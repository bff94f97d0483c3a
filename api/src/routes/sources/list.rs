use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use sluice_engine::db::entity::source;

use super::SourceResponse;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::pagination::{PageQuery, finish, page_type},
    state::AppState,
};

page_type!(SourcePage, SourceResponse);

/// List the tenant's sources
///
/// Oldest first, `limit` per page; `after` continues from a page's `next_cursor`. Auth
/// headers are never returned, only whether one is stored.
#[utoipa::path(
    get, path = "/api/v1/sources", tag = "sources",
    security(("bearer" = [])),
    params(PageQuery),
    responses((status = 200, body = SourcePage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 422, description = "`limit` out of bounds", body = ErrorBody))
)]
pub async fn list_sources(
    state: web::Data<AppState>,
    caller: Caller,
    page: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let limit = page.limit()?;
    let mut query = source::Entity::find().filter(source::Column::TenantId.eq(caller.tenant_id));
    if let Some(after) = page.after {
        query = query.filter(source::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(source::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let (rows, next_cursor) = finish(rows, limit, |s| s.id);
    Ok(HttpResponse::Ok().json(SourcePage {
        items: rows.into_iter().map(SourceResponse::from).collect(),
        next_cursor,
    }))
}
