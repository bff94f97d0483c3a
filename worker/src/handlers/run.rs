//! The `runs` job: claim the run in PostgreSQL, execute it with the engine while
//! heartbeating, and record how it ended. The job only names the run; a duplicate or stale job
//! finds nothing to claim and is acknowledged.

use std::{
    future::Future,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use apalis::prelude::{AbortError, BoxDynError, Data};
use opentelemetry::propagation::Extractor;
use sea_orm::sqlx;
use sluice_engine::{
    db::is_unavailable,
    etl::run::{self, RunError},
    metrics as names,
    notifications::deliveries,
    run_records::{self, Claim, Heartbeat, RunCounts},
};
use sluice_queue::jobs::RunJob;
use tokio::sync::watch;
use tracing::Instrument;
use tracing_opentelemetry::OpenTelemetrySpanExt;
use uuid::Uuid;

use crate::app::WorkerState;

/// Why an executing run must stop before it finishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    Running,
    /// A user canceled it.
    Cancel,
    /// Another worker holds it now.
    Lost,
    /// This worker is shutting down and the grace period is over: give it back.
    HandBack,
}

struct TraceParent<'a>(&'a str);

impl Extractor for TraceParent<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        (key == "traceparent").then_some(self.0)
    }

    fn keys(&self) -> Vec<&str> {
        vec!["traceparent"]
    }
}

/// The apalis handler. Permanent failures answer `AbortError` (apalis must not retry them);
/// everything else is acknowledged: retries are PostgreSQL's business.
///
/// The run executes in a task of its own: if the queue connection dies and apalis drops this
/// handler, the run still finishes (its state is in PostgreSQL, not in the job).
pub async fn handle(job: RunJob, state: Data<Arc<WorkerState>>) -> Result<(), BoxDynError> {
    let state: Arc<WorkerState> = (*state).clone();
    let run = tokio::spawn(async move { execute(&state, job.run_id).await });
    match run.await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(Box::new(AbortError::new(e))),
        Err(panic) => Err(Box::new(AbortError::new(panic))),
    }
}

/// Stops the heartbeat and forgets the run however the execution ends, even if its future
/// is dropped.
struct InFlight<'a> {
    state: &'a WorkerState,
    run_id: Uuid,
    heartbeat: tokio::task::JoinHandle<()>,
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.heartbeat.abort();
        self.state.unregister(self.run_id);
    }
}

/// Claims and executes `run_id`. Errors are permanent run failures (already recorded).
pub async fn execute(state: &Arc<WorkerState>, run_id: Uuid) -> Result<(), RunError> {
    if state.is_shutting_down() {
        // Not ours to start any more; the reconciler offers it to another worker.
        return Ok(());
    }
    let claiming = Instant::now();
    let claim = run_records::claim(
        &state.engine.pool,
        run_id,
        &state.name,
        state.settings.worker.tenant_max_concurrent_runs,
    )
    .await;
    let result = match &claim {
        Ok(Claim::Claimed(_)) => "claimed",
        Ok(Claim::Deferred) => "deferred",
        Ok(Claim::NotAvailable) => "not_available",
        Err(_) => "error",
    };
    metrics::histogram!(names::RUN_CLAIM_DURATION, "result" => result)
        .record(names::seconds_since(claiming));
    let claimed = match claim {
        Ok(Claim::Claimed(c)) => c,
        Ok(Claim::Deferred | Claim::NotAvailable) => return Ok(()),
        Err(e) => {
            tracing::warn!(error = %e, %run_id, "claiming a run failed; the reconciler will offer it again");
            return Ok(());
        }
    };
    metrics::counter!(names::RUNS_STARTED).increment(1);
    let span = tracing::info_span!(
        "run",
        run_id = %run_id,
        pipeline_id = %claimed.pipeline_id,
        tenant_id = %claimed.tenant_id,
        attempt = claimed.attempt,
        worker = %state.name,
        trace_id = tracing::field::Empty,
    );
    if let Some(tp) = &claimed.traceparent {
        let parent =
            opentelemetry::global::get_text_map_propagator(|p| p.extract(&TraceParent(tp)));
        let _ = span.set_parent(parent);
    }
    sluice_engine::telemetry::record_trace_id(&span);
    let (stop_tx, stop_rx) = watch::channel(Stop::Running);
    state.register(run_id, stop_tx.clone());
    let progress = Arc::new(AtomicU64::new(0));
    let _inflight = InFlight {
        state,
        run_id,
        heartbeat: tokio::spawn(heartbeats(state.clone(), run_id, progress.clone(), stop_tx)),
    };
    let started = Instant::now();
    let (outcome, ended) = run_claimed(state, &claimed, progress, stop_rx)
        .instrument(span)
        .await;
    metrics::counter!(names::RUNS_FINISHED, "outcome" => ended).increment(1);
    metrics::histogram!(names::RUN_DURATION, "outcome" => ended)
        .record(names::seconds_since(started));
    // The run's final transaction wrote its notifications: send them now (the reconciler
    // would, a little later).
    match deliveries::pending_for_run(&state.engine.pool, run_id).await {
        Ok(ids) => state.enqueue_deliveries(&ids).await,
        Err(e) => tracing::warn!(error = %e, "listing the run's deliveries failed"),
    }
    outcome
}

async fn run_claimed(
    state: &WorkerState,
    claimed: &run_records::Claimed,
    progress: Arc<AtomicU64>,
    mut stop: watch::Receiver<Stop>,
) -> (Result<(), RunError>, &'static str) {
    let run_id = claimed.run_id;
    let pool = &state.engine.pool;
    // Set by the engine once a load on a tenant's destination is about to commit there.
    let committing = Arc::new(AtomicBool::new(false));
    let work = async {
        let mut request = run::request(
            &state.db,
            &state.encryptor,
            run_id,
            claimed.pipeline_id,
            Some(state.name.clone()),
            claimed.full_reload,
        )
        .await?;
        request.attempt = claimed.attempt;
        request.committing = committing.clone();
        if let Some(ms) = state.settings.worker.simulate_run_ms {
            return run::simulate(&state.engine, request, Duration::from_millis(ms)).await;
        }
        let counter = progress.clone();
        run::execute(
            &state.engine,
            request,
            Arc::new(move |n| counter.store(n, Ordering::Relaxed)),
        )
        .await
    };
    let stopped = async {
        loop {
            if stop.changed().await.is_err() {
                std::future::pending::<()>().await;
            }
            let why = *stop.borrow();
            // Past a destination's commit, a cancel or a shutdown waits for the run to record
            // what it committed (a run taken over stops: its new holder records it).
            let too_late =
                matches!(why, Stop::Cancel | Stop::HandBack) && committing.load(Ordering::SeqCst);
            if why != Stop::Running && !too_late {
                return why;
            }
        }
    };
    tokio::select! {
        result = work => match result {
            Ok(report) => {
                tracing::info!(outcome = report.outcome.as_str(), counts = ?report.counts, "run finished");
                record_rows(&report.counts);
                (Ok(()), report.outcome.as_str())
            }
            Err(e) if e.is_lost() => {
                tracing::warn!("run lost to another worker before its commit; nothing written");
                (Ok(()), "lost")
            }
            Err(e) if e.recoverable => {
                tracing::warn!(%run_id, error = %e, "run failed transiently");
                let max = state.settings.worker.max_attempts;
                let backoff = Duration::from_secs(state.settings.worker.retry_backoff_secs);
                let recorded = record(state, run_id, || {
                    run_records::retry_or_fail(pool, run_id, &state.name, &e, max, backoff)
                })
                .await;
                if let Some(Some(status)) = recorded {
                    tracing::info!(%run_id, status, "transient failure recorded");
                }
                (Ok(()), "retrying")
            }
            Err(e) => {
                tracing::warn!(%run_id, error = %e, "run failed");
                record(state, run_id, || run::fail_run(pool, run_id, Some(&state.name), &e)).await;
                (Err(e), "failed")
            }
        },
        why = stopped => {
            // Dropping `work` rolled its transaction back: nothing of this attempt remains.
            let ended = match why {
                Stop::Cancel => {
                    record(state, run_id, || run_records::finish_canceled(pool, run_id, &state.name)).await;
                    tracing::info!("run canceled");
                    "canceled"
                }
                Stop::HandBack => {
                    if matches!(run_records::hand_back(pool, run_id, &state.name).await, Ok(true)) {
                        state.producer.lock().await.push(&[run_id]).await;
                        tracing::info!("run handed back to the queue at shutdown");
                    }
                    "handed_back"
                }
                Stop::Lost | Stop::Running => {
                    tracing::warn!("run taken over by another worker; stopped");
                    "lost"
                }
            };
            (Ok(()), ended)
        }
    }
}

/// The rows of a finished run: per-run histograms by stage, and running totals by kind.
fn record_rows(counts: &RunCounts) {
    for (stage, n) in [
        ("extracted", counts.extracted),
        ("inserted", counts.inserted),
        ("updated", counts.updated),
        ("unchanged", counts.unchanged),
        ("failed", counts.failed),
        ("deleted", counts.deleted),
    ] {
        metrics::histogram!(names::RUN_ROWS, "stage" => stage).record(n as f64);
        metrics::counter!(names::ROWS, "kind" => stage).increment(n);
    }
}

/// How long a worker keeps trying to record how a run ended while PostgreSQL is unreachable.
/// Meanwhile the run's heartbeat goes on (and resumes as soon as PostgreSQL answers), so the
/// reconciler leaves the run to this worker; after that, the run is left to the reconciler.
pub const RECORD_FOR: Duration = Duration::from_secs(600);

/// Writes a run's outcome with `write`, retrying with backoff (up to the heartbeat period)
/// for [`RECORD_FOR`] while the database is unreachable. `None` when it could not: the error is
/// logged, and the reconciler recovers the run once its heartbeat stops.
async fn record<T, F, Fut>(state: &WorkerState, run_id: Uuid, mut write: F) -> Option<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, sqlx::Error>>,
{
    let give_up = Instant::now() + RECORD_FOR;
    let longest = Duration::from_secs(state.settings.worker.heartbeat_secs.max(1));
    let mut pause = Duration::from_millis(250);
    let mut waited = false;
    loop {
        match write().await {
            Ok(written) => {
                if waited {
                    tracing::info!(%run_id, "the database is back: the run's outcome is recorded");
                }
                return Some(written);
            }
            Err(e) if is_unavailable(&e) && Instant::now() + pause < give_up => {
                if !waited {
                    tracing::warn!(%run_id, error = %e, "cannot record the run's outcome yet: the database is unavailable; retrying");
                    waited = true;
                }
                tokio::time::sleep(pause).await;
                pause = (pause * 2).min(longest);
            }
            Err(e) => {
                tracing::error!(%run_id, error = %e, "recording the run's outcome failed; the reconciler will recover the run");
                return None;
            }
        }
    }
}

/// Refreshes the run's heartbeat and progress, and watches for a cancel or a takeover.
async fn heartbeats(
    state: Arc<WorkerState>,
    run_id: Uuid,
    progress: Arc<AtomicU64>,
    stop: watch::Sender<Stop>,
) {
    let every = Duration::from_secs(state.settings.worker.heartbeat_secs.max(1));
    let mut ticker = tokio::time::interval(every);
    ticker.tick().await;
    loop {
        ticker.tick().await;
        match run_records::heartbeat(
            &state.engine.pool,
            run_id,
            &state.name,
            progress.load(Ordering::Relaxed),
        )
        .await
        {
            Ok(Heartbeat::Held) => {}
            // The heartbeat goes on: a run past its destination's commit finishes in spite of
            // the cancel (see `run_claimed`), and must not look dead meanwhile.
            Ok(Heartbeat::CancelRequested) => {
                let _ = stop.send(Stop::Cancel);
            }
            Ok(Heartbeat::Lost) => {
                let _ = stop.send(Stop::Lost);
                return;
            }
            Err(e) => tracing::warn!(error = %e, %run_id, "heartbeat failed"),
        }
    }
}
