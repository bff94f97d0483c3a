//! One run of a pipeline, end to end: extract every source (conditionally), skip when nothing
//! changed, read and transform (in batches when the steps allow it), load only new and changed
//! rows, keep rejected rows as failed records and re-check the open ones, and commit the load,
//! the failed records, the pipeline's state and the run's status and counts in **one**
//! transaction. A crash before the commit leaves nothing; a run that is no longer ours (another
//! worker took it over) rolls back.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    sync::Arc,
    time::Instant,
};

use polars::prelude::*;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    sqlx::{self, PgPool, Postgres, Row, Transaction},
};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{
    extract::{ExtractError, Fetched, Fetcher, Validators},
    hash::{HashedMap, HashedSet, SEEN, hash_rows},
    load::{self, LoadError, STAGING, Target},
    read::{self, ROW_PREFIX, ReadError, row_column},
    transform::{self, REASON, TransformError},
};
use crate::{
    crypto::Encryptor,
    db::entity::{pipeline, pipeline_source, source, tenant},
    spec::{Format, Operation, PipelineSpec, SourceFormat, SpecError},
};

/// Rows per batch when the steps allow batching.
pub const DEFAULT_BATCH_ROWS: usize = 250_000;

/// What the engine needs to run pipelines.
#[derive(Clone)]
pub struct Engine {
    pub fetcher: Fetcher,
    pub pool: PgPool,
    pub batch_rows: usize,
}

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

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceState {
    pub url: String,
    #[serde(flatten)]
    pub validators: Validators,
}

/// Everything one run needs, read from the control plane.
pub struct RunRequest {
    pub run_id: Uuid,
    pub tenant_id: Uuid,
    pub pipeline_id: Uuid,
    /// The worker holding the run; the final write checks it still does.
    pub worker_id: Option<String>,
    pub schema: String,
    pub spec: PipelineSpec,
    pub sources: Vec<SourceBinding>,
    pub state: PipelineState,
    pub full_reload: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub extracted: u64,
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failed: u64,
    pub retried: u64,
    pub resolved: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Succeeded,
    Skipped,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Succeeded => "succeeded",
            Outcome::Skipped => "skipped",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    pub outcome: Outcome,
    pub counts: Counts,
    /// Milliseconds per stage: extract, transform, load, total.
    pub timings: BTreeMap<String, u64>,
    pub log: Vec<String>,
}

/// Why a run failed: the stage, a message naming what and where, and whether retrying later
/// may help.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{stage}: {message}")]
pub struct RunError {
    pub stage: &'static str,
    pub message: String,
    pub recoverable: bool,
    pub code: RunErrorCode,
}

/// Why a run failed (or is retrying): the stable code stored in `runs.error_code` and shown by
/// the API, for clients to switch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RunErrorCode {
    /// A source could not be fetched (timeout, 5xx, connection); retried.
    SourceUnavailable,
    /// A source's URL is refused (not public, not allowed) or answered 4xx.
    SourceRefused,
    /// A source's content is malformed.
    MalformedSource,
    /// The stored spec no longer validates (for example a source it names was deleted).
    InvalidSpec,
    /// The transform failed on the data (a missing column, a type that does not fit).
    TransformFailed,
    /// The output holds two rows with the same primary key.
    DuplicateKey,
    /// PostgreSQL refused the load (for example a value the table's column type refuses).
    LoadRefused,
    /// The database was unreachable; retried.
    DatabaseUnavailable,
    /// The worker holding the run stopped heartbeating; the run was taken back.
    WorkerLost,
    /// The run was canceled or reclaimed while this worker executed it; nothing was committed.
    RunLost,
    /// The pipeline (or its tenant) was deleted.
    PipelineNotFound,
    /// Another run of the pipeline was executing.
    AlreadyRunning,
}

impl RunErrorCode {
    /// The code as stored in `runs.error_code`.
    pub fn as_str(self) -> &'static str {
        match self {
            RunErrorCode::SourceUnavailable => "source_unavailable",
            RunErrorCode::SourceRefused => "source_refused",
            RunErrorCode::MalformedSource => "malformed_source",
            RunErrorCode::InvalidSpec => "invalid_spec",
            RunErrorCode::TransformFailed => "transform_failed",
            RunErrorCode::DuplicateKey => "duplicate_key",
            RunErrorCode::LoadRefused => "load_refused",
            RunErrorCode::DatabaseUnavailable => "database_unavailable",
            RunErrorCode::WorkerLost => "worker_lost",
            RunErrorCode::RunLost => "run_lost",
            RunErrorCode::PipelineNotFound => "pipeline_not_found",
            RunErrorCode::AlreadyRunning => "already_running",
        }
    }
}

impl RunError {
    fn permanent(stage: &'static str, code: RunErrorCode, message: impl Into<String>) -> Self {
        Self {
            stage,
            message: message.into(),
            recoverable: false,
            code,
        }
    }

    fn extract(frame: &str, e: ExtractError) -> Self {
        Self {
            stage: "extract",
            recoverable: e.is_recoverable(),
            code: if e.is_recoverable() {
                RunErrorCode::SourceUnavailable
            } else {
                RunErrorCode::SourceRefused
            },
            message: format!("source `{frame}`: {e}"),
        }
    }

    fn read(source: &SourceBinding, e: ReadError) -> Self {
        Self::permanent(
            "extract",
            RunErrorCode::MalformedSource,
            format!(
                "source `{}` ({}) is malformed at {}: {}",
                source.frame, source.name, e.location, e.message
            ),
        )
    }

    fn transform(e: TransformError) -> Self {
        Self::permanent("transform", RunErrorCode::TransformFailed, e.to_string())
    }

    fn load(e: LoadError) -> Self {
        Self {
            stage: "load",
            recoverable: e.is_recoverable(),
            code: if e.is_recoverable() {
                RunErrorCode::DatabaseUnavailable
            } else {
                RunErrorCode::LoadRefused
            },
            message: e.to_string(),
        }
    }

    fn db(e: impl std::fmt::Display) -> Self {
        Self {
            stage: "load",
            message: format!("database error: {e}"),
            recoverable: true,
            code: RunErrorCode::DatabaseUnavailable,
        }
    }

    /// The run no longer belongs to this worker (canceled, or reclaimed after a stale
    /// heartbeat): nothing was committed.
    pub fn lost() -> Self {
        Self::permanent(
            "load",
            RunErrorCode::RunLost,
            "the run is no longer held by this worker; nothing was committed",
        )
    }

    pub fn is_lost(&self) -> bool {
        self.code == RunErrorCode::RunLost
    }
}

fn spec_hash(spec: &PipelineSpec) -> String {
    crate::crypto::sha256_hex(spec.to_json().to_string().as_bytes())
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
    Ok(RunRequest {
        run_id,
        tenant_id: pipeline.tenant_id,
        pipeline_id: pipeline.id,
        worker_id,
        schema: tenant.schema_name,
        spec,
        sources,
        state,
        full_reload,
    })
}

/// Whether every step works row by row, so the single source can be read in batches.
fn batchable(spec: &PipelineSpec) -> bool {
    spec.sources.len() == 1
        && spec.transform.iter().all(|op| match op {
            Operation::Select(_)
            | Operation::Drop(_)
            | Operation::Rename(_)
            | Operation::Cast(_)
            | Operation::ParseDate(_)
            | Operation::ParseDatetime(_)
            | Operation::Filter(_)
            | Operation::Unpivot(_)
            | Operation::FillNull(_) => true,
            Operation::Derive(d) => !d.expr.reads_other_rows(),
            Operation::Join(_)
            | Operation::Dedupe(_)
            | Operation::Sort(_)
            | Operation::Union(_) => false,
        })
}

/// A rejected row, ready to become a failed record.
pub(crate) struct Reject {
    pub(crate) frame: String,
    pub(crate) row: i64,
    pub(crate) raw: Value,
    pub(crate) reason: String,
}

/// Rows of one step of the load, computed off the async executor.
struct Chunk {
    /// The new and changed rows, encoded for COPY.
    encoded: load::Encoded,
    /// Source rows read for this chunk.
    extracted: u64,
    unchanged: u64,
    rejects: Vec<Reject>,
    cursor_max: Option<AnyValue<'static>>,
    columns: Vec<(String, DataType)>,
}

/// The hash state, once the table's hashes have arrived.
enum DedupSource {
    Pending(std::sync::mpsc::Receiver<Dedup>),
    Ready(Dedup),
}

impl DedupSource {
    /// Waits for the table's hashes on first use.
    fn get(&mut self) -> Result<&mut Dedup, RunError> {
        if let DedupSource::Pending(rx) = self {
            let dedup = rx
                .recv()
                .map_err(|_| RunError::db("the load stopped before comparing"))?;
            *self = DedupSource::Ready(dedup);
        }
        match self {
            DedupSource::Ready(d) => Ok(d),
            DedupSource::Pending(_) => Err(RunError::db("the load stopped before comparing")),
        }
    }
}

/// Hash state carried from chunk to chunk.
struct Dedup {
    existing: HashedMap<u64>,
    seen: HashedSet,
}

/// Runs the pipeline. `progress` is called with the number of output rows handled so far.
pub async fn execute(
    engine: &Engine,
    req: RunRequest,
    progress: Arc<dyn Fn(u64) + Send + Sync>,
) -> Result<RunReport, RunError> {
    let started = Instant::now();
    let mut timings = BTreeMap::new();
    let mut log = Vec::new();
    let current_spec = spec_hash(&req.spec);
    let conditional =
        !req.full_reload && req.state.spec_hash.as_deref() == Some(current_spec.as_str());

    // Extract, conditionally when the spec is the one last loaded.
    let mut downloads = BTreeMap::new();
    let mut unchanged_frames = Vec::new();
    for source in &req.sources {
        let previous = req
            .state
            .sources
            .get(&source.frame)
            .filter(|s| conditional && s.url == source.url)
            .map(|s| &s.validators);
        match engine
            .fetcher
            .fetch(&source.url, source.auth_header.as_ref(), previous)
            .await
            .map_err(|e| RunError::extract(&source.frame, e))?
        {
            Fetched::NotModified => unchanged_frames.push(source.frame.clone()),
            Fetched::Downloaded(d) => {
                if previous.is_some_and(|p| p.sha256.is_some() && p.sha256 == d.validators.sha256) {
                    unchanged_frames.push(source.frame.clone());
                }
                downloads.insert(source.frame.clone(), d);
            }
        }
    }
    let retry_requested = retry_requested(&engine.pool, req.pipeline_id).await?;
    if conditional && unchanged_frames.len() == req.sources.len() && !retry_requested {
        timings.insert("extract_ms".into(), elapsed(started));
        timings.insert("total_ms".into(), elapsed(started));
        log.push(format!(
            "every source is unchanged since run {}; nothing to load",
            req.state
                .last_load_run
                .map(|r| r.to_string())
                .unwrap_or_default()
        ));
        let report = RunReport {
            outcome: Outcome::Skipped,
            counts: Counts::default(),
            timings,
            log,
        };
        let mut txn = engine.pool.begin().await.map_err(RunError::db)?;
        finish_run(&mut txn, &req, &report).await?;
        txn.commit().await.map_err(RunError::db)?;
        return Ok(report);
    }
    // Sources answered 304 while another changed: fetch them whole.
    for source in &req.sources {
        if !downloads.contains_key(&source.frame) {
            match engine
                .fetcher
                .fetch(&source.url, source.auth_header.as_ref(), None)
                .await
                .map_err(|e| RunError::extract(&source.frame, e))?
            {
                Fetched::Downloaded(d) => {
                    downloads.insert(source.frame.clone(), d);
                }
                Fetched::NotModified => {
                    return Err(RunError::extract(
                        &source.frame,
                        ExtractError::Status {
                            url: source.url.clone(),
                            status: 304,
                        },
                    ));
                }
            }
        }
    }
    let extract_ms = elapsed(started);
    timings.insert("extract_ms".into(), extract_ms);
    for (frame, d) in &downloads {
        log.push(format!("fetched `{frame}`: {} bytes", d.bytes));
    }

    // Read, transform and load, in one transaction.
    let target = Target {
        schema: req.schema.clone(),
        table: req.spec.destination.table.to_string(),
        primary_key: req
            .spec
            .destination
            .primary_key
            .iter()
            .map(|c| c.to_string())
            .collect(),
    };
    load::ensure_schema(&engine.pool, &target.schema)
        .await
        .map_err(RunError::load)?;
    let mut txn = engine.pool.begin().await.map_err(RunError::db)?;
    sqlx::query("SELECT set_config('sluice.run_id', $1, true)")
        .bind(req.run_id.to_string())
        .execute(&mut *txn)
        .await
        .map_err(RunError::db)?;
    let threshold = cursor_threshold(&req);
    let spec = Arc::new(req.spec.clone());
    let mut counts = Counts::default();
    let mut rejects: Vec<Reject> = Vec::new();
    let mut cursor_max: Option<AnyValue<'static>> = None;
    let mut pending: Vec<(String, Box<dyn read::BatchReader>)> = Vec::new();
    let batched = batchable(&req.spec);
    for source in &req.sources {
        let path = downloads[&source.frame].path().to_path_buf();
        let format = source.format.clone();
        let frame = source.frame.clone();
        let rows = if batched {
            engine.batch_rows
        } else {
            usize::MAX
        };
        let reader = super::off_runtime(move || read::open(&path, &format, &frame, rows))
            .await
            .map_err(RunError::db)?
            .map_err(|e| RunError::read(source, e))?;
        let reader: Box<dyn read::BatchReader> = if batched {
            Box::new(read::Prefetch::new(reader))
        } else {
            reader
        };
        pending.push((source.frame.clone(), reader));
    }
    let bindings: HashMap<String, SourceBinding> = req
        .sources
        .iter()
        .map(|s| (s.frame.clone(), s.clone()))
        .collect();

    // The output's columns and types follow from the sources' columns and the steps alone:
    // prepare the table and learn what it holds before reading any row.
    let source_columns: Vec<(String, Vec<String>)> = pending
        .iter()
        .map(|(frame, reader)| (frame.clone(), reader.columns().to_vec()))
        .collect();
    let spec_c = spec.clone();
    let columns = super::off_runtime(move || output_columns(&spec_c, &source_columns))
        .await
        .map_err(RunError::db)??;
    // Reading, transforming, hashing and encoding run on a thread of their own, one chunk
    // ahead of the COPY: the two cores work at the same time, and at most two chunks are in
    // memory. The thread starts before the table's hashes are read, and waits for them only
    // when it first needs to compare.
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<Option<Chunk>, RunError>>(1);
    let (dedup_tx, dedup_rx) = std::sync::mpsc::channel::<Dedup>();
    let producer_spec = spec.clone();
    let producer_threshold = threshold.clone();
    let producer_bindings = bindings.clone();
    let mut readers = std::mem::take(&mut pending);
    let producer = std::thread::Builder::new()
        .name("sluice-transform".into())
        .spawn(move || {
            let mut dedup = DedupSource::Pending(dedup_rx);
            // Ends with `Ok(None)` or an error: a channel closed without either is a thread
            // that died (a panic), never the end of the data.
            let end = loop {
                match next_chunk(
                    &producer_spec,
                    batched,
                    &mut readers,
                    &producer_bindings,
                    &mut dedup,
                    producer_threshold.as_ref(),
                ) {
                    Ok(Some(chunk)) => {
                        // The run was abandoned (canceled, lost): stop reading.
                        if tx.blocking_send(Ok(Some(chunk))).is_err() {
                            return;
                        }
                        if !batched {
                            break Ok(None);
                        }
                    }
                    end => break end,
                }
            };
            let _ = tx.blocking_send(end);
        })
        .map_err(RunError::db)?;
    // Read before this transaction changes the table (a new column locks it until commit).
    let existing = load::existing_hashes(&engine.pool, &target)
        .await
        .map_err(RunError::load)?;
    let created = load::prepare(&mut txn, &target, &columns)
        .await
        .map_err(RunError::load)?;

    if !existing.is_empty() {
        log.push(format!(
            "compared with the {} rows the table holds",
            existing.len()
        ));
    }
    let direct = existing.is_empty();
    if !direct {
        load::create_staging(&mut txn, &target)
            .await
            .map_err(RunError::load)?;
    }
    let _ = dedup_tx.send(Dedup {
        seen: HashedSet::default(),
        existing,
    });
    let mut sent: u64 = 0;
    let table = if direct {
        target.qualified()
    } else {
        STAGING.to_owned()
    };
    let mut waited = std::time::Duration::ZERO;
    while let Some(chunk) = {
        let t0 = Instant::now();
        let item = receive(&mut rx).await;
        waited += t0.elapsed();
        item?
    } {
        counts.extracted += chunk.extracted;
        if chunk.columns != columns {
            return Err(RunError::permanent(
                "transform",
                RunErrorCode::TransformFailed,
                format!(
                    "the output's columns {:?} differ from the planned {:?}",
                    chunk.columns, columns
                ),
            ));
        }
        sent += load::copy_encoded(&mut txn, &table, &chunk.encoded)
            .await
            .map_err(RunError::load)?;
        counts.unchanged += chunk.unchanged;
        rejects.extend(chunk.rejects);
        cursor_max = max_value(cursor_max, chunk.cursor_max);
        progress(counts.unchanged + sent);
    }
    // It has sent its last item: this returns at once.
    let _ = producer.join();
    if created {
        load::add_primary_key(&mut txn, &target)
            .await
            .map_err(RunError::load)?;
    }
    // Time spent waiting for the transform (the rest of it overlapped the COPY).
    let transform_ms = waited.as_millis() as u64;
    if counts.extracted == 0 {
        log.push("the sources hold no rows".into());
    }
    timings.insert("transform_ms".into(), transform_ms);
    let load_started = Instant::now();
    if direct {
        counts.inserted = sent;
    } else {
        let names: Vec<String> = columns.iter().map(|(c, _)| c.clone()).collect();
        let (inserted, updated) = load::merge(&mut txn, &target, &names)
            .await
            .map_err(RunError::load)?;
        counts.inserted = inserted;
        counts.updated = updated;
        // Rows we sent whose hash the table already had (changed behind our back and back).
        counts.unchanged += sent - inserted - updated;
    }
    let (failed, retried, resolved) = record_failures(&mut txn, &req, rejects).await?;
    counts.failed = failed;
    counts.retried = retried;
    counts.resolved = resolved;
    if resolved > 0 {
        log.push(format!(
            "{resolved} failed record(s) now load and are resolved"
        ));
    }

    // The pipeline's state: what was loaded, for the next run's skip and cursor.
    let mut state = req.state.clone();
    state.spec_hash = Some(current_spec);
    state.last_load_run = Some(req.run_id);
    state.sources = downloads
        .iter()
        .map(|(frame, d)| {
            let url = bindings
                .get(frame)
                .map(|b| b.url.clone())
                .unwrap_or_default();
            (
                frame.clone(),
                SourceState {
                    url,
                    validators: d.validators.clone(),
                },
            )
        })
        .collect();
    if let Some(max) = cursor_max {
        let candidate = any_to_json(&max);
        state.cursor = match (&state.cursor, req.full_reload) {
            (Some(old), false) if json_greater(old, &candidate) => Some(old.clone()),
            _ => Some(candidate),
        };
    }
    sqlx::query("UPDATE pipelines SET state = $1, updated_at = updated_at WHERE id = $2")
        .bind(serde_json::to_value(&state).unwrap_or_default())
        .bind(req.pipeline_id)
        .execute(&mut *txn)
        .await
        .map_err(RunError::db)?;
    timings.insert("load_ms".into(), elapsed(load_started));
    timings.insert("total_ms".into(), elapsed(started));
    log.push(format!(
        "extracted {}, inserted {}, updated {}, unchanged {}, failed {}",
        counts.extracted, counts.inserted, counts.updated, counts.unchanged, counts.failed
    ));
    let report = RunReport {
        outcome: Outcome::Succeeded,
        counts,
        timings,
        log,
    };
    finish_run(&mut txn, &req, &report).await?;
    txn.commit().await.map_err(RunError::db)?;
    Ok(report)
}

fn elapsed(since: Instant) -> u64 {
    since.elapsed().as_millis() as u64
}

async fn retry_requested(pool: &PgPool, pipeline_id: Uuid) -> Result<bool, RunError> {
    let row = sqlx::query("SELECT EXISTS (SELECT 1 FROM failed_records WHERE pipeline_id = $1 AND status = 'open' AND retry_requested)")
        .bind(pipeline_id)
        .fetch_one(pool)
        .await
        .map_err(RunError::db)?;
    Ok(row.get::<bool, _>(0))
}

/// Marks the run finished, in the caller's transaction, provided this worker still holds it.
/// Its times are the wall clock's (`clock_timestamp()`): `now()` is when the transaction
/// began, which for a long load is long before it finished.
async fn finish_run(
    txn: &mut Transaction<'static, Postgres>,
    req: &RunRequest,
    report: &RunReport,
) -> Result<(), RunError> {
    let c = report.counts;
    let result = sqlx::query(
        "UPDATE runs SET status = $1, finished_at = clock_timestamp(), heartbeat_at = clock_timestamp(), \
         rows_extracted = $2, rows_inserted = $3, rows_updated = $4, rows_unchanged = $5, \
         rows_failed = $6, rows_retried = $7, progress_rows = $2, timings = $8, step_log = step_log || $9, \
         error = NULL, error_code = NULL \
         WHERE id = $10 AND status = 'running' AND NOT cancel_requested \
           AND ($11::text IS NULL OR worker_id = $11)",
    )
    .bind(report.outcome.as_str())
    .bind(c.extracted as i64)
    .bind(c.inserted as i64)
    .bind(c.updated as i64)
    .bind(c.unchanged as i64)
    .bind(c.failed as i64)
    .bind(c.retried as i64)
    .bind(json!(report.timings))
    .bind(json!(report.log))
    .bind(req.run_id)
    .bind(req.worker_id.as_deref())
    .execute(&mut **txn)
    .await
    .map_err(RunError::db)?;
    if result.rows_affected() == 0 {
        return Err(RunError::lost());
    }
    Ok(())
}

/// The lowest cursor value this run considers, from the last loaded maximum and the lookback.
fn cursor_threshold(req: &RunRequest) -> Option<(String, Value, u32)> {
    let inc = req.spec.incremental.as_ref()?;
    if req.full_reload {
        return None;
    }
    let max = req.state.cursor.clone()?;
    Some((inc.cursor.to_string(), max, inc.lookback))
}

fn threshold_expr(dtype: &DataType, max: &Value, lookback: u32) -> Option<Expr> {
    match dtype {
        DataType::Date => {
            let d = chrono::NaiveDate::parse_from_str(max.as_str()?, "%Y-%m-%d").ok()?;
            Some(lit(d - chrono::Duration::days(i64::from(lookback))))
        }
        DataType::Datetime(..) => {
            let t = chrono::DateTime::parse_from_rfc3339(max.as_str()?).ok()?;
            let t = t.with_timezone(&chrono::Utc) - chrono::Duration::seconds(i64::from(lookback));
            Some(lit(t.naive_utc()).cast(dtype.clone()))
        }
        d if d.is_integer() => Some(lit(max.as_i64()? - i64::from(lookback))),
        _ => None,
    }
}

/// Reads the next batch (or everything), transforms it and compares it with the table.
/// Returns the chunk and the number of source rows read, or `None` at the end.
/// The next item from the transform thread: `Ok(None)` when it has sent everything, and an
/// error when it stopped without saying so (it panicked), so that half the data is never
/// committed as the whole.
async fn receive<T>(
    rx: &mut tokio::sync::mpsc::Receiver<Result<Option<T>, RunError>>,
) -> Result<Option<T>, RunError> {
    rx.recv().await.unwrap_or_else(|| {
        Err(RunError::permanent(
            "transform",
            RunErrorCode::TransformFailed,
            "the transform stopped before the end of the data (see the worker's log)",
        ))
    })
}

fn next_chunk(
    spec: &PipelineSpec,
    batched: bool,
    readers: &mut [(String, Box<dyn read::BatchReader>)],
    bindings: &HashMap<String, SourceBinding>,
    dedup: &mut DedupSource,
    threshold: Option<&(String, Value, u32)>,
) -> Result<Option<Chunk>, RunError> {
    let mut inputs = HashMap::new();
    let mut extracted = 0u64;
    let mut any = false;
    for (frame, reader) in readers.iter_mut() {
        let binding = &bindings[frame];
        let mut frames = Vec::new();
        // Batched: one batch of the single source. Whole: every batch of every source.
        while let Some(df) = reader
            .next_batch()
            .map_err(|e| RunError::read(binding, e))?
        {
            frames.push(df);
            if batched {
                break;
            }
        }
        let df = match frames.len() {
            0 => None,
            _ => {
                let mut all = frames.remove(0);
                for f in frames {
                    all.vstack_mut_owned(f).map_err(|e| {
                        RunError::read(
                            binding,
                            ReadError {
                                location: "the file".into(),
                                message: e.to_string(),
                            },
                        )
                    })?;
                }
                Some(all)
            }
        };
        match df {
            Some(df) => {
                any = true;
                extracted += df.height() as u64;
                inputs.insert(frame.clone(), df);
            }
            None => {
                let mut columns: Vec<Column> = reader
                    .columns()
                    .iter()
                    .map(|c| Column::new_empty(c.as_str().into(), &DataType::String))
                    .collect();
                columns.push(Column::new_empty(
                    row_column(frame).into(),
                    &DataType::Int64,
                ));
                inputs.insert(
                    frame.clone(),
                    DataFrame::new(0, columns).unwrap_or_default(),
                );
            }
        }
    }
    if !any {
        return Ok(None);
    }
    let raws = inputs.clone();
    let transformed = transform::run(spec, inputs).map_err(RunError::transform)?;
    let mut output = transformed.output;
    if let Some((cursor, max, lookback)) = threshold {
        let dtype = output
            .column(cursor)
            .map(|c| c.dtype().clone())
            .map_err(|e| {
                RunError::permanent("transform", RunErrorCode::TransformFailed, e.to_string())
            })?;
        if let Some(min) = threshold_expr(&dtype, max, *lookback) {
            output = output
                .lazy()
                .filter(col(cursor.as_str()).gt_eq(min))
                .collect()
                .map_err(|e| {
                    RunError::permanent("transform", RunErrorCode::TransformFailed, e.to_string())
                })?;
        }
    }
    let rejects = collect_rejects(&transformed.rejected, &raws, spec);
    let visible: Vec<String> = output
        .get_column_names()
        .iter()
        .filter(|c| !c.starts_with(ROW_PREFIX))
        .map(|c| c.to_string())
        .collect();
    let columns: Vec<(String, DataType)> = visible
        .iter()
        .map(|c| {
            (
                c.clone(),
                output
                    .column(c)
                    .map(|s| s.dtype().clone())
                    .unwrap_or(DataType::String),
            )
        })
        .collect();
    let cursor_max = spec.incremental.as_ref().and_then(|inc| {
        output
            .column(inc.cursor.as_str())
            .ok()
            .and_then(|c| c.as_materialized_series().max_reduce().ok())
            .map(|s| s.value().clone().into_static())
            .filter(|v| !v.is_null())
    });
    let output = output
        .select(visible.iter().map(String::as_str))
        .map_err(|e| {
            RunError::permanent("transform", RunErrorCode::TransformFailed, e.to_string())
        })?;
    let mut chunk = compare(output, columns, rejects, cursor_max, dedup, spec)?;
    chunk.extracted = extracted;
    Ok(Some(chunk))
}

/// The output's visible columns and types, planned from the sources' columns.
fn output_columns(
    spec: &PipelineSpec,
    sources: &[(String, Vec<String>)],
) -> Result<Vec<(String, DataType)>, RunError> {
    let mut inputs = HashMap::new();
    for (frame, names) in sources {
        let mut columns: Vec<Column> = names
            .iter()
            .map(|c| Column::new_empty(c.as_str().into(), &DataType::String))
            .collect();
        columns.push(Column::new_empty(
            row_column(frame).into(),
            &DataType::Int64,
        ));
        inputs.insert(
            frame.clone(),
            DataFrame::new(0, columns).unwrap_or_default().lazy(),
        );
    }
    let plan = transform::plan(spec, inputs).map_err(RunError::transform)?;
    let schema = plan.output.clone().collect_schema().map_err(|e| {
        RunError::permanent("transform", RunErrorCode::TransformFailed, e.to_string())
    })?;
    Ok(schema
        .iter()
        .filter(|(n, _)| !n.starts_with(ROW_PREFIX))
        .map(|(n, t)| (n.to_string(), t.clone()))
        .collect())
}

/// Hashes the output, refuses duplicate keys, and keeps the rows the table lacks or differs on.
fn compare(
    output: DataFrame,
    columns: Vec<(String, DataType)>,
    rejects: Vec<Reject>,
    cursor_max: Option<AnyValue<'static>>,
    dedup: &mut DedupSource,
    spec: &PipelineSpec,
) -> Result<Chunk, RunError> {
    let pk: Vec<String> = spec
        .destination
        .primary_key
        .iter()
        .map(|c| c.to_string())
        .collect();
    let all: Vec<String> = columns.iter().map(|(c, _)| c.clone()).collect();
    let fail =
        |e: PolarsError| RunError::permanent("load", RunErrorCode::LoadRefused, e.to_string());
    let keys = hash_rows(&output, &pk).map_err(fail)?;
    let hashes = hash_rows(&output, &all).map_err(fail)?;
    let mut mask = Vec::with_capacity(output.height());
    let mut unchanged = 0u64;
    // Hashing is done; now the table's hashes are needed.
    {
        let d = dedup.get()?;
        for (i, (k, h)) in keys.iter().zip(&hashes).enumerate() {
            // A key the table holds is marked seen in place (the top bit of its stored hash);
            // only new keys go to the `seen` set.
            let (duplicate, keep) = match d.existing.get_mut(k) {
                Some(stored) => {
                    let duplicate = *stored & SEEN != 0;
                    let keep = *stored & !SEEN != h & !SEEN;
                    *stored |= SEEN;
                    (duplicate, keep)
                }
                None => (!d.seen.insert(*k), true),
            };
            if duplicate {
                let values: Vec<String> = pk
                    .iter()
                    .map(|c| {
                        format!(
                            "{c}={}",
                            output
                                .column(c)
                                .and_then(|s| s.get(i))
                                .map(|v| v.to_string())
                                .unwrap_or_default()
                        )
                    })
                    .collect();
                return Err(RunError::permanent(
                    "load",
                    RunErrorCode::DuplicateKey,
                    format!(
                        "the output has more than one row with primary key {}; add a dedupe step",
                        values.join(", ")
                    ),
                ));
            }
            if !keep {
                unchanged += 1;
            }
            mask.push(keep);
        }
    }
    // Keep only the new and changed rows, then add their hashes.
    let (mut send, keys, hashes) = if unchanged == 0 {
        (output, keys, hashes)
    } else {
        let kept = |v: &[u64]| -> Vec<u64> {
            v.iter()
                .zip(&mask)
                .filter(|(_, m)| **m)
                .map(|(x, _)| *x)
                .collect()
        };
        let send = output
            .filter(&BooleanChunked::from_slice("keep".into(), &mask))
            .map_err(fail)?;
        (send, kept(&keys), kept(&hashes))
    };
    send.with_column(Column::new(
        "_sluice_key".into(),
        keys.iter().map(|k| *k as i64).collect::<Vec<_>>(),
    ))
    .map_err(fail)?;
    send.with_column(Column::new(
        "_sluice_hash".into(),
        hashes.iter().map(|h| *h as i64).collect::<Vec<_>>(),
    ))
    .map_err(fail)?;
    let encoded = load::encode_binary(&send).map_err(RunError::load)?;
    Ok(Chunk {
        encoded,
        extracted: 0,
        unchanged,
        rejects,
        cursor_max,
        columns,
    })
}

fn max_value(
    a: Option<AnyValue<'static>>,
    b: Option<AnyValue<'static>>,
) -> Option<AnyValue<'static>> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y > x { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

/// A polars date (days since 1970-01-01) as a calendar date.
pub(crate) fn polars_date(days: i32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_num_days_from_ce_opt(days + 719_163)
}

/// A polars datetime (a count of `unit` since the epoch) as a UTC instant.
pub(crate) fn polars_datetime(value: i64, unit: TimeUnit) -> Option<chrono::DateTime<chrono::Utc>> {
    let micros = match unit {
        TimeUnit::Nanoseconds => value / 1000,
        TimeUnit::Microseconds => value,
        TimeUnit::Milliseconds => value * 1000,
    };
    chrono::DateTime::from_timestamp_micros(micros)
}

fn any_to_json(v: &AnyValue) -> Value {
    match v {
        AnyValue::Date(days) => json!(polars_date(*days).map(|d| d.format("%Y-%m-%d").to_string())),
        AnyValue::Datetime(us, unit, _) => {
            json!(polars_datetime(*us, *unit).map(|t| t.to_rfc3339()))
        }
        AnyValue::Int64(i) => json!(i),
        AnyValue::Int32(i) => json!(i),
        other => json!(other.to_string()),
    }
}

fn json_greater(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_i64() > y.as_i64(),
        (Value::String(x), Value::String(y)) => x > y,
        _ => false,
    }
}

/// Turns rejected rows into failed-record candidates, each tied to its first source row.
pub(crate) fn collect_rejects(
    rejected: &DataFrame,
    raws: &HashMap<String, DataFrame>,
    spec: &PipelineSpec,
) -> Vec<Reject> {
    let mut out = Vec::new();
    if rejected.height() == 0 {
        return out;
    }
    let reasons = transform::column_strings(rejected, REASON);
    let frames: Vec<String> = spec.sources.keys().map(|f| f.to_string()).collect();
    for i in 0..rejected.height() {
        for frame in &frames {
            let Ok(col) = rejected.column(&row_column(frame)) else {
                continue;
            };
            let Ok(AnyValue::Int64(row)) = col.get(i) else {
                continue;
            };
            let raw = raws
                .get(frame)
                .map(|df| raw_record(df, frame, row))
                .unwrap_or(Value::Null);
            out.push(Reject {
                frame: frame.clone(),
                row,
                raw,
                reason: reasons.get(i).cloned().flatten().unwrap_or_default(),
            });
            break;
        }
    }
    out
}

/// The source row `row` of `df`, as `{column: text}`.
fn raw_record(df: &DataFrame, frame: &str, row: i64) -> Value {
    let Ok(rows) = df.column(&row_column(frame)).and_then(|c| c.i64().cloned()) else {
        return Value::Null;
    };
    // Row numbers only grow within a source, so a binary search finds the row.
    let values: Vec<i64> = rows.iter().map(|v| v.unwrap_or(i64::MIN)).collect();
    let Ok(index) = values.binary_search(&row) else {
        return Value::Null;
    };
    let mut object = serde_json::Map::new();
    for column in df.columns() {
        if column.name().starts_with(ROW_PREFIX) {
            continue;
        }
        let value = match column.get(index) {
            Ok(AnyValue::Null) | Err(_) => Value::Null,
            Ok(AnyValue::String(s)) => json!(s),
            Ok(v) => json!(v.to_string()),
        };
        object.insert(column.name().to_string(), value);
    }
    Value::Object(object)
}

/// Writes this run's rejections and re-checks the open failed records: a row that fails again
/// gets one more attempt, a row that no longer fails is resolved. Returns (failed, retried,
/// resolved).
async fn record_failures(
    txn: &mut Transaction<'static, Postgres>,
    req: &RunRequest,
    rejects: Vec<Reject>,
) -> Result<(u64, u64, u64), RunError> {
    let open = sqlx::query("SELECT id, source, row_number FROM failed_records WHERE pipeline_id = $1 AND status = 'open' FOR UPDATE")
        .bind(req.pipeline_id)
        .fetch_all(&mut **txn)
        .await
        .map_err(RunError::db)?;
    let mut open: HashMap<(String, i64), Uuid> = open
        .iter()
        .map(|r| {
            (
                (
                    r.get::<String, _>(1),
                    r.get::<Option<i64>, _>(2).unwrap_or(-1),
                ),
                r.get::<Uuid, _>(0),
            )
        })
        .collect();
    let retried = open.len() as u64;
    let discarded: HashSet<(String, i64, String)> = sqlx::query(
        "SELECT source, row_number, record_hash FROM failed_records WHERE pipeline_id = $1 AND status = 'discarded'",
    )
    .bind(req.pipeline_id)
    .fetch_all(&mut **txn)
    .await
    .map_err(RunError::db)?
    .iter()
    .map(|r| (r.get::<String, _>(0), r.get::<Option<i64>, _>(1).unwrap_or(-1), r.get::<String, _>(2)))
    .collect();

    let failed = rejects.len() as u64;
    let (mut ids, mut sources, mut rows, mut raws, mut hashes, mut reasons) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    let (mut again_ids, mut again_raws, mut again_hashes, mut again_reasons) =
        (vec![], vec![], vec![], vec![]);
    for r in rejects {
        let hash = crate::crypto::sha256_hex(r.raw.to_string().as_bytes());
        if let Some(id) = open.remove(&(r.frame.clone(), r.row)) {
            again_ids.push(id);
            again_raws.push(r.raw);
            again_hashes.push(hash);
            again_reasons.push(r.reason);
        } else if !discarded.contains(&(r.frame.clone(), r.row, hash.clone())) {
            ids.push(Uuid::now_v7());
            sources.push(r.frame);
            rows.push(r.row);
            raws.push(r.raw);
            hashes.push(hash);
            reasons.push(r.reason);
        }
    }
    if !ids.is_empty() {
        sqlx::query(
            "INSERT INTO failed_records (id, tenant_id, pipeline_id, run_id, source, row_number, raw_record, record_hash, reason) \
             SELECT u.id, $1, $2, $3, u.source, u.row_number, u.raw, u.hash, u.reason \
             FROM UNNEST($4::uuid[], $5::text[], $6::bigint[], $7::jsonb[], $8::text[], $9::text[]) \
               AS u(id, source, row_number, raw, hash, reason)",
        )
        .bind(req.tenant_id)
        .bind(req.pipeline_id)
        .bind(req.run_id)
        .bind(&ids)
        .bind(&sources)
        .bind(&rows)
        .bind(&raws)
        .bind(&hashes)
        .bind(&reasons)
        .execute(&mut **txn)
        .await
        .map_err(RunError::db)?;
    }
    if !again_ids.is_empty() {
        sqlx::query(
            "UPDATE failed_records f SET attempts = f.attempts + 1, raw_record = u.raw, record_hash = u.hash, \
               reason = u.reason, run_id = $1, retry_requested = false, updated_at = clock_timestamp() \
             FROM UNNEST($2::uuid[], $3::jsonb[], $4::text[], $5::text[]) AS u(id, raw, hash, reason) \
             WHERE f.id = u.id",
        )
        .bind(req.run_id)
        .bind(&again_ids)
        .bind(&again_raws)
        .bind(&again_hashes)
        .bind(&again_reasons)
        .execute(&mut **txn)
        .await
        .map_err(RunError::db)?;
    }
    let resolved: Vec<Uuid> = open.into_values().collect();
    if !resolved.is_empty() {
        sqlx::query(
            "UPDATE failed_records SET status = 'resolved', resolved_at = clock_timestamp(), resolved_run_id = $1, \
               attempts = attempts + 1, retry_requested = false, updated_at = clock_timestamp() WHERE id = ANY($2)",
        )
        .bind(req.run_id)
        .bind(&resolved)
        .execute(&mut **txn)
        .await
        .map_err(RunError::db)?;
    }
    Ok((failed, retried, resolved.len() as u64))
}

/// Inserts a manual run of `pipeline_id`, already held by `worker` (for `run-once` and tests;
/// the queue path creates runs queued and claims them).
pub async fn start_manual_run(
    pool: &PgPool,
    pipeline_id: Uuid,
    worker: &str,
    full_reload: bool,
) -> Result<Uuid, RunError> {
    let id = Uuid::now_v7();
    let result = sqlx::query(
        "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger, full_reload, attempt, worker_id, heartbeat_at, started_at) \
         SELECT $1, tenant_id, id, 'running', 'manual', $3, 1, $2, now(), now() FROM pipelines WHERE id = $4",
    )
    .bind(id)
    .bind(worker)
    .bind(full_reload)
    .bind(pipeline_id)
    .execute(pool)
    .await;
    match result {
        Ok(r) if r.rows_affected() == 1 => Ok(id),
        Ok(_) => Err(RunError::permanent(
            "extract",
            RunErrorCode::PipelineNotFound,
            format!("pipeline {pipeline_id} does not exist"),
        )),
        Err(e) if crate::runs::is_second_active_run(&e) => Err(RunError::permanent(
            "extract",
            RunErrorCode::AlreadyRunning,
            format!("pipeline {pipeline_id} already has a run queued or executing"),
        )),
        Err(e) => Err(RunError::db(e)),
    }
}

/// Records a failed run (only while `worker` still holds it). The database's error is
/// returned as is: whether it is worth retrying is [`crate::db::is_unavailable`].
pub async fn fail_run(
    pool: &PgPool,
    run_id: Uuid,
    worker: Option<&str>,
    error: &RunError,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE runs SET status = 'failed', finished_at = now(), error = $1, error_code = $2, \
           step_log = step_log || to_jsonb($1::text) \
         WHERE id = $3 AND status = 'running' AND ($4::text IS NULL OR worker_id = $4)",
    )
    .bind(error.to_string())
    .bind(error.code.as_str())
    .bind(run_id)
    .bind(worker)
    .execute(pool)
    .await?;
    Ok(result.rows_affected() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_transform_thread_that_dies_fails_the_run_instead_of_ending_the_data() {
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<Option<u32>, RunError>>(2);
        let producer = std::thread::spawn(move || {
            tx.blocking_send(Ok(Some(1))).unwrap();
            panic!("a polars panic");
        });
        assert!(producer.join().is_err());
        assert_eq!(receive(&mut rx).await.unwrap(), Some(1));
        let error = receive(&mut rx).await.unwrap_err();
        assert_eq!(error.code, RunErrorCode::TransformFailed);

        let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<Option<u32>, RunError>>(2);
        tx.send(Ok(None)).await.unwrap();
        drop(tx);
        assert_eq!(receive(&mut rx).await.unwrap(), None, "the end, said");
    }

    /// `runs.error_code` holds `as_str`; the API reads it back through serde: the two agree.
    #[test]
    fn error_codes_are_stored_as_the_api_reads_them() {
        use RunErrorCode::*;
        for code in [
            SourceUnavailable,
            SourceRefused,
            MalformedSource,
            InvalidSpec,
            TransformFailed,
            DuplicateKey,
            LoadRefused,
            DatabaseUnavailable,
            WorkerLost,
            RunLost,
            PipelineNotFound,
            AlreadyRunning,
        ] {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
            let back: RunErrorCode = serde_json::from_value(json!(code.as_str())).unwrap();
            assert_eq!(back, code);
        }
    }
}
