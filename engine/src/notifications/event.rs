//! The event a finished run produces. SQL builds it (`sluice_run_event`, called by the
//! `runs_finished_notify` trigger and by a test notification) and stores it in each delivery's
//! `payload`; this file reads it ([`Event`], the part an e-mail shows) and adds the run's link
//! ([`event_document`], what webhooks and the API show). Its counts are
//! [`RunCounts`](crate::run_records::RunCounts), held to the SQL by a test.

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::Value;
use uuid::Uuid;

use crate::run_records::RunCounts;

#[derive(Debug, Clone, Deserialize)]
pub struct EventPipeline {
    pub id: Uuid,
    pub name: String,
    pub next_run_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EventRun {
    pub id: Uuid,
    pub status: String,
    pub trigger: String,
    pub attempt: i32,
    pub duration_ms: Option<i64>,
    pub counts: RunCounts,
    #[serde(default)]
    pub open_failed_records: i64,
    pub error: Option<String>,
}

/// What an e-mail is written from: the part of a stored event (`sluice_run_event`) it shows.
/// Webhooks send the stored event whole.
#[derive(Debug, Clone, Deserialize)]
pub struct Event {
    #[serde(rename = "type")]
    pub kind: String,
    pub pipeline: EventPipeline,
    pub run: EventRun,
}

/// The run's page in the web app.
pub fn run_url(base_url: &str, pipeline: Uuid, run: Uuid) -> String {
    format!(
        "{}/pipelines/{pipeline}/runs/{run}",
        base_url.trim_end_matches('/')
    )
}

/// The event as delivered: the stored payload plus `run.url`.
pub fn event_document(payload: &Value, base_url: &str) -> Value {
    let mut event = payload.clone();
    let ids = (
        payload
            .pointer("/pipeline/id")
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<Uuid>().ok()),
        payload
            .pointer("/run/id")
            .and_then(Value::as_str)
            .and_then(|s| s.parse::<Uuid>().ok()),
    );
    if let (Some(pipeline), Some(run)) = ids
        && let Some(run_object) = event.get_mut("run").and_then(Value::as_object_mut)
    {
        run_object.insert(
            "url".into(),
            Value::String(run_url(base_url, pipeline, run)),
        );
    }
    event
}

/// A stored event, for tests.
#[cfg(test)]
pub(crate) fn payload(kind: &str, error: Option<&str>) -> Value {
    serde_json::json!({
        "id": "0193a000-0000-7000-8000-000000000001",
        "type": kind,
        "created_at": "2026-11-27T06:00:05Z",
        "tenant": {"id": "0193a000-0000-7000-8000-000000000002", "name": "Acme"},
        "pipeline": {"id": "0193a000-0000-7000-8000-000000000003", "name": "us-covid", "next_run_at": "2026-11-28T11:00:00Z"},
        "run": {
            "id": "0193a000-0000-7000-8000-000000000004", "status": "failed", "trigger": "schedule", "attempt": 3,
            "started_at": "2026-11-27T06:00:00Z", "finished_at": "2026-11-27T06:00:04Z", "duration_ms": 4200,
            "counts": {"extracted": 1073, "inserted": 1, "updated": 2, "unchanged": 167, "failed": 3, "retried": 0},
            "open_failed_records": 3, "error": error, "error_code": null
        }
    })
}
