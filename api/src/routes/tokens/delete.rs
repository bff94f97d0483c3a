use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use sluice_engine::{db::entity::api_token, domain::Role};
use uuid::Uuid;

use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    state::AppState,
};

/// Revoke an API token
///
/// Members revoke their own tokens, admins any token of the tenant. Works at once.
#[utoipa::path(
    delete, path = "/api/v1/tokens/{id}", tag = "tokens",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Token id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    )
)]
pub async fn delete_token(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let id = id.into_inner();
    let mut query = api_token::Entity::delete_many()
        .filter(api_token::Column::Id.eq(id))
        .filter(api_token::Column::TenantId.eq(caller.tenant_id));
    if caller.role < Role::Admin {
        query = query.filter(api_token::Column::UserId.eq(caller.user_id));
    }
    let result = query.exec(&state.db).await?;
    if result.rows_affected == 0 {
        return Err(ApiError::new(
            Code::TokenNotFound,
            format!("no token {id} of yours"),
        ));
    }
    Ok(HttpResponse::NoContent().finish())
}
