//! One run of a pipeline, end to end: extract every source (conditionally), skip when nothing
//! changed, read and transform (in batches when the steps allow it), load only new and changed
//! rows, keep rejected rows as failed records and re-check the open ones, and commit the load,
//! the failed records, the pipeline's state and the run's status and counts in **one**
//! transaction. A crash before the commit leaves nothing; a run that is no longer ours (another
//! worker took it over) rolls back. A table in a database of the tenant's own commits there
//! first, with the proof of its load, and the control plane records it after ([`sink`];
//! docs/ARCHITECTURE.md, "Loads into a tenant's own database").
//!
//! [`execute`] reads as the run's life; each stage is a file with its contract at the top:
//! [`start`] (the request, before the run), [`sink`] (where the table is), [`extract`],
//! [`transform`] (read + transform, on a thread of its own, one chunk ahead of the load),
//! [`types`] (the table's column types win over inferred ones), [`schema`] (the output's
//! columns against the table's, before any row is read), [`compare`] (per chunk, on that
//! thread), [`load`], [`data_tests`] (their results), [`failures`], [`finish`]. [`cursor`]
//! holds the incremental cursor's arithmetic, [`error`] the run's errors. [`read_and_load`]
//! runs the stages from opening the sources to the load in a transaction of its own: a rerun
//! reads with the types the last load's values gave (no first pass over the file), and runs
//! them again after that pass when those no longer hold.

use std::{collections::BTreeMap, sync::Arc, time::Instant};

use serde::Serialize;

mod compare;
mod cursor;
mod data_tests;
mod error;
mod extract;
mod failures;
mod finish;
mod load;
mod schema;
mod sink;
mod start;
mod transform;
mod types;

pub(crate) use cursor::{polars_date, polars_datetime};
pub use error::{RunError, RunErrorCode};
pub use finish::fail_run;
pub use sink::LOADS_TABLE;
pub use start::{
    ExternalDestination, PipelineState, RunRequest, SourceBinding, SourceState, request,
};
pub(crate) use transform::collect_rejects;

use crate::{
    destination::address::HostRules,
    etl::{
        extract::{Download, Fetcher},
        infer::Scan,
    },
    run_records::RunCounts,
    spec::PipelineSpec,
};
use sea_orm::sqlx::{PgPool, Postgres, Transaction};

/// Rows per batch when the steps allow batching.
pub const DEFAULT_BATCH_ROWS: usize = 250_000;

/// Rows of a table's `(key, hash)` pairs a rerun compares with in memory (7M pairs take 112 MB
/// in the table's order, and 154 MB once an index of their positions is built:
/// [`crate::etl::hash::TablePairs`]); a larger table is compared in partitions of about this
/// many rows, spilled to disk.
pub const DEFAULT_COMPARE_ROWS_IN_MEMORY: u64 = 7_000_000;

/// Table pages per slice of a rerun's read of the table's pairs (32 MiB of heap; about
/// 310,000 rows of the benchmark's table).
pub const DEFAULT_PAIR_SLICE_PAGES: i64 = 4096;

/// What the engine needs to run pipelines.
#[derive(Clone)]
pub struct Engine {
    pub fetcher: Fetcher,
    pub pool: PgPool,
    pub batch_rows: usize,
    /// See [`DEFAULT_COMPARE_ROWS_IN_MEMORY`].
    pub compare_rows_in_memory: u64,
    /// Table pages per slice of the `(key, hash)` pairs a rerun reads: the compare starts once
    /// the first slice is in ([`DEFAULT_PAIR_SLICE_PAGES`]).
    pub pair_slice_pages: i64,
    pub destinations: DestinationAccess,
}

/// How runs reach the tenants' own destination databases: the operator's host rules
/// (`destinations.*` settings) and how long a connection may take to open.
#[derive(Clone)]
pub struct DestinationAccess {
    pub rules: HostRules,
    pub connect_timeout: std::time::Duration,
}

impl DestinationAccess {
    pub fn new(settings: &crate::settings::DestinationSettings) -> Self {
        Self {
            rules: HostRules::new(settings),
            connect_timeout: std::time::Duration::from_secs(settings.connect_timeout_secs),
        }
    }
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
    pub counts: RunCounts,
    /// Milliseconds per stage: extract, transform, load, total.
    pub timings: BTreeMap<String, u64>,
    pub log: Vec<String>,
}

/// Runs the pipeline. `progress` is called with the number of output rows handled so far.
/// A failed run's error carries the step log so far and the rows read before it failed.
pub async fn execute(
    engine: &Engine,
    req: RunRequest,
    progress: Arc<dyn Fn(u64) + Send + Sync>,
) -> Result<RunReport, RunError> {
    let mut journal = Journal::new();
    stages(engine, &req, progress, &mut journal)
        .await
        .map_err(|e| e.with_log(&journal.log))
}

/// A run that fetches, transforms and loads nothing, for the control plane's scale simulation
/// (`scripts/simulate-scale`, the worker's `worker.simulate_run_ms`, refused in production):
/// it takes `work`, then ends through the same final transaction as a run whose sources were
/// unchanged (`skipped`), so claims, heartbeats, fencing and the outbox are the real ones.
pub async fn simulate(
    engine: &Engine,
    req: RunRequest,
    work: std::time::Duration,
) -> Result<RunReport, RunError> {
    let mut journal = Journal::new();
    tokio::time::sleep(work).await;
    journal.log("simulated run (worker.simulate_run_ms): nothing was fetched or loaded");
    finish::skipped(engine, &req, &mut journal).await
}

async fn stages(
    engine: &Engine,
    req: &RunRequest,
    progress: Arc<dyn Fn(u64) + Send + Sync>,
    journal: &mut Journal,
) -> Result<RunReport, RunError> {
    let sink = sink::open(engine, req).await?;
    let result = into(engine, &sink, req, progress, journal).await;
    sink.close().await;
    result
}

/// The stages, the table's side on `sink`.
async fn into(
    engine: &Engine,
    sink: &sink::Sink,
    req: &RunRequest,
    progress: Arc<dyn Fn(u64) + Send + Sync>,
    journal: &mut Journal,
) -> Result<RunReport, RunError> {
    // An earlier attempt committed its load on the destination, then stopped: record it.
    if let Some(sealed) = sink::recorded(sink, req).await? {
        journal.resume(&sealed);
        journal.log(format!(
            "the load of this run was committed in destination `{}` by an earlier attempt; recorded now, not loaded again",
            sink.external.as_deref().unwrap_or_default()
        ));
        return finish::sealed(engine, req, sealed, journal).await;
    }
    let spec_hash = spec_hash(&req.spec);
    // Conditional requests only when the spec is the one last loaded.
    let conditional =
        !req.full_reload && req.state.spec_hash.as_deref() == Some(spec_hash.as_str());
    let downloads = match extract::extract(engine, req, conditional, journal).await? {
        extract::Extracted::Unchanged => return finish::skipped(engine, req, journal).await,
        extract::Extracted::Changed(downloads) => downloads,
    };
    // The stages that read or write the table do it where the table is.
    let table_side = Engine {
        pool: sink.pool.clone(),
        ..engine.clone()
    };
    let target = load::target(&req.schema, &req.spec);
    // What the last load's values allowed: a batched CSV source reads with it and skips the
    // first pass. Where it no longer holds, or the run fails with it in a way the types may
    // explain, the run reads again after a first pass, from a new transaction.
    let mut last = req.state.scans();
    let (mut txn, mut loaded, scans) = loop {
        let mark = journal.log.len();
        let mut assumed = false;
        let attempt = read_and_load(
            engine,
            &table_side,
            sink,
            req,
            &target,
            &downloads,
            &last,
            &mut assumed,
            &*progress,
            journal,
        )
        .await;
        match attempt {
            Ok(done) => break done,
            Err(e) if assumed && e.may_follow_from_types() => {
                journal.log.truncate(mark);
                journal.log(format!(
                    "the run stopped reading with the last run's types ({}): read again after \
                     a first pass over the source",
                    e.message
                ));
                last.clear();
            }
            Err(e) => return Err(e),
        }
    };
    data_tests::report(&req.spec, &mut loaded, journal);
    let read = loaded.counts.extracted;
    let state = finish::state_after(req, spec_hash, &downloads, loaded.cursor_max.take(), scans);
    let Some(name) = &sink.external else {
        // The built-in database: the load, the failed records, the state and the run's
        // status in one transaction.
        failures::record(&mut txn, req, &mut loaded, journal)
            .await
            .map_err(|e| e.read_so_far(read))?;
        journal.time_since("load_ms", loaded.started);
        return finish::succeeded(txn, req, &state, loaded.counts, journal, false)
            .await
            .map_err(|e| e.read_so_far(read));
    };
    // A destination of the tenant's: the load commits there first, with its outcome.
    journal.time_since("load_ms", loaded.started);
    journal.log(format!(
        "loaded into destination `{name}`, schema `{}`",
        req.schema
    ));
    let sealed = sink::Sealed {
        counts: loaded.counts,
        rejects: std::mem::take(&mut loaded.rejects),
        state,
        log: journal.log.clone(),
        timings: journal.timings.clone(),
    };
    sink::still_held(engine, req).await?;
    sink::seal(&mut txn, name, req, &sealed).await?;
    txn.commit()
        .await
        .map_err(|e| RunError::db(e).in_destination(name).read_so_far(read))?;
    pause_after_destination_commit().await;
    finish::sealed(engine, req, sealed, journal)
        .await
        .map_err(|e| e.read_so_far(read))
}

/// Opens the sources (with the types in `last` where they apply: `assumed` says whether any
/// did), fits their types to the table, decides the schema and loads, in a transaction of its
/// own, rolled back when this fails. Gives the transaction, what was loaded and what
/// inference learnt of each source.
#[allow(clippy::too_many_arguments)]
async fn read_and_load(
    engine: &Engine,
    table_side: &Engine,
    sink: &sink::Sink,
    req: &RunRequest,
    target: &crate::etl::load::Target,
    downloads: &BTreeMap<String, Download>,
    last: &BTreeMap<String, Scan>,
    assumed: &mut bool,
    progress: &(dyn Fn(u64) + Send + Sync),
    journal: &mut Journal,
) -> Result<
    (
        Transaction<'static, Postgres>,
        load::Loaded,
        BTreeMap<String, Scan>,
    ),
    RunError,
> {
    let there = |e: RunError| match &sink.external {
        Some(name) => e.in_destination(name),
        None => e,
    };
    let hashes = load::PendingHashes::start(table_side, req, target);
    let (mut txn, stamp) = load::begin(table_side, req, target).await.map_err(there)?;
    let stages = async {
        let opening = Instant::now();
        let mut opened = transform::open(engine, &req.spec, &req.sources, downloads, last).await?;
        // The sources opened and, where types are inferred, scanned.
        journal.time_since("open_ms", opening);
        for frame in opened.assuming_types() {
            *assumed = true;
            journal.log(format!(
                "source frame `{frame}` is read with the column types the last run found, \
                 each value checked as it is read (no first pass over the file)"
            ));
        }
        types::fit(table_side, req, target, &mut opened, journal)
            .await
            .map_err(there)?;
        let threshold = cursor::threshold(req);
        let threshold =
            schema::decide(table_side, req, target, &opened.columns, threshold, journal)
                .await
                .map_err(there)?;
        let scans = opened.scans();
        let chunks = transform::start(engine, opened, threshold, stamp)?;
        let loaded = load::load(
            req, &mut txn, target, stamp, hashes, chunks, journal, progress,
        )
        .await
        .map_err(there)?;
        Ok::<_, RunError>((loaded, scans))
    }
    .await;
    match stages {
        Ok((loaded, scans)) => Ok((txn, loaded, scans)),
        Err(e) => {
            let _ = txn.rollback().await;
            Err(e)
        }
    }
}

/// A test hook (debug builds only): `SLUICE_TEST_PAUSE_AFTER_DESTINATION_COMMIT_MS` holds a
/// run between its destination's commit and the control plane's, so that a test can kill the
/// worker exactly there.
async fn pause_after_destination_commit() {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("SLUICE_TEST_PAUSE_AFTER_DESTINATION_COMMIT_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
    }
}

/// The run's log and stage timings, as they accumulate.
struct Journal {
    started: Instant,
    timings: BTreeMap<String, u64>,
    log: Vec<String>,
}

impl Journal {
    fn new() -> Self {
        Self {
            started: Instant::now(),
            timings: BTreeMap::new(),
            log: Vec::new(),
        }
    }

    fn log(&mut self, line: impl Into<String>) {
        self.log.push(line.into());
    }

    /// Takes up the log and timings of the attempt that committed `sealed`.
    fn resume(&mut self, sealed: &sink::Sealed) {
        let mut log = sealed.log.clone();
        log.append(&mut self.log);
        self.log = log;
        self.timings = sealed.timings.clone();
    }

    /// Records `name` as the milliseconds since the run started.
    fn time(&mut self, name: &str) {
        self.record(name, elapsed(self.started));
    }

    /// Records `name` as the milliseconds since `since`.
    fn time_since(&mut self, name: &str, since: Instant) {
        self.record(name, elapsed(since));
    }

    fn record(&mut self, name: &str, ms: u64) {
        self.timings.insert(name.into(), ms);
    }

    /// The report, with the total time; the log and timings move into it.
    fn report(&mut self, outcome: Outcome, counts: RunCounts) -> RunReport {
        self.time("total_ms");
        RunReport {
            outcome,
            counts,
            timings: std::mem::take(&mut self.timings),
            log: std::mem::take(&mut self.log),
        }
    }
}

fn spec_hash(spec: &PipelineSpec) -> String {
    crate::crypto::sha256_hex(spec.to_json().to_string().as_bytes())
}

fn elapsed(since: Instant) -> u64 {
    since.elapsed().as_millis() as u64
}
