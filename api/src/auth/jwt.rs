//! Access tokens: HS256 JWTs with `iss`, `aud`, `exp`, `nbf` and `iat`, validated with a bounded
//! leeway. The token names the user and the tenant; the role comes from the database (through
//! the process's cache, emptied on every change to the user), so a demoted or deleted user
//! loses access at once.

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::settings::AuthSettings;

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub tid: Uuid,
    pub iss: String,
    pub aud: String,
    pub exp: u64,
    pub nbf: u64,
    pub iat: u64,
    pub jti: Uuid,
    /// The user's `session_version` when the token was issued: a password change bumps it, and
    /// tokens of an older version are refused. Absent in tokens issued before it existed.
    #[serde(default)]
    pub sv: i32,
}

/// Signs and verifies access tokens.
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    issuer: String,
    audience: String,
    ttl_secs: u64,
}

impl JwtKeys {
    /// `settings.jwt_secret` must be set (checked when settings load).
    pub fn new(settings: &AuthSettings) -> Self {
        let secret = settings
            .jwt_secret
            .as_ref()
            .map(|s| s.expose_secret().as_bytes().to_vec())
            .unwrap_or_default();
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = settings.leeway_secs.min(60);
        validation.validate_exp = true;
        validation.validate_nbf = true;
        validation.set_issuer(&[&settings.issuer]);
        validation.set_audience(&[&settings.audience]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        Self {
            encoding: EncodingKey::from_secret(&secret),
            decoding: DecodingKey::from_secret(&secret),
            validation,
            issuer: settings.issuer.clone(),
            audience: settings.audience.clone(),
            ttl_secs: settings.access_token_ttl_secs,
        }
    }

    /// A token for `user` of `tenant` at the user's `session_version`, and its lifetime in
    /// seconds.
    pub fn issue(
        &self,
        user: Uuid,
        tenant: Uuid,
        session_version: i32,
    ) -> Result<(String, u64), jsonwebtoken::errors::Error> {
        let now = jsonwebtoken::get_current_timestamp();
        let claims = Claims {
            sub: user,
            tid: tenant,
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            exp: now + self.ttl_secs,
            nbf: now,
            iat: now,
            jti: Uuid::new_v4(),
            sv: session_version,
        };
        let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)?;
        Ok((token, self.ttl_secs))
    }

    pub fn verify(&self, token: &str) -> Result<Claims, jsonwebtoken::errors::Error> {
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation).map(|d| d.claims)
    }
}
