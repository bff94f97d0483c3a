//! Pipelines: a spec (sources by name, transform, output, destination, schedule) plus a name,
//! a description and an `enabled` flag. Specs are validated by the engine before anything is
//! stored.

pub mod apply;
pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod patch;
pub mod reset;
pub mod update;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use sluice_engine::{
    db::entity::{pipeline, pipeline_source, source},
    domain::ResourceName,
    spec::{PipelineSpec, SpecError},
};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::{ApiError, Code, unique_violation_message};

#[derive(Serialize, ToSchema)]
pub struct PipelineResponse {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub enabled: bool,
    /// The spec as stored, every default spelled out.
    #[schema(value_type = PipelineSpec)]
    pub spec: serde_json::Value,
    /// Table in the tenant's schema that the pipeline loads.
    pub destination_table: String,
    pub schedule: Option<ScheduleView>,
    /// When the scheduler will next start a run (null when disabled or unscheduled).
    pub next_run_at: Option<DateTime<FixedOffset>>,
    /// Incremented on every change.
    pub version: i32,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

/// The pipeline's schedule, as stored.
#[derive(Serialize, ToSchema)]
pub struct ScheduleView {
    #[schema(example = "0 6 * * *")]
    pub cron: String,
    #[schema(example = "America/New_York")]
    pub timezone: String,
}

impl ScheduleView {
    pub fn from_columns(cron: Option<String>, timezone: Option<String>) -> Option<Self> {
        Some(Self {
            cron: cron?,
            timezone: timezone.unwrap_or_else(|| "UTC".to_owned()),
        })
    }
}

impl From<pipeline::Model> for PipelineResponse {
    fn from(p: pipeline::Model) -> Self {
        let schedule = ScheduleView::from_columns(p.schedule_cron.clone(), p.timezone.clone());
        Self {
            id: p.id,
            name: p.name,
            description: p.description,
            enabled: p.enabled,
            spec: p.spec,
            destination_table: p.destination_table,
            schedule,
            next_run_at: p.next_run_at,
            version: p.version,
            created_at: p.created_at,
            updated_at: p.updated_at,
        }
    }
}

/// The body of `POST /pipelines` and `PUT /pipelines/{id}`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PipelineRequest {
    #[schema(example = "us-covid")]
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Whether the scheduler starts runs (manual runs work either way). Default true.
    #[serde(default = "yes")]
    pub enabled: bool,
    #[schema(value_type = PipelineSpec)]
    pub spec: serde_json::Value,
}

pub(crate) fn yes() -> bool {
    true
}

/// A pipeline that passed every check, ready to be written.
pub struct ValidPipeline {
    pub name: ResourceName,
    pub description: String,
    pub enabled: bool,
    pub spec: PipelineSpec,
    /// Frame -> source id.
    pub sources: BTreeMap<String, Uuid>,
}

const MAX_DESCRIPTION: usize = 2000;

/// Validates everything but uniqueness: the name, the description, the spec (every problem,
/// with `spec.`-prefixed paths) and that each source it names exists in the tenant.
pub async fn validate(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    name: &str,
    description: String,
    enabled: bool,
    spec: &serde_json::Value,
) -> Result<ValidPipeline, ApiError> {
    let mut errors: Vec<SpecError> = Vec::new();
    let name = ResourceName::parse(name).map_err(|e| errors.push(SpecError::new("name", e.0)));
    if description.chars().count() > MAX_DESCRIPTION {
        errors.push(SpecError::new(
            "description",
            format!("at most {MAX_DESCRIPTION} characters"),
        ));
    }
    let spec = PipelineSpec::parse(spec).map_err(|errs| {
        errors.extend(errs.into_iter().map(|e| e.within("spec")));
    });
    let (Ok(name), Ok(spec)) = (name, spec) else {
        return Err(ApiError::validation(errors));
    };
    let wanted: Vec<String> = spec.sources.values().map(|n| n.to_string()).collect();
    let found: BTreeMap<String, Uuid> = source::Entity::find()
        .filter(source::Column::TenantId.eq(tenant_id))
        .filter(source::Column::Name.is_in(wanted))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.name, s.id))
        .collect();
    let mut sources = BTreeMap::new();
    for (frame, source_name) in &spec.sources {
        match found.get(source_name.as_str()) {
            Some(id) => {
                sources.insert(frame.to_string(), *id);
            }
            None => errors.push(SpecError::new(
                &format!("spec.sources.{frame}"),
                format!("no source named `{source_name}` in this tenant; register it with POST /api/v1/sources"),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    Ok(ValidPipeline {
        name,
        description,
        enabled,
        spec,
        sources,
    })
}

/// The next scheduled run, given what it was: kept when the schedule and the enabled flag
/// did not change, recomputed from now otherwise.
fn next_run_at(
    valid: &ValidPipeline,
    previous: Option<&pipeline::Model>,
) -> Option<DateTime<FixedOffset>> {
    let schedule = valid.spec.schedule.as_ref().filter(|_| valid.enabled)?;
    if let Some(prev) = previous {
        let same_schedule = prev.schedule_cron.as_deref() == Some(schedule.cron.as_str())
            && prev.timezone.as_deref() == Some(schedule.timezone.0.name());
        if same_schedule && prev.enabled && prev.next_run_at.is_some() {
            return prev.next_run_at;
        }
    }
    schedule.next_after(Utc::now()).map(|t| t.fixed_offset())
}

/// Inserts (`previous` is None) or updates a pipeline and its source links. Returns the row,
/// and whether anything changed.
pub async fn write(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    valid: ValidPipeline,
    previous: Option<pipeline::Model>,
) -> Result<(pipeline::Model, bool), ApiError> {
    let spec_json = valid.spec.to_json();
    let now = Utc::now().fixed_offset();
    let next = next_run_at(&valid, previous.as_ref());
    let schedule = valid.spec.schedule.clone();
    let name = valid.name.to_string();
    let table = valid.spec.destination.table.to_string();
    let result = match previous {
        None => pipeline::ActiveModel {
            id: Set(Uuid::now_v7()),
            tenant_id: Set(tenant_id),
            name: Set(name.clone()),
            description: Set(valid.description.clone()),
            spec: Set(spec_json),
            enabled: Set(valid.enabled),
            destination_table: Set(table.clone()),
            schedule_cron: Set(schedule.as_ref().map(|s| s.cron.as_str().to_owned())),
            timezone: Set(schedule.as_ref().map(|s| s.timezone.0.name().to_owned())),
            next_run_at: Set(next),
            state: Set(serde_json::json!({})),
            version: Set(1),
            notify: Set(serde_json::json!({})),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(db)
        .await
        .map(|m| (m, true)),
        Some(prev) => {
            let unchanged = prev.name == name
                && prev.description == valid.description
                && prev.enabled == valid.enabled
                && prev.spec == spec_json;
            if unchanged {
                return Ok((prev, false));
            }
            let version = prev.version + 1;
            let mut model = prev.into_active_model();
            model.name = Set(name.clone());
            model.description = Set(valid.description.clone());
            model.spec = Set(spec_json);
            model.enabled = Set(valid.enabled);
            model.destination_table = Set(table.clone());
            model.schedule_cron = Set(schedule.as_ref().map(|s| s.cron.as_str().to_owned()));
            model.timezone = Set(schedule.as_ref().map(|s| s.timezone.0.name().to_owned()));
            model.next_run_at = Set(next);
            model.version = Set(version);
            model.updated_at = Set(now);
            model.update(db).await.map(|m| (m, true))
        }
    };
    let (row, changed) = result.map_err(|e| conflict(e, &name, &table))?;
    pipeline_source::Entity::delete_many()
        .filter(pipeline_source::Column::PipelineId.eq(row.id))
        .exec(db)
        .await?;
    let links = valid
        .sources
        .iter()
        .map(|(frame, source_id)| pipeline_source::ActiveModel {
            pipeline_id: Set(row.id),
            frame: Set(frame.clone()),
            source_id: Set(*source_id),
        });
    pipeline_source::Entity::insert_many(links).exec(db).await?;
    Ok((row, changed))
}

fn conflict(e: DbErr, name: &str, table: &str) -> ApiError {
    match unique_violation_message(&e) {
        Some(m) if m.contains("pipelines_destination_key") => ApiError::new(
            Code::DestinationTaken,
            format!("another pipeline of this tenant already loads table `{table}`"),
        ),
        Some(_) => ApiError::new(
            Code::PipelineNameTaken,
            format!("a pipeline named `{name}` already exists in this tenant"),
        ),
        None => e.into(),
    }
}

pub(crate) fn not_found(what: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        Code::PipelineNotFound,
        format!("no pipeline {what} in this tenant"),
    )
}

pub(crate) async fn find(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    id: Uuid,
) -> Result<pipeline::Model, ApiError> {
    pipeline::Entity::find_by_id(id)
        .filter(pipeline::Column::TenantId.eq(tenant_id))
        .one(db)
        .await?
        .ok_or_else(|| not_found(id))
}

/// Like [`find`], locking the row until the transaction ends, so concurrent changes apply one
/// after the other instead of overwriting each other.
pub(crate) async fn find_for_update(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    id: Uuid,
) -> Result<pipeline::Model, ApiError> {
    pipeline::Entity::find_by_id(id)
        .filter(pipeline::Column::TenantId.eq(tenant_id))
        .lock_exclusive()
        .one(db)
        .await?
        .ok_or_else(|| not_found(id))
}
