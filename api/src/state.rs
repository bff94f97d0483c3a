//! What every request handler shares.

use std::sync::Arc;

use sea_orm::DatabaseConnection;
use sluice_engine::{crypto::Encryptor, etl::extract::Fetcher, settings::Settings};

use crate::auth::{jwt::JwtKeys, password::PasswordPolicy, rate_limit::RateLimiter};

pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub jwt: JwtKeys,
    pub passwords: PasswordPolicy,
    pub encryptor: Encryptor,
    /// Login and sign-up attempts per client address.
    pub login_per_ip: RateLimiter,
    /// Failed logins per account.
    pub login_per_account: RateLimiter,
    pub redis: redis::Client,
    /// Fetches sources for checks and previews, under the same rules as runs.
    pub fetcher: Fetcher,
    /// Pushes run jobs to Redis (a run that cannot be pushed is offered by the reconciler).
    pub producer: tokio::sync::Mutex<sluice_worker::queue::Producer<sluice_engine::jobs::RunJob>>,
    /// Pushes delivery jobs (redeliveries).
    pub delivery_producer:
        tokio::sync::Mutex<sluice_worker::queue::Producer<sluice_engine::jobs::DeliveryJob>>,
}

impl AppState {
    /// Pushes deliveries to their queue and records it; those not pushed stay owed to the
    /// worker's reconciler.
    pub async fn push_deliveries(&self, ids: &[uuid::Uuid]) {
        let pushed = self.delivery_producer.lock().await.push(ids).await;
        let pool = self.db.get_postgres_connection_pool();
        if let Err(e) = sluice_engine::deliveries::mark_enqueued(pool, &pushed).await {
            tracing::warn!(error = %e, "recording enqueued deliveries failed");
        }
    }
}
