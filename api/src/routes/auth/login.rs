use actix_web::{HttpRequest, HttpResponse, web};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use sluice_engine::{crypto::sha256_hex, db::entity::user, domain::Email};
use utoipa::ToSchema;

use super::{AccessToken, throttle_ip};
use crate::{
    auth::rate_limit::retry_after_secs,
    error::{ApiError, ApiResult, Code, ErrorBody},
    request::ApiJson,
    state::AppState,
};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    #[schema(example = "ada@example.com")]
    pub email: String,
    #[schema(value_type = String, format = Password)]
    pub password: SecretString,
}

/// Exchange e-mail and password for an access token
///
/// Throttled per client address (every attempt counts) and per account (failed attempts
/// count): past the limit the answer is 429 with `Retry-After`.
#[utoipa::path(
    post, path = "/api/v1/auth/login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = AccessToken),
        (status = 400, body = ErrorBody),
        (status = 401, description = "Wrong e-mail or password", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
        (status = 429, description = "Too many attempts", body = ErrorBody,
         headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    ApiJson(body): ApiJson<LoginRequest>,
) -> ApiResult<HttpResponse> {
    throttle_ip(&state, &req)?;
    let wrong = || ApiError::new(Code::InvalidCredentials, "wrong e-mail or password");
    // A malformed address cannot have an account; still spend the same time.
    let email = Email::parse(&body.email).ok();
    let account_key = email
        .as_ref()
        .map(|e| e.as_str().to_owned())
        .unwrap_or_else(|| body.email.trim().to_lowercase());
    state
        .login_per_account
        .check(&account_key)
        .map_err(|wait| ApiError::rate_limited(retry_after_secs(wait)))?;

    let found = match &email {
        Some(email) => user::Entity::find_by_email(email).one(&state.db).await?,
        None => None,
    };
    let ok = state
        .passwords
        .verify(
            body.password.expose_secret().to_owned(),
            found.as_ref().map(|u| u.password_hash.clone()),
        )
        .await?;
    let user = match (ok, found) {
        (true, Some(user)) => user,
        _ => {
            let _ = state.login_per_account.acquire(&account_key);
            tracing::info!(account = %account_hash(&account_key), "failed login");
            return Err(wrong());
        }
    };
    let (access_token, expires_in) = state
        .jwt
        .issue(user.id, user.tenant_id, user.session_version)
        .map_err(ApiError::internal)?;
    Ok(HttpResponse::Ok().json(AccessToken {
        access_token,
        token_type: "Bearer",
        expires_in,
    }))
}

/// What the log says of an account: the first 12 hex digits of the SHA-256 of its (lower-cased)
/// address. Enough to tell attempts on one account apart and to find them given the address;
/// the address itself stays out of the logs.
pub fn account_hash(account: &str) -> String {
    sha256_hex(account.as_bytes())[..12].to_owned()
}
