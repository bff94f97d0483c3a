//! `destination.on_schema_change`: what a run does when the output's columns differ from the
//! destination table's.

use serde_json::{Value, json};
use sluice_engine::etl::run::RunErrorCode;
use uuid::Uuid;

use crate::env::Env;

/// Rows 1..=n: `id`, `day` 2024-01-<id>, `value` = id.
fn days(n: i64) -> String {
    let mut out = String::from("id,day,value\n");
    for id in 1..=n {
        out.push_str(&format!("{id},2024-01-{id:02},{id}\n"));
    }
    out
}

/// An incremental pipeline on `day` (no lookback) with `extra` steps after the cast.
fn spec(extra: Value, on_schema_change: Option<&str>) -> Value {
    let mut transform = vec![json!(
        {"op": "cast", "frame": "raw", "columns": {"id": "int", "value": "int", "day": "date"}}
    )];
    transform.extend(extra.as_array().cloned().unwrap_or_default());
    let mut destination = json!({"table": "numbers", "primary_key": ["id"]});
    if let Some(mode) = on_schema_change {
        destination["on_schema_change"] = json!(mode);
    }
    json!({
        "sources": {"raw": "numbers"},
        "transform": transform,
        "output": "raw",
        "destination": destination,
        "incremental": {"cursor": "day", "lookback": 0}
    })
}

fn doubled() -> Value {
    json!([{"op": "derive", "frame": "raw", "column": "double", "expr": {"mul": [{"col": "value"}, {"lit": 2}]}}])
}

async fn set_spec(env: &Env, pipeline: Uuid, spec: Value) {
    sea_orm::sqlx::query("UPDATE pipelines SET spec = $1 WHERE id = $2")
        .bind(spec)
        .bind(pipeline)
        .execute(&env.pool)
        .await
        .unwrap();
}

fn logged(log: &[String], needle: &str) -> bool {
    log.iter().any(|line| line.contains(needle))
}

async fn column_exists(env: &Env, column: &str) -> bool {
    env.scalar(&format!(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = '{}' \
         AND table_name = 'numbers' AND column_name = '{column}'",
        env.schema
    ))
    .await
        == 1
}

#[tokio::test]
async fn by_default_a_new_column_fills_the_window_only_and_the_log_says_so() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    env.server.body("/numbers", days(5));
    let pipeline = env.pipeline(spec(json!([]), None)).await;
    env.run(pipeline).await.unwrap();

    set_spec(&env, pipeline, spec(doubled(), None)).await;
    let report = env.run(pipeline).await.unwrap();
    assert!(
        logged(&report.log, "adds column `double` to table `numbers`")
            && logged(&report.log, "NULL in older rows"),
        "{:?}",
        report.log
    );
    let schema = env.schema.clone();
    // The window is the last loaded day onwards: only row 5.
    assert_eq!(
        env.scalar(&format!(
            "SELECT count(*) FROM \"{schema}\".numbers WHERE double IS NULL"
        ))
        .await,
        4
    );
    assert_eq!(
        env.scalar(&format!(
            "SELECT double FROM \"{schema}\".numbers WHERE id = 5"
        ))
        .await,
        10
    );
}

#[tokio::test]
async fn backfill_reloads_every_row_once_when_the_output_gains_a_column() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    env.server.body("/numbers", days(5));
    let pipeline = env.pipeline(spec(json!([]), Some("backfill"))).await;
    env.run(pipeline).await.unwrap();

    set_spec(&env, pipeline, spec(doubled(), Some("backfill"))).await;
    let report = env.run(pipeline).await.unwrap();
    assert!(
        logged(&report.log, "every row is reloaded"),
        "{:?}",
        report.log
    );
    assert_eq!((report.counts.updated, report.counts.inserted), (5, 0));
    let schema = env.schema.clone();
    assert_eq!(
        env.scalar(&format!(
            "SELECT count(*) FROM \"{schema}\".numbers WHERE double = 2 * value"
        ))
        .await,
        5
    );

    // The columns are there now: the next run is incremental again (rows 5 and 6 only).
    env.server.body("/numbers", days(6));
    let report = env.run(pipeline).await.unwrap();
    assert!(!logged(&report.log, "reloaded"), "{:?}", report.log);
    assert_eq!(
        (
            report.counts.extracted,
            report.counts.inserted,
            report.counts.unchanged
        ),
        (6, 1, 1)
    );
}

#[tokio::test]
async fn fail_refuses_added_and_removed_columns_and_loads_nothing() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    env.server.body("/numbers", days(3));
    let pipeline = env.pipeline(spec(json!([]), Some("fail"))).await;
    env.run(pipeline).await.unwrap();
    // A new row arrives with the changed spec: it must not be loaded either.
    env.server.body("/numbers", days(4));

    set_spec(&env, pipeline, spec(doubled(), Some("fail"))).await;
    let err = env.run(pipeline).await.unwrap_err();
    assert_eq!(err.code, RunErrorCode::SchemaChanged);
    assert!(!err.recoverable);
    assert!(
        err.message
            .contains("the output adds column `double` of table `numbers`")
            && err.message.contains("on_schema_change is `fail`"),
        "{err}"
    );
    assert!(!column_exists(&env, "double").await);
    assert_eq!(env.count("numbers").await, 3);
    assert_eq!(env.last_run(pipeline).await.0, "failed");
    let code: Option<String> = sea_orm::sqlx::query_scalar(
        "SELECT error_code FROM runs WHERE pipeline_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(pipeline)
    .fetch_one(&env.pool)
    .await
    .unwrap();
    assert_eq!(code.as_deref(), Some("schema_changed"));

    let dropped = json!([{"op": "drop", "frame": "raw", "columns": ["value"]}]);
    set_spec(&env, pipeline, spec(dropped, Some("fail"))).await;
    let err = env.run(pipeline).await.unwrap_err();
    assert_eq!(err.code, RunErrorCode::SchemaChanged);
    assert!(
        err.message.contains("no longer has column `value`"),
        "{err}"
    );
    assert_eq!(env.count("numbers").await, 3);
}

#[tokio::test]
async fn a_column_the_output_no_longer_has_keeps_its_old_values_and_the_log_says_so() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    env.server.body("/numbers", days(3));
    let pipeline = env.pipeline(spec(json!([]), None)).await;
    env.run(pipeline).await.unwrap();

    env.server.body("/numbers", days(4));
    let dropped = json!([{"op": "drop", "frame": "raw", "columns": ["value"]}]);
    set_spec(&env, pipeline, spec(dropped, None)).await;
    let report = env.run(pipeline).await.unwrap();
    assert!(
        logged(
            &report.log,
            "the output no longer has column `value` of table `numbers`"
        ),
        "{:?}",
        report.log
    );
    let schema = env.schema.clone();
    assert_eq!(
        env.scalar(&format!(
            "SELECT count(*) FROM \"{schema}\".numbers WHERE value IS NOT NULL"
        ))
        .await,
        3
    );
    assert_eq!(
        env.scalar(&format!(
            "SELECT count(*) FROM \"{schema}\".numbers WHERE id = 4 AND value IS NULL"
        ))
        .await,
        1
    );
}
