//! The notification outbox in PostgreSQL. The `runs_finished_notify` trigger writes the
//! deliveries of a finished run in the run's own transaction; workers claim each one with a
//! conditional update, send it, and record every attempt. A worker that dies while sending
//! leaves its delivery `sending`; the reconciler puts it back (so a receiver may see it twice,
//! with the same event id, never more).

use std::time::Duration;

use sea_orm::sqlx::{self, PgPool, Row};
use uuid::Uuid;

/// A delivery this worker now holds.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: Uuid,
    pub pipeline_id: Uuid,
    pub channel: String,
    pub target: String,
    pub event_id: Uuid,
    pub event_type: String,
    pub payload: serde_json::Value,
    pub attempt: i32,
}

pub async fn claim(pool: &PgPool, id: Uuid, worker: &str) -> Result<Option<Claimed>, sqlx::Error> {
    let row = sqlx::query(
        "UPDATE deliveries SET status = 'sending', attempts = attempts + 1, claimed_by = $2, \
           claimed_at = now(), updated_at = now() \
         WHERE id = $1 AND status = 'pending' AND next_attempt_at <= now() \
         RETURNING pipeline_id, channel, target, event_id, event_type, payload, attempts",
    )
    .bind(id)
    .bind(worker)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| Claimed {
        id,
        pipeline_id: r.get(0),
        channel: r.get(1),
        target: r.get(2),
        event_id: r.get(3),
        event_type: r.get(4),
        payload: r.get(5),
        attempt: r.get(6),
    }))
}

/// Records a successful attempt. False when this worker no longer holds it.
pub async fn delivered(
    pool: &PgPool,
    id: Uuid,
    worker: &str,
    detail: &str,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE deliveries SET status = 'delivered', delivered_at = now(), last_error = NULL, updated_at = now(), \
           attempt_log = attempt_log || jsonb_build_object('attempt', attempts, 'at', now(), 'ok', true, 'detail', $3::text) \
         WHERE id = $1 AND status = 'sending' AND claimed_by = $2",
    )
    .bind(id)
    .bind(worker)
    .bind(detail)
    .execute(pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// A failed attempt, as [`attempt_failed`] records it.
#[derive(Debug, Clone)]
pub struct Failed<'a> {
    /// What happened, for `last_error` and the attempt log.
    pub error: &'a str,
    /// Trying again cannot help: the delivery fails now.
    pub permanent: bool,
    /// The receiver's `Retry-After`: the next attempt waits this long instead of the backoff.
    pub retry_after: Option<Duration>,
}

/// Records a failed attempt: back to `pending` after an exponential backoff (or the
/// receiver's `Retry-After`), or `failed` when the error is permanent or the attempts are
/// spent. False when this worker no longer holds it (reclaimed as stale).
pub async fn attempt_failed(
    pool: &PgPool,
    id: Uuid,
    worker: &str,
    failed: Failed<'_>,
    max_attempts: i32,
    backoff: Duration,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE deliveries SET \
           status = CASE WHEN $4 OR attempts >= $5 THEN 'failed' ELSE 'pending' END, \
           next_attempt_at = now() + make_interval(secs => \
             coalesce($7, $6 * power(2, attempts - 1))), \
           last_error = $3, enqueued_at = NULL, updated_at = now(), \
           attempt_log = attempt_log || jsonb_build_object('attempt', attempts, 'at', now(), 'ok', false, 'detail', $3::text) \
         WHERE id = $1 AND status = 'sending' AND claimed_by = $2",
    )
    .bind(id)
    .bind(worker)
    .bind(failed.error)
    .bind(failed.permanent)
    .bind(max_attempts)
    .bind(backoff.as_secs_f64())
    .bind(failed.retry_after.map(|d| d.as_secs_f64()))
    .execute(pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Reconciler: deliveries whose worker died while sending go back to `pending`, or end
/// `failed` when that was their last allowed attempt (a delivery that kills its worker every
/// time must not go round for ever). Returns the ids put back (for the log: `owed` offers
/// them to the queue).
pub async fn reclaim_stale(
    pool: &PgPool,
    stale_after: Duration,
    max_attempts: i32,
) -> Result<Vec<Uuid>, sqlx::Error> {
    let rows = sqlx::query(
        "WITH stale AS ( \
           SELECT id, 'worker ' || coalesce(claimed_by, '?') || ' stopped while sending' \
             || CASE WHEN attempts >= $2 THEN '; no attempts left' ELSE '' END AS detail \
           FROM deliveries \
           WHERE status = 'sending' AND claimed_at < now() - make_interval(secs => $1) \
           FOR UPDATE SKIP LOCKED) \
         UPDATE deliveries d SET \
           status = CASE WHEN d.attempts >= $2 THEN 'failed' ELSE 'pending' END, \
           last_error = stale.detail, enqueued_at = NULL, updated_at = now(), \
           attempt_log = d.attempt_log || jsonb_build_object('attempt', d.attempts, 'at', now(), 'ok', false, \
             'detail', stale.detail) \
         FROM stale WHERE d.id = stale.id RETURNING d.id, d.status",
    )
    .bind(stale_after.as_secs_f64())
    .bind(max_attempts)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|r| r.get::<String, _>(1) == "pending")
        .map(|r| r.get(0))
        .collect())
}

/// Reconciler: pending deliveries that are due and not handed to the queue lately.
pub async fn owed(pool: &PgPool, unclaimed: Duration) -> Result<Vec<Uuid>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at <= now() \
           AND (enqueued_at IS NULL OR enqueued_at < now() - make_interval(secs => $1)) \
         ORDER BY next_attempt_at LIMIT 1000",
    )
    .bind(unclaimed.as_secs_f64())
    .fetch_all(pool)
    .await
}

/// The deliveries a run's final transaction wrote, to push right away.
pub async fn pending_for_run(pool: &PgPool, run_id: Uuid) -> Result<Vec<Uuid>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM deliveries WHERE run_id = $1 AND status = 'pending'")
        .bind(run_id)
        .fetch_all(pool)
        .await
}

pub async fn mark_enqueued<'e>(
    db: impl sqlx::PgExecutor<'e>,
    ids: &[Uuid],
) -> Result<(), sqlx::Error> {
    if ids.is_empty() {
        return Ok(());
    }
    sqlx::query("UPDATE deliveries SET enqueued_at = now() WHERE id = ANY($1)")
        .bind(ids)
        .execute(db)
        .await?;
    Ok(())
}

/// What `redeliver` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redeliver {
    /// Pending again, due now, with the same event id and a fresh set of attempts (the log
    /// keeps the earlier ones).
    Queued,
    /// It is being sent right now.
    Sending,
    NotFound,
}

/// Makes a delivery pending again for the caller to push to the queue. It is marked enqueued
/// already, so the reconciler leaves it alone unless that push never happens.
pub async fn redeliver(pool: &PgPool, tenant_id: Uuid, id: Uuid) -> Result<Redeliver, sqlx::Error> {
    let updated = sqlx::query(
        "UPDATE deliveries SET status = 'pending', next_attempt_at = now(), enqueued_at = now(), updated_at = now(), \
           attempts = 0, \
           attempt_log = attempt_log || jsonb_build_object('attempt', 0, 'at', now(), 'ok', false, \
             'detail', 'redelivery requested: attempts count from 1 again') \
         WHERE id = $1 AND tenant_id = $2 AND status <> 'sending'",
    )
    .bind(id)
    .bind(tenant_id)
    .execute(pool)
    .await?;
    if updated.rows_affected() == 1 {
        return Ok(Redeliver::Queued);
    }
    // Not updated: absent (or another tenant's), or being sent.
    let exists: Option<i32> =
        sqlx::query_scalar("SELECT 1 FROM deliveries WHERE id = $1 AND tenant_id = $2")
            .bind(id)
            .bind(tenant_id)
            .fetch_optional(pool)
            .await?;
    Ok(if exists.is_some() {
        Redeliver::Sending
    } else {
        Redeliver::NotFound
    })
}

/// What `send_test` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TestEvent {
    /// Deliveries of a `test` event written (pending and marked enqueued, for the caller to
    /// push), reporting the pipeline's latest finished run.
    Written(Vec<Uuid>),
    /// The pipeline has not finished a run yet: there is nothing to report.
    NoFinishedRun,
    /// No recipient and no webhook are set.
    NoTargets,
    NotFound,
}

/// A `test` event reporting the pipeline's latest finished run, to every recipient and
/// webhook of its current settings, whatever outcomes they are set to notify.
pub async fn send_test(
    pool: &PgPool,
    tenant_id: Uuid,
    pipeline_id: Uuid,
) -> Result<TestEvent, sqlx::Error> {
    let mut txn = pool.begin().await?;
    let settings: Option<serde_json::Value> = sqlx::query_scalar(
        "SELECT notify FROM pipelines WHERE id = $1 AND tenant_id = $2 FOR SHARE",
    )
    .bind(pipeline_id)
    .bind(tenant_id)
    .fetch_optional(&mut *txn)
    .await?;
    let Some(settings) = settings else {
        return Ok(TestEvent::NotFound);
    };
    let settings: crate::notifications::settings::StoredNotify =
        serde_json::from_value(settings).unwrap_or_default();
    if settings.email.is_empty() && settings.webhooks.is_empty() {
        return Ok(TestEvent::NoTargets);
    }
    let run_id: Option<Uuid> = sqlx::query_scalar(
        "SELECT id FROM runs WHERE pipeline_id = $1 AND status IN ('succeeded', 'failed', 'skipped') \
         ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT 1",
    )
    .bind(pipeline_id)
    .fetch_optional(&mut *txn)
    .await?;
    let Some(run_id) = run_id else {
        return Ok(TestEvent::NoFinishedRun);
    };
    let deliveries: Vec<Uuid> =
        sqlx::query_scalar("SELECT sluice_write_deliveries(r, 'test') FROM runs r WHERE r.id = $1")
            .bind(run_id)
            .fetch_all(&mut *txn)
            .await?;
    // The caller pushes them: the reconciler leaves them alone unless that never happens.
    mark_enqueued(&mut *txn, &deliveries).await?;
    txn.commit().await?;
    Ok(TestEvent::Written(deliveries))
}
