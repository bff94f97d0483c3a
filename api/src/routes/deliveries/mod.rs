//! A run's notifications: every attempt recorded, and a way to send one again.

pub mod list;
pub mod redeliver;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use sluice_engine::{db::entity::delivery, notify};
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Serialize, ToSchema)]
pub struct DeliveryResponse {
    pub id: Uuid,
    pub run_id: Uuid,
    /// `email` or `webhook`.
    pub channel: String,
    /// The recipient's address, or the webhook URL.
    pub target: String,
    /// Stays the same across attempts and redeliveries (the `Sluice-Event-Id` header).
    pub event_id: Uuid,
    /// `run.succeeded`, `run.failed`, `run.skipped`, `run.recovered`, or `test` (a test
    /// notification reporting this run).
    pub event_type: String,
    /// `pending`, `sending`, `delivered` or `failed`.
    pub status: String,
    pub attempts: i32,
    /// The event this delivery carries, exactly as a webhook receives it (the body that is
    /// signed), and what the e-mail was written from.
    #[schema(value_type = Object)]
    pub event: serde_json::Value,
    /// Every attempt: `{attempt, at, ok, detail}`.
    #[schema(value_type = Vec<Object>)]
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
            event: notify::event_document(&d.payload, base_url),
            id: d.id,
            run_id: d.run_id,
            channel: d.channel,
            target: d.target,
            event_id: d.event_id,
            event_type: d.event_type,
            status: d.status,
            attempts: d.attempts,
            attempt_log: d.attempt_log,
            last_error: d.last_error,
            next_attempt_at: d.next_attempt_at,
            delivered_at: d.delivered_at,
            created_at: d.created_at,
        }
    }
}

pub(crate) fn not_found(id: Uuid) -> crate::error::ApiError {
    crate::error::ApiError::new(
        crate::error::Code::DeliveryNotFound,
        format!("no delivery {id} in this tenant"),
    )
}
