//! Job payloads shared by the producers (API, scheduler, reconciler) and the consumer
//! (worker). A job only carries ids: the run itself lives in PostgreSQL.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// "Execute run `run_id`" — the whole job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunJob {
    pub run_id: Uuid,
}

/// The queue of [`RunJob`]s, under the deployment's namespace (never the Rust type path, so
/// renaming the type cannot silently move the queue).
pub fn runs_queue(namespace: &str) -> String {
    format!("{namespace}:runs")
}

/// "Send delivery `delivery_id`" (a notification from the outbox).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryJob {
    pub delivery_id: Uuid,
}

pub fn deliveries_queue(namespace: &str) -> String {
    format!("{namespace}:deliveries")
}
