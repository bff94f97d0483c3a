//! The Redis side of the run queue (apalis). Pushing a job is an optimisation: a run that is
//! never pushed, or whose job Redis loses, is offered again by the reconciler.

use std::time::Duration;

use apalis::prelude::TaskSink;
use apalis_redis::{Config, ConnectionManager, RedisStorage};
use secrecy::ExposeSecret;
use sluice_engine::{
    jobs::{RunJob, runs_queue},
    settings::Settings,
};
use uuid::Uuid;

/// Our apalis-redis settings, each chosen rather than defaulted (DESIGN.md):
/// - one fetched job per free slot, so a busy worker's buffer does not starve idle ones;
/// - an idle apalis worker fetches again only when its heartbeat fires (a push does not wake
///   it), so the heartbeat is the poll interval: `worker.queue_poll_ms`, not 30 s;
/// - a dead worker's fetched jobs are released after `worker.stale_after_secs` of missed
///   heartbeats, not five minutes (PostgreSQL's own heartbeats decide about its runs).
pub fn config(settings: &Settings) -> Config {
    let poll = Duration::from_millis(settings.worker.queue_poll_ms.clamp(10, 5_000));
    let missed = (settings.worker.stale_after_secs * 1000 / poll.as_millis().max(1) as u64).max(3);
    Config::default()
        .queue(runs_queue(&settings.redis.namespace))
        .batch_size(settings.worker.concurrency.max(1))
        .heartbeat_interval(poll)
        .missed_heartbeats(missed as usize)
}

pub async fn connect(settings: &Settings) -> Result<ConnectionManager, apalis_redis::RedisError> {
    apalis_redis::connect(settings.redis.url.expose_secret()).await
}

pub fn storage(settings: &Settings, conn: ConnectionManager) -> RedisStorage<RunJob> {
    RedisStorage::new(conn).with_config(config(settings))
}

/// Pushes run jobs; connects lazily and reconnects after a failure.
pub struct Producer {
    settings: Settings,
    storage: Option<RedisStorage<RunJob>>,
}

impl Producer {
    pub fn new(settings: Settings) -> Self {
        Self {
            settings,
            storage: None,
        }
    }

    /// Pushes `runs`; returns those pushed (the others stay owed to the reconciler).
    pub async fn push(&mut self, runs: &[Uuid]) -> Vec<Uuid> {
        let mut pushed = Vec::new();
        for run_id in runs {
            if self.storage.is_none() {
                match tokio::time::timeout(Duration::from_secs(3), connect(&self.settings)).await {
                    Ok(Ok(conn)) => self.storage = Some(storage(&self.settings, conn)),
                    Ok(Err(e)) => {
                        tracing::warn!(error = %e, "cannot reach Redis; runs stay owed to the reconciler");
                        break;
                    }
                    Err(_) => {
                        tracing::warn!("Redis did not answer; runs stay owed to the reconciler");
                        break;
                    }
                }
            }
            let Some(storage) = self.storage.as_mut() else {
                break;
            };
            let push = storage.push(RunJob { run_id: *run_id });
            match tokio::time::timeout(Duration::from_secs(3), push).await {
                Ok(Ok(())) => pushed.push(*run_id),
                Ok(Err(e)) => {
                    tracing::warn!(error = %e, %run_id, "pushing a run failed");
                    self.storage = None;
                    break;
                }
                Err(_) => {
                    tracing::warn!(%run_id, "pushing a run timed out");
                    self.storage = None;
                    break;
                }
            }
        }
        pushed
    }
}
