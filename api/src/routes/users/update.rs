use actix_web::{HttpResponse, web};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set, TransactionTrait,
};
use secrecy::SecretString;
use serde::Deserialize;
use sluice_engine::{
    db::entity::user,
    domain::{Password, Role},
};
use utoipa::ToSchema;
use uuid::Uuid;

use super::{UserResponse, admin_count, lock_tenant, not_found};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    extract::ApiJson,
    state::AppState,
};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateUserRequest {
    /// New role (admin only).
    pub role: Option<Role>,
    /// New password: admins may set anyone's; others only their own.
    #[schema(value_type = Option<String>, format = Password)]
    pub password: Option<SecretString>,
}

/// Change a user's role or password
///
/// An admin may change any user of the tenant; any user may change their own password. The
/// last admin cannot be demoted (409 `last_admin`).
#[utoipa::path(
    patch, path = "/api/v1/users/{id}", tag = "users",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "User id")),
    request_body = UpdateUserRequest,
    responses(
        (status = 200, body = UserResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn update_user(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    ApiJson(body): ApiJson<UpdateUserRequest>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let own_password_only = id == caller.user_id && body.role.is_none();
    if !own_password_only {
        caller.require(Role::Admin)?;
    }
    let hash = match body.password {
        Some(p) => {
            let p = Password::parse(p).map_err(|e| ApiError::invalid("password", e.0))?;
            Some(state.passwords.hash(p.expose().to_owned()).await?)
        }
        None => None,
    };
    let txn = state.db.begin().await?;
    lock_tenant(&txn, caller.tenant_id).await?;
    let found = user::Entity::find_by_id(id)
        .filter(user::Column::TenantId.eq(caller.tenant_id))
        .one(&txn)
        .await?
        .ok_or_else(|| not_found(id))?;
    let was_admin = found.role == Role::Admin.as_str();
    let mut model = found.into_active_model();
    if let Some(role) = body.role {
        if was_admin && role != Role::Admin && admin_count(&txn, caller.tenant_id).await? <= 1 {
            return Err(ApiError::new(
                Code::LastAdmin,
                "this is the tenant's last admin; promote another user first",
            ));
        }
        model.role = Set(role.as_str().to_owned());
    }
    if let Some(hash) = hash {
        model.password_hash = Set(hash);
    }
    model.updated_at = Set(Utc::now().fixed_offset());
    let updated = model.update(&txn).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(UserResponse::from(updated)))
}
