//! Pipelines: a spec (sources by name, transform, output, destination, schedule) plus a name,
//! a description and an `enabled` flag. Specs are validated by the engine before anything is
//! stored.

pub mod apply;
pub mod create;
pub mod data;
pub mod delete;
pub mod destination;
pub mod dry_run;
pub mod export;
pub mod get;
pub mod list;
mod params;
pub mod patch;
pub mod reset;
pub mod series;
pub mod table;
pub mod update;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use sluice_engine::{
    crypto::Encryptor,
    db::entity::{destination as database, pipeline, pipeline_source, source},
    domain::ResourceName,
    spec::{PipelineSpec, SpecError},
};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    error::{ApiError, Code, unique_violation_message},
    routes::notifications::{self, NotificationsRequest, NotificationsResponse, ValidNotify},
};

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
    /// Incremented on every change to the name, description, `enabled` or spec.
    pub version: i32,
    /// Who is told when a run finishes; a webhook's `secret` appears only in the answer that
    /// generated it.
    pub notify: NotificationsResponse,
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
        Self::revealing(p, &[])
    }
}

impl PipelineResponse {
    /// The pipeline, with the webhook secrets generated just now.
    pub fn revealing(p: pipeline::Model, revealed: &[(Uuid, String)]) -> Self {
        let schedule = ScheduleView::from_columns(p.schedule_cron.clone(), p.timezone.clone());
        let stored = serde_json::from_value(p.notify.clone()).unwrap_or_default();
        Self {
            notify: NotificationsResponse::from_stored(&stored, revealed),
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
    /// Notification settings, as `PUT /pipelines/{id}/notifications` takes them. When
    /// absent, the pipeline's settings stay as they are.
    pub notify: Option<NotificationsRequest>,
    /// Load into a destination table that already exists in the tenant's schema (left by a
    /// deleted pipeline): its rows stay, and rows with the same key are updated. Without it
    /// such a table is refused with 409 `destination_exists`. Not stored.
    #[serde(default)]
    pub adopt: bool,
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
    /// The tenant's destination `spec.destination.database` names; none for the built-in
    /// database.
    pub destination_id: Option<Uuid>,
    /// New notification settings, when the request had them.
    pub notify: Option<ValidNotify>,
    /// Whether an existing destination table may be taken over.
    pub adopt: bool,
}

/// A written pipeline.
pub struct Written {
    pub row: pipeline::Model,
    /// Whether anything changed (`false`: the request matched what was stored).
    pub changed: bool,
    /// Webhook secrets generated by this write, shown once.
    pub revealed: Vec<(Uuid, String)>,
}

const MAX_DESCRIPTION: usize = 2000;

/// What a request asks a pipeline to be.
pub struct PipelineInput<'a> {
    pub name: &'a str,
    pub description: String,
    pub enabled: bool,
    pub spec: &'a serde_json::Value,
    pub notify: Option<&'a NotificationsRequest>,
    pub adopt: bool,
}

/// Validates everything but uniqueness: the name, the description, the spec (every problem,
/// with `spec.`-prefixed paths), that each source it names exists in the tenant, and the
/// notification settings (`notify.`-prefixed paths; webhook URLs under the operator's
/// `allow_hosts`).
pub async fn validate(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    input: PipelineInput<'_>,
    allow_hosts: &[String],
) -> Result<ValidPipeline, ApiError> {
    let PipelineInput {
        name,
        description,
        enabled,
        spec,
        notify,
        adopt,
    } = input;
    let mut errors: Vec<SpecError> = Vec::new();
    let notify = notify.map(|request| {
        let mut found = Vec::new();
        let valid = notifications::validate(allow_hosts, request, &mut found);
        errors.extend(found.into_iter().map(|e| e.within("notify")));
        valid
    });
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
    let wanted: Vec<String> = spec
        .sources
        .values()
        .map(|n| n.source.to_string())
        .collect();
    let found: BTreeMap<String, Uuid> = source::Entity::find()
        .filter(source::Column::TenantId.eq(tenant_id))
        .filter(source::Column::Name.is_in(wanted))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.name, s.id))
        .collect();
    let mut sources = BTreeMap::new();
    for (frame, f) in &spec.sources {
        let source_name = &f.source;
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
    let destination_id = match &spec.destination.database {
        Some(name) => {
            let found = database::Entity::find()
                .filter(database::Column::TenantId.eq(tenant_id))
                .filter(database::Column::Name.eq(name.as_str()))
                .one(db)
                .await?;
            if found.is_none() {
                errors.push(SpecError::new(
                    "spec.destination.database",
                    format!("no destination named `{name}` in this tenant; register it with POST /api/v1/destinations"),
                ));
            }
            found.map(|d| d.id)
        }
        None => None,
    };
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    Ok(ValidPipeline {
        name,
        description,
        enabled,
        spec,
        sources,
        destination_id,
        notify,
        adopt,
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

/// Inserts (`previous` is None) or updates a pipeline, its source links and, when the request
/// had them, its notification settings.
pub async fn write(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    encryptor: &Encryptor,
    mut valid: ValidPipeline,
    previous: Option<pipeline::Model>,
) -> Result<Written, ApiError> {
    let notify = valid.notify.take();
    let (row, changed) = write_pipeline(db, tenant_id, valid, previous).await?;
    let Some(notify) = notify else {
        return Ok(Written {
            row,
            changed,
            revealed: Vec::new(),
        });
    };
    let saved = notifications::save(db, encryptor, row, notify).await?;
    Ok(Written {
        row: saved.pipeline,
        changed: changed || saved.changed,
        revealed: saved.revealed,
    })
}

/// The pipeline and its source links. Returns the row, and whether anything changed.
async fn write_pipeline(
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
    // A table left in the built-in database by a deleted pipeline is taken over only when
    // asked; a destination of the tenant's own is the tenant's to manage.
    let moved = previous
        .as_ref()
        .is_none_or(|p| p.destination_table != table || p.destination_id != valid.destination_id);
    if moved && valid.destination_id.is_none() {
        check_destination(db, tenant_id, &table, valid.adopt).await?;
    }
    let result = match previous {
        None => pipeline::ActiveModel {
            id: Set(Uuid::now_v7()),
            tenant_id: Set(tenant_id),
            name: Set(name.clone()),
            description: Set(valid.description.clone()),
            spec: Set(spec_json),
            enabled: Set(valid.enabled),
            destination_table: Set(table.clone()),
            destination_id: Set(valid.destination_id),
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
            model.destination_id = Set(valid.destination_id);
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
            tenant_id: Set(row.tenant_id),
        });
    pipeline_source::Entity::insert_many(links).exec(db).await?;
    Ok((row, changed))
}

/// Refuses a destination table that exists in the tenant's schema without belonging to any of
/// its pipelines (a deleted pipeline's, or made by hand), unless the request adopts it; and
/// one that Sluice did not create even then. A table another pipeline loads is left to the
/// unique constraint (`destination_taken`).
async fn check_destination(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    table: &str,
    adopt: bool,
) -> Result<(), ApiError> {
    let found = db
        .query_one_raw(sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "SELECT c.relkind::text AS kind, \
                    EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid \
                            AND a.attname = '_sluice_hash' AND NOT a.attisdropped) AS ours, \
                    EXISTS (SELECT 1 FROM pipelines p WHERE p.tenant_id = t.id \
                            AND p.destination_table = $2 AND p.destination_id IS NULL) AS loaded \
             FROM tenants t \
             JOIN pg_namespace n ON n.nspname = t.schema_name \
             JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = $2 \
             WHERE t.id = $1",
            [tenant_id.into(), table.into()],
        ))
        .await?;
    let Some(found) = found else { return Ok(()) };
    let read = |column: &str| {
        found
            .try_get::<bool>("", column)
            .map_err(ApiError::internal)
    };
    if read("loaded")? {
        return Ok(());
    }
    if !read("ours")? {
        return Err(ApiError::new(
            Code::DestinationExists,
            format!(
                "`{table}` already exists in this tenant's schema and was not created by Sluice; \
                 choose another `spec.destination.table`"
            ),
        ));
    }
    if adopt {
        return Ok(());
    }
    Err(ApiError::new(
        Code::DestinationExists,
        format!(
            "table `{table}` already exists in this tenant's schema, left by a pipeline that was \
             deleted; choose another `spec.destination.table`, or send `\"adopt\": true` to load \
             into it (its rows stay; rows with the same key are updated)"
        ),
    ))
}

fn conflict(e: DbErr, name: &str, table: &str) -> ApiError {
    match unique_violation_message(&e) {
        Some(m) if m.contains("pipelines_destination_key") => ApiError::new(
            Code::DestinationTaken,
            format!(
                "another pipeline of this tenant already loads table `{table}` in that database"
            ),
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
