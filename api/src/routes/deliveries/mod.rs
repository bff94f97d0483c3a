//! A run's notifications: every attempt recorded, and a way to send one again. The outbox
//! itself is `sluice_engine::notifications::deliveries`.

pub mod list;
pub mod redeliver;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use sluice_engine::{
    db::entity::delivery,
    domain::{Role, redacted},
    notifications::event::event_document,
    run_records::RunCounts,
};
use utoipa::ToSchema;
use uuid::Uuid;

use sluice_engine::etl::run::RunErrorCode;

use crate::routes::{
    notifications::origin,
    runs::{RunStatus, RunTrigger},
};

/// How a notification travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// Through Amazon SES.
    #[default]
    Email,
    /// A signed HTTP POST.
    Webhook,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DeliveryStatus {
    /// Waiting for its (next) attempt at `next_attempt_at`.
    #[default]
    Pending,
    /// A worker is sending it now.
    Sending,
    Delivered,
    /// Every attempt failed, or the failure was permanent.
    Failed,
}

/// What a notification reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
pub enum EventType {
    #[default]
    #[serde(rename = "run.succeeded")]
    RunSucceeded,
    #[serde(rename = "run.failed")]
    RunFailed,
    #[serde(rename = "run.skipped")]
    RunSkipped,
    /// The first success after a failure.
    #[serde(rename = "run.recovered")]
    RunRecovered,
    /// A test notification (`POST /pipelines/{id}/notifications/test`) reporting a finished run.
    #[serde(rename = "test")]
    Test,
}

/// The event a notification carries: the webhook body, byte for byte, and what an e-mail is
/// written from.
#[derive(Serialize, ToSchema)]
pub struct Event {
    /// Stable across retries and redeliveries (the `Sluice-Event-Id` header).
    pub id: Uuid,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub created_at: DateTime<FixedOffset>,
    pub tenant: EventTenant,
    pub pipeline: EventPipeline,
    pub run: EventRun,
}

#[derive(Serialize, ToSchema)]
pub struct EventTenant {
    pub id: Uuid,
    pub name: String,
}

#[derive(Serialize, ToSchema)]
pub struct EventPipeline {
    pub id: Uuid,
    pub name: String,
    /// The next scheduled run, if the pipeline has a schedule and is enabled.
    pub next_run_at: Option<DateTime<FixedOffset>>,
}

#[derive(Serialize, ToSchema)]
pub struct EventRun {
    pub id: Uuid,
    pub status: RunStatus,
    pub trigger: RunTrigger,
    pub attempt: i32,
    pub started_at: Option<DateTime<FixedOffset>>,
    pub finished_at: Option<DateTime<FixedOffset>>,
    pub duration_ms: Option<i64>,
    pub counts: RunCounts,
    /// The pipeline's open failed records when the run finished.
    pub open_failed_records: i64,
    pub error: Option<String>,
    pub error_code: Option<RunErrorCode>,
    /// The run in the web app.
    pub url: String,
}

/// One attempt at sending a delivery.
#[derive(Serialize, ToSchema)]
pub struct Attempt {
    /// 1 for the first attempt; 0 marks a delivery failed before any attempt (for example its
    /// recipient was removed).
    pub attempt: i32,
    pub at: DateTime<FixedOffset>,
    pub ok: bool,
    /// What happened: the HTTP status and reply, or the SES message id or error.
    pub detail: String,
}

#[derive(Serialize, ToSchema)]
pub struct DeliveryResponse {
    pub id: Uuid,
    pub run_id: Uuid,
    pub channel: Channel,
    /// The recipient's address, or the webhook URL (for a viewer, only its scheme and host).
    pub target: String,
    /// Stays the same across attempts and redeliveries (the `Sluice-Event-Id` header).
    pub event_id: Uuid,
    pub event_type: EventType,
    pub status: DeliveryStatus,
    pub attempts: i32,
    /// The event this delivery carries, exactly as a webhook receives it (the body that is
    /// signed), and what the e-mail was written from.
    #[schema(value_type = Event)]
    pub event: serde_json::Value,
    /// Every attempt, oldest first.
    #[schema(value_type = Vec<Attempt>)]
    pub attempt_log: serde_json::Value,
    pub last_error: Option<String>,
    pub next_attempt_at: DateTime<FixedOffset>,
    pub delivered_at: Option<DateTime<FixedOffset>>,
    pub created_at: DateTime<FixedOffset>,
}

impl DeliveryResponse {
    /// `base_url`: the web app's, for the run link in the event.
    pub fn new(d: delivery::Model, base_url: &str) -> Self {
        Self {
            event: event_document(&d.payload, base_url),
            id: d.id,
            run_id: d.run_id,
            channel: crate::routes::stored("deliveries.channel", &d.channel).unwrap_or_default(),
            target: d.target,
            event_id: d.event_id,
            event_type: crate::routes::stored("deliveries.event_type", &d.event_type)
                .unwrap_or_default(),
            status: crate::routes::stored("deliveries.status", &d.status).unwrap_or_default(),
            attempts: d.attempts,
            attempt_log: d.attempt_log,
            last_error: d.last_error,
            next_attempt_at: d.next_attempt_at,
            delivered_at: d.delivered_at,
            created_at: d.created_at,
        }
    }
}

impl DeliveryResponse {
    /// What `role` may see: for a viewer, a webhook's URL is replaced by its scheme and host
    /// wherever it appears (the target, the error, the attempt log).
    pub fn for_role(mut self, role: Role) -> Self {
        if role != Role::Viewer || self.channel != Channel::Webhook {
            return self;
        }
        let shown = origin(&self.target);
        // Messages name the URL in full or as `redacted` wrote it (no query, no credentials).
        let forms = [self.target.clone(), redacted(&self.target)];
        let hide = |text: &str| {
            forms.iter().fold(text.to_owned(), |text, form| {
                text.replace(form.as_str(), &shown)
            })
        };
        self.last_error = self.last_error.as_deref().map(hide);
        if let Some(log) = self.attempt_log.as_array_mut() {
            for attempt in log {
                if let Some(detail) = attempt.get("detail").and_then(|d| d.as_str()) {
                    attempt["detail"] = serde_json::Value::String(hide(detail));
                }
            }
        }
        self.target = shown;
        self
    }
}

pub(crate) fn not_found(id: Uuid) -> crate::error::ApiError {
    crate::error::ApiError::new(
        crate::error::Code::DeliveryNotFound,
        format!("no delivery {id} in this tenant"),
    )
}
