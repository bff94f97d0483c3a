//! Retention: finished work older than `retention.*_days` is deleted, oldest first, in batches
//! of `retention.batch_rows` rows per statement until none is left (docs/OPERATIONS.md,
//! "Retention"). The reconciler's leader calls [`sweep`]; 0 days keeps a kind forever.
//!
//! What is never deleted, whatever its age:
//! - a run queued, retrying or running, and every pending or sending delivery;
//! - the latest run of a pipeline, and its latest run of each status (the `run.recovered`
//!   event and the notification test read the latest succeeded or failed one);
//! - the latest succeeded run that changed a pipeline's table (the table's "last changed by");
//! - a run an open failed record points at (`failed_records.run_id`), and a run with a delivery
//!   still to send (deleting a run deletes its deliveries: `deliveries_run_fkey` cascades);
//! - open failed records.
//!
//! Deleting a run sets `run_id` / `resolved_run_id` of its resolved or discarded failed records
//! to NULL (their foreign keys say so) and deletes its deliveries.

use chrono::{DateTime, Utc};
use sea_orm::sqlx::{self, PgPool};

use crate::settings::RetentionSettings;

/// Rows one pass deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    pub runs: u64,
    pub deliveries: u64,
    pub failed_records: u64,
    /// DELETE statements run (each removes at most `batch_rows`).
    pub batches: u64,
}

const FAILED_RECORDS: &str = "DELETE FROM failed_records WHERE id IN ( \
    SELECT id FROM failed_records \
    WHERE status IN ('resolved', 'discarded') AND updated_at < $1 \
    ORDER BY updated_at LIMIT $2 FOR UPDATE SKIP LOCKED)";

const DELIVERIES: &str = "DELETE FROM deliveries WHERE id IN ( \
    SELECT id FROM deliveries \
    WHERE status IN ('delivered', 'failed') AND created_at < $1 \
    ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)";

/// Runs are ordered within a pipeline by id (UUIDv7: creation order; a pipeline's runs execute
/// one after the other, `runs_one_active`).
const RUNS: &str = "DELETE FROM runs WHERE id IN ( \
    SELECT r.id FROM runs r \
    WHERE r.status IN ('succeeded', 'failed', 'skipped', 'canceled') AND r.created_at < $1 \
      AND EXISTS (SELECT 1 FROM runs n WHERE n.pipeline_id = r.pipeline_id \
                  AND n.status = r.status AND n.id > r.id) \
      AND (r.status <> 'succeeded' OR r.rows_inserted + r.rows_updated = 0 \
           OR EXISTS (SELECT 1 FROM runs n WHERE n.pipeline_id = r.pipeline_id \
                      AND n.status = 'succeeded' AND n.rows_inserted + n.rows_updated > 0 \
                      AND n.id > r.id)) \
      AND NOT EXISTS (SELECT 1 FROM failed_records f WHERE f.run_id = r.id AND f.status = 'open') \
      AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.run_id = r.id \
                      AND d.status IN ('pending', 'sending')) \
    ORDER BY r.created_at LIMIT $2 FOR UPDATE OF r SKIP LOCKED)";

/// One pass: failed records, deliveries, then runs older than their retention at `now`, each
/// in batches until a batch comes back short.
pub async fn sweep(
    pool: &PgPool,
    settings: &RetentionSettings,
    now: DateTime<Utc>,
) -> Result<Swept, sqlx::Error> {
    let mut swept = Swept::default();
    let batch = i64::from(settings.batch_rows.max(1));
    for (days, sql, count) in [
        (
            settings.failed_records_days,
            FAILED_RECORDS,
            &mut swept.failed_records,
        ),
        (settings.deliveries_days, DELIVERIES, &mut swept.deliveries),
        (settings.runs_days, RUNS, &mut swept.runs),
    ] {
        if days == 0 {
            continue;
        }
        let cutoff = now - chrono::Duration::days(i64::from(days));
        loop {
            let deleted = sqlx::query(sql)
                .bind(cutoff)
                .bind(batch)
                .execute(pool)
                .await?
                .rows_affected();
            swept.batches += 1;
            *count += deleted;
            if deleted < batch as u64 {
                break;
            }
        }
    }
    Ok(swept)
}
