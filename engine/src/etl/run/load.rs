//! Stage 4, load, in the run's transaction. Takes the transform thread's chunks; prepares the
//! destination table (created, or new columns added), hands the thread the table's hashes (in
//! memory, or in partitions on disk for a large table), COPYs each chunk's new and changed rows
//! straight into a table this run created (whose primary key, added at the end, refuses
//! duplicate keys) or into staging merged with one upsert, and counts extracted, inserted,
//! updated and unchanged rows exactly. Never commits: the run's final transaction does.

use std::time::{Duration, Instant};

use polars::prelude::AnyValue;
use sea_orm::sqlx::{self, Postgres, Transaction};

use super::{
    Engine, Journal, RunError, RunErrorCode, RunRequest, cursor, failures::Reject,
    transform::Chunks,
};
use crate::{
    etl::load::{self, STAGING, Stamp, Target},
    run_records::RunCounts,
    spec::{LoadMode, PipelineSpec},
};

/// What the load wrote, and what it leaves for the stages after it.
pub(super) struct Loaded {
    /// Extracted, inserted, updated and unchanged rows; [`super::data_tests`] adds warned,
    /// [`super::failures`] failed, retried and resolved.
    pub(super) counts: RunCounts,
    pub(super) rejects: Vec<Reject>,
    /// Per data test of the spec, the output rows failing it (see [`super::data_tests`]).
    pub(super) tested: Vec<u64>,
    /// The highest cursor value in the output (incremental pipelines).
    pub(super) cursor_max: Option<AnyValue<'static>>,
    /// When the work after the COPY began (the merge onwards), for `load_ms`.
    pub(super) started: Instant,
}

/// The destination table of `spec`, in the tenant's schema.
pub(super) fn target(schema: &str, spec: &PipelineSpec) -> Target {
    Target {
        schema: schema.to_owned(),
        table: spec.destination.table.to_string(),
        primary_key: spec
            .destination
            .primary_key
            .iter()
            .map(|c| c.to_string())
            .collect(),
    }
}

/// Creates the tenant's schema if needed and opens the run's transaction, with the stamp its
/// rows carry: the run's id and the transaction's `now()`.
pub(super) async fn begin(
    engine: &Engine,
    req: &RunRequest,
    target: &Target,
) -> Result<(Transaction<'static, Postgres>, Stamp), RunError> {
    load::ensure_schema(&engine.pool, &target.schema)
        .await
        .map_err(RunError::load)?;
    let mut txn = engine.pool.begin().await.map_err(RunError::db)?;
    let loaded_at = sqlx::query_scalar("SELECT now()")
        .fetch_one(&mut *txn)
        .await
        .map_err(RunError::db)?;
    let stamp = Stamp {
        run_id: req.run_id,
        loaded_at,
    };
    Ok((txn, stamp))
}

/// Loads every chunk into `target`. `progress` is called with the number of output rows
/// handled so far.
pub(super) async fn load(
    engine: &Engine,
    req: &RunRequest,
    txn: &mut Transaction<'static, Postgres>,
    target: &Target,
    mut chunks: Chunks,
    journal: &mut Journal,
    progress: &(dyn Fn(u64) + Send + Sync),
) -> Result<Loaded, RunError> {
    let columns = chunks.columns.clone();
    let mut counts = RunCounts::default();
    let mut rejects: Vec<Reject> = Vec::new();
    let mut cursor_max: Option<AnyValue<'static>> = None;
    // `replace` loads every row into a new table beside the old one, swapped in at the end.
    let aside = match req.spec.destination.mode {
        LoadMode::Upsert => None,
        LoadMode::Replace => Some(target.aside(req.run_id)),
    };
    let into = aside.as_ref().unwrap_or(target);
    // Read before this transaction changes the table (a new column locks it until commit).
    let existing = match aside {
        Some(_) => None,
        None => Some(
            load::existing_hashes(&engine.pool, target, engine.compare_rows_in_memory)
                .await
                .map_err(RunError::load)?,
        ),
    };
    let created = load::prepare(txn, into, &columns)
        .await
        .map_err(RunError::load)?;

    // Straight into a table this run creates (its primary key, added at the end, refuses
    // duplicate keys); through staging and the merge into one that exists, even empty.
    let direct = created;
    match existing {
        Some(existing) if !direct => {
            if !existing.is_empty() {
                journal.log(format!(
                    "compared with the {} rows the table holds",
                    existing.len()
                ));
            }
            load::create_staging(txn, target)
                .await
                .map_err(RunError::load)?;
            chunks.compare_with(existing);
        }
        _ => chunks.new_table(),
    }
    let mut sent: u64 = 0;
    let table = if direct {
        into.qualified()
    } else {
        STAGING.to_owned()
    };
    let mut waited = Duration::ZERO;
    let mut tested: Vec<u64> = Vec::new();
    while let Some(chunk) = {
        let t0 = Instant::now();
        let item = chunks.next().await;
        waited += t0.elapsed();
        item.map_err(|e| e.read_so_far(counts.extracted))?
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
            )
            .read_so_far(counts.extracted));
        }
        tested.resize(tested.len().max(chunk.tested.len()), 0);
        for (total, n) in tested.iter_mut().zip(&chunk.tested) {
            *total += n;
        }
        sent += load::copy_encoded(txn, &table, &chunk.encoded, direct)
            .await
            .map_err(|e| RunError::load(e).read_so_far(counts.extracted))?;
        counts.unchanged += chunk.unchanged;
        rejects.extend(chunk.rejects);
        cursor_max = cursor::max_value(cursor_max, chunk.cursor_max);
        progress(counts.unchanged + sent);
    }
    // It has sent its last item: this returns at once.
    chunks.join();
    let read = counts.extracted;
    if created {
        load::add_primary_key(txn, into)
            .await
            .map_err(|e| RunError::load(e).read_so_far(read))?;
    }
    if let Some(aside) = &aside {
        load::swap(txn, target, aside)
            .await
            .map_err(RunError::load)?;
        journal.log(format!(
            "replaced table `{}` with this run's {sent} rows (built beside it, swapped in with \
             the commit)",
            target.table
        ));
    }
    // Time spent waiting for the transform (the rest of it overlapped the COPY).
    let transform_ms = waited.as_millis() as u64;
    if counts.extracted == 0 {
        journal.log("the sources hold no rows");
    }
    journal.record("transform_ms", transform_ms);
    let started = Instant::now();
    if direct {
        counts.inserted = sent;
    } else {
        let names: Vec<String> = columns.iter().map(|(c, _)| c.clone()).collect();
        let (inserted, updated) = load::merge(txn, target, &names)
            .await
            .map_err(|e| RunError::load(e).read_so_far(read))?;
        counts.inserted = inserted;
        counts.updated = updated;
        // Rows we sent whose hash the table already had (changed behind our back and back).
        counts.unchanged += sent - inserted - updated;
    }
    Ok(Loaded {
        counts,
        rejects,
        tested,
        cursor_max,
        started,
    })
}
