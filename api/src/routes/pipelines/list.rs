use std::sync::{Arc, Mutex, PoisonError};

use actix_web::{
    HttpRequest, HttpResponse,
    http::header::{self, ContentType},
    web,
};
use bytes::Bytes;
use chrono::{DateTime, FixedOffset};
use sea_orm::sqlx::{self, Row};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::{
    auth::Caller,
    cache::ListedPage,
    error::{ApiError, ApiResult, ErrorBody},
    routes::pagination::{PageQuery, finish, page_type},
    state::AppState,
};

/// A pipeline as listed: the fields of `PipelineResponse` but `notify` (read it per pipeline),
/// the spec passed through as stored (PostgreSQL's text of the JSONB, never parsed and printed
/// again).
#[derive(Serialize, ToSchema)]
pub struct PipelineListItem {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub enabled: bool,
    #[schema(value_type = sluice_engine::spec::PipelineSpec)]
    pub spec: Box<RawValue>,
    pub destination_table: String,
    pub schedule: Option<super::ScheduleView>,
    pub next_run_at: Option<DateTime<FixedOffset>>,
    pub version: i32,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

page_type!(PipelinePage, PipelineListItem);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PipelineFilter {
    /// Only enabled (`true`) or disabled (`false`) pipelines.
    pub enabled: Option<bool>,
}

/// List the tenant's pipelines
///
/// Oldest first, `limit` per page; `after` continues from a page's `next_cursor`. Items carry
/// the spec as stored but not the notification settings (read them per pipeline).
#[utoipa::path(
    get, path = "/api/v1/pipelines", tag = "pipelines",
    security(("bearer" = [])),
    params(PageQuery, PipelineFilter),
    responses((status = 200, body = PipelinePage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 422, description = "`limit` out of bounds", body = ErrorBody))
)]
pub async fn list_pipelines(
    state: web::Data<AppState>,
    caller: Caller,
    page: web::Query<PageQuery>,
    filter: web::Query<PipelineFilter>,
    request: HttpRequest,
) -> ApiResult<HttpResponse> {
    // A page is kept, as sent, until a pipeline of the tenant changes (`crate::cache`). The
    // spec's text is `spec_text`, which PostgreSQL keeps beside the JSONB on every write, so
    // reading it converts nothing.
    let limit = page.limit()?;
    let caches = &state.caches;
    let key = (caller.tenant_id, page.after, filter.enabled, limit);
    let (listed, kept) = match caches.get(&caches.lists, &key) {
        Some(found) => (found, true),
        None => {
            let ticket = caches.ticket();
            let json = read_page(&state, &caller, &page, &filter, limit).await?;
            let listed = Arc::new(ListedPage {
                json,
                gzip: Mutex::new(None),
            });
            let kept = caches.put(ticket, &caches.lists, key, listed.clone());
            (listed, kept)
        }
    };
    let mut response = HttpResponse::Ok();
    response
        .content_type(ContentType::json())
        .insert_header((header::VARY, "accept-encoding"));
    // A kept page is compressed once, at a better level than the per-response middleware
    // (which compresses the others), and sent as is from then on.
    if kept && accepts_gzip(&request) {
        // Not in the `match` below: its guard would live through the arms.
        let made = listed
            .gzip
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let gzip = match made {
            Some(gzip) => gzip,
            None => {
                let json = listed.json.clone();
                let gzip = web::block(move || gzip_of(&json))
                    .await
                    .map_err(ApiError::internal)?
                    .map_err(ApiError::internal)?;
                *listed.gzip.lock().unwrap_or_else(PoisonError::into_inner) = Some(gzip.clone());
                gzip
            }
        };
        return Ok(response
            .insert_header((header::CONTENT_ENCODING, "gzip"))
            .body(gzip));
    }
    Ok(response.body(listed.json.clone()))
}

/// The page's JSON, from PostgreSQL.
async fn read_page(
    state: &AppState,
    caller: &Caller,
    page: &PageQuery,
    filter: &PipelineFilter,
    limit: u64,
) -> ApiResult<Bytes> {
    let rows = sqlx::query(
        "SELECT id, name, description, enabled, spec_text, destination_table, schedule_cron, timezone, \
                next_run_at, version, created_at, updated_at \
         FROM pipelines \
         WHERE tenant_id = $1 AND ($2::uuid IS NULL OR id > $2) AND ($3::boolean IS NULL OR enabled = $3) \
         ORDER BY id LIMIT $4",
    )
    .bind(caller.tenant_id)
    .bind(page.after)
    .bind(filter.enabled)
    .bind(limit as i64 + 1)
    .fetch_all(state.db.get_postgres_connection_pool())
    .await
    .map_err(ApiError::internal)?;
    let mut items = Vec::with_capacity(rows.len());
    for row in rows {
        let spec: String = row.get(4);
        let schedule = super::ScheduleView::from_columns(row.get(6), row.get(7));
        items.push(PipelineListItem {
            id: row.get(0),
            name: row.get(1),
            description: row.get(2),
            enabled: row.get(3),
            spec: RawValue::from_string(spec).map_err(ApiError::internal)?,
            destination_table: row.get(5),
            schedule,
            next_run_at: row.get(8),
            version: row.get(9),
            created_at: row.get(10),
            updated_at: row.get(11),
        });
    }
    let (items, next_cursor) = finish(items, limit, |p| p.id);
    serde_json::to_vec(&PipelinePage { items, next_cursor })
        .map(Bytes::from)
        .map_err(ApiError::internal)
}

/// Whether `Accept-Encoding` allows gzip (`gzip` or `*`, with a quality above 0).
fn accepts_gzip(request: &HttpRequest) -> bool {
    request
        .headers()
        .get_all(header::ACCEPT_ENCODING)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let coding = parts.next().unwrap_or_default();
            let refused = parts.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
        })
}

fn gzip_of(json: &[u8]) -> std::io::Result<Bytes> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(json.len() / 8),
        flate2::Compression::default(),
    );
    encoder.write_all(json)?;
    encoder.finish().map(Bytes::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn gzip_is_accepted_unless_refused() {
        let accepts = |value: &str| {
            accepts_gzip(
                &TestRequest::default()
                    .insert_header((header::ACCEPT_ENCODING, value))
                    .to_http_request(),
            )
        };
        assert!(accepts("gzip"));
        assert!(accepts("br, GZIP;q=0.5"));
        assert!(accepts("*"));
        assert!(!accepts("gzip;q=0"));
        assert!(!accepts("br, deflate"));
        assert!(!accepts("identity"));
        assert!(!accepts_gzip(&TestRequest::default().to_http_request()));
    }
}
