//! Runs: trigger, follow, cancel. A run is a row in PostgreSQL first; the queue only carries
//! its id.

pub mod cancel;
pub mod create;
pub mod get;
pub mod list;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use sluice_engine::{db::entity::run, etl::run::RunErrorCode, run_records::RunCounts};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::{ApiError, Code};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    #[default]
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

/// What started a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RunTrigger {
    /// `POST /pipelines/{id}/runs`.
    #[default]
    Manual,
    /// The pipeline's cron schedule.
    Schedule,
    /// Allowed by the table for retries of failed records; this version never writes it.
    Retry,
}

/// Milliseconds spent in each stage; a stage the run did not reach is absent.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
pub struct RunTimings {
    /// From the run's start until its sources were downloaded, or known to be unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub extract_ms: Option<u64>,
    /// Opening the downloaded files: their headers and, for a CSV whose column types are
    /// inferred, one pass over its values.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub open_ms: Option<u64>,
    /// The time the load spent waiting for transformed rows: reading, transforming and
    /// comparing run beside the load's copy, and only this part held it up.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub transform_ms: Option<u64>,
    /// Into a table that held rows: the time spent merging the new and changed rows into it,
    /// each batch's as soon as it is copied (the reading of the next batch goes on meanwhile).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub merge_ms: Option<u64>,
    /// From the last row copied to the load's end: a new table's primary key; a `mirror`'s
    /// deletes; the failed records.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub load_ms: Option<u64>,
    /// The whole run, from its start until its outcome was known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub total_ms: Option<u64>,
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
pub struct RunResponse {
    pub id: Uuid,
    pub pipeline_id: Uuid,
    pub status: RunStatus,
    pub trigger: RunTrigger,
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
    pub timings: RunTimings,
    pub error: Option<String>,
    pub error_code: Option<RunErrorCode>,
    /// What happened, step by step.
    pub step_log: Vec<String>,
}

impl From<run::Model> for RunResponse {
    fn from(r: run::Model) -> Self {
        let counts = RunCounts::from(&r);
        Self {
            id: r.id,
            pipeline_id: r.pipeline_id,
            status: crate::routes::stored("runs.status", &r.status).unwrap_or_default(),
            trigger: crate::routes::stored("runs.trigger", &r.trigger).unwrap_or_default(),
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
            counts,
            timings: serde_json::from_value(r.timings).unwrap_or_default(),
            error: r.error,
            error_code: r
                .error_code
                .and_then(|code| crate::routes::stored("runs.error_code", &code)),
            step_log: serde_json::from_value(r.step_log).unwrap_or_default(),
        }
    }
}

pub(crate) fn not_found(id: Uuid) -> ApiError {
    ApiError::new(Code::RunNotFound, format!("no run {id} in this tenant"))
}
