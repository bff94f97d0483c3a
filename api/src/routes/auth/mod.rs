//! Sign-up, login and the caller's own identity.

pub mod login;
pub mod me;
pub mod signup;

use actix_web::HttpRequest;
use serde::Serialize;
use utoipa::ToSchema;

use crate::{auth::rate_limit::retry_after_secs, error::ApiError, state::AppState};

/// A fresh access token.
#[derive(Serialize, ToSchema)]
pub struct AccessToken {
    /// JWT to send as `Authorization: Bearer <access_token>`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the token expires.
    pub expires_in: u64,
}

/// The client address used for throttling: the peer, or behind a trusted proxy the rightmost
/// `X-Forwarded-For` hop that no trusted proxy wrote (`application.trusted_proxies`).
pub fn client_ip(state: &AppState, req: &HttpRequest) -> String {
    let forwarded = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok());
    state
        .trusted_proxies
        .client(req.peer_addr().map(|a| a.ip()), forwarded)
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Takes one attempt from the caller's address, or answers 429.
pub fn throttle_ip(state: &AppState, req: &HttpRequest) -> Result<(), ApiError> {
    state
        .login_per_ip
        .acquire(&client_ip(state, req))
        .map_err(|wait| ApiError::rate_limited(retry_after_secs(wait)))
}
