//! Sluice's job queues, shared by the producers (API, scheduler, reconciler) and the consumer
//! (worker) without tying the binaries together: the job types and queue names ([`jobs`]), and
//! the Redis side (apalis): `runs` and `deliveries`. Pushing a job is an optimisation: a row that
//! is never pushed, or whose job Redis loses, is offered again by the reconciler.

pub mod jobs;

use std::{marker::PhantomData, time::Duration};

use apalis::prelude::{BackendExt, IntervalStrategy, PollWith, TaskSink};
use apalis_redis::{Config, ConnectionManager, RedisError, RedisStorage};
use redis::AsyncCommands;
use secrecy::ExposeSecret;
use serde::{Serialize, de::DeserializeOwned};
use sluice_engine::settings::RedisSettings;
use uuid::Uuid;

use crate::jobs::{DeliveryJob, RunJob, deliveries_queue, runs_queue};

/// A job type and its queue.
pub trait Job: Serialize + DeserializeOwned + Send + Sync + Unpin + 'static {
    fn queue(namespace: &str) -> String;
    fn for_id(id: Uuid) -> Self;
}

impl Job for RunJob {
    fn queue(namespace: &str) -> String {
        runs_queue(namespace)
    }

    fn for_id(id: Uuid) -> Self {
        RunJob { run_id: id }
    }
}

impl Job for DeliveryJob {
    fn queue(namespace: &str) -> String {
        deliveries_queue(namespace)
    }

    fn for_id(id: Uuid) -> Self {
        DeliveryJob { delivery_id: id }
    }
}

/// What a consumer's apalis settings are made of: the worker's `worker.queue_poll_ms`,
/// `worker.stale_after_secs` and `worker.concurrency`.
#[derive(Debug, Clone, Copy)]
pub struct ConsumerSettings {
    pub poll_ms: u64,
    pub stale_after_secs: u64,
    pub concurrency: usize,
}

/// Our apalis-redis settings, each chosen rather than defaulted (docs/RUNS.md):
/// - one fetched job per free slot, so a busy worker's buffer does not starve idle ones;
/// - an idle apalis worker fetches again only when its heartbeat fires (a push does not wake
///   it), so the heartbeat is the poll interval: `worker.queue_poll_ms`, not 30 s;
/// - a dead worker's fetched jobs are released after `worker.stale_after_secs` of missed
///   heartbeats, not five minutes (PostgreSQL's own heartbeats decide about its runs).
pub fn config(consumer: &ConsumerSettings, queue: String) -> Config {
    let poll = Duration::from_millis(consumer.poll_ms.clamp(10, 5_000));
    let missed = (consumer.stale_after_secs * 1000 / poll.as_millis().max(1) as u64).max(3);
    Config::default()
        .queue(queue)
        .batch_size(consumer.concurrency.max(1))
        .heartbeat_interval(poll)
        .missed_heartbeats(missed as usize)
}

/// A connection to the queue's Redis.
pub type Connection = ConnectionManager;

pub async fn connect(redis: &RedisSettings) -> Result<ConnectionManager, apalis_redis::RedisError> {
    apalis_redis::connect(redis.url.expose_secret()).await
}

/// The storage a producer pushes to: pushing reads only the queue's name from the config (its
/// keys), so a producer needs none of the consumer's settings.
pub fn storage<J: Job>(redis: &RedisSettings, conn: ConnectionManager) -> RedisStorage<J> {
    RedisStorage::new(conn).with_config(Config::default().queue(J::queue(&redis.namespace)))
}

/// The backend a consumer reads: the Redis storage, also woken every [`KICK_EVERY`].
///
/// apalis 1.0 wakes an idle consumer only from its poll timer, and polls that timer only
/// between fetches: when the timer fires while a fetch is in flight (Redis slower than
/// `worker.queue_poll_ms` for one reply), the wake-up is spent on the fetch, and once that
/// fetch comes back empty nothing wakes the consumer again; it stops taking jobs, for good,
/// without an error. apalis's own interval poller bounds such a stall to `KICK_EVERY`, for one
/// extra fetch per interval (`a_redis_slower_than_the_poll_interval_does_not_stall_the_consumer`).
pub fn consumer<J: Job>(
    redis: &RedisSettings,
    settings: &ConsumerSettings,
    conn: ConnectionManager,
) -> PollWith<RedisStorage<J>, IntervalStrategy> {
    RedisStorage::new(conn)
        .with_config(config(settings, J::queue(&redis.namespace)))
        .poll_with_interval(KICK_EVERY)
}

/// How often a consumer is woken whatever apalis's poll timer does.
pub const KICK_EVERY: Duration = Duration::from_secs(1);

/// Pushes jobs of one queue; connects lazily and reconnects after a failure.
pub struct Producer<J: Job> {
    redis: RedisSettings,
    storage: Option<RedisStorage<J>>,
    job: PhantomData<J>,
}

impl<J: Job> Producer<J> {
    pub fn new(redis: RedisSettings) -> Self {
        Self {
            redis,
            storage: None,
            job: PhantomData,
        }
    }

    /// Pushes a job per id; returns the ids pushed (the others stay owed to the reconciler).
    pub async fn push(&mut self, ids: &[Uuid]) -> Vec<Uuid> {
        let mut pushed = Vec::new();
        for id in ids {
            if self.storage.is_none() {
                match tokio::time::timeout(Duration::from_secs(3), connect(&self.redis)).await {
                    Ok(Ok(conn)) => self.storage = Some(storage(&self.redis, conn)),
                    Ok(Err(e)) => {
                        tracing::warn!(error = %e, "cannot reach Redis; the reconciler will offer the jobs");
                        break;
                    }
                    Err(_) => {
                        tracing::warn!("Redis did not answer; the reconciler will offer the jobs");
                        break;
                    }
                }
            }
            let Some(storage) = self.storage.as_mut() else {
                break;
            };
            match tokio::time::timeout(Duration::from_secs(3), storage.push(J::for_id(*id))).await {
                Ok(Ok(())) => pushed.push(*id),
                Ok(Err(e)) => {
                    tracing::warn!(error = %e, %id, "pushing a job failed");
                    self.storage = None;
                    break;
                }
                Err(_) => {
                    tracing::warn!(%id, "pushing a job timed out");
                    self.storage = None;
                    break;
                }
            }
        }
        pushed
    }
}

/// Most finished jobs forgotten per script call, so that one call never blocks Redis long.
const SWEEP_BATCH: usize = 500;

/// apalis-redis keeps every job's metadata (`<queue>:meta:<job>`), its payload (a field of
/// `<queue>:data`) and its id in `<queue>:done` (or `:dead`) forever, and a worker's
/// `<queue>:workers:metadata:<name>` after the worker is gone. A finished job's outcome is
/// PostgreSQL's (the handler returns only once it is recorded there), so these are debris:
/// forget finished jobs, and the metadata of workers no longer registered in
/// `<queue>:workers` (apalis removes a worker from it once it missed its heartbeats).
/// Returns the number of keys and fields removed.
pub async fn sweep(settings: &RedisSettings, conn: &mut Connection) -> Result<usize, RedisError> {
    let finished = redis::Script::new(
        r"
        -- KEYS: done set, dead set, job data hash, job meta prefix; ARGV[1]: most ids
        local limit = tonumber(ARGV[1])
        local removed = 0
        for _, set in ipairs({KEYS[1], KEYS[2]}) do
            if removed >= limit then break end
            for _, id in ipairs(redis.call('SPOP', set, limit - removed)) do
                redis.call('DEL', KEYS[4] .. ':' .. id)
                redis.call('HDEL', KEYS[3], id)
                removed = removed + 1
            end
        end
        return removed
        ",
    );
    let unregistered = redis::Script::new(
        r"
        -- KEYS: the workers sorted set, one worker's metadata; ARGV[1]: the worker's name
        if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
        return redis.call('DEL', KEYS[2])
        ",
    );
    let mut removed = 0;
    let namespace = &settings.namespace;
    for queue in [runs_queue(namespace), deliveries_queue(namespace)] {
        let config = Config::default().queue(queue);
        loop {
            let n: usize = finished
                .key(config.done_jobs_set())
                .key(config.dead_jobs_set())
                .key(config.job_data_hash())
                .key(config.job_meta_hash())
                .arg(SWEEP_BATCH)
                .invoke_async(conn)
                .await?;
            removed += n;
            if n < SWEEP_BATCH {
                break;
            }
        }
        let prefix = format!("{}:metadata:", config.workers_set());
        let metadata: Vec<String> = {
            let mut keys = conn.scan_match::<_, String>(format!("{prefix}*")).await?;
            let mut all = Vec::new();
            while let Some(key) = keys.next_item().await {
                all.push(key?);
            }
            all
        };
        for key in metadata {
            let Some(name) = key.strip_prefix(&prefix) else {
                continue;
            };
            let n: usize = unregistered
                .key(config.workers_set())
                .key(&key)
                .arg(name)
                .invoke_async(conn)
                .await?;
            removed += n;
        }
    }
    Ok(removed)
}

/// Readiness: Redis answers `PING` within `timeout`, on a connection of its own, or why not.
pub async fn ping_redis(client: &redis::Client, timeout: Duration) -> Result<(), String> {
    let ping = async {
        let mut conn = client
            .get_multiplexed_async_connection()
            .await
            .map_err(|e| e.to_string())?;
        redis::cmd("PING")
            .query_async::<String>(&mut conn)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    tokio::time::timeout(timeout, ping)
        .await
        .unwrap_or_else(|_| Err(format!("no answer within {timeout:?}")))
}
