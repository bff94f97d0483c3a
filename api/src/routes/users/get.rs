use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use sluice_engine::db::entity::user;
use uuid::Uuid;

use super::{UserResponse, not_found};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    state::AppState,
};

/// Get one user of the tenant
///
/// Another tenant's user is a 404.
#[utoipa::path(
    get, path = "/api/v1/users/{id}", tag = "users",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "User id")),
    responses((status = 200, body = UserResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
pub async fn get_user(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let found = user::Entity::find_by_id(id)
        .filter(user::Column::TenantId.eq(caller.tenant_id))
        .one(&state.db)
        .await?
        .ok_or_else(|| not_found(id))?;
    Ok(HttpResponse::Ok().json(UserResponse::from(found)))
}
