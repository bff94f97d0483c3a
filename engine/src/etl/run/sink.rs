//! Where a run's rows go. Takes the request; gives the pool the table-side stages use: the
//! control plane's own for the built-in database, or a small pool on the tenant's destination
//! (`spec.destination.database`). For a destination, no transaction covers the table and the
//! run's record, so a run stays exactly-once by the protocol of docs/ARCHITECTURE.md ("Loads
//! into a tenant's own database"), whose destination-side half is here: [`recorded`] (did an
//! earlier attempt of this run commit its load?) and [`seal`] (the `_sluice_loads` row that
//! commits with the load, written after [`still_held`] checked that this worker still holds
//! the run and no cancel was asked). Never commits anything itself.

use std::{collections::BTreeMap, sync::atomic::Ordering, time::Duration};

use sea_orm::sqlx::{self, AssertSqlSafe, PgPool, Postgres, Transaction};
use serde::{Deserialize, Serialize};

use super::{Engine, PipelineState, RunError, RunRequest, failures::Reject};
use crate::{destination::connect, etl::load::quote, run_records::RunCounts};

/// The table that records, in the destination, each load committed there.
pub const LOADS_TABLE: &str = "_sluice_loads";

/// A recorded load is kept this long after it committed: long enough for any attempt of its
/// run to find it (a run is retried within minutes), then deleted by a later load of the same
/// pipeline. The latest load of each pipeline is always kept.
const KEEP_LOADS: &str = "7 days";

/// Connections a run holds on a destination: its transaction, and the reads beside it (the
/// table's columns and hashes).
const CONNECTIONS: u32 = 2;

/// The pool a run's table-side stages use.
pub(super) struct Sink {
    pub(super) pool: PgPool,
    /// The destination's name, for a tenant's own database.
    pub(super) external: Option<String>,
}

impl Sink {
    /// Closes a destination's pool (the built-in one is the engine's and stays open).
    pub(super) async fn close(self) {
        if self.external.is_some() {
            let _ = tokio::time::timeout(Duration::from_secs(2), self.pool.close()).await;
        }
    }
}

/// What a load committed on a destination, for the control plane to record: everything the
/// run's final transaction writes, so that an attempt that finds it records it without
/// loading again.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct Sealed {
    /// Extracted, inserted, updated, unchanged, warned and deleted rows (failed, retried and
    /// resolved are counted against the control plane's failed records when it is recorded).
    pub(super) counts: RunCounts,
    pub(super) rejects: Vec<Reject>,
    /// The pipeline's state after this load.
    pub(super) state: PipelineState,
    /// The step log and the stage timings up to the commit.
    pub(super) log: Vec<String>,
    pub(super) timings: BTreeMap<String, u64>,
}

/// Opens where the run's rows go.
pub(super) async fn open(engine: &Engine, req: &RunRequest) -> Result<Sink, RunError> {
    let Some(external) = &req.destination else {
        return Ok(Sink {
            pool: engine.pool.clone(),
            external: None,
        });
    };
    let pool = connect::pool(
        &external.target,
        &engine.destinations.rules,
        engine.destinations.connect_timeout,
        CONNECTIONS,
        None,
    )
    .await
    .map_err(|e| RunError::destination(&external.name, e))?;
    Ok(Sink {
        pool,
        external: Some(external.name.clone()),
    })
}

/// The load an earlier attempt of this run committed on the destination, if one did. Creates
/// the schema and `_sluice_loads` when missing (the run needs them either way).
pub(super) async fn recorded(sink: &Sink, req: &RunRequest) -> Result<Option<Sealed>, RunError> {
    let Some(name) = &sink.external else {
        return Ok(None);
    };
    let fail = |e: sqlx::Error| destination_error(name, e);
    if let Err(e) = crate::etl::load::ensure_schema(&sink.pool, &req.schema).await {
        return Err(match e.is_recoverable() {
            true => RunError::load(e).in_destination(name),
            false => RunError::permanent(
                "load",
                super::RunErrorCode::DestinationRefused,
                format!(
                    "destination `{name}`: cannot create schema `{}`: {e}",
                    req.schema
                ),
            ),
        });
    }
    let table = format!("{}.{LOADS_TABLE}", quote(&req.schema));
    let created = sqlx::query(AssertSqlSafe(format!(
        "CREATE TABLE IF NOT EXISTS {table} (\
           run_id uuid PRIMARY KEY, \
           attempt integer NOT NULL, \
           pipeline_id uuid NOT NULL, \
           destination_table text NOT NULL, \
           outcome jsonb NOT NULL, \
           committed_at timestamptz NOT NULL DEFAULT clock_timestamp())"
    )))
    .execute(&sink.pool)
    .await;
    match created {
        Ok(_) => {}
        // Two runs raced to create it: it exists either way.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {}
        Err(e) => return Err(fail(e)),
    }
    let outcome: Option<serde_json::Value> = sqlx::query_scalar(AssertSqlSafe(format!(
        "SELECT outcome FROM {table} WHERE run_id = $1"
    )))
    .bind(req.run_id)
    .fetch_optional(&sink.pool)
    .await
    .map_err(fail)?;
    outcome
        .map(|o| {
            serde_json::from_value(o).map_err(|e| {
                RunError::permanent(
                    "load",
                    super::RunErrorCode::LoadRefused,
                    format!(
                        "destination `{name}`: the recorded load of this run is unreadable: {e}"
                    ),
                )
            })
        })
        .transpose()
}

/// Checks, in the control plane, that this worker still holds the run and that no cancel was
/// asked; from then on the run is past the point of no return (`RunRequest::committing`).
pub(super) async fn still_held(engine: &Engine, req: &RunRequest) -> Result<(), RunError> {
    let held: Option<bool> = sqlx::query_scalar(
        "SELECT NOT cancel_requested FROM runs \
         WHERE id = $1 AND status = 'running' AND ($2::text IS NULL OR worker_id = $2)",
    )
    .bind(req.run_id)
    .bind(req.worker_id.as_deref())
    .fetch_optional(&engine.pool)
    .await
    .map_err(RunError::db)?;
    if held != Some(true) {
        return Err(RunError::lost());
    }
    req.committing.store(true, Ordering::SeqCst);
    Ok(())
}

/// Writes the run's `_sluice_loads` row in the load's transaction, and deletes the
/// pipeline's rows older than [`KEEP_LOADS`]. The run id is the row's key: two attempts of
/// one run that both get here serialise on it, and the second fails and rolls back.
pub(super) async fn seal(
    txn: &mut Transaction<'static, Postgres>,
    name: &str,
    req: &RunRequest,
    sealed: &Sealed,
) -> Result<(), RunError> {
    let fail = |e: sqlx::Error| destination_error(name, e);
    let table = format!("{}.{LOADS_TABLE}", quote(&req.schema));
    let outcome = serde_json::to_value(sealed).map_err(|e| {
        RunError::permanent("load", super::RunErrorCode::LoadRefused, e.to_string())
    })?;
    let inserted = sqlx::query(AssertSqlSafe(format!(
        "INSERT INTO {table} (run_id, attempt, pipeline_id, destination_table, outcome) \
         VALUES ($1, $2, $3, $4, $5)"
    )))
    .bind(req.run_id)
    .bind(req.attempt)
    .bind(req.pipeline_id)
    .bind(req.spec.destination.table.as_str())
    .bind(outcome)
    .execute(&mut **txn)
    .await;
    match inserted {
        Ok(_) => {}
        // Another attempt of this run committed first: this one is not the run's any more.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Err(RunError::lost()),
        Err(e) => return Err(fail(e)),
    }
    sqlx::query(AssertSqlSafe(format!(
        "DELETE FROM {table} WHERE pipeline_id = $1 AND run_id <> $2 \
           AND committed_at < clock_timestamp() - interval '{KEEP_LOADS}'"
    )))
    .bind(req.pipeline_id)
    .bind(req.run_id)
    .execute(&mut **txn)
    .await
    .map_err(fail)?;
    Ok(())
}

/// A driver error met on destination `name`: retried when the connection failed, not when
/// the server refused the statement (a privilege, a read-only server).
fn destination_error(name: &str, e: sqlx::Error) -> RunError {
    match &e {
        sqlx::Error::Database(db) => RunError::permanent(
            "load",
            super::RunErrorCode::DestinationRefused,
            format!(
                "destination `{name}` refused Sluice's bookkeeping table: {}",
                db.message()
            ),
        ),
        _ => RunError::db(e).in_destination(name),
    }
}
