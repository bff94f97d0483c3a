//! Stage 6, finish. Takes the run's transaction after the load and the failed records; writes
//! the pipeline's state (what was loaded, for the next run's skip, cursor and types) and the run's
//! status, counts, timings and log, then commits, all only while this worker still holds the
//! run (otherwise `run_lost`, and nothing is committed). A load on a tenant's destination
//! committed there first: [`sealed`] records it in a transaction of its own. [`fail_run`]
//! records a failed run instead. Never retries: the caller decides.

use std::collections::BTreeMap;

use sea_orm::sqlx::{self, PgPool, Postgres, Transaction};
use serde_json::json;
use uuid::Uuid;

use polars::prelude::AnyValue;

use super::{
    Engine, Journal, Outcome, PipelineState, RunError, RunReport, RunRequest, SourceState, cursor,
    failures, load::Loaded, sink::Sealed,
};
use crate::{
    etl::{extract::Download, infer::Scan},
    run_records::RunCounts,
};

/// Finishes a run that found every source unchanged: nothing is loaded.
pub(super) async fn skipped(
    engine: &Engine,
    req: &RunRequest,
    journal: &mut Journal,
) -> Result<RunReport, RunError> {
    journal.time("extract_ms");
    journal.log(format!(
        "every source is unchanged since run {}; nothing to load",
        req.state
            .last_load_run
            .map(|r| r.to_string())
            .unwrap_or_default()
    ));
    let report = journal.report(Outcome::Skipped, RunCounts::default());
    let mut txn = engine.pool.begin().await.map_err(RunError::db)?;
    finish_run(&mut txn, req, &report, false).await?;
    txn.commit().await.map_err(RunError::db)?;
    Ok(report)
}

/// The pipeline's state after a load: what was loaded, for the next run's skip and cursor.
pub(super) fn state_after(
    req: &RunRequest,
    spec_hash: String,
    downloads: &BTreeMap<String, Download>,
    cursor_max: Option<AnyValue<'static>>,
    mut scans: BTreeMap<String, Scan>,
) -> PipelineState {
    let mut state = req.state.clone();
    state.spec_hash = Some(spec_hash);
    state.last_load_run = Some(req.run_id);
    state.sources = downloads
        .iter()
        .map(|(frame, d)| {
            let url = req
                .sources
                .iter()
                .find(|b| &b.frame == frame)
                .map(|b| b.url.clone())
                .unwrap_or_default();
            (
                frame.clone(),
                SourceState {
                    url,
                    validators: d.validators.clone(),
                    types: scans.remove(frame),
                },
            )
        })
        .collect();
    if let Some(max) = cursor_max {
        let candidate = cursor::any_to_json(&max);
        state.cursor = match (&state.cursor, req.full_reload) {
            (Some(old), false) if cursor::json_greater(old, &candidate) => Some(old.clone()),
            _ => Some(candidate),
        };
    }
    state
}

/// Finishes a run that loaded: the pipeline's state, the run's row, one commit. With
/// `committed_elsewhere` the load already committed on the tenant's destination: a cancel
/// asked since is too late, and the run succeeds.
pub(super) async fn succeeded(
    mut txn: Transaction<'static, Postgres>,
    req: &RunRequest,
    state: &PipelineState,
    counts: RunCounts,
    journal: &mut Journal,
    committed_elsewhere: bool,
) -> Result<RunReport, RunError> {
    sqlx::query("UPDATE pipelines SET state = $1, updated_at = updated_at WHERE id = $2")
        .bind(serde_json::to_value(state).unwrap_or_default())
        .bind(req.pipeline_id)
        .execute(&mut *txn)
        .await
        .map_err(RunError::db)?;
    journal.log(format!(
        "extracted {}, inserted {}, updated {}, unchanged {}, failed {}, retried {}, resolved {}, warned {}, deleted {}",
        counts.extracted,
        counts.inserted,
        counts.updated,
        counts.unchanged,
        counts.failed,
        counts.retried,
        counts.resolved,
        counts.warned,
        counts.deleted
    ));
    let report = journal.report(Outcome::Succeeded, counts);
    finish_run(&mut txn, req, &report, committed_elsewhere).await?;
    txn.commit().await.map_err(RunError::db)?;
    Ok(report)
}

/// Records, in the control plane, a load committed on the tenant's destination: its failed
/// records, the pipeline's state and the run's status, in one transaction. The same whether
/// the attempt that committed it records it or a later one finds it in `_sluice_loads`.
pub(super) async fn sealed(
    engine: &Engine,
    req: &RunRequest,
    sealed: Sealed,
    journal: &mut Journal,
) -> Result<RunReport, RunError> {
    let mut txn = engine.pool.begin().await.map_err(RunError::db)?;
    let mut loaded = Loaded {
        counts: sealed.counts,
        rejects: sealed.rejects,
        tested: Vec::new(),
        cursor_max: None,
        started: std::time::Instant::now(),
    };
    failures::record(&mut txn, req, &mut loaded, journal).await?;
    succeeded(txn, req, &sealed.state, loaded.counts, journal, true).await
}

/// Marks the run finished, in the caller's transaction, provided this worker still holds it.
/// Its times are the wall clock's (`clock_timestamp()`): `now()` is when the transaction
/// began, which for a long load is long before it finished.
async fn finish_run(
    txn: &mut Transaction<'static, Postgres>,
    req: &RunRequest,
    report: &RunReport,
    committed_elsewhere: bool,
) -> Result<(), RunError> {
    let c = report.counts;
    let result = sqlx::query(
        "UPDATE runs SET status = $1, finished_at = clock_timestamp(), heartbeat_at = clock_timestamp(), \
         rows_extracted = $2, rows_inserted = $3, rows_updated = $4, rows_unchanged = $5, \
         rows_failed = $6, rows_retried = $7, rows_resolved = $12, rows_warned = $13, rows_deleted = $14, \
         progress_rows = $2, timings = $8, step_log = step_log || $9, error = NULL, error_code = NULL \
         WHERE id = $10 AND status = 'running' AND ($15 OR NOT cancel_requested) \
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
    .bind(c.resolved as i64)
    .bind(c.warned as i64)
    .bind(c.deleted as i64)
    .bind(committed_elsewhere)
    .execute(&mut **txn)
    .await
    .map_err(RunError::db)?;
    if result.rows_affected() == 0 {
        return Err(RunError::lost());
    }
    Ok(())
}

/// Records a failed run (only while `worker` still holds it), with what it did before it
/// failed: the rows it read and its step log, then the error. The database's error is
/// returned as is: whether it is worth retrying is [`crate::db::is_unavailable`].
pub async fn fail_run(
    pool: &PgPool,
    run_id: Uuid,
    worker: Option<&str>,
    error: &RunError,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE runs SET status = 'failed', finished_at = now(), error = $1, error_code = $2, \
           rows_extracted = $5, step_log = step_log || $6 || to_jsonb($1::text) \
         WHERE id = $3 AND status = 'running' AND ($4::text IS NULL OR worker_id = $4)",
    )
    .bind(error.to_string())
    .bind(error.code.as_str())
    .bind(run_id)
    .bind(worker)
    .bind(error.extracted as i64)
    .bind(json!(error.log))
    .execute(pool)
    .await?;
    Ok(result.rows_affected() == 1)
}
