//! Failed records: rows a run could not load, kept with their source row, raw values and
//! reason, re-checked on every run until they load (resolved) or are discarded.

pub mod act;
pub mod list;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use sluice_engine::db::entity::failed_record;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::{ApiError, Code};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum FailedStatus {
    /// Re-checked on every run.
    #[default]
    Open,
    /// Loaded by a later run.
    Resolved,
    /// Set aside by a user: not re-checked, not reported again.
    Discarded,
}

impl FailedStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            FailedStatus::Open => "open",
            FailedStatus::Resolved => "resolved",
            FailedStatus::Discarded => "discarded",
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct FailedRecordResponse {
    pub id: Uuid,
    pub pipeline_id: Uuid,
    /// The run that last saw the row fail.
    pub run_id: Option<Uuid>,
    /// The frame (source) of the pipeline the row came from.
    pub source: String,
    /// Line number in the source (position for a JSON array).
    pub row_number: Option<i64>,
    /// The row as read: `{column: text}`, a null value where the source had none; null when
    /// the row could not be recovered.
    #[schema(value_type = Option<std::collections::BTreeMap<String, Option<String>>>)]
    pub raw_record: serde_json::Value,
    pub reason: String,
    pub status: FailedStatus,
    /// Runs that tried the row.
    pub attempts: i32,
    /// A retry was asked for: the next run reloads even if the sources did not change.
    pub retry_requested: bool,
    pub resolved_at: Option<DateTime<FixedOffset>>,
    pub resolved_run_id: Option<Uuid>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl From<failed_record::Model> for FailedRecordResponse {
    fn from(f: failed_record::Model) -> Self {
        Self {
            id: f.id,
            pipeline_id: f.pipeline_id,
            run_id: f.run_id,
            source: f.source,
            row_number: f.row_number,
            raw_record: f.raw_record,
            reason: f.reason,
            status: crate::routes::stored("failed_records.status", &f.status).unwrap_or_default(),
            attempts: f.attempts,
            retry_requested: f.retry_requested,
            resolved_at: f.resolved_at,
            resolved_run_id: f.resolved_run_id,
            created_at: f.created_at,
            updated_at: f.updated_at,
        }
    }
}

pub(crate) fn not_found(id: Uuid) -> ApiError {
    ApiError::new(
        Code::FailedRecordNotFound,
        format!("no failed record {id} in this tenant"),
    )
}
