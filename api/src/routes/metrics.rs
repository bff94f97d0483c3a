//! `/metrics`: the process's metrics as Prometheus text (names in docs/METRICS.md). Outside
//! `/api/v1` and the OpenAPI document: it is for Prometheus, not API clients.

use actix_web::{HttpResponse, web};
use sluice_engine::metrics;

use crate::state::AppState;

pub async fn render(state: web::Data<AppState>) -> HttpResponse {
    metrics::record_pool(state.db.get_postgres_connection_pool());
    HttpResponse::Ok()
        .content_type(metrics::CONTENT_TYPE)
        .body(state.metrics.render())
}
