//! A worker process: the `runs` consumer (apalis on Redis), the scheduler and the reconciler
//! (each acting only while it holds its PostgreSQL advisory lock), and a graceful shutdown
//! that finishes or hands back the runs in flight.

use std::{
    collections::HashMap,
    future::Future,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use apalis::prelude::*;
use chrono::Utc;
use sea_orm::DatabaseConnection;
use sluice_engine::{
    crypto::Encryptor, etl::run::Engine, metrics as names, notifications::deliveries, retention,
    run_records, settings::RedisSettings,
};
use sluice_queue::{
    self as queue, Producer,
    jobs::{DeliveryJob, RunJob},
};
use tokio::sync::watch;
use uuid::Uuid;

use crate::{
    handlers::{self, run::Stop},
    settings::Settings,
};

/// What every part of a worker process shares.
pub struct WorkerState {
    pub settings: Settings,
    pub db: DatabaseConnection,
    pub engine: Engine,
    pub encryptor: Encryptor,
    /// Unique per process: written on the runs it holds.
    pub name: String,
    pub producer: tokio::sync::Mutex<Producer<RunJob>>,
    pub delivery_producer: tokio::sync::Mutex<Producer<DeliveryJob>>,
    /// None when `notify.ses` is not set: e-mail is off.
    pub ses: Option<aws_sdk_sesv2::Client>,
    inflight: Mutex<HashMap<Uuid, watch::Sender<Stop>>>,
    shutting_down: AtomicBool,
}

impl WorkerState {
    pub async fn new(
        settings: Settings,
        db: DatabaseConnection,
        name: String,
    ) -> anyhow::Result<Self> {
        Ok(Self {
            engine: crate::run_once::engine(&settings, &db)?,
            encryptor: settings.encryptor()?,
            producer: tokio::sync::Mutex::new(Producer::new(settings.redis.clone())),
            delivery_producer: tokio::sync::Mutex::new(Producer::new(settings.redis.clone())),
            ses: handlers::delivery::ses_client(&settings).await,
            settings,
            db,
            name,
            inflight: Mutex::new(HashMap::new()),
            shutting_down: AtomicBool::new(false),
        })
    }

    pub fn is_shutting_down(&self) -> bool {
        self.shutting_down.load(Ordering::SeqCst)
    }

    pub fn register(&self, run: Uuid, stop: watch::Sender<Stop>) {
        self.lock().insert(run, stop);
    }

    pub fn unregister(&self, run: Uuid) {
        self.lock().remove(&run);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Uuid, watch::Sender<Stop>>> {
        self.inflight.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn inflight(&self) -> usize {
        self.lock().len()
    }

    /// Pushes deliveries to their queue and records it.
    pub async fn enqueue_deliveries(&self, ids: &[Uuid]) {
        if ids.is_empty() {
            return;
        }
        let pushed = self.delivery_producer.lock().await.push(ids).await;
        if let Err(e) = deliveries::mark_enqueued(&self.engine.pool, &pushed).await {
            tracing::warn!(error = %e, "recording enqueued deliveries failed");
        }
    }

    /// Pushes runs to the queue and records it; runs not pushed stay owed to the reconciler.
    pub async fn enqueue(&self, runs: &[Uuid]) {
        if runs.is_empty() {
            return;
        }
        let pushed = self.producer.lock().await.push(runs).await;
        if let Err(e) = run_records::mark_enqueued(&self.engine.pool, &pushed).await {
            tracing::warn!(error = %e, "recording enqueued runs failed");
        }
    }
}

/// Runs the worker until `shutdown` completes, then stops taking runs, lets the runs in flight
/// finish for `worker.shutdown_grace_secs`, and hands back those still running.
pub async fn run(state: Arc<WorkerState>, shutdown: impl Future<Output = ()>) {
    let (stop_tx, stop_rx) = watch::channel(false);
    let consumer = tokio::spawn(consume(state.clone(), stop_rx.clone()));
    let senders = tokio::spawn(consume_deliveries(state.clone(), stop_rx.clone()));
    let scheduler = tokio::spawn(scheduler(state.clone(), stop_rx.clone()));
    let reconciler = tokio::spawn(reconciler(state.clone(), stop_rx));
    tracing::info!(worker = %state.name, concurrency = state.settings.worker.concurrency, "worker started");
    shutdown.await;

    tracing::info!(worker = %state.name, inflight = state.inflight(), "shutting down: no new runs");
    state.shutting_down.store(true, Ordering::SeqCst);
    let _ = stop_tx.send(true);
    scheduler.abort();
    reconciler.abort();
    let grace = Duration::from_secs(state.settings.worker.shutdown_grace_secs);
    if !wait_idle(&state, grace).await {
        let stops: Vec<watch::Sender<Stop>> = state.lock().values().cloned().collect();
        tracing::info!(runs = stops.len(), "grace period over: handing runs back");
        for stop in stops {
            let _ = stop.send(Stop::HandBack);
        }
        wait_idle(&state, Duration::from_secs(15)).await;
    }
    if tokio::time::timeout(Duration::from_secs(5), consumer)
        .await
        .is_err()
    {
        tracing::warn!("the queue consumer did not stop in time");
    }
    if tokio::time::timeout(Duration::from_secs(5), senders)
        .await
        .is_err()
    {
        tracing::warn!("the deliveries consumer did not stop in time");
    }
    tracing::info!(worker = %state.name, "worker stopped");
}

async fn wait_idle(state: &WorkerState, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while state.inflight() > 0 {
        if Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    true
}

/// Consumes the `runs` queue.
async fn consume(state: Arc<WorkerState>, stop: watch::Receiver<bool>) {
    let concurrency = state.settings.worker.concurrency;
    reconnecting(
        state,
        stop,
        "runs",
        |state, conn, name, signal| async move {
            WorkerBuilder::new(name)
                .backend(queue::consumer::<RunJob>(
                    &state.settings.redis,
                    &state.settings.consumer(),
                    conn,
                ))
                .data(state.clone())
                .concurrency(concurrency)
                .build(handlers::run::handle)
                .run_until(signal)
                .await
        },
    )
    .await;
}

/// Consumes the `deliveries` queue. Sending is mostly waiting on the network, so it takes
/// more at once than runs do.
async fn consume_deliveries(state: Arc<WorkerState>, stop: watch::Receiver<bool>) {
    let concurrency = state.settings.worker.concurrency.max(1) * 4;
    reconnecting(
        state,
        stop,
        "deliveries",
        |state, conn, name, signal| async move {
            WorkerBuilder::new(name)
                .backend(queue::consumer::<DeliveryJob>(
                    &state.settings.redis,
                    &state.settings.consumer(),
                    conn,
                ))
                .data(state.clone())
                .concurrency(concurrency)
                .build(handlers::delivery::handle)
                .run_until(signal)
                .await
        },
    )
    .await;
}

/// Runs a queue consumer until `stop`, reconnecting with a growing backoff whenever Redis goes
/// away. Each connection gets a fresh apalis worker name, so a consumer that came back is not
/// mistaken for the one that was lost.
async fn reconnecting<F, Fut, E>(
    state: Arc<WorkerState>,
    stop: watch::Receiver<bool>,
    queue_name: &'static str,
    serve: F,
) where
    F: Fn(Arc<WorkerState>, queue::Connection, String, StopSignal) -> Fut,
    Fut: Future<Output = Result<(), E>>,
    E: std::fmt::Display,
{
    let mut generation = 0u32;
    let mut backoff = Duration::from_millis(200);
    while !*stop.borrow() {
        match queue::connect(&state.settings.redis).await {
            Ok(conn) => {
                backoff = Duration::from_millis(200);
                let name = format!("{}-{queue_name}-{generation}", state.name);
                let mut until = stop.clone();
                let signal: StopSignal = Box::pin(async move {
                    let _ = until.wait_for(|s| *s).await;
                    Ok(())
                });
                if let Err(e) = serve(state.clone(), conn, name, signal).await {
                    tracing::warn!(error = %e, queue = queue_name, "queue consumer stopped; reconnecting");
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot reach Redis; retrying"),
        }
        generation += 1;
        let mut stopped = stop.clone();
        tokio::select! {
            _ = tokio::time::sleep(backoff) => {}
            _ = stopped.wait_for(|s| *s) => {}
        }
        backoff = (backoff * 2).min(Duration::from_secs(5));
    }
}

/// Resolves when the process is stopping: what `run_until` waits for.
type StopSignal = std::pin::Pin<Box<dyn Future<Output = Result<(), std::io::Error>> + Send>>;

async fn every(period: Duration, stop: &mut watch::Receiver<bool>) -> bool {
    tokio::select! {
        _ = tokio::time::sleep(period) => true,
        _ = stop.wait_for(|s| *s) => false,
    }
}

/// Due pipelines -> runs, while this process holds the scheduler lock.
async fn scheduler(state: Arc<WorkerState>, mut stop: watch::Receiver<bool>) {
    let period = Duration::from_secs(state.settings.worker.schedule_every_secs.max(1));
    let mut leadership = run_records::Leadership::new(run_records::SCHEDULER_LOCK);
    loop {
        let leader = leadership.lead(&state.engine.pool).await;
        metrics::counter!(names::SCHEDULER_TICKS, "leader" => if leader { "true" } else { "false" })
            .increment(1);
        if leader {
            let ticking = std::time::Instant::now();
            let scheduled = run_records::schedule_due(&state.engine.pool, Utc::now()).await;
            metrics::histogram!(names::SCHEDULER_TICK_DURATION)
                .record(names::seconds_since(ticking));
            match scheduled {
                Ok(created) => {
                    metrics::counter!(names::SCHEDULER_RUNS_CREATED)
                        .increment(created.len() as u64);
                    if !created.is_empty() {
                        tracing::info!(runs = created.len(), "scheduled runs");
                    }
                    state.enqueue(&created).await;
                }
                Err(e) => tracing::warn!(error = %e, "scheduling failed"),
            }
        }
        if !every(period, &mut stop).await {
            return;
        }
    }
}

/// Runs PostgreSQL says are owed but no live worker holds -> the queue, while this process
/// holds the reconciler lock.
async fn reconciler(state: Arc<WorkerState>, mut stop: watch::Receiver<bool>) {
    let w = &state.settings.worker;
    let period = Duration::from_secs(w.reconcile_every_secs.max(1));
    let stale = Duration::from_secs(w.stale_after_secs.max(1));
    let unclaimed = period * 3;
    let mut leadership = run_records::Leadership::new(run_records::RECONCILER_LOCK);
    let mut redis = None;
    let mut retention = Retention::default();
    loop {
        if leadership.lead(&state.engine.pool).await {
            retention.maybe_start(&state);
            // A heartbeat is stale only if its worker could have written it: after PostgreSQL
            // was down (which ended this leader's session too), every heartbeat looks stale
            // until the living workers reach it again, so a new leader gives them `stale`.
            if leadership.held_for() >= stale {
                match run_records::reclaim_stale(&state.engine.pool, stale, w.max_attempts).await {
                    Ok(reclaimed) => {
                        requeued("stale_run", reclaimed.len());
                        if !reclaimed.is_empty() {
                            tracing::warn!(runs = ?reclaimed, "reclaimed runs whose worker stopped heartbeating");
                        }
                        state.enqueue(&reclaimed).await;
                    }
                    Err(e) => tracing::warn!(error = %e, "reclaiming stale runs failed"),
                }
            }
            match run_records::owed(&state.engine.pool, unclaimed).await {
                Ok(owed) => {
                    requeued("owed_run", owed.len());
                    state.enqueue(&owed).await
                }
                Err(e) => tracing::warn!(error = %e, "listing owed runs failed"),
            }
            let sending_stale = Duration::from_secs(state.settings.notify.stale_after_secs);
            match deliveries::reclaim_stale(
                &state.engine.pool,
                sending_stale,
                state.settings.notify.max_attempts,
            )
            .await
            {
                Ok(reclaimed) if !reclaimed.is_empty() => {
                    requeued("stale_delivery", reclaimed.len());
                    tracing::warn!(deliveries = ?reclaimed, "deliveries whose worker stopped while sending go out again");
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "reclaiming stale deliveries failed"),
            }
            match deliveries::owed(&state.engine.pool, unclaimed).await {
                Ok(owed) => {
                    requeued("owed_delivery", owed.len());
                    state.enqueue_deliveries(&owed).await
                }
                Err(e) => tracing::warn!(error = %e, "listing owed deliveries failed"),
            }
            sweep_redis(&state.settings.redis, &mut redis).await;
        }
        if !every(period, &mut stop).await {
            return;
        }
    }
}

/// The leader's retention pass (`retention::sweep`), every `retention.every_secs` at most, in a
/// task of its own so a long pass never delays reconciling; aborted with the reconciler.
#[derive(Default)]
struct Retention {
    last: Option<Instant>,
    pass: Option<tokio::task::JoinHandle<()>>,
}

impl Retention {
    fn maybe_start(&mut self, state: &Arc<WorkerState>) {
        let every = Duration::from_secs(state.settings.retention.every_secs.max(1));
        let due = self.last.is_none_or(|last| last.elapsed() >= every);
        let idle = self.pass.as_ref().is_none_or(|pass| pass.is_finished());
        if !(due && idle) {
            return;
        }
        self.last = Some(Instant::now());
        let state = state.clone();
        self.pass = Some(tokio::spawn(async move {
            let settings = &state.settings.retention;
            match retention::sweep(&state.engine.pool, settings, Utc::now()).await {
                Ok(swept) if swept.runs + swept.deliveries + swept.failed_records > 0 => {
                    tracing::info!(
                        runs = swept.runs,
                        deliveries = swept.deliveries,
                        failed_records = swept.failed_records,
                        batches = swept.batches,
                        "retention deleted old rows"
                    )
                }
                Ok(_) => tracing::debug!("retention: nothing old to delete"),
                Err(e) => tracing::warn!(error = %e, "retention pass failed"),
            }
        }));
    }
}

impl Drop for Retention {
    fn drop(&mut self) {
        if let Some(pass) = &self.pass {
            pass.abort();
        }
    }
}

fn requeued(kind: &'static str, n: usize) {
    metrics::counter!(names::RECONCILER_REQUEUED, "kind" => kind).increment(n as u64);
}

/// Removes finished jobs and departed workers' entries from Redis (`queue::sweep`), on a
/// connection of the reconciler's own, opened when first needed and again after a failure.
async fn sweep_redis(settings: &RedisSettings, redis: &mut Option<queue::Connection>) {
    if redis.is_none() {
        match tokio::time::timeout(Duration::from_secs(3), queue::connect(settings)).await {
            Ok(Ok(conn)) => *redis = Some(conn),
            Ok(Err(e)) => return tracing::debug!(error = %e, "cannot reach Redis to sweep it"),
            Err(_) => return tracing::debug!("Redis did not answer; not swept"),
        }
    }
    let Some(conn) = redis.as_mut() else {
        return;
    };
    match tokio::time::timeout(Duration::from_secs(10), queue::sweep(settings, conn)).await {
        Ok(Ok(removed)) => {
            if removed > 0 {
                tracing::debug!(
                    removed,
                    "swept finished jobs and departed workers from Redis"
                );
            }
        }
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "sweeping Redis failed");
            *redis = None;
        }
        Err(_) => {
            tracing::warn!("sweeping Redis timed out");
            *redis = None;
        }
    }
}
