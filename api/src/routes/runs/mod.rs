//! Runs: trigger, follow, cancel. A run is a row in PostgreSQL first; the queue only carries
//! its id.

pub mod cancel;
pub mod create;
pub mod get;
pub mod list;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use sluice_engine::db::entity::run;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::{ApiError, Code};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    Queued,
    Running,
    /// Failed transiently; queued again at `retry_at`.
    Retrying,
    Succeeded,
    Failed,
    /// Every source was unchanged: nothing to load.
    Skipped,
    Canceled,
}

impl RunStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Queued => "queued",
            RunStatus::Running => "running",
            RunStatus::Retrying => "retrying",
            RunStatus::Succeeded => "succeeded",
            RunStatus::Failed => "failed",
            RunStatus::Skipped => "skipped",
            RunStatus::Canceled => "canceled",
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct RunCounts {
    /// Rows read from the sources.
    pub extracted: i64,
    pub inserted: i64,
    pub updated: i64,
    /// Rows considered that the table already held as they are.
    pub unchanged: i64,
    /// Rows rejected this run (see the pipeline's failed records).
    pub failed: i64,
    /// Open failed records re-checked this run.
    pub retried: i64,
}

#[derive(Serialize, ToSchema)]
pub struct RunResponse {
    pub id: Uuid,
    pub pipeline_id: Uuid,
    pub status: String,
    /// `manual`, `schedule` or `retry`.
    pub trigger: String,
    /// Attempts started so far (a run handed back at a worker's shutdown does not count).
    pub attempt: i32,
    pub full_reload: bool,
    /// The schedule tick this run is for.
    pub scheduled_for: Option<DateTime<FixedOffset>>,
    /// The worker that holds (or last held) the run.
    pub worker_id: Option<String>,
    pub cancel_requested: bool,
    pub queued_at: DateTime<FixedOffset>,
    pub started_at: Option<DateTime<FixedOffset>>,
    pub finished_at: Option<DateTime<FixedOffset>>,
    pub heartbeat_at: Option<DateTime<FixedOffset>>,
    /// When a retrying run is queued again.
    pub retry_at: Option<DateTime<FixedOffset>>,
    /// Rows handled so far, while running.
    pub progress_rows: i64,
    pub counts: RunCounts,
    /// Milliseconds per stage: `extract_ms`, `transform_ms`, `load_ms`, `total_ms`.
    #[schema(value_type = Object)]
    pub timings: BTreeMap<String, u64>,
    pub error: Option<String>,
    /// Stable code of the error (`source_unavailable`, `malformed_source`, `worker_lost`, …).
    pub error_code: Option<String>,
    /// What happened, step by step.
    #[schema(value_type = Vec<String>)]
    pub step_log: serde_json::Value,
}

impl From<run::Model> for RunResponse {
    fn from(r: run::Model) -> Self {
        Self {
            id: r.id,
            pipeline_id: r.pipeline_id,
            status: r.status,
            trigger: r.trigger,
            attempt: r.attempt,
            full_reload: r.full_reload,
            scheduled_for: r.scheduled_for,
            worker_id: r.worker_id,
            cancel_requested: r.cancel_requested,
            queued_at: r.queued_at,
            started_at: r.started_at,
            finished_at: r.finished_at,
            heartbeat_at: r.heartbeat_at,
            retry_at: r.retry_at,
            progress_rows: r.progress_rows,
            counts: RunCounts {
                extracted: r.rows_extracted,
                inserted: r.rows_inserted,
                updated: r.rows_updated,
                unchanged: r.rows_unchanged,
                failed: r.rows_failed,
                retried: r.rows_retried,
            },
            timings: serde_json::from_value(r.timings).unwrap_or_default(),
            error: r.error,
            error_code: r.error_code,
            step_log: r.step_log,
        }
    }
}

pub(crate) fn not_found(id: Uuid) -> ApiError {
    ApiError::new(Code::RunNotFound, format!("no run {id} in this tenant"))
}
