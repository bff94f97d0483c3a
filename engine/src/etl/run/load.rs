//! Stage 4, load, in the run's transaction. Takes the transform thread's chunks; prepares the
//! destination table (created, or new columns added), hands the thread the table's hashes (in
//! memory, or in partitions on disk for a large table), COPYs each chunk's new and changed rows
//! straight into a table this run created (whose primary key, added at the end, refuses
//! duplicate keys) or into staging, merged with an upsert (`append`: insert-only) before the
//! next chunk's come (the server writes them while the thread reads on), and counts
//! extracted, inserted, updated and unchanged rows exactly; `mirror` then deletes (or marks)
//! the rows whose key the output no longer has, and counts them `deleted`. Never commits: the
//! run's final transaction does.

use std::time::{Duration, Instant};

use polars::prelude::AnyValue;
use sea_orm::sqlx::{self, Postgres, Transaction};

use super::{
    Engine, Journal, RunError, RunErrorCode, RunRequest, cursor, failures::Reject,
    transform::Chunks,
};
use crate::{
    etl::load::{self, OnConflict, STAGING, Stamp, Target},
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
    /// When the work after the last chunk began (a new table's primary key, the mirror's
    /// deletes; the failed records follow), for `load_ms`.
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

/// The table's `(key, hash)` pairs being read on a task of their own (on connections of the
/// pool, outside the run's transaction), from as soon as the sources are known to have changed:
/// the reading overlaps opening the sources, and the transform never waits for it. Dropped
/// unread (the run failed first), the reading stops.
pub(super) struct PendingHashes(
    tokio::task::JoinHandle<Result<load::TableHashes, load::LoadError>>,
);

impl PendingHashes {
    /// Starts reading, unless the mode never compares (`replace` builds a new table).
    pub(super) fn start(engine: &Engine, req: &RunRequest, target: &Target) -> Option<Self> {
        if req.spec.destination.mode == LoadMode::Replace {
            return None;
        }
        let (pool, target, in_memory, pages) = (
            engine.pool.clone(),
            target.clone(),
            engine.compare_rows_in_memory,
            engine.pair_slice_pages,
        );
        Some(Self(tokio::spawn(async move {
            load::existing_hashes(&pool, &target, in_memory, pages).await
        })))
    }

    async fn read(mut self) -> Result<load::TableHashes, RunError> {
        match (&mut self.0).await {
            Ok(read) => read.map_err(RunError::load),
            Err(e) => Err(RunError::db(e)),
        }
    }
}

impl Drop for PendingHashes {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Loads every chunk into `target`, comparing with the table's pairs in `existing` (none for
/// `replace`); its rows carry `stamp`. `progress` is called with the number of output rows
/// handled so far.
#[allow(clippy::too_many_arguments)]
pub(super) async fn load(
    req: &RunRequest,
    txn: &mut Transaction<'static, Postgres>,
    target: &Target,
    stamp: Stamp,
    existing: Option<PendingHashes>,
    mut chunks: Chunks,
    journal: &mut Journal,
    progress: &(dyn Fn(u64) + Send + Sync),
) -> Result<Loaded, RunError> {
    let columns = chunks.columns.clone();
    let mut counts = RunCounts::default();
    let mut rejects: Vec<Reject> = Vec::new();
    let mut cursor_max: Option<AnyValue<'static>> = None;
    let mode = req.spec.destination.mode;
    // `replace` loads every row into a new table beside the old one, swapped in at the end.
    let aside = match mode {
        LoadMode::Replace => Some(target.aside(req.run_id)),
        LoadMode::Upsert | LoadMode::Append | LoadMode::Mirror => None,
    };
    let into = aside.as_ref().unwrap_or(target);
    // The table's first slices of pairs; the rest is read while the compare starts.
    let mut existing = match existing {
        Some(pending) => Some(pending.read().await?),
        None => None,
    };
    let soft_delete = mode == LoadMode::Mirror && req.spec.destination.soft_delete;
    let preparation = load::plan(txn, into, &columns, soft_delete)
        .await
        .map_err(RunError::load)?;
    if preparation.alters()
        && let Some(reading) = existing.take()
    {
        // A new column locks the table until the commit: read the rest of its pairs first.
        existing = Some(reading.complete().await.map_err(RunError::load)?);
    }
    let prepared = preparation.apply(txn).await.map_err(RunError::load)?;
    let created = prepared.created;
    // `mirror` into a table that held rows: every output key goes to the keep table.
    let mirror = mode == LoadMode::Mirror && !created;
    if mirror {
        load::create_keep(txn).await.map_err(RunError::load)?;
    }
    let mut output_rows: u64 = 0;
    let mut unknown_keys: u64 = 0;

    // Straight into a table this run creates (its primary key, added at the end, refuses
    // duplicate keys); through staging and the merge into one that exists, even empty.
    let direct = created;
    let mut table_rows = None;
    if direct {
        chunks.new_table();
    } else {
        // (`replace` reads no pairs: its table beside is new, an earlier attempt's having
        // rolled back with it.)
        let existing = existing.unwrap_or(load::TableHashes::InMemory(Default::default()));
        table_rows = Some(existing.rows_read());
        load::create_staging(txn, into)
            .await
            .map_err(RunError::load)?;
        chunks.compare_with(existing);
    }
    let mut sent: u64 = 0;
    let table = if direct {
        into.qualified()
    } else {
        STAGING.to_owned()
    };
    // Into an existing table, each chunk's staged rows are merged before the next chunk is
    // copied: the server updates the table while the transform thread reads on, instead of
    // after the last chunk. The compare has already refused a key seen twice in the output,
    // so merging chunk by chunk writes what one merge of them all would.
    let names: Vec<String> = columns.iter().map(|(c, _)| c.clone()).collect();
    let on_conflict = match mode {
        LoadMode::Append => OnConflict::Nothing,
        _ => OnConflict::Update {
            clear_deleted_at: prepared.deleted_at,
        },
    };
    let mut merging = Duration::ZERO;
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
        let copied = load::copy_encoded(txn, &table, &chunk.encoded, direct)
            .await
            .map_err(|e| RunError::load(e).read_so_far(counts.extracted))?;
        sent += copied;
        if !direct && copied > 0 {
            let t0 = Instant::now();
            let (inserted, updated) = load::merge(txn, into, &names, on_conflict)
                .await
                .map_err(|e| RunError::load(e).read_so_far(counts.extracted))?;
            load::clear_staging(txn)
                .await
                .map_err(|e| RunError::load(e).read_so_far(counts.extracted))?;
            counts.inserted += inserted;
            counts.updated += updated;
            merging += t0.elapsed();
        }
        if mirror {
            output_rows += chunk.keys.output.len() as u64;
            unknown_keys += chunk.keys.unknown;
            load::copy_keys(txn, &chunk.keys.output, true)
                .await
                .map_err(|e| RunError::load(e).read_so_far(counts.extracted))?;
            load::copy_keys(txn, &chunk.keys.rejected, false)
                .await
                .map_err(|e| RunError::load(e).read_so_far(counts.extracted))?;
        }
        counts.unchanged += chunk.unchanged;
        rejects.extend(chunk.rejects);
        cursor_max = cursor::max_value(cursor_max, chunk.cursor_max);
        progress(counts.unchanged + sent);
    }
    // It has sent its last item: this returns at once.
    chunks.join();
    // The compare has taken every slice of the table's pairs.
    if let Some(rows) = table_rows.map(|rows| rows.get()).filter(|n| *n > 0) {
        journal.log(format!("compared with the {rows} rows the table holds"));
    }
    let started = Instant::now();
    let read = counts.extracted;
    if created {
        // Every row is in: they all take the run's stamp at once.
        load::stamp_new_table(txn, into, stamp, soft_delete)
            .await
            .map_err(|e| RunError::load(e).read_so_far(read))?;
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
    if direct {
        counts.inserted = sent;
    } else {
        journal.record("merge_ms", merging.as_millis() as u64);
        // Rows we sent whose hash the table already had (changed behind our back and back);
        // with `append`, the rows whose key the table holds, which it keeps as they are.
        let kept = sent - counts.inserted - counts.updated;
        counts.unchanged += kept;
        if mode == LoadMode::Append && kept > 0 {
            journal.log(format!(
                "{kept} row(s) differ from the table's rows with the same key and were not \
                 updated: append never updates a row"
            ));
        }
    }
    if mirror {
        let mirrored = mirror_deletes(
            txn,
            target,
            req.run_id,
            prepared.deleted_at,
            soft_delete,
            output_rows,
            unknown_keys,
            journal,
        )
        .await
        .map_err(|e| e.read_so_far(read))?;
        counts.deleted = mirrored.deleted;
        // A row marked deleted that comes back unchanged is updated: its mark is cleared.
        counts.unchanged -= mirrored.revived.min(counts.unchanged);
        counts.updated += mirrored.revived;
    }
    Ok(Loaded {
        counts,
        rejects,
        tested,
        cursor_max,
        started,
    })
}

/// `mirror`'s last step (see [`load::mirror`]). Deletes nothing when the output is empty (a
/// source that suddenly returns nothing must not empty the table) or when rows were rejected
/// before the output (their keys are unknown, and they may be in the table); the step log says
/// which, and how many rows it deleted or marked.
#[allow(clippy::too_many_arguments)]
async fn mirror_deletes(
    txn: &mut Transaction<'static, Postgres>,
    target: &Target,
    run_id: uuid::Uuid,
    deleted_at: bool,
    soft: bool,
    output_rows: u64,
    unknown_keys: u64,
    journal: &mut Journal,
) -> Result<load::Mirrored, RunError> {
    let refusal = if output_rows == 0 {
        Some("the output is empty".to_owned())
    } else if unknown_keys > 0 {
        Some(format!(
            "{unknown_keys} row(s) were rejected before the output (see the failed records), \
             so their keys are unknown"
        ))
    } else {
        None
    };
    let mirrored = load::mirror(txn, target, run_id, deleted_at, refusal.is_none(), soft)
        .await
        .map_err(RunError::load)?;
    let table = &target.table;
    match refusal {
        Some(why) => journal.log(format!(
            "mirror deleted no row of `{table}` this run: {why} (a source outage must not \
             empty the table)"
        )),
        None if soft => journal.log(format!(
            "mirror marked {} row(s) of `{table}` whose key the output no longer has \
             (_sluice_deleted_at)",
            mirrored.deleted
        )),
        None => journal.log(format!(
            "mirror deleted {} row(s) of `{table}` whose key the output no longer has",
            mirrored.deleted
        )),
    }
    if mirrored.revived > 0 {
        journal.log(format!(
            "{} row(s) marked deleted are back in the output: their mark is cleared",
            mirrored.revived
        ));
    }
    Ok(mirrored)
}
