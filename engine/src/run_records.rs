//! A run's row in PostgreSQL (`runs`), the source of truth (docs/ARCHITECTURE.md,
//! "Invariants"): how a run is created, claimed, heartbeated, retried, canceled, handed back and
//! reclaimed, and its counts ([`RunCounts`]). Executing a run is `crate::etl::run`'s; it
//! records the outcome through the same row. Redis only carries run ids; every transition
//! here is one conditional statement, so a job delivered twice, a worker that died, or a lost
//! queue can never make a run execute twice or vanish.
//!
//! ```text
//! queued ──claim──> running ──> succeeded | skipped | failed | canceled
//!   ^                  │ transient error, attempts left
//!   │                  v
//!   └──(retry due)── retrying          running ──(stale heartbeat | hand-back)──> queued
//! ```

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::sqlx::{self, PgPool, Postgres, Row, Transaction};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    db::entity::run,
    etl::run::{RunError, RunErrorCode},
};

// A run's counts: the one definition. The run's stages count into it, its final UPDATE writes
// it to the `rows_*` columns, the API shows it (`counts` of a run and of a notification's
// event) and e-mails are written from it. The one other place that spells these fields is SQL:
// the function `sluice_run_event` (migration m20261127_000003) builds an event's counts from
// those columns; the engine test `notifications::the_event_counts_are_the_run_counts` holds the
// two together. (No doc comment here: it would become the API schema's description.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RunCounts {
    /// Rows read from the sources.
    pub extracted: u64,
    pub inserted: u64,
    pub updated: u64,
    /// Rows considered that the table already held as they are.
    pub unchanged: u64,
    /// Rows rejected this run (see the pipeline's failed records).
    pub failed: u64,
    /// Open failed records re-checked this run.
    pub retried: u64,
    /// Open failed records that loaded this run, now resolved.
    #[serde(default)]
    pub resolved: u64,
    /// Output rows that failed a data test with `on_fail: warn` (loaded anyway).
    #[serde(default)]
    pub warned: u64,
    /// Rows a `mirror` load deleted, or marked deleted (`soft_delete`), because the output no
    /// longer has their key.
    #[serde(default)]
    pub deleted: u64,
}

impl From<&run::Model> for RunCounts {
    /// The counts a run's row holds (`bigint` columns, never negative).
    fn from(r: &run::Model) -> Self {
        let count = |n: i64| u64::try_from(n).unwrap_or(0);
        Self {
            extracted: count(r.rows_extracted),
            inserted: count(r.rows_inserted),
            updated: count(r.rows_updated),
            unchanged: count(r.rows_unchanged),
            failed: count(r.rows_failed),
            retried: count(r.rows_retried),
            resolved: count(r.rows_resolved),
            warned: count(r.rows_warned),
            deleted: count(r.rows_deleted),
        }
    }
}

/// A run this worker now holds.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub run_id: Uuid,
    pub pipeline_id: Uuid,
    pub tenant_id: Uuid,
    pub attempt: i32,
    pub full_reload: bool,
    pub traceparent: Option<String>,
}

#[derive(Debug)]
pub enum Claim {
    Claimed(Claimed),
    /// Still owed but not now: its tenant is at its cap, or its retry is not due. The
    /// reconciler offers it again.
    Deferred,
    /// Finished, canceled, or held by another worker: nothing to do.
    NotAvailable,
}

/// Why a new run was not created.
#[derive(Debug)]
pub enum CreateError {
    /// The pipeline already has a run queued, retrying or executing.
    Active(Uuid),
    NotFound,
    Database(sqlx::Error),
}

impl From<sqlx::Error> for CreateError {
    fn from(e: sqlx::Error) -> Self {
        CreateError::Database(e)
    }
}

/// The unique index that holds "a pipeline has at most one run queued, retrying or running".
pub const ONE_ACTIVE_RUN: &str = "runs_one_active";

/// Whether `e` is a second active run of a pipeline, refused by [`ONE_ACTIVE_RUN`].
pub fn is_second_active_run(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(e) if e.constraint() == Some(ONE_ACTIVE_RUN))
}

/// The pipeline's run queued, retrying or running, if any (one lookup in [`ONE_ACTIVE_RUN`]).
pub async fn active_run(pool: &PgPool, pipeline_id: Uuid) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM runs WHERE pipeline_id = $1 AND status IN ('queued', 'retrying', 'running')",
    )
    .bind(pipeline_id)
    .fetch_optional(pool)
    .await
}

/// A run to create. [`insert`] is the only statement that writes a new run row; the ways a
/// run begins ([`create_manual`], [`schedule_due`], [`create_held`]) each fill one of these.
struct NewRun<'a> {
    pipeline_id: Uuid,
    /// The pipeline must be this tenant's; `None`: whichever tenant owns it.
    tenant_id: Option<Uuid>,
    /// `manual` or `schedule`.
    trigger: &'static str,
    /// The schedule tick the run is for: a tick that already has its run gets no other.
    scheduled_for: Option<DateTime<Utc>>,
    full_reload: bool,
    /// The W3C trace context of the request that asked for the run.
    traceparent: Option<String>,
    /// Already held by this worker, attempt 1 started (rather than queued for a worker to claim).
    held_by: Option<&'a str>,
    /// When the run was decided, if not now (the scheduler's moment of decision).
    created_at: Option<DateTime<Utc>>,
}

/// Inserts `runs` in one statement. Returns the id of each run inserted, with its pipeline; a
/// run whose pipeline does not exist (in that tenant), or whose schedule tick already has its
/// run, is left out. A second active run of a pipeline is refused by the database, and with it
/// the whole statement ([`ONE_ACTIVE_RUN`], see [`is_second_active_run`]).
async fn insert<'e>(
    db: impl sqlx::PgExecutor<'e>,
    runs: &[NewRun<'_>],
) -> Result<Vec<(Uuid, Uuid)>, sqlx::Error> {
    fn column<'r, 'a, T>(runs: &'r [NewRun<'a>], f: impl Fn(&'r NewRun<'a>) -> T) -> Vec<T> {
        runs.iter().map(f).collect()
    }
    sqlx::query_as(
        "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger, scheduled_for, full_reload, \
           traceparent, attempt, worker_id, heartbeat_at, started_at, created_at) \
         SELECT d.id, p.tenant_id, p.id, \
           CASE WHEN d.worker IS NULL THEN 'queued' ELSE 'running' END, d.trigger, \
           d.scheduled_for, d.full_reload, d.traceparent, \
           CASE WHEN d.worker IS NULL THEN 0 ELSE 1 END, d.worker, \
           CASE WHEN d.worker IS NOT NULL THEN now() END, \
           CASE WHEN d.worker IS NOT NULL THEN now() END, coalesce(d.created_at, now()) \
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[], \
                     $6::bool[], $7::text[], $8::text[], $9::timestamptz[]) \
           AS d(id, tenant, pipeline, trigger, scheduled_for, full_reload, traceparent, worker, \
                created_at) \
         JOIN pipelines p ON p.id = d.pipeline AND (d.tenant IS NULL OR p.tenant_id = d.tenant) \
         ON CONFLICT (pipeline_id, scheduled_for) WHERE scheduled_for IS NOT NULL DO NOTHING \
         RETURNING id, pipeline_id",
    )
    .bind(column(runs, |_| Uuid::now_v7()))
    .bind(column(runs, |r| r.tenant_id))
    .bind(column(runs, |r| r.pipeline_id))
    .bind(column(runs, |r| r.trigger))
    .bind(column(runs, |r| r.scheduled_for))
    .bind(column(runs, |r| r.full_reload))
    .bind(column(runs, |r| r.traceparent.clone()))
    .bind(column(runs, |r| r.held_by))
    .bind(column(runs, |r| r.created_at))
    .fetch_all(db)
    .await
}

/// Creates a queued run of `pipeline` (manual trigger) unless one is already queued, retrying
/// or running: a second trigger is refused rather than stacked. The database decides
/// ([`ONE_ACTIVE_RUN`]); concurrent triggers cannot both win.
pub async fn create_manual(
    pool: &PgPool,
    tenant_id: Uuid,
    pipeline_id: Uuid,
    full_reload: bool,
    traceparent: Option<String>,
) -> Result<Uuid, CreateError> {
    // The active run may finish between a refused insert and its lookup: then try again.
    let mut attempts = 0;
    loop {
        attempts += 1;
        let run = NewRun {
            pipeline_id,
            tenant_id: Some(tenant_id),
            trigger: "manual",
            scheduled_for: None,
            full_reload,
            traceparent: traceparent.clone(),
            held_by: None,
            created_at: None,
        };
        match insert(pool, &[run])
            .await
            .map(|r| r.first().map(|(id, _)| *id))
        {
            Ok(Some(id)) => return Ok(id),
            Ok(None) => return Err(CreateError::NotFound),
            Err(e) if is_second_active_run(&e) => {
                if let Some(active) = active_run(pool, pipeline_id).await? {
                    return Err(CreateError::Active(active));
                }
                if attempts >= 3 {
                    return Err(e.into());
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Creates a manual run of `pipeline_id` already held by `worker`, its first attempt started:
/// for `run-once` and tests, which execute it at once (the queue path creates runs queued and
/// claims them).
pub async fn create_held(
    pool: &PgPool,
    pipeline_id: Uuid,
    worker: &str,
    full_reload: bool,
) -> Result<Uuid, RunError> {
    let run = NewRun {
        pipeline_id,
        tenant_id: None,
        trigger: "manual",
        scheduled_for: None,
        full_reload,
        traceparent: None,
        held_by: Some(worker),
        created_at: None,
    };
    match insert(pool, &[run])
        .await
        .map(|r| r.first().map(|(id, _)| *id))
    {
        Ok(Some(id)) => Ok(id),
        Ok(None) => Err(RunError::permanent(
            "extract",
            RunErrorCode::PipelineNotFound,
            format!("pipeline {pipeline_id} does not exist"),
        )),
        Err(e) if is_second_active_run(&e) => Err(RunError::permanent(
            "extract",
            RunErrorCode::AlreadyRunning,
            format!("pipeline {pipeline_id} already has a run queued or executing"),
        )),
        Err(e) => Err(RunError::db(e)),
    }
}

/// Records that these runs were handed to the queue now.
pub async fn mark_enqueued(pool: &PgPool, ids: &[Uuid]) -> Result<(), sqlx::Error> {
    if ids.is_empty() {
        return Ok(());
    }
    sqlx::query("UPDATE runs SET enqueued_at = now() WHERE id = ANY($1)")
        .bind(ids)
        .execute(pool)
        .await?;
    Ok(())
}

/// Claims `run_id` for `worker` with one conditional update: queued (or retrying and due),
/// not canceled, its tenant under `tenant_cap` running runs. (Its pipeline has no other run
/// executing: a pipeline has one active run at most.)
pub async fn claim(
    pool: &PgPool,
    run_id: Uuid,
    worker: &str,
    tenant_cap: i64,
) -> Result<Claim, sqlx::Error> {
    let mut txn = pool.begin().await?;
    let Some(tenant) = sqlx::query_scalar::<_, Uuid>("SELECT tenant_id FROM runs WHERE id = $1")
        .bind(run_id)
        .fetch_optional(&mut *txn)
        .await?
    else {
        return Ok(Claim::NotAvailable);
    };
    // Claims of one tenant are decided one at a time, so the cap holds. This may wait: the
    // times written below are the wall clock's, not the transaction's start (`now()`).
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1::text, 7316))")
        .bind(tenant)
        .execute(&mut *txn)
        .await?;
    // A queued run whose cancel was requested ends here.
    sqlx::query(
        "UPDATE runs SET status = 'canceled', finished_at = clock_timestamp() \
         WHERE id = $1 AND status IN ('queued', 'retrying') AND cancel_requested",
    )
    .bind(run_id)
    .execute(&mut *txn)
    .await?;
    let claimed = sqlx::query(
        "UPDATE runs r SET status = 'running', worker_id = $2, \
           heartbeat_at = clock_timestamp(), started_at = clock_timestamp(), \
           attempt = r.attempt + 1, retry_at = NULL, progress_rows = 0 \
         WHERE r.id = $1 AND NOT r.cancel_requested \
           AND (r.status = 'queued' OR (r.status = 'retrying' AND r.retry_at <= now())) \
           AND (SELECT count(*) FROM runs x WHERE x.tenant_id = r.tenant_id AND x.status = 'running') < $3 \
         RETURNING r.pipeline_id, r.tenant_id, r.attempt, r.full_reload, r.traceparent",
    )
    .bind(run_id)
    .bind(worker)
    .bind(tenant_cap)
    .fetch_optional(&mut *txn)
    .await;
    // No other run of the pipeline can be executing: this one is its only active run.
    let outcome = match claimed? {
        Some(r) => Claim::Claimed(Claimed {
            run_id,
            pipeline_id: r.get(0),
            tenant_id: r.get(1),
            attempt: r.get(2),
            full_reload: r.get(3),
            traceparent: r.get(4),
        }),
        None => {
            let status: Option<String> =
                sqlx::query_scalar("SELECT status FROM runs WHERE id = $1")
                    .bind(run_id)
                    .fetch_optional(&mut *txn)
                    .await?;
            match status.as_deref() {
                Some("queued" | "retrying") => Claim::Deferred,
                _ => Claim::NotAvailable,
            }
        }
    };
    txn.commit().await?;
    Ok(outcome)
}

/// What a heartbeat learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heartbeat {
    Held,
    /// A user asked to cancel the run.
    CancelRequested,
    /// The run is no longer this worker's (reclaimed after a stale heartbeat, or finished).
    Lost,
}

pub async fn heartbeat(
    pool: &PgPool,
    run_id: Uuid,
    worker: &str,
    progress: u64,
) -> Result<Heartbeat, sqlx::Error> {
    let row = sqlx::query_scalar::<_, bool>(
        "UPDATE runs SET heartbeat_at = now(), progress_rows = $3 \
         WHERE id = $1 AND worker_id = $2 AND status = 'running' RETURNING cancel_requested",
    )
    .bind(run_id)
    .bind(worker)
    .bind(progress as i64)
    .fetch_optional(pool)
    .await?;
    Ok(match row {
        None => Heartbeat::Lost,
        Some(true) => Heartbeat::CancelRequested,
        Some(false) => Heartbeat::Held,
    })
}

/// After a transient failure: `retrying` with an exponential backoff, or `failed` once the
/// attempts are spent. Returns the new status, if the run was still held.
pub async fn retry_or_fail(
    pool: &PgPool,
    run_id: Uuid,
    worker: &str,
    error: &RunError,
    max_attempts: i32,
    backoff: Duration,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE runs SET \
           status = CASE WHEN attempt >= $4 THEN 'failed' ELSE 'retrying' END, \
           retry_at = CASE WHEN attempt >= $4 THEN NULL \
                      ELSE now() + make_interval(secs => $5 * power(2, attempt - 1)) END, \
           finished_at = CASE WHEN attempt >= $4 THEN now() END, \
           error = CASE WHEN attempt >= $4 THEN $3 || ' (gave up after ' || attempt || ' attempts)' ELSE $3 END, \
           error_code = $6, rows_extracted = $7, step_log = step_log || $8 || to_jsonb($3::text) \
         WHERE id = $1 AND worker_id = $2 AND status = 'running' RETURNING status",
    )
    .bind(run_id)
    .bind(worker)
    .bind(error.to_string())
    .bind(max_attempts)
    .bind(backoff.as_secs_f64())
    .bind(error.code.as_str())
    .bind(error.extracted as i64)
    .bind(serde_json::json!(error.log))
    .fetch_optional(pool)
    .await
}

/// Ends a run whose cancel was requested.
pub async fn finish_canceled(
    pool: &PgPool,
    run_id: Uuid,
    worker: &str,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE runs SET status = 'canceled', finished_at = now(), error = 'canceled by a user' \
         WHERE id = $1 AND worker_id = $2 AND status = 'running'",
    )
    .bind(run_id)
    .bind(worker)
    .execute(pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Gives a run back to the queue (graceful shutdown): the attempt does not count, and the step
/// log says so.
pub async fn hand_back(pool: &PgPool, run_id: Uuid, worker: &str) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE runs SET status = 'queued', worker_id = NULL, heartbeat_at = NULL, \
           attempt = greatest(attempt - 1, 0), enqueued_at = NULL, \
           step_log = step_log || to_jsonb('worker ' || $2 || ' shut down before the run finished: \
             handed back to the queue, attempt ' || attempt || ' not counted') \
         WHERE id = $1 AND worker_id = $2 AND status = 'running'",
    )
    .bind(run_id)
    .bind(worker)
    .execute(pool)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// What a cancel request did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cancel {
    /// It was waiting: canceled now.
    Canceled,
    /// It is executing: its worker stops it at the next heartbeat.
    Requested,
    /// Already finished.
    Finished,
    NotFound,
}

pub async fn request_cancel(
    pool: &PgPool,
    tenant_id: Uuid,
    run_id: Uuid,
) -> Result<Cancel, sqlx::Error> {
    let status: Option<String> = sqlx::query_scalar(
        "UPDATE runs SET cancel_requested = true, \
           status = CASE WHEN status IN ('queued', 'retrying') THEN 'canceled' ELSE status END, \
           finished_at = CASE WHEN status IN ('queued', 'retrying') THEN now() ELSE finished_at END \
         WHERE id = $1 AND tenant_id = $2 AND status IN ('queued', 'retrying', 'running') RETURNING status",
    )
    .bind(run_id)
    .bind(tenant_id)
    .fetch_optional(pool)
    .await?;
    Ok(match status.as_deref() {
        Some("canceled") => Cancel::Canceled,
        Some(_) => Cancel::Requested,
        None => {
            let exists: Option<i32> =
                sqlx::query_scalar("SELECT 1 FROM runs WHERE id = $1 AND tenant_id = $2")
                    .bind(run_id)
                    .bind(tenant_id)
                    .fetch_optional(pool)
                    .await?;
            if exists.is_some() {
                Cancel::Finished
            } else {
                Cancel::NotFound
            }
        }
    })
}

/// Reconciler: running runs whose worker stopped heartbeating go back to the queue, or fail
/// once they have used `max_attempts`. Returns the runs to enqueue.
pub async fn reclaim_stale(
    pool: &PgPool,
    stale_after: Duration,
    max_attempts: i32,
) -> Result<Vec<Uuid>, sqlx::Error> {
    let rows = sqlx::query(
        "UPDATE runs SET \
           status = CASE WHEN attempt >= $2 THEN 'failed' ELSE 'queued' END, \
           finished_at = CASE WHEN attempt >= $2 THEN now() END, \
           error = 'worker ' || coalesce(worker_id, '?') || ' stopped during attempt ' || attempt \
                   || CASE WHEN attempt >= $2 THEN '; gave up after ' || attempt || ' attempts' ELSE '; queued again' END, \
           error_code = $3, enqueued_at = NULL, \
           step_log = step_log || to_jsonb('worker ' || coalesce(worker_id, '?') || ' stopped heartbeating') \
         WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => $1) \
         RETURNING id, status",
    )
    .bind(stale_after.as_secs_f64())
    .bind(max_attempts)
    .bind(RunErrorCode::WorkerLost.as_str())
    .fetch_all(pool)
    .await?;
    Ok(rows
        .iter()
        .filter(|r| r.get::<String, _>(1) == "queued")
        .map(|r| r.get(0))
        .collect())
}

/// Reconciler: retries that are due, and queued runs that no worker took within `unclaimed`
/// (the queue lost them, or they were deferred). Returns the runs to enqueue.
pub async fn owed(pool: &PgPool, unclaimed: Duration) -> Result<Vec<Uuid>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM runs WHERE \
           (status = 'retrying' AND retry_at <= now()) \
           OR (status = 'queued' AND (enqueued_at IS NULL OR enqueued_at < now() - make_interval(secs => $1))) \
         ORDER BY id LIMIT 1000",
    )
    .bind(unclaimed.as_secs_f64())
    .fetch_all(pool)
    .await
}

/// Due pipelines read per statement; a tick reads again while a batch was full, up to
/// [`SCHEDULE_MAX_BATCHES`] (a burst of ticks at a round hour is scheduled in one tick, not 500 per
/// period).
pub const SCHEDULE_BATCH: usize = 500;
/// Batches per tick at most, so that one tick stays bounded; the rest waits for the next.
pub const SCHEDULE_MAX_BATCHES: usize = 40;

/// Scheduler: for every enabled pipeline whose `next_run_at` has come, one run for that tick
/// (the unique `(pipeline, scheduled_for)` key makes a second scheduler's insert a no-op), and
/// the next tick computed from now: ticks missed while nothing ran coalesce into one run. The
/// run's `created_at` is that `now`, the moment the scheduler decided: the pipeline's next tick is
/// the first after it (`created_at - scheduled_for` is how late the tick was run).
/// A pipeline with a run queued, retrying or running keeps its tick due until that run ends
/// ([`ONE_ACTIVE_RUN`]). Returns the runs created.
pub async fn schedule_due(pool: &PgPool, now: DateTime<Utc>) -> Result<Vec<Uuid>, sqlx::Error> {
    let mut created = Vec::new();
    for _ in 0..SCHEDULE_MAX_BATCHES {
        let (runs, due) = match schedule_batch(pool, now).await {
            Ok(batch) => batch,
            // A manual run began between the batch's read and its insert: read it again, which
            // leaves that pipeline out (its tick stays due until the run ends).
            Err(e) if is_second_active_run(&e) => continue,
            Err(e) => return Err(e),
        };
        created.extend(runs);
        if due < SCHEDULE_BATCH {
            break;
        }
    }
    Ok(created)
}

/// One batch of [`schedule_due`] in one transaction: the runs created, and how many pipelines
/// were due in it. Every pipeline read leaves the batch with its next tick set (so the next
/// batch does not read it again), or the batch is undone.
async fn schedule_batch(
    pool: &PgPool,
    now: DateTime<Utc>,
) -> Result<(Vec<Uuid>, usize), sqlx::Error> {
    let mut txn: Transaction<'static, Postgres> = pool.begin().await?;
    // Pipelines busy with a run are left out here (so they cannot crowd out the others); one
    // that becomes busy after this read is refused by the index below. The next tick comes from
    // the spec's `schedule` alone: the rest of the spec is not this loop's business.
    let due = sqlx::query(
        "SELECT id, tenant_id, next_run_at, spec -> 'schedule' FROM pipelines p \
         WHERE enabled AND next_run_at <= $1 \
           AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.pipeline_id = p.id \
                           AND r.status IN ('queued', 'retrying', 'running')) \
         ORDER BY next_run_at LIMIT $2 FOR UPDATE SKIP LOCKED",
    )
    .bind(now)
    .bind(SCHEDULE_BATCH as i64)
    .fetch_all(&mut *txn)
    .await?;
    let due_count = due.len();
    let mut runs = Vec::with_capacity(due_count);
    let mut nexts = Vec::with_capacity(due_count);
    for row in due {
        let schedule: Option<serde_json::Value> = row.get(3);
        runs.push(NewRun {
            pipeline_id: row.get(0),
            tenant_id: Some(row.get(1)),
            trigger: "schedule",
            scheduled_for: Some(row.get(2)),
            full_reload: false,
            traceparent: None,
            held_by: None,
            created_at: Some(now),
        });
        nexts.push(
            schedule
                .and_then(|s| serde_json::from_value::<crate::spec::Schedule>(s).ok())
                .and_then(|s| s.next_after(now)),
        );
    }
    // The batch's runs in one statement: a tick that already has its run (another scheduler's)
    // gets none; a pipeline whose run started since the read above (a manual trigger) refuses
    // the whole statement, and the caller reads the batch again.
    let created = insert(&mut *txn, &runs).await?;
    let pipelines: Vec<Uuid> = runs.iter().map(|r| r.pipeline_id).collect();
    sqlx::query(
        "UPDATE pipelines p SET next_run_at = d.next \
         FROM unnest($1::uuid[], $2::timestamptz[]) AS d(id, next) WHERE p.id = d.id",
    )
    .bind(&pipelines)
    .bind(&nexts)
    .execute(&mut *txn)
    .await?;
    let created = created.into_iter().map(|(run, _)| run).collect();
    txn.commit().await?;
    Ok((created, due_count))
}

/// Runs one loop body at a time across all processes: the holder of a PostgreSQL advisory
/// lock on a dedicated connection is the leader until that connection ends.
pub struct Leadership {
    key: i64,
    /// Detached from the pool: dropping it closes the session, which releases the lock.
    conn: Option<sqlx::PgConnection>,
    /// When this process took the lock (last).
    since: Option<std::time::Instant>,
}

impl Leadership {
    pub fn new(key: i64) -> Self {
        Self {
            key,
            conn: None,
            since: None,
        }
    }

    /// How long this process has led without interruption (zero when it does not). A leader
    /// that has just (re)gained the lock — after PostgreSQL was down, say — has seen the
    /// database for no longer than that.
    pub fn held_for(&self) -> Duration {
        match (&self.conn, self.since) {
            (Some(_), Some(since)) => since.elapsed(),
            _ => Duration::ZERO,
        }
    }

    /// Whether this process leads now (taking the lock if it is free).
    pub async fn lead(&mut self, pool: &PgPool) -> bool {
        if let Some(conn) = self.conn.as_mut() {
            // Still connected means still holding the lock.
            if sqlx::query("SELECT 1").execute(&mut *conn).await.is_ok() {
                return true;
            }
            self.conn = None;
        }
        let Ok(mut conn) = pool.acquire().await else {
            return false;
        };
        match sqlx::query_scalar::<_, bool>("SELECT pg_try_advisory_lock($1)")
            .bind(self.key)
            .fetch_one(&mut *conn)
            .await
        {
            // Only the winner keeps its connection out of the pool: the others hand theirs back
            // (holding no lock), instead of closing it and making the pool open another at every
            // period, on every process of the fleet.
            Ok(true) => {
                self.conn = Some(conn.detach());
                self.since = Some(std::time::Instant::now());
                true
            }
            _ => false,
        }
    }
}

/// Advisory-lock keys of the leader loops.
pub const SCHEDULER_LOCK: i64 = 0x5100_0001;
pub const RECONCILER_LOCK: i64 = 0x5100_0002;
