use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use sluice_engine::db::entity::dashboard;

use super::DashboardResponse;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::pagination::{PageQuery, finish, page_type},
    state::AppState,
};

page_type!(DashboardPage, DashboardResponse);

/// List dashboards
///
/// The tenant's dashboards, oldest first.
#[utoipa::path(
    get, path = "/api/v1/dashboards", tag = "dashboards",
    security(("bearer" = [])),
    params(PageQuery),
    responses(
        (status = 200, body = DashboardPage),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 422, description = "`limit` out of bounds", body = ErrorBody),
    )
)]
pub async fn list_dashboards(
    state: web::Data<AppState>,
    caller: Caller,
    page: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let limit = page.limit()?;
    let mut query =
        dashboard::Entity::find().filter(dashboard::Column::TenantId.eq(caller.tenant_id));
    if let Some(after) = page.after {
        query = query.filter(dashboard::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(dashboard::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let (rows, next_cursor) = finish(rows, limit, |d| d.id);
    Ok(HttpResponse::Ok().json(DashboardPage {
        items: rows.into_iter().map(DashboardResponse::from).collect(),
        next_cursor,
    }))
}
