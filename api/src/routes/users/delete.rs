use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, ModelTrait, QueryFilter, TransactionTrait};
use sluice_engine::{db::entity::user, domain::Role};
use uuid::Uuid;

use super::{admin_count, lock_tenant, not_found};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    state::AppState,
};

/// Remove a user from the tenant (admin)
///
/// The user's API tokens go with them, and their access tokens stop working at once. The last
/// admin cannot be removed (409 `last_admin`).
#[utoipa::path(
    delete, path = "/api/v1/users/{id}", tag = "users",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "User id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    )
)]
pub async fn delete_user(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Admin)?;
    let id = id.into_inner();
    let txn = state.db.begin().await?;
    lock_tenant(&txn, caller.tenant_id).await?;
    let found = user::Entity::find_by_id(id)
        .filter(user::Column::TenantId.eq(caller.tenant_id))
        .one(&txn)
        .await?
        .ok_or_else(|| not_found(id))?;
    if found.role == Role::Admin.as_str() && admin_count(&txn, caller.tenant_id).await? <= 1 {
        return Err(ApiError::new(
            Code::LastAdmin,
            "this is the tenant's last admin; promote another user first",
        ));
    }
    found.delete(&txn).await?;
    txn.commit().await?;
    tracing::info!(tenant_id = %caller.tenant_id, user_id = %id, by = %caller.user_id, "user removed");
    Ok(HttpResponse::NoContent().finish())
}
