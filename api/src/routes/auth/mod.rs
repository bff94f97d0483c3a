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

/// The client address used for throttling: the peer, or the first `X-Forwarded-For` hop when
/// `application.trust_forwarded_for` is on.
pub fn client_ip(state: &AppState, req: &HttpRequest) -> String {
    let info = req.connection_info();
    let address = if state.settings.application.trust_forwarded_for {
        info.realip_remote_addr()
    } else {
        info.peer_addr()
    };
    address.unwrap_or("unknown").to_owned()
}

/// Takes one attempt from the caller's address, or answers 429.
pub fn throttle_ip(state: &AppState, req: &HttpRequest) -> Result<(), ApiError> {
    state
        .login_per_ip
        .acquire(&client_ip(state, req))
        .map_err(|wait| ApiError::rate_limited(retry_after_secs(wait)))
}
