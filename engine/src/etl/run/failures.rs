//! Stage 5, record failures, in the run's transaction. Takes this run's rejected rows; writes
//! the new ones as failed records (skipping rows a user discarded, unchanged), gives open records
//! that fail again one more attempt, and resolves the open records that no longer fail.
//! Never commits: the run's final transaction does.

use std::collections::{HashMap, HashSet};

use sea_orm::sqlx::{self, Postgres, Row, Transaction};
use serde_json::Value;
use uuid::Uuid;

use super::{Journal, RunError, RunRequest, load::Loaded};

/// A rejected row, ready to become a failed record. Kept in `_sluice_loads` with a load on
/// a tenant's destination ([`super::sink::Sealed`]).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(crate) struct Reject {
    pub(crate) frame: String,
    /// Its source line; none for an output row without an origin (see `collect_rejects`).
    pub(crate) row: Option<i64>,
    pub(crate) raw: Value,
    pub(crate) reason: String,
}

/// What ties a failed record to the row it failed on from one run to the next: its source
/// line, or, for an output row without one, its content.
#[derive(PartialEq, Eq, Hash)]
enum Identity {
    Line(i64),
    Content(String),
}

impl Identity {
    fn of(row: Option<i64>, hash: String) -> Self {
        match row {
            Some(line) => Identity::Line(line),
            None => Identity::Content(hash),
        }
    }
}

/// Records the load's rejected rows and re-checks the open failed records; sets the failed,
/// retried and resolved counts.
pub(super) async fn record(
    txn: &mut Transaction<'static, Postgres>,
    req: &RunRequest,
    loaded: &mut Loaded,
    journal: &mut Journal,
) -> Result<(), RunError> {
    let rejects = std::mem::take(&mut loaded.rejects);
    let (failed, retried, resolved) = record_failures(txn, req, rejects).await?;
    loaded.counts.failed = failed;
    loaded.counts.retried = retried;
    loaded.counts.resolved = resolved;
    if resolved > 0 {
        journal.log(format!(
            "{resolved} failed record(s) now load and are resolved"
        ));
    }
    Ok(())
}

/// Writes this run's rejections and re-checks the open failed records: a row that fails again
/// gets one more attempt, a row that no longer fails is resolved. Returns (failed, retried,
/// resolved).
async fn record_failures(
    txn: &mut Transaction<'static, Postgres>,
    req: &RunRequest,
    rejects: Vec<Reject>,
) -> Result<(u64, u64, u64), RunError> {
    let open = sqlx::query("SELECT id, source, row_number, record_hash FROM failed_records WHERE pipeline_id = $1 AND status = 'open' FOR UPDATE")
        .bind(req.pipeline_id)
        .fetch_all(&mut **txn)
        .await
        .map_err(RunError::db)?;
    let mut open: HashMap<(String, Identity), Uuid> = open
        .iter()
        .map(|r| {
            let identity = Identity::of(r.get::<Option<i64>, _>(2), r.get::<String, _>(3));
            ((r.get::<String, _>(1), identity), r.get::<Uuid, _>(0))
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
        let identity = Identity::of(r.row, hash.clone());
        if let Some(id) = open.remove(&(r.frame.clone(), identity)) {
            again_ids.push(id);
            again_raws.push(r.raw);
            again_hashes.push(hash);
            again_reasons.push(r.reason);
        } else if !discarded.contains(&(r.frame.clone(), r.row.unwrap_or(-1), hash.clone())) {
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
