use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use sluice_engine::db::entity::user;

use super::UserResponse;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::pagination::{PageQuery, finish, page_type},
    state::AppState,
};

page_type!(UserPage, UserResponse);

/// List the tenant's users
///
/// Oldest first, `limit` per page; `after` continues from a page's `next_cursor`.
#[utoipa::path(
    get, path = "/api/v1/users", tag = "users",
    security(("bearer" = [])),
    params(PageQuery),
    responses((status = 200, body = UserPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 422, description = "`limit` out of bounds", body = ErrorBody))
)]
pub async fn list_users(
    state: web::Data<AppState>,
    caller: Caller,
    page: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let limit = page.limit()?;
    let mut query = user::Entity::find().filter(user::Column::TenantId.eq(caller.tenant_id));
    if let Some(after) = page.after {
        query = query.filter(user::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(user::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let (rows, next_cursor) = finish(rows, limit, |u| u.id);
    Ok(HttpResponse::Ok().json(UserPage {
        items: rows.into_iter().map(UserResponse::from).collect(),
        next_cursor,
    }))
}
