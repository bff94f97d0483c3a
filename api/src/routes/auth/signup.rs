use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set, TransactionTrait};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use sluice_engine::{
    db::entity::{tenant, user},
    domain::{Email, Password, Role},
};
use utoipa::ToSchema;
use uuid::Uuid;

use super::{AccessToken, throttle_ip};
use crate::{
    error::{ApiError, ApiResult, Code, ErrorBody, is_unique_violation},
    request::ApiJson,
    routes::{tenants::TenantResponse, users::UserResponse},
    state::AppState,
};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignupRequest {
    /// Display name of the new tenant (organisation or team).
    #[schema(example = "Acme Data")]
    pub tenant_name: String,
    /// E-mail of the tenant's first admin; it is the login.
    #[schema(example = "ada@example.com")]
    pub email: String,
    /// At least 10 characters.
    #[schema(value_type = String, format = Password)]
    pub password: SecretString,
}

#[derive(Serialize, ToSchema)]
pub struct SignupResponse {
    pub tenant: TenantResponse,
    pub user: UserResponse,
    #[serde(flatten)]
    pub token: AccessToken,
}

/// Create a tenant and its first admin
///
/// Answers 403 `signup_disabled` when `application.signup_enabled` is off (the default in
/// production). Throttled per client address like login.
#[utoipa::path(
    post, path = "/api/v1/auth/signup", tag = "auth",
    request_body = SignupRequest,
    responses(
        (status = 201, description = "Tenant and admin created; signed in", body = SignupResponse),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 403, description = "Sign-up is switched off", body = ErrorBody),
        (status = 409, description = "The e-mail already has an account", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, description = "Invalid field", body = ErrorBody),
        (status = 429, description = "Too many attempts", body = ErrorBody),
    )
)]
pub async fn signup(
    state: web::Data<AppState>,
    req: HttpRequest,
    ApiJson(body): ApiJson<SignupRequest>,
) -> ApiResult<HttpResponse> {
    if !state.settings.application.signup_enabled {
        return Err(ApiError::new(
            Code::SignupDisabled,
            "sign-up is switched off on this server; ask an admin to add you",
        ));
    }
    throttle_ip(&state, &req)?;
    let tenant_name = body.tenant_name.trim().to_owned();
    if tenant_name.is_empty() || tenant_name.chars().count() > 200 {
        return Err(ApiError::invalid(
            "tenant_name",
            "must have 1 to 200 characters",
        ));
    }
    let email = Email::parse(&body.email).map_err(|e| ApiError::invalid("email", e.0))?;
    let password =
        Password::parse(body.password).map_err(|e| ApiError::invalid("password", e.0))?;
    let hash = state.passwords.hash(password.expose().to_owned()).await?;

    let tenant_id = Uuid::now_v7();
    let user_id = Uuid::now_v7();
    let schema = format!("t_{}", tenant_id.simple());
    let now = Utc::now().fixed_offset();
    let txn = state.db.begin().await?;
    let tenant = tenant::ActiveModel {
        id: Set(tenant_id),
        name: Set(tenant_name),
        schema_name: Set(schema.clone()),
        created_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let user = user::ActiveModel {
        id: Set(user_id),
        tenant_id: Set(tenant_id),
        email: Set(email.as_str().to_owned()),
        password_hash: Set(hash),
        role: Set(Role::Admin.as_str().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| {
        if is_unique_violation(&e) {
            ApiError::new(
                Code::EmailTaken,
                format!("{} already has an account", email.as_str()),
            )
        } else {
            e.into()
        }
    })?;
    // The tenant's data schema; its name is generated, never taken from input.
    txn.execute_unprepared(&format!("CREATE SCHEMA \"{schema}\""))
        .await?;
    txn.commit().await?;

    let (access_token, expires_in) = state
        .jwt
        .issue(user.id, tenant.id, user.session_version)
        .map_err(ApiError::internal)?;
    tracing::info!(tenant_id = %tenant.id, user_id = %user.id, "tenant signed up");
    Ok(HttpResponse::Created().json(SignupResponse {
        tenant: TenantResponse::from(tenant),
        user: UserResponse::from(user),
        token: AccessToken {
            access_token,
            token_type: "Bearer",
            expires_in,
        },
    }))
}
