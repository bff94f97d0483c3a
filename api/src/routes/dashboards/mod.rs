//! Dashboards: named sets of charts over the tenant's pipeline tables, each chart the
//! parameters of a `GET /pipelines/{id}/series` call. Every role reads them; members and
//! admins change them.

pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod update;

use chrono::{DateTime, FixedOffset};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use sluice_engine::{
    db::entity::{dashboard, pipeline},
    spec::SpecError,
};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    error::{ApiError, Code, unique_violation_message},
    routes::pipelines::series::{Agg, Bucket, MAX_Y},
};

pub const MAX_CHARTS: usize = 24;
const MAX_NAME: usize = 100;
const MAX_TITLE: usize = 200;
const MAX_DESCRIPTION: usize = 2000;

/// One chart: what `GET /pipelines/{pipeline_id}/series` is asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Chart {
    #[schema(example = "Cases and deaths")]
    pub title: String,
    pub pipeline_id: Uuid,
    #[schema(example = "date")]
    pub x: String,
    /// 1 to 10 columns.
    #[schema(example = json!(["cases", "deaths"]))]
    pub y: Vec<String>,
    #[serde(default)]
    pub bucket: Bucket,
    #[serde(default)]
    pub agg: Agg,
    #[serde(default)]
    pub group: Option<String>,
    /// Inclusive bounds on x, as `series` takes them.
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub kind: ChartKind,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    #[default]
    Line,
    Bar,
}

/// The body of `POST /dashboards` and `PUT /dashboards/{id}`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DashboardRequest {
    #[schema(example = "COVID-19 in the US")]
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// At most 24, in display order.
    #[serde(default)]
    pub charts: Vec<Chart>,
}

#[derive(Serialize, ToSchema)]
pub struct DashboardResponse {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub charts: Vec<Chart>,
    /// Incremented on every change.
    pub version: i32,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl From<dashboard::Model> for DashboardResponse {
    fn from(d: dashboard::Model) -> Self {
        Self {
            id: d.id,
            name: d.name,
            description: d.description,
            // Written by `validate` only; a row that no longer reads shows no charts rather
            // than failing the whole dashboard.
            charts: serde_json::from_value(d.charts).unwrap_or_default(),
            version: d.version,
            created_at: d.created_at,
            updated_at: d.updated_at,
        }
    }
}

/// A column name as a chart may give it (bookkeeping columns such as `_sluice_loaded_at`
/// included); whether the table has it is checked when the chart is drawn.
fn column_ok(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Checks a request: lengths, columns, and that every chart's pipeline is the tenant's.
/// Returns the trimmed name, or a 422 listing every problem by path.
pub async fn validate(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    body: &DashboardRequest,
) -> Result<String, ApiError> {
    let mut errors = Vec::new();
    let name = body.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        errors.push(SpecError::new(
            "name",
            format!("1 to {MAX_NAME} characters"),
        ));
    }
    if body.description.chars().count() > MAX_DESCRIPTION {
        errors.push(SpecError::new(
            "description",
            format!("at most {MAX_DESCRIPTION} characters"),
        ));
    }
    if body.charts.len() > MAX_CHARTS {
        errors.push(SpecError::new(
            "charts",
            format!("at most {MAX_CHARTS} charts, not {}", body.charts.len()),
        ));
    }
    let ids: Vec<Uuid> = body.charts.iter().map(|c| c.pipeline_id).collect();
    let known: Vec<Uuid> = pipeline::Entity::find()
        .filter(pipeline::Column::TenantId.eq(tenant_id))
        .filter(pipeline::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    for (i, chart) in body.charts.iter().enumerate() {
        let at = |field: &str| format!("charts[{i}].{field}");
        if chart.title.chars().count() > MAX_TITLE {
            errors.push(SpecError::new(
                &at("title"),
                format!("at most {MAX_TITLE} characters"),
            ));
        }
        if !known.contains(&chart.pipeline_id) {
            errors.push(SpecError::new(
                &at("pipeline_id"),
                format!("no pipeline {} in this tenant", chart.pipeline_id),
            ));
        }
        if !column_ok(&chart.x) {
            errors.push(SpecError::new(&at("x"), "not a column name"));
        }
        if chart.y.is_empty() || chart.y.len() > MAX_Y {
            errors.push(SpecError::new(&at("y"), format!("1 to {MAX_Y} columns")));
        }
        for (j, y) in chart.y.iter().enumerate() {
            if !column_ok(y) {
                errors.push(SpecError::new(
                    &format!("charts[{i}].y[{j}]"),
                    "not a column name",
                ));
            }
        }
        if chart.group.as_deref().is_some_and(|g| !column_ok(g)) {
            errors.push(SpecError::new(&at("group"), "not a column name"));
        }
    }
    if errors.is_empty() {
        Ok(name)
    } else {
        Err(ApiError::validation(errors))
    }
}

pub(crate) fn not_found(id: Uuid) -> ApiError {
    ApiError::new(
        Code::DashboardNotFound,
        format!("no dashboard {id} in this tenant"),
    )
}

pub(crate) fn conflict(e: DbErr, name: &str) -> ApiError {
    match unique_violation_message(&e) {
        Some(_) => ApiError::new(
            Code::DashboardNameTaken,
            format!("a dashboard named `{name}` already exists in this tenant"),
        ),
        None => e.into(),
    }
}

pub(crate) async fn find(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    id: Uuid,
) -> Result<dashboard::Model, ApiError> {
    dashboard::Entity::find_by_id(id)
        .filter(dashboard::Column::TenantId.eq(tenant_id))
        .one(db)
        .await?
        .ok_or_else(|| not_found(id))
}
