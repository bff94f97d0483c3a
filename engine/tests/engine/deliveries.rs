//! The notification outbox's state changes, straight against PostgreSQL.

use std::time::Duration;

use sea_orm::sqlx;
use serde_json::json;
use sluice_engine::notifications::deliveries;
use uuid::Uuid;

use crate::env::Env;

/// A finished run of a fresh pipeline, and one webhook delivery for it in `status`, claimed an
/// hour ago by `worker-a` after `attempts` attempts.
async fn delivery(env: &Env, pipeline: Uuid, status: &str, attempts: i32) -> Uuid {
    let run = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger, finished_at) \
         VALUES ($1, $2, $3, 'succeeded', 'manual', now())",
    )
    .bind(run)
    .bind(env.tenant_id)
    .bind(pipeline)
    .execute(&env.pool)
    .await
    .unwrap();
    let id = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO deliveries (id, tenant_id, pipeline_id, run_id, channel, target, event_id, \
           event_type, payload, status, attempts, claimed_by, claimed_at) \
         VALUES ($1, $2, $3, $4, 'webhook', 'http://127.0.0.1:9/hook', $5, 'run.succeeded', '{}', \
           $6, $7, 'worker-a', now() - interval '1 hour')",
    )
    .bind(id)
    .bind(env.tenant_id)
    .bind(pipeline)
    .bind(run)
    .bind(Uuid::now_v7())
    .bind(status)
    .bind(attempts)
    .execute(&env.pool)
    .await
    .unwrap();
    id
}

async fn state(env: &Env, id: Uuid) -> (String, i32, Option<String>, serde_json::Value) {
    sqlx::query_as("SELECT status, attempts, last_error, attempt_log FROM deliveries WHERE id = $1")
        .bind(id)
        .fetch_one(&env.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_stale_delivery_goes_out_again_unless_it_was_its_last_attempt() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    let pipeline = env
        .pipeline(json!({
            "sources": {"raw": "numbers"},
            "output": "raw",
            "destination": {"table": "numbers", "primary_key": ["id"]}
        }))
        .await;
    let second_try = delivery(&env, pipeline, "sending", 2).await;
    let last_try = delivery(&env, pipeline, "sending", 3).await;
    let delivered = delivery(&env, pipeline, "delivered", 1).await;

    // Claimed an hour ago: not stale yet under a two-hour window.
    let none = deliveries::reclaim_stale(&env.pool, Duration::from_secs(7200), 3)
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_eq!(state(&env, second_try).await.0, "sending");

    let again = deliveries::reclaim_stale(&env.pool, Duration::from_secs(60), 3)
        .await
        .unwrap();
    assert_eq!(
        again,
        [second_try],
        "only the one with attempts left is re-sent"
    );

    let (status, attempts, error, log) = state(&env, second_try).await;
    assert_eq!((status.as_str(), attempts), ("pending", 2));
    assert_eq!(
        error.as_deref(),
        Some("worker worker-a stopped while sending")
    );
    assert_eq!(log[0]["attempt"], 2);
    assert_eq!(log[0]["ok"], false);

    let (status, attempts, error, log) = state(&env, last_try).await;
    assert_eq!((status.as_str(), attempts), ("failed", 3));
    assert_eq!(
        error.as_deref(),
        Some("worker worker-a stopped while sending; no attempts left")
    );
    assert_eq!(log.as_array().unwrap().len(), 1);

    assert_eq!(state(&env, delivered).await.0, "delivered");
    // Nothing is stale any more.
    assert!(
        deliveries::reclaim_stale(&env.pool, Duration::from_secs(60), 3)
            .await
            .unwrap()
            .is_empty()
    );
}
