//! Liveness and readiness.

use std::time::Duration;

use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::state::AppState;

const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Serialize, ToSchema)]
pub struct Health {
    pub status: Live,
}

/// The process serves requests.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Live {
    Ok,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Ready {
    /// Every dependency answered.
    Ready,
    /// At least one dependency did not answer.
    Unavailable,
}

/// The process is up.
///
/// Liveness: answers as long as the process serves HTTP, whatever its dependencies do.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, body = Health)))]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(Health { status: Live::Ok })
}

#[derive(Serialize, ToSchema)]
pub struct Readiness {
    pub status: Ready,
    /// `ok`, or why PostgreSQL did not answer.
    pub database: String,
    /// `ok`, or why Redis did not answer.
    pub redis: String,
}

/// PostgreSQL and Redis both answer.
///
/// Readiness: 503 names the dependency that does not answer.
#[utoipa::path(
    get, path = "/readyz", tag = "health",
    responses(
        (status = 200, description = "Ready", body = Readiness),
        (status = 503, description = "A dependency is unavailable", body = Readiness),
    )
)]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let (database, redis) = tokio::join!(
        sluice_engine::db::ping(state.db.get_postgres_connection_pool(), CHECK_TIMEOUT),
        sluice_queue::ping_redis(&state.redis, CHECK_TIMEOUT),
    );
    let ready = database.is_ok() && redis.is_ok();
    let body = Readiness {
        status: if ready {
            Ready::Ready
        } else {
            Ready::Unavailable
        },
        database: database.err().unwrap_or_else(|| "ok".into()),
        redis: redis.err().unwrap_or_else(|| "ok".into()),
    };
    if ready {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}
