use actix_web::{HttpResponse, web};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, Set};
use serde::{Deserialize, Serialize};
use sluice_engine::{
    crypto::{random_token, sha256_hex},
    db::entity::api_token,
    domain::Role,
};
use utoipa::ToSchema;
use uuid::Uuid;

use super::TokenResponse;
use crate::{
    auth::{API_TOKEN_PREFIX, Caller},
    error::{ApiError, ApiResult, ErrorBody},
    request::ApiJson,
    state::AppState,
};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateTokenRequest {
    /// What the token is for, e.g. `ci-deploy`.
    #[schema(example = "ci-deploy")]
    pub name: String,
    /// Defaults to the caller's role; cannot exceed it.
    pub role: Option<Role>,
    /// Days until the token expires (1 to 3650); never when omitted.
    pub expires_in_days: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedToken {
    #[serde(flatten)]
    pub token: TokenResponse,
    /// The secret, shown this once: send it as `Authorization: Bearer <secret>`.
    pub secret: String,
}

/// Create an API token (member or admin)
///
/// The token is shown once, in this answer; only its hash is stored. Its role is at most the
/// caller's.
#[utoipa::path(
    post, path = "/api/v1/tokens", tag = "tokens",
    security(("bearer" = [])),
    request_body = CreateTokenRequest,
    responses(
        (status = 201, body = CreatedToken),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, description = "Viewer, or a role above the caller's", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn create_token(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<CreateTokenRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let name = body.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ApiError::invalid("name", "must have 1 to 100 characters"));
    }
    let role = body.role.unwrap_or(caller.role);
    if role > caller.role {
        return Err(ApiError::forbidden(format!(
            "a {} cannot create a token with the {} role",
            caller.role.as_str(),
            role.as_str()
        )));
    }
    let now = Utc::now();
    let expires_at = match body.expires_in_days {
        None => None,
        Some(days @ 1..=3650) => Some((now + Duration::days(i64::from(days))).fixed_offset()),
        Some(_) => {
            return Err(ApiError::invalid(
                "expires_in_days",
                "must be from 1 to 3650",
            ));
        }
    };
    let secret = random_token(API_TOKEN_PREFIX);
    let created = api_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        tenant_id: Set(caller.tenant_id),
        user_id: Set(caller.user_id),
        name: Set(name),
        role: Set(role.as_str().to_owned()),
        token_hash: Set(sha256_hex(secret.as_bytes())),
        prefix: Set(secret.chars().take(API_TOKEN_PREFIX.len() + 6).collect()),
        expires_at: Set(expires_at),
        last_used_at: Set(None),
        created_at: Set(now.fixed_offset()),
    }
    .insert(&state.db)
    .await?;
    Ok(HttpResponse::Created().json(CreatedToken {
        token: TokenResponse::from(created),
        secret,
    }))
}
