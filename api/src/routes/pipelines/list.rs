use actix_web::{HttpResponse, web};
use chrono::{DateTime, FixedOffset};
use sea_orm::sqlx::{self, Row};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::{
    auth::Caller,
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
) -> ApiResult<HttpResponse> {
    let limit = page.limit()?;
    let rows = sqlx::query(
        "SELECT id, name, description, enabled, spec::text, destination_table, schedule_cron, timezone, \
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
    Ok(HttpResponse::Ok().json(PipelinePage { items, next_cursor }))
}
