//! Prometheus metrics: one recorder per process (the `metrics` facade, rendered as Prometheus
//! text by `metrics-exporter-prometheus`), and the names both processes record under. The
//! reference for operators is docs/METRICS.md; a name changed here must change there.

use std::{
    sync::Mutex,
    time::{Duration, Instant},
};

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder};
use sea_orm::sqlx::{self, PgPool};

pub use metrics_exporter_prometheus::PrometheusHandle;

// API
pub const HTTP_REQUESTS: &str = "sluice_http_requests_total";
pub const HTTP_REQUEST_DURATION: &str = "sluice_http_request_duration_seconds";
pub const HTTP_REQUESTS_IN_FLIGHT: &str = "sluice_http_requests_in_flight";
// Worker
pub const RUNS_STARTED: &str = "sluice_runs_started_total";
pub const RUNS_FINISHED: &str = "sluice_runs_finished_total";
pub const RUN_DURATION: &str = "sluice_run_duration_seconds";
pub const RUN_ROWS: &str = "sluice_run_rows";
pub const ROWS: &str = "sluice_rows_total";
pub const RUN_CLAIM_DURATION: &str = "sluice_run_claim_duration_seconds";
pub const QUEUE_DEPTH: &str = "sluice_queue_depth";
pub const QUEUE_OLDEST_AGE: &str = "sluice_queue_oldest_age_seconds";
pub const RECONCILER_REQUEUED: &str = "sluice_reconciler_requeued_total";
pub const SCHEDULER_TICKS: &str = "sluice_scheduler_ticks_total";
pub const SCHEDULER_RUNS_CREATED: &str = "sluice_scheduler_runs_created_total";
pub const SCHEDULER_TICK_DURATION: &str = "sluice_scheduler_tick_duration_seconds";
pub const DELIVERIES: &str = "sluice_deliveries_total";
// Both
pub const DB_POOL_CONNECTIONS: &str = "sluice_db_pool_connections";
pub const DB_POOL_MAX_CONNECTIONS: &str = "sluice_db_pool_max_connections";

/// The content type of the text [`PrometheusHandle::render`] writes.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

static HANDLE: Mutex<Option<PrometheusHandle>> = Mutex::new(None);

/// Installs the process's recorder the first time, and returns a handle to render it. Later
/// calls (tests building several apps in one process) share the first recorder.
pub fn install() -> Result<PrometheusHandle, Box<dyn std::error::Error + Send + Sync>> {
    let mut slot = HANDLE.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(handle) = slot.as_ref() {
        return Ok(handle.clone());
    }
    let seconds = [
        0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
    ];
    let run_seconds = [
        0.1, 0.5, 1.0, 5.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0, 7200.0,
    ];
    let rows = [0.0, 1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(HTTP_REQUEST_DURATION.into()), &seconds)?
        .set_buckets_for_metric(Matcher::Full(RUN_CLAIM_DURATION.into()), &seconds)?
        .set_buckets_for_metric(Matcher::Full(SCHEDULER_TICK_DURATION.into()), &seconds)?
        .set_buckets_for_metric(Matcher::Full(RUN_DURATION.into()), &run_seconds)?
        .set_buckets_for_metric(Matcher::Full(RUN_ROWS.into()), &rows)?
        .install_recorder()?;
    describe();
    // Histograms buffer their samples until a render or an upkeep: bound that buffer even when
    // nobody scrapes.
    let upkeep = handle.clone();
    std::thread::Builder::new()
        .name("metrics-upkeep".into())
        .spawn(move || {
            loop {
                std::thread::sleep(Duration::from_secs(5));
                upkeep.run_upkeep();
            }
        })?;
    *slot = Some(handle.clone());
    Ok(handle)
}

fn describe() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_counter!(
        HTTP_REQUESTS,
        "HTTP requests answered, by method, route template and status"
    );
    describe_histogram!(
        HTTP_REQUEST_DURATION,
        Unit::Seconds,
        "Time to answer an HTTP request, by method and route template"
    );
    describe_gauge!(HTTP_REQUESTS_IN_FLIGHT, "HTTP requests being answered now");
    describe_counter!(RUNS_STARTED, "Runs this worker claimed and started");
    describe_counter!(
        RUNS_FINISHED,
        "Runs this worker ended, by outcome (succeeded, skipped, failed, retrying, canceled, lost, handed_back)"
    );
    describe_histogram!(
        RUN_DURATION,
        Unit::Seconds,
        "From claim to end of a run, by outcome"
    );
    describe_histogram!(
        RUN_ROWS,
        "Rows per finished run, by stage (extracted, inserted, updated, unchanged, failed)"
    );
    describe_counter!(
        ROWS,
        "Rows handled by finished runs, by kind (extracted, inserted, updated, unchanged, failed)"
    );
    describe_histogram!(
        RUN_CLAIM_DURATION,
        Unit::Seconds,
        "Time to claim a run in PostgreSQL (including the wait for its tenant's claim lock), by result"
    );
    describe_gauge!(
        QUEUE_DEPTH,
        "Runs waiting to start, by status (queued, retrying: due or not), read from PostgreSQL at scrape time"
    );
    describe_gauge!(
        QUEUE_OLDEST_AGE,
        Unit::Seconds,
        "How long the longest-waiting startable run has waited (0 when none), at scrape time"
    );
    describe_counter!(
        RECONCILER_REQUEUED,
        "Runs and deliveries the reconciler put back on the queue, by kind"
    );
    describe_counter!(
        SCHEDULER_TICKS,
        "Scheduler periods, by whether this worker held the scheduler lock (leader)"
    );
    describe_counter!(
        SCHEDULER_RUNS_CREATED,
        "Runs the scheduler created for due pipelines"
    );
    describe_histogram!(
        SCHEDULER_TICK_DURATION,
        Unit::Seconds,
        "How long the leader's scheduler took to turn due pipelines into runs, per tick"
    );
    describe_counter!(
        DELIVERIES,
        "Notification delivery attempts, by channel and outcome"
    );
    describe_gauge!(
        DB_POOL_CONNECTIONS,
        "PostgreSQL pool connections, by state (in_use, idle), at scrape time"
    );
    describe_gauge!(
        DB_POOL_MAX_CONNECTIONS,
        "The PostgreSQL pool's maximum size"
    );
}

/// Sets the pool gauges from `pool` now (called at scrape time).
pub fn record_pool(pool: &PgPool) {
    let size = pool.size() as f64;
    let idle = pool.num_idle() as f64;
    metrics::gauge!(DB_POOL_CONNECTIONS, "state" => "in_use").set((size - idle).max(0.0));
    metrics::gauge!(DB_POOL_CONNECTIONS, "state" => "idle").set(idle);
    metrics::gauge!(DB_POOL_MAX_CONNECTIONS).set(f64::from(pool.options().get_max_connections()));
}

/// Sets the queue gauges from the `runs` table now (called at scrape time): runs queued, runs
/// waiting for a retry, and the age of the oldest run that could start now.
pub async fn record_queue(pool: &PgPool) -> Result<(), sqlx::Error> {
    let (queued, retrying, oldest): (i64, i64, Option<f64>) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE status = 'queued'), \
                count(*) FILTER (WHERE status = 'retrying'), \
                EXTRACT(EPOCH FROM clock_timestamp() - min(CASE WHEN status = 'queued' THEN queued_at \
                    WHEN retry_at <= clock_timestamp() THEN retry_at END))::float8 \
         FROM runs WHERE status IN ('queued', 'retrying')",
    )
    .fetch_one(pool)
    .await?;
    metrics::gauge!(QUEUE_DEPTH, "status" => "queued").set(queued as f64);
    metrics::gauge!(QUEUE_DEPTH, "status" => "retrying").set(retrying as f64);
    metrics::gauge!(QUEUE_OLDEST_AGE).set(oldest.unwrap_or(0.0).max(0.0));
    Ok(())
}

/// Counts work in progress on a gauge.
pub struct InFlight {
    gauge: metrics::Gauge,
}

impl InFlight {
    /// Increments `gauge` now and decrements it when dropped, however the work ends.
    pub fn enter(gauge: metrics::Gauge) -> Self {
        gauge.increment(1.0);
        Self { gauge }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.gauge.decrement(1.0);
    }
}

/// Seconds since `started`, for histograms.
pub fn seconds_since(started: Instant) -> f64 {
    started.elapsed().as_secs_f64()
}
