//! The transform language in real runs: steps that read other rows (aggregate, windows) see
//! the whole source even when a pipeline could otherwise be read in batches, and an aggregated
//! row rejected for its key is a failed record of its group's first source row.

use serde_json::json;

use crate::env::Env;

/// 3 days of 2 stores, cumulative sales; one row without a store.
const SALES: &str = "store,day,total\n\
a,2024-01-01,10\nb,2024-01-01,5\na,2024-01-02,15\n\
b,2024-01-02,9\na,2024-01-03,30\n,2024-01-03,1\nb,2024-01-03,9\n";

#[tokio::test]
async fn a_pipeline_of_the_most_steps_a_spec_allows_runs_in_batches_and_whole() {
    // polars plans a transform recursively, a level per step: on a thread with the default
    // stack a debug build aborted the whole worker at 30 steps.
    for batch_rows in [2, 1000] {
        let mut env = Env::with_batch_rows(batch_rows).await;
        env.source("sales", "csv", json!({})).await;
        env.server.body("/sales", SALES);
        let steps: Vec<serde_json::Value> = (0..sluice_engine::spec::MAX_STEPS)
            .map(|i| json!({"op": "filter", "frame": "raw", "where": {"column": "total", "gt": i as i64 - 99}}))
            .collect();
        let pipeline = env
            .pipeline(json!({
                "sources": {"raw": "sales"},
                "transform": steps,
                "output": "raw",
                "destination": {"table": "deep", "primary_key": ["store", "day"]}
            }))
            .await;
        let report = env.run(pipeline).await.unwrap();
        // The store-less row is rejected for its key; the last filter keeps total > 0.
        assert_eq!(
            (
                report.counts.extracted,
                report.counts.inserted,
                report.counts.failed
            ),
            (7, 6, 1),
            "batches of {batch_rows}"
        );
    }
}

#[tokio::test]
async fn aggregates_and_windows_see_the_whole_source_in_a_batched_engine() {
    // Two-row batches: a batched read would sum and number each batch apart.
    let mut env = Env::with_batch_rows(2).await;
    env.source("sales", "csv", json!({})).await;
    env.server.body("/sales", SALES);
    let pipeline = env
        .pipeline(json!({
            "sources": {"raw": "sales"},
            "transform": [
                {"op": "cast", "frame": "raw", "columns": {"day": "date", "total": "int"}},
                {"op": "derive", "frame": "raw", "column": "sold",
                 "expr": {"sub": [{"col": "total"}, {"coalesce": [
                     {"lag": "total", "order_by": ["day"], "partition_by": ["store"]}, {"lit": 0}]}]}},
                {"op": "aggregate", "frame": "raw", "group_by": ["store"],
                 "aggs": {"sold": {"sum": "sold"}, "days": {"count": "*"}, "last_day": {"max": "day"}}}
            ],
            "output": "raw",
            "destination": {"table": "store_sales", "primary_key": ["store"]}
        }))
        .await;
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(
        (
            report.counts.extracted,
            report.counts.inserted,
            report.counts.failed
        ),
        (7, 2, 1)
    );
    let schema = &env.schema;
    assert_eq!(
        env.scalar(&format!(
            "SELECT sold FROM \"{schema}\".store_sales WHERE store = 'a'"
        ))
        .await,
        30
    );
    assert_eq!(
        env.scalar(&format!(
            "SELECT sold FROM \"{schema}\".store_sales WHERE store = 'b'"
        ))
        .await,
        9
    );
    assert_eq!(
        env.scalar(&format!("SELECT sum(days) FROM \"{schema}\".store_sales"))
            .await,
        6
    );
    assert_eq!(
        env.scalar(&format!(
            "SELECT count(*) FROM \"{schema}\".store_sales WHERE last_day = DATE '2024-01-03'"
        ))
        .await,
        2
    );
    // The store-less group is rejected as its only source row, line 7 of the file.
    let (line, reason): (i64, String) = sea_orm::sqlx::query_as(
        "SELECT row_number, reason FROM failed_records WHERE pipeline_id = $1",
    )
    .bind(pipeline)
    .fetch_one(&env.pool)
    .await
    .unwrap();
    assert_eq!(line, 7);
    assert!(
        reason.contains("primary key column `store` is null"),
        "{reason}"
    );
}
