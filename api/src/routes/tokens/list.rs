use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use sluice_engine::{db::entity::api_token, domain::Role};

use super::TokenResponse;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::pagination::{PageQuery, finish, page_type},
    state::AppState,
};

page_type!(TokenPage, TokenResponse);

/// List API tokens
///
/// Admins see every token of the tenant; others see their own. Secrets are never shown.
#[utoipa::path(
    get, path = "/api/v1/tokens", tag = "tokens",
    security(("bearer" = [])),
    params(PageQuery),
    responses((status = 200, body = TokenPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 422, description = "`limit` out of bounds", body = ErrorBody))
)]
pub async fn list_tokens(
    state: web::Data<AppState>,
    caller: Caller,
    page: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let limit = page.limit()?;
    let mut query =
        api_token::Entity::find().filter(api_token::Column::TenantId.eq(caller.tenant_id));
    if caller.role < Role::Admin {
        query = query.filter(api_token::Column::UserId.eq(caller.user_id));
    }
    if let Some(after) = page.after {
        query = query.filter(api_token::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(api_token::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let (rows, next_cursor) = finish(rows, limit, |t| t.id);
    Ok(HttpResponse::Ok().json(TokenPage {
        items: rows.into_iter().map(TokenResponse::from).collect(),
        next_cursor,
    }))
}
