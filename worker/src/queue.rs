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
/// one batch per free slot so idle workers are not starved by a busy one's buffer, and a dead
/// worker's jobs freed after three missed heartbeats instead of five minutes.
pub fn config(settings: &Settings) -> Config {
    Config::default()
        .queue(runs_queue(&settings.redis.namespace))
        .batch_size(settings.worker.concurrency.max(1))
        .heartbeat_interval(Duration::from_secs(settings.worker.heartbeat_secs.max(1)))
        .missed_heartbeats(3)
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
