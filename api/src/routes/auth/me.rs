use actix_web::{HttpResponse, web};
use sea_orm::EntityTrait;
use serde::Serialize;
use sluice_engine::{db::entity::tenant, domain::Role};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, ErrorBody},
    routes::tenants::TenantResponse,
    state::AppState,
};

#[derive(Serialize, ToSchema)]
pub struct MeResponse {
    pub user_id: Uuid,
    pub email: String,
    /// The effective role (for an API token: the lower of the token's and its owner's).
    pub role: Role,
    pub tenant: TenantResponse,
    /// The API token in use, when the caller authenticated with one.
    pub api_token_id: Option<Uuid>,
}

/// Who the caller is
///
/// The user, the tenant (with the PostgreSQL schema its tables live in) and the role the
/// credentials carry; an API token answers for its owner, capped at the token's role.
#[utoipa::path(
    get, path = "/api/v1/me", tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, body = MeResponse),
        (status = 401, description = "Missing, invalid or expired credentials", body = ErrorBody),
    )
)]
pub async fn me(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    let tenant = tenant::Entity::find_by_id(caller.tenant_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| ApiError::unauthorized("the caller's tenant no longer exists"))?;
    Ok(HttpResponse::Ok().json(MeResponse {
        user_id: caller.user_id,
        email: caller.email,
        role: caller.role,
        tenant: TenantResponse::from(tenant),
        api_token_id: caller.token_id,
    }))
}
