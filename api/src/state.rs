//! What every request handler shares.

use std::sync::Arc;

use sea_orm::DatabaseConnection;
use sluice_engine::{crypto::Encryptor, etl::extract::Fetcher};

use crate::{
    auth::{jwt::JwtKeys, password::PasswordPolicy, rate_limit::RateLimiter},
    settings::Settings,
};

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
    /// Whose `X-Forwarded-For` hops are believed (checked when the settings were loaded).
    pub trusted_proxies: sluice_engine::domain::TrustedProxies,
    pub redis: redis::Client,
    /// Fetches sources for checks and previews, under the same rules as runs.
    pub fetcher: Fetcher,
    /// Pushes run jobs to Redis (a run that cannot be pushed is offered by the reconciler).
    pub producer: tokio::sync::Mutex<sluice_queue::Producer<sluice_queue::jobs::RunJob>>,
    /// Pushes delivery jobs (redeliveries).
    pub delivery_producer:
        tokio::sync::Mutex<sluice_queue::Producer<sluice_queue::jobs::DeliveryJob>>,
    /// The web app's files, when built.
    pub web: Option<crate::web::WebApp>,
    /// Renders the process's metrics at `/metrics`.
    pub metrics: sluice_engine::metrics::PrometheusHandle,
    /// Users and destination tables kept between requests, emptied on every change
    /// PostgreSQL announces (`crate::cache`).
    pub caches: Arc<crate::cache::Caches>,
    /// Read-only pools on the tenants' own destination databases (`crate::external`).
    pub external: crate::external::ExternalReads,
}

impl AppState {
    /// Pushes deliveries to their queue. They are marked enqueued already (by the statement
    /// that made them pending), so one that cannot be pushed is offered by the worker's
    /// reconciler a little later.
    pub async fn push_deliveries(&self, ids: &[uuid::Uuid]) {
        self.delivery_producer.lock().await.push(ids).await;
    }
}
