//! One run of a pipeline, end to end: extract every source (conditionally), skip when nothing
//! changed, read and transform (in batches when the steps allow it), load only new and changed
//! rows, keep rejected rows as failed records and re-check the open ones, and commit the load,
//! the failed records, the pipeline's state and the run's status and counts in **one**
//! transaction. A crash before the commit leaves nothing; a run that is no longer ours (another
//! worker took it over) rolls back.
//!
//! [`execute`] reads as the run's life; each stage is a file with its contract at the top:
//! [`start`] (the request, before the run), [`extract`], [`transform`] (read + transform, on a
//! thread of its own, one chunk ahead of the load), [`types`] (the table's column types win
//! over inferred ones), [`schema`] (the output's columns against the table's, before any row
//! is read), [`compare`] (per chunk, on that thread), [`load`],
//! [`data_tests`] (their results), [`failures`], [`finish`]. [`cursor`] holds the incremental
//! cursor's arithmetic,
//! [`error`] the run's errors.

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
mod start;
mod transform;
mod types;

pub(crate) use cursor::{polars_date, polars_datetime};
pub use error::{RunError, RunErrorCode};
pub use finish::fail_run;
pub use start::{PipelineState, RunRequest, SourceBinding, SourceState, request};
pub(crate) use transform::collect_rejects;

use crate::{etl::extract::Fetcher, run_records::RunCounts, spec::PipelineSpec};
use sea_orm::sqlx::PgPool;

/// Rows per batch when the steps allow batching.
pub const DEFAULT_BATCH_ROWS: usize = 250_000;

/// Rows of a table's `(key, hash)` pairs a rerun compares with in memory (a hash map of up to
/// 7M entries takes 8M buckets of 17 bytes, 136 MB); a larger table is compared in partitions
/// of about this many rows, spilled to disk.
pub const DEFAULT_COMPARE_ROWS_IN_MEMORY: u64 = 7_000_000;

/// What the engine needs to run pipelines.
#[derive(Clone)]
pub struct Engine {
    pub fetcher: Fetcher,
    pub pool: PgPool,
    pub batch_rows: usize,
    /// See [`DEFAULT_COMPARE_ROWS_IN_MEMORY`].
    pub compare_rows_in_memory: u64,
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
    let spec_hash = spec_hash(&req.spec);
    // Conditional requests only when the spec is the one last loaded.
    let conditional =
        !req.full_reload && req.state.spec_hash.as_deref() == Some(spec_hash.as_str());
    let downloads = match extract::extract(engine, req, conditional, journal).await? {
        extract::Extracted::Unchanged => return finish::skipped(engine, req, journal).await,
        extract::Extracted::Changed(downloads) => downloads,
    };
    let target = load::target(&req.schema, &req.spec);
    let (mut txn, stamp) = load::begin(engine, req, &target).await?;
    let mut opened = transform::open(engine, &req.spec, &req.sources, &downloads).await?;
    types::fit(engine, req, &target, &mut opened, journal).await?;
    let threshold = cursor::threshold(req);
    let threshold =
        schema::decide(engine, req, &target, &opened.columns, threshold, journal).await?;
    let chunks = transform::start(engine, opened, threshold, stamp)?;
    let mut loaded =
        load::load(engine, req, &mut txn, &target, chunks, journal, &*progress).await?;
    data_tests::report(&req.spec, &mut loaded, journal);
    let read = loaded.counts.extracted;
    failures::record(&mut txn, req, &mut loaded, journal)
        .await
        .map_err(|e| e.read_so_far(read))?;
    finish::succeeded(txn, req, spec_hash, &downloads, loaded, journal)
        .await
        .map_err(|e| e.read_so_far(read))
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
