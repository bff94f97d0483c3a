//! `/metrics`: the process's metrics as Prometheus text (names in docs/METRICS.md). Outside
//! `/api/v1` and the OpenAPI document: it is for Prometheus, not API clients.
//!
//! Prometheus scrapes the process directly; a request that came through one of the
//! `application.trusted_proxies` (the public ingress, which always adds `X-Forwarded-For`) is
//! answered 404, so routing `/` to the API never publishes its metrics.

use actix_web::{HttpRequest, HttpResponse, web};
use sluice_engine::metrics;

use crate::{
    error::{ApiError, Code},
    state::AppState,
};

pub async fn render(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let proxied = req.headers().contains_key("x-forwarded-for")
        && req
            .peer_addr()
            .is_some_and(|peer| state.trusted_proxies.contains(peer.ip()));
    if proxied {
        return Err(ApiError::new(
            Code::RouteNotFound,
            "no route for /metrics through the proxy; Prometheus scrapes the process directly",
        ));
    }
    metrics::record_pool(state.db.get_postgres_connection_pool());
    Ok(HttpResponse::Ok()
        .content_type(metrics::CONTENT_TYPE)
        .body(state.metrics.render()))
}
