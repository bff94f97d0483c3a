//! Before the stages: what a run starts from. Takes a run id and a pipeline id; gives a
//! [`RunRequest`] (spec, tenant schema, sources with their auth headers decrypted, the
//! pipeline's state). Reads the control plane only, never a source or the tenant's tables.

use std::{
    collections::{BTreeMap, HashMap},
    sync::{Arc, atomic::AtomicBool},
};

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use super::{RunError, RunErrorCode};
use crate::{
    crypto::Encryptor,
    db::entity::{destination, pipeline, pipeline_source, source, tenant},
    etl::{extract::Validators, infer::Scan},
    spec::{Format, PipelineSpec, SourceFormat, SpecError},
};

/// A frame's source, resolved and decrypted.
#[derive(Debug, Clone)]
pub struct SourceBinding {
    pub frame: String,
    pub name: String,
    pub url: String,
    pub format: Format,
    pub auth_header: Option<SecretString>,
}

/// What a pipeline remembers between runs (`pipelines.state`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PipelineState {
    /// Frame -> what identified its last loaded download.
    #[serde(default)]
    pub sources: BTreeMap<String, SourceState>,
    /// Hash of the spec of the last load: a changed spec reloads even unchanged sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spec_hash: Option<String>,
    /// Highest cursor value loaded (incremental pipelines).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_load_run: Option<Uuid>,
}

impl PipelineState {
    /// Frame -> what the values of its last loaded file allowed, where inference ran.
    pub fn scans(&self) -> BTreeMap<String, Scan> {
        self.sources
            .iter()
            .filter_map(|(frame, s)| Some((frame.clone(), s.types.clone()?)))
            .collect()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceState {
    pub url: String,
    #[serde(flatten)]
    pub validators: Validators,
    /// What inference learnt of the values of the file loaded (none when the frame does not
    /// infer types): the next run reads with it instead of a first pass, and checks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub types: Option<Scan>,
}

/// A database of the tenant's own that the run loads into (`spec.destination.database`),
/// its password opened.
#[derive(Debug, Clone)]
pub struct ExternalDestination {
    pub id: Uuid,
    pub name: String,
    pub target: crate::destination::Target,
}

/// Everything one run needs, read from the control plane.
pub struct RunRequest {
    pub run_id: Uuid,
    pub tenant_id: Uuid,
    pub pipeline_id: Uuid,
    /// The worker holding the run; the final write checks it still does.
    pub worker_id: Option<String>,
    /// Which claim of the run this is (1 for the first); the worker sets it from its claim.
    pub attempt: i32,
    /// The schema the table is in: the tenant's in the built-in database, or the
    /// destination's.
    pub schema: String,
    /// Where the table is: `None` for the built-in database.
    pub destination: Option<ExternalDestination>,
    /// Set just before a load commits on a tenant's destination (docs/ARCHITECTURE.md, "Loads
    /// into a tenant's own database"): from then on a cancel is too late, and the worker lets
    /// the run record what it committed.
    pub committing: Arc<AtomicBool>,
    pub spec: PipelineSpec,
    pub sources: Vec<SourceBinding>,
    pub state: PipelineState,
    pub full_reload: bool,
}

/// Reads what a run of `pipeline_id` needs: the spec, the tenant's schema, the sources (auth
/// headers decrypted) and the pipeline's state.
pub async fn request(
    db: &DatabaseConnection,
    encryptor: &Encryptor,
    run_id: Uuid,
    pipeline_id: Uuid,
    worker_id: Option<String>,
    full_reload: bool,
) -> Result<RunRequest, RunError> {
    let pipeline = pipeline::Entity::find_by_id(pipeline_id)
        .one(db)
        .await
        .map_err(RunError::db)?
        .ok_or_else(|| {
            RunError::permanent(
                "extract",
                RunErrorCode::PipelineNotFound,
                format!("pipeline {pipeline_id} does not exist"),
            )
        })?;
    let tenant = tenant::Entity::find_by_id(pipeline.tenant_id)
        .one(db)
        .await
        .map_err(RunError::db)?
        .ok_or_else(|| {
            RunError::permanent(
                "extract",
                RunErrorCode::PipelineNotFound,
                "the pipeline's tenant does not exist",
            )
        })?;
    let spec = PipelineSpec::parse(&pipeline.spec).map_err(|errors| {
        let all: Vec<String> = errors.iter().map(SpecError::to_string).collect();
        RunError::permanent(
            "extract",
            RunErrorCode::InvalidSpec,
            format!("the stored spec is invalid: {}", all.join("; ")),
        )
    })?;
    let links = pipeline_source::Entity::find()
        .filter(pipeline_source::Column::PipelineId.eq(pipeline.id))
        .all(db)
        .await
        .map_err(RunError::db)?;
    let ids: Vec<Uuid> = links.iter().map(|l| l.source_id).collect();
    let rows: HashMap<Uuid, source::Model> = source::Entity::find()
        .filter(source::Column::Id.is_in(ids))
        .filter(source::Column::TenantId.eq(pipeline.tenant_id))
        .all(db)
        .await
        .map_err(RunError::db)?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let mut sources = Vec::new();
    for frame in spec.sources.keys() {
        let link = links.iter().find(|l| l.frame == frame.as_str());
        let Some(row) = link.and_then(|l| rows.get(&l.source_id)) else {
            return Err(RunError::permanent(
                "extract",
                RunErrorCode::InvalidSpec,
                format!("frame `{frame}` has no registered source"),
            ));
        };
        let kind = SourceFormat::from_db(&row.format).ok_or_else(|| {
            RunError::permanent(
                "extract",
                RunErrorCode::InvalidSpec,
                format!("source `{}` has unknown format {}", row.name, row.format),
            )
        })?;
        let format = Format::from_parts(kind, &row.options).map_err(|e| {
            RunError::permanent(
                "extract",
                RunErrorCode::InvalidSpec,
                format!("source `{}`: {e}", row.name),
            )
        })?;
        let auth_header = match &row.auth_header {
            Some(sealed) => Some(SecretString::from(
                encryptor
                    .open_string(sealed, &format!("source:{}", row.id))
                    .map_err(|e| {
                        RunError::permanent(
                            "extract",
                            RunErrorCode::SourceRefused,
                            format!("source `{}`: {e}", row.name),
                        )
                    })?,
            )),
            None => None,
        };
        sources.push(SourceBinding {
            frame: frame.to_string(),
            name: row.name.clone(),
            url: row.url.clone(),
            format,
            auth_header,
        });
    }
    let state: PipelineState = serde_json::from_value(pipeline.state.clone()).unwrap_or_default();
    let destination = match &spec.destination.database {
        Some(name) => Some(external(db, encryptor, pipeline.tenant_id, name.as_str()).await?),
        None => None,
    };
    let schema = match &destination {
        Some(d) => d.target.schema.clone(),
        None => tenant.schema_name,
    };
    Ok(RunRequest {
        run_id,
        tenant_id: pipeline.tenant_id,
        pipeline_id: pipeline.id,
        worker_id,
        attempt: 1,
        schema,
        destination,
        committing: Arc::default(),
        spec,
        sources,
        state,
        full_reload,
    })
}

/// The tenant's destination `name`, its password opened.
async fn external(
    db: &DatabaseConnection,
    encryptor: &Encryptor,
    tenant_id: Uuid,
    name: &str,
) -> Result<ExternalDestination, RunError> {
    let row = destination::Entity::find()
        .filter(destination::Column::TenantId.eq(tenant_id))
        .filter(destination::Column::Name.eq(name))
        .one(db)
        .await
        .map_err(RunError::db)?
        .ok_or_else(|| {
            RunError::permanent(
                "extract",
                RunErrorCode::InvalidSpec,
                format!("the tenant has no destination named `{name}`"),
            )
        })?;
    let target = crate::destination::Target::of_row(&row, encryptor)
        .map_err(|e| RunError::permanent("load", RunErrorCode::DestinationRefused, e))?;
    Ok(ExternalDestination {
        id: row.id,
        name: row.name,
        target,
    })
}
