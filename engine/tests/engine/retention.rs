//! Retention against the real PostgreSQL: old rows go, in batches until none is left; recent
//! rows and the rows a pipeline still needs stay.

use chrono::{Duration, Utc};
use sea_orm::sqlx;
use serde_json::json;
use sluice_engine::{
    retention::{self, Swept},
    settings::RetentionSettings,
};
use uuid::Uuid;

use crate::env::Env;

fn settings(batch_rows: u32) -> RetentionSettings {
    RetentionSettings {
        runs_days: 90,
        deliveries_days: 30,
        failed_records_days: 90,
        batch_rows,
        every_secs: 300,
    }
}

async fn pipeline(env: &mut Env, name: &str) -> Uuid {
    env.source(name, "csv", json!({})).await;
    env.pipeline(json!({
        "sources": {"raw": name},
        "transform": [],
        "output": "raw",
        "destination": {"table": name, "primary_key": ["id"]}
    }))
    .await
}

/// A run `days` old; ids are UUIDv7, so runs made later are newer.
async fn run(env: &Env, pipeline: Uuid, status: &str, days: i64, inserted: i64) -> Uuid {
    let id = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO runs (id, tenant_id, pipeline_id, status, trigger, created_at, rows_inserted) \
         VALUES ($1, $2, $3, $4, 'manual', $5, $6)",
    )
    .bind(id)
    .bind(env.tenant_id)
    .bind(pipeline)
    .bind(status)
    .bind(Utc::now() - Duration::days(days))
    .bind(inserted)
    .execute(&env.pool)
    .await
    .unwrap();
    id
}

async fn delivery(env: &Env, pipeline: Uuid, run: Uuid, status: &str, days: i64) -> Uuid {
    let id = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO deliveries (id, tenant_id, pipeline_id, run_id, channel, target, event_id, \
         event_type, payload, status, created_at) \
         VALUES ($1, $2, $3, $4, 'webhook', 'https://example.com/hook', $1, 'run.succeeded', '{}', $5, $6)",
    )
    .bind(id)
    .bind(env.tenant_id)
    .bind(pipeline)
    .bind(run)
    .bind(status)
    .bind(Utc::now() - Duration::days(days))
    .execute(&env.pool)
    .await
    .unwrap();
    id
}

async fn failed_record(env: &Env, pipeline: Uuid, run: Uuid, status: &str, days: i64) -> Uuid {
    let id = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO failed_records (id, tenant_id, pipeline_id, run_id, source, row_number, \
         raw_record, record_hash, reason, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 'raw', 1, '{}', 'h', 'bad', $5, $6, $6)",
    )
    .bind(id)
    .bind(env.tenant_id)
    .bind(pipeline)
    .bind(run)
    .bind(status)
    .bind(Utc::now() - Duration::days(days))
    .execute(&env.pool)
    .await
    .unwrap();
    id
}

async fn ids(env: &Env, table: &'static str) -> Vec<Uuid> {
    let sql = match table {
        "runs" => "SELECT id FROM runs",
        "deliveries" => "SELECT id FROM deliveries",
        _ => "SELECT id FROM failed_records",
    };
    let mut ids: Vec<Uuid> = sqlx::query_scalar(sql).fetch_all(&env.pool).await.unwrap();
    ids.sort();
    ids
}

fn sorted(mut ids: Vec<Uuid>) -> Vec<Uuid> {
    ids.sort();
    ids
}

#[tokio::test]
async fn old_rows_go_in_batches_and_recent_and_protected_ones_stay() {
    let mut env = Env::new().await;
    let p = pipeline(&mut env, "busy").await;
    let quiet = pipeline(&mut env, "quiet").await;

    let mut doomed_runs = Vec::new();
    for _ in 0..5 {
        doomed_runs.push(run(&env, p, "succeeded", 100, 0).await);
    }
    // The latest succeeded run that changed the table.
    let changed = run(&env, p, "succeeded", 100, 3).await;
    doomed_runs.push(run(&env, p, "failed", 100, 0).await);
    // The latest failed run (it decides `run.recovered`).
    let last_failed = run(&env, p, "failed", 100, 0).await;
    // An open failed record points at it.
    let with_open_record = run(&env, p, "canceled", 100, 0).await;
    let open_record = failed_record(&env, p, with_open_record, "open", 100).await;
    // A delivery still to send.
    let with_pending = run(&env, p, "canceled", 100, 0).await;
    let pending = delivery(&env, p, with_pending, "pending", 100).await;
    let last_canceled = run(&env, p, "canceled", 100, 0).await;
    // Old, with a recent sent delivery: the run goes and takes the delivery with it.
    let with_sent = run(&env, p, "succeeded", 100, 0).await;
    doomed_runs.push(with_sent);
    delivery(&env, p, with_sent, "delivered", 1).await;
    let recent = run(&env, p, "succeeded", 1, 0).await;
    // Active runs stay however old they are.
    let active = run(&env, p, "queued", 100, 0).await;
    // The only run of a pipeline stays.
    let only = run(&env, quiet, "succeeded", 400, 0).await;

    let recent_delivery = delivery(&env, p, recent, "delivered", 1).await;
    let old_pending = delivery(&env, p, recent, "pending", 40).await;
    delivery(&env, p, recent, "delivered", 40).await;
    delivery(&env, p, recent, "failed", 40).await;

    let recent_resolved = failed_record(&env, p, recent, "resolved", 1).await;
    failed_record(&env, p, recent, "resolved", 100).await;
    failed_record(&env, p, recent, "discarded", 100).await;
    let old_open = failed_record(&env, p, recent, "open", 400).await;

    let before = ids(&env, "runs").await.len();
    let swept = retention::sweep(&env.pool, &settings(2), Utc::now())
        .await
        .unwrap();
    // Two at a time: 2 + 0 failed records, 2 + 0 deliveries, 2 + 2 + 2 + 1 runs.
    assert_eq!(
        swept,
        Swept {
            runs: doomed_runs.len() as u64,
            deliveries: 2,
            failed_records: 2,
            batches: 2 + 2 + 4,
        }
    );
    assert_eq!(ids(&env, "runs").await.len(), before - doomed_runs.len());
    assert_eq!(
        ids(&env, "runs").await,
        sorted(vec![
            changed,
            last_failed,
            with_open_record,
            with_pending,
            last_canceled,
            recent,
            active,
            only
        ])
    );
    assert_eq!(
        ids(&env, "deliveries").await,
        sorted(vec![pending, recent_delivery, old_pending])
    );
    assert_eq!(
        ids(&env, "failed_records").await,
        sorted(vec![open_record, recent_resolved, old_open])
    );

    // Nothing old is left: the next pass deletes nothing, one statement per kind.
    let again = retention::sweep(&env.pool, &settings(2), Utc::now())
        .await
        .unwrap();
    assert_eq!(
        again,
        Swept {
            batches: 3,
            ..Swept::default()
        }
    );
}

#[tokio::test]
async fn zero_days_keeps_everything_forever() {
    let mut env = Env::new().await;
    let p = pipeline(&mut env, "kept").await;
    let first = run(&env, p, "succeeded", 1000, 0).await;
    let second = run(&env, p, "succeeded", 1000, 0).await;
    delivery(&env, p, second, "delivered", 1000).await;
    failed_record(&env, p, second, "resolved", 1000).await;
    let forever = RetentionSettings {
        runs_days: 0,
        deliveries_days: 0,
        failed_records_days: 0,
        ..settings(1000)
    };
    let swept = retention::sweep(&env.pool, &forever, Utc::now())
        .await
        .unwrap();
    assert_eq!(swept, Swept::default());
    assert_eq!(ids(&env, "runs").await, sorted(vec![first, second]));
    assert_eq!(ids(&env, "deliveries").await.len(), 1);
    assert_eq!(ids(&env, "failed_records").await.len(), 1);
}
