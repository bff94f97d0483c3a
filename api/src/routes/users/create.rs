use actix_web::{HttpResponse, web};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, Set};
use secrecy::SecretString;
use serde::Deserialize;
use sluice_engine::{
    db::entity::user,
    domain::{Email, Password, Role},
};
use utoipa::ToSchema;
use uuid::Uuid;

use super::UserResponse;
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody, is_unique_violation},
    request::ApiJson,
    state::AppState,
};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUserRequest {
    #[schema(example = "grace@example.com")]
    pub email: String,
    /// At least 10 characters.
    #[schema(value_type = String, format = Password)]
    pub password: SecretString,
    pub role: Role,
}

/// Add a user to the caller's tenant (admin)
///
/// The user signs in with the e-mail address and password given here.
#[utoipa::path(
    post, path = "/api/v1/users", tag = "users",
    security(("bearer" = [])),
    request_body = CreateUserRequest,
    responses(
        (status = 201, body = UserResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, description = "Not an admin", body = ErrorBody),
        (status = 409, description = "The e-mail already has an account", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn create_user(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<CreateUserRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Admin)?;
    let email = Email::parse(&body.email).map_err(|e| ApiError::invalid("email", e.0))?;
    let password =
        Password::parse(body.password).map_err(|e| ApiError::invalid("password", e.0))?;
    let hash = state.passwords.hash(password.expose().to_owned()).await?;
    let now = Utc::now().fixed_offset();
    let created = user::ActiveModel {
        id: Set(Uuid::now_v7()),
        tenant_id: Set(caller.tenant_id),
        email: Set(email.as_str().to_owned()),
        password_hash: Set(hash),
        role: Set(body.role.as_str().to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&state.db)
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
    tracing::info!(tenant_id = %caller.tenant_id, user_id = %created.id, by = %caller.user_id, "user added");
    Ok(HttpResponse::Created().json(UserResponse::from(created)))
}
