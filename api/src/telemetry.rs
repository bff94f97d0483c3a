//! One span per request, carrying the W3C trace context of the caller when there is one, the
//! request id and, once known, the caller's tenant; one access line per request; the request
//! metrics (by route template, method and status).

use actix_web::{
    Error, HttpMessage,
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    http::header::{HeaderName, HeaderValue},
    middleware::Next,
};
use opentelemetry::propagation::Extractor;
use sluice_engine::metrics;
use tracing::{Instrument, field::Empty};
use tracing_opentelemetry::OpenTelemetrySpanExt;

struct HeaderExtractor<'a>(&'a actix_web::http::header::HeaderMap);

impl Extractor for HeaderExtractor<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(|v| v.to_str().ok())
    }

    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(|k| k.as_str()).collect()
    }
}

/// The request id of a request: the caller's `X-Request-Id` when it is sane (1 to 128 of
/// `A-Za-z0-9-_.:`), else a new UUID v7. Returned on the response and logged on every line.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

pub const REQUEST_ID: &str = "x-request-id";

impl RequestId {
    pub fn of(headers: &actix_web::http::header::HeaderMap) -> Self {
        let given = headers
            .get(REQUEST_ID)
            .and_then(|v| v.to_str().ok())
            .filter(|v| is_sane_request_id(v));
        Self(given.map_or_else(|| uuid::Uuid::now_v7().to_string(), str::to_owned))
    }
}

fn is_sane_request_id(id: &str) -> bool {
    (1..=128).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// The caller's tenant, put in the request's extensions once authenticated, for the access line.
#[derive(Debug, Clone, Copy)]
pub struct CallerTenant(pub uuid::Uuid);

/// The method as a label: the standard ones, else `other` (clients may send any token).
fn method_label(method: &actix_web::http::Method) -> String {
    use actix_web::http::Method;
    let known = [
        Method::GET,
        Method::HEAD,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
        Method::OPTIONS,
    ];
    if known.contains(method) {
        method.to_string()
    } else {
        "other".to_owned()
    }
}

/// Paths scraped or probed every few seconds: their access lines are `debug`, not `info`.
fn is_probe(route: &str) -> bool {
    matches!(route, "/metrics" | "/healthz" | "/readyz")
}

pub async fn request_span(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let request_id = RequestId::of(req.headers());
    req.extensions_mut().insert(request_id.clone());
    let method = method_label(req.method());
    // The route template (`/api/v1/pipelines/{id}`), never the raw path: bounded label values.
    let route = req
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let span = tracing::info_span!(
        "http_request",
        http.method = %method,
        http.route = %route,
        request_id = %request_id.0,
        tenant_id = Empty,
        trace_id = Empty,
        http.status_code = Empty,
        latency_ms = Empty,
    );
    let parent = opentelemetry::global::get_text_map_propagator(|p| {
        p.extract(&HeaderExtractor(req.headers()))
    });
    let _ = span.set_parent(parent);
    sluice_engine::telemetry::record_trace_id(&span);
    let in_flight = metrics::InFlight::enter(::metrics::gauge!(metrics::HTTP_REQUESTS_IN_FLIGHT));
    let started = std::time::Instant::now();
    let mut response = next.call(req).instrument(span.clone()).await;
    drop(in_flight);
    let elapsed = started.elapsed();
    let (status, tenant) = match &mut response {
        Ok(r) => {
            if let Ok(value) = HeaderValue::from_str(&request_id.0) {
                r.headers_mut()
                    .insert(HeaderName::from_static(REQUEST_ID), value);
            }
            let tenant = r.request().extensions().get::<CallerTenant>().map(|t| t.0);
            (r.status().as_u16(), tenant)
        }
        Err(e) => (e.as_response_error().status_code().as_u16(), None),
    };
    let status_label = status.to_string();
    ::metrics::counter!(metrics::HTTP_REQUESTS, "method" => method.clone(), "route" => route.clone(), "status" => status_label)
        .increment(1);
    ::metrics::histogram!(metrics::HTTP_REQUEST_DURATION, "method" => method.clone(), "route" => route.clone())
        .record(elapsed.as_secs_f64());
    let latency_ms = elapsed.as_secs_f64() * 1000.0;
    span.record("http.status_code", status);
    span.record("latency_ms", latency_ms as u64);
    let tenant = tenant.map(|t| t.to_string());
    let tenant = tenant.as_deref();
    // The access line: one per request.
    span.in_scope(|| {
        if status >= 500 {
            tracing::error!(target: "sluice_api::access", method, route, status, latency_ms, tenant_id = tenant, request_id = %request_id.0, "request");
        } else if is_probe(&route) {
            tracing::debug!(target: "sluice_api::access", method, route, status, latency_ms, request_id = %request_id.0, "request");
        } else {
            tracing::info!(target: "sluice_api::access", method, route, status, latency_ms, tenant_id = tenant, request_id = %request_id.0, "request");
        }
    });
    response
}
