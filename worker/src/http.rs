//! The worker's small HTTP listener on `worker.http_host:worker.http_port`: `/metrics`
//! (Prometheus text, names in docs/METRICS.md), `/healthz` (the process is alive) and `/readyz`
//! (PostgreSQL and Redis answer). It serves through the shutdown grace period and stops last.

use std::{net::TcpListener, sync::Arc, time::Duration};

use actix_web::{App, HttpResponse, HttpServer, dev::ServerHandle, web};
use secrecy::ExposeSecret;
use serde_json::json;
use sluice_engine::metrics::{self, PrometheusHandle};

use crate::app::WorkerState;

const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

struct Http {
    state: Arc<WorkerState>,
    metrics: PrometheusHandle,
}

/// A running listener.
pub struct Listener {
    pub port: u16,
    handle: ServerHandle,
}

impl Listener {
    /// Stops accepting and finishes the requests in flight.
    pub async fn stop(self) {
        self.handle.stop(true).await;
    }
}

/// Binds and starts the listener, or `None` when `worker.http_port` is 0. A port that cannot
/// be bound is an error: the worker refuses to start rather than run unobserved.
pub fn start(state: Arc<WorkerState>) -> anyhow::Result<Option<Listener>> {
    let w = &state.settings.worker;
    if w.http_port == 0 {
        return Ok(None);
    }
    let address = format!("{}:{}", w.http_host, w.http_port);
    let listener = TcpListener::bind(&address)
        .map_err(|e| anyhow::anyhow!("worker.http_port: cannot listen on {address}: {e}"))?;
    let port = listener.local_addr()?.port();
    let shared = web::Data::new(Http {
        metrics: metrics::install()
            .map_err(|e| anyhow::anyhow!("cannot install the metrics recorder: {e}"))?,
        state,
    });
    let server = HttpServer::new(move || {
        App::new()
            .app_data(shared.clone())
            .route("/metrics", web::get().to(render))
            .route("/healthz", web::get().to(healthz))
            .route("/readyz", web::get().to(readyz))
    })
    .workers(1)
    // SIGTERM is the worker's to handle: it drains runs first, then stops this listener.
    .disable_signals()
    .listen(listener)?
    .run();
    let handle = server.handle();
    tokio::spawn(server);
    tracing::info!(%address, port, "serving /metrics, /healthz and /readyz");
    Ok(Some(Listener { port, handle }))
}

async fn render(http: web::Data<Http>) -> HttpResponse {
    let pool = &http.state.engine.pool;
    metrics::record_pool(pool);
    match tokio::time::timeout(CHECK_TIMEOUT, metrics::record_queue(pool)).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::debug!(error = %e, "reading the queue depth failed"),
        Err(_) => tracing::debug!("reading the queue depth timed out"),
    }
    HttpResponse::Ok()
        .content_type(metrics::CONTENT_TYPE)
        .body(http.metrics.render())
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({"status": "ok"}))
}

async fn readyz(http: web::Data<Http>) -> HttpResponse {
    let (database, redis) = tokio::join!(
        sluice_engine::db::ping(&http.state.engine.pool, CHECK_TIMEOUT),
        redis_ready(&http.state),
    );
    let ready = database.is_ok() && redis.is_ok();
    // Not a readiness condition: a worker without SES sends webhooks and runs pipelines.
    let email = if http.state.ses.is_some() {
        "configured"
    } else {
        "e-mail is not configured (notify.ses is not set): e-mail deliveries fail"
    };
    let body = json!({
        "status": if ready { "ready" } else { "unavailable" },
        "database": database.err().unwrap_or_else(|| "ok".into()),
        "redis": redis.err().unwrap_or_else(|| "ok".into()),
        "email": email,
    });
    if ready {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}

/// Redis, on a connection of its own (the queue's may be the one that broke).
async fn redis_ready(state: &WorkerState) -> Result<(), String> {
    let client =
        redis::Client::open(state.settings.redis.url.expose_secret()).map_err(|e| e.to_string())?;
    sluice_queue::ping_redis(&client, CHECK_TIMEOUT).await
}
