//! Argon2id password hashes, computed on the blocking pool so the async executor never stalls.

use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};

use crate::{error::ApiError, settings::AuthSettings};

#[derive(Clone)]
pub struct PasswordPolicy {
    memory_kib: u32,
    iterations: u32,
    /// A real hash of a random password, checked when the account does not exist.
    dummy: String,
}

impl PasswordPolicy {
    pub fn new(settings: &AuthSettings) -> Result<Self, ApiError> {
        let mut policy = Self {
            memory_kib: settings.argon2_memory_kib,
            iterations: settings.argon2_iterations,
            dummy: String::new(),
        };
        let random = sluice_engine::crypto::random_token("");
        policy.dummy = policy
            .hasher()?
            .hash_password(random.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| ApiError::internal(format!("hashing a password: {e}")))?;
        Ok(policy)
    }

    fn hasher(&self) -> Result<Argon2<'static>, ApiError> {
        let params = Params::new(self.memory_kib, self.iterations.max(1), 1, None)
            .map_err(|e| ApiError::internal(format!("argon2 parameters: {e}")))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }

    pub async fn hash(&self, password: String) -> Result<String, ApiError> {
        let hasher = self.hasher()?;
        tokio::task::spawn_blocking(move || {
            hasher
                .hash_password(password.as_bytes())
                .map(|h| h.to_string())
                .map_err(|e| ApiError::internal(format!("hashing a password: {e}")))
        })
        .await
        .map_err(ApiError::internal)?
    }

    /// Whether `password` matches `hash`. With no hash (unknown account) a dummy hash is still
    /// checked, so the answer takes as long either way.
    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool, ApiError> {
        let hasher = self.hasher()?;
        let dummy = self.dummy.clone();
        tokio::task::spawn_blocking(move || {
            let known = hash.is_some();
            let hash = hash.unwrap_or(dummy);
            let ok = hasher
                .verify_password(password.as_bytes(), hash.as_str())
                .is_ok();
            ok && known
        })
        .await
        .map_err(ApiError::internal)
    }
}
