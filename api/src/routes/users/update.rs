use actix_web::{HttpResponse, web};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set, TransactionTrait,
};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sluice_engine::{
    db::entity::{api_token, user},
    domain::{Password, Role},
};
use utoipa::ToSchema;
use uuid::Uuid;

use super::{UserResponse, admin_count, lock_tenant, not_found};
use crate::{
    auth::{Caller, rate_limit::retry_after_secs},
    error::{ApiError, ApiResult, Code, ErrorBody},
    request::ApiJson,
    routes::auth::AccessToken,
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
    /// The caller's password now: required to change one's own `password`, admins included;
    /// not needed for an admin setting another user's.
    #[schema(value_type = Option<String>, format = Password)]
    pub current_password: Option<SecretString>,
}

#[derive(Serialize, ToSchema)]
pub struct UpdateUserResponse {
    #[serde(flatten)]
    pub user: UserResponse,
    /// After a change of one's own password made with an access token: a fresh access token
    /// for this session, which carries on with it. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<AccessToken>,
}

/// Change a user's role or password
///
/// An admin may change any user of the tenant; any user may change their own password, giving
/// `current_password` (422 without it, 403 `wrong_password` when it does not match). A
/// password change ends every session of that user: access tokens issued before it and all
/// their API tokens stop working at once. When the caller changed their own password with an
/// access token, `session` holds a fresh one. The last admin cannot be demoted
/// (409 `last_admin`).
#[utoipa::path(
    patch, path = "/api/v1/users/{id}", tag = "users",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "User id")),
    request_body = UpdateUserRequest,
    responses(
        (status = 200, body = UpdateUserResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, description = "Not an admin, or `current_password` does not match", body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
        (status = 429, description = "Too many wrong `current_password` attempts", body = ErrorBody,
         headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
pub async fn update_user(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    ApiJson(body): ApiJson<UpdateUserRequest>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let own = id == caller.user_id;
    if !(own && body.role.is_none()) {
        caller.require(Role::Admin)?;
    }
    let hash = match body.password {
        Some(p) => {
            let p = Password::parse(p).map_err(|e| ApiError::invalid("password", e.0))?;
            if own {
                check_current_password(&state, &caller, body.current_password).await?;
            }
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
    let session_version = found.session_version;
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
    let password_changed = hash.is_some();
    if let Some(hash) = hash {
        model.password_hash = Set(hash);
        // Ends every access token issued before, and every API token.
        model.session_version = Set(session_version + 1);
        api_token::Entity::delete_many()
            .filter(api_token::Column::UserId.eq(id))
            .filter(api_token::Column::TenantId.eq(caller.tenant_id))
            .exec(&txn)
            .await?;
    }
    model.updated_at = Set(Utc::now().fixed_offset());
    let updated = model.update(&txn).await?;
    txn.commit().await?;
    let session = if password_changed {
        tracing::info!(tenant_id = %caller.tenant_id, user_id = %id, by = %caller.user_id,
            "password changed; the user's sessions and API tokens are revoked");
        // The session that changed its own password carries on; an API token does not turn
        // into an access token.
        if own && caller.token_id.is_none() {
            let (access_token, expires_in) = state
                .jwt
                .issue(updated.id, updated.tenant_id, updated.session_version)
                .map_err(ApiError::internal)?;
            Some(AccessToken {
                access_token,
                token_type: "Bearer",
                expires_in,
            })
        } else {
            None
        }
    } else {
        None
    };
    Ok(HttpResponse::Ok().json(UpdateUserResponse {
        user: UserResponse::from(updated),
        session,
    }))
}

/// A change of one's own password needs the password now: a stolen session alone cannot
/// take the account over. Wrong guesses count against the account like failed logins.
async fn check_current_password(
    state: &AppState,
    caller: &Caller,
    current: Option<SecretString>,
) -> Result<(), ApiError> {
    let current = current.ok_or_else(|| {
        ApiError::invalid(
            "current_password",
            "required to change your own password: give the password you have now",
        )
    })?;
    state
        .login_per_account
        .check(&caller.email)
        .map_err(|wait| ApiError::rate_limited(retry_after_secs(wait)))?;
    let hash = user::Entity::find_by_id(caller.user_id)
        .filter(user::Column::TenantId.eq(caller.tenant_id))
        .one(&state.db)
        .await?
        .map(|u| u.password_hash);
    let matches = state
        .passwords
        .verify(current.expose_secret().to_owned(), hash)
        .await?;
    if !matches {
        let _ = state.login_per_account.acquire(&caller.email);
        return Err(ApiError::new(
            Code::WrongPassword,
            "`current_password` is not your current password",
        ));
    }
    Ok(())
}
