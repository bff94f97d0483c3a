//! The `sql` step in real runs: the reference pipeline written as one SQL query loads the very
//! table the step-by-step one does, and a row a query made without its source line still
//! becomes a failed record.

use sea_orm::sqlx::{self, Row};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::env::Env;

/// The reference pipeline with every step but the unpivot (polars SQL has no UNPIVOT) as one
/// query: the date parsing, the casts, the US filter, the join and the sort. NYT's ISO dates are
/// dates as read (typed by default); JHU's `1/22/20` headers are parsed.
fn reference_as_sql(table: &str) -> Value {
    json!({
        "sources": {"nyt": "nyt-us", "jhu": "jhu-recovered-global"},
        "transform": [
            {"op": "unpivot", "frame": "jhu", "index": ["Country/Region"],
             "drop": ["Province/State", "Lat", "Long"], "name": "date", "value": "recovered"},
            {"op": "sql", "into": "out", "query": "
                SELECT n.date, n.cases, n.deaths, j.recovered
                FROM (SELECT date, CAST(cases AS BIGINT) AS cases,
                             CAST(deaths AS BIGINT) AS deaths
                      FROM nyt) AS n
                JOIN (SELECT DATE(date, '%m/%d/%Y') AS date, CAST(recovered AS BIGINT) AS recovered
                      FROM jhu WHERE \"Country/Region\" = 'US') AS j
                  ON n.date = j.date
                ORDER BY n.date"}
        ],
        "output": "out",
        "destination": {"table": table, "primary_key": ["date"]}
    })
}

/// Every row of a table, as text, in key order; and its columns with their types.
async fn table(env: &Env, name: &str) -> (Vec<Vec<Option<String>>>, Vec<(String, String)>) {
    let columns: Vec<(String, String)> = sqlx::query_as(
        "SELECT column_name::text, data_type::text FROM information_schema.columns \
         WHERE table_schema = $1 AND table_name = $2 AND column_name NOT LIKE '\\_sluice%' \
         ORDER BY ordinal_position",
    )
    .bind(&env.schema)
    .bind(name)
    .fetch_all(&env.pool)
    .await
    .unwrap();
    let list = columns
        .iter()
        .map(|(c, _)| format!("\"{c}\"::text"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT {list} FROM \"{}\".\"{name}\" ORDER BY 1",
        env.schema
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(&env.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| (0..columns.len()).map(|i| r.get(i)).collect())
        .collect();
    (rows, columns)
}

#[tokio::test]
async fn the_reference_pipeline_as_one_sql_step_loads_the_same_170_rows() {
    let mut env = Env::new().await;
    let steps = env.reference().await;
    env.run(steps).await.unwrap();
    let sql = env.pipeline(reference_as_sql("us_covid_sql")).await;
    let report = env.run(sql).await.unwrap();
    assert_eq!(
        (report.counts.inserted, report.counts.failed),
        (170, 0),
        "{report:?}"
    );
    assert_eq!(report.counts.extracted, 820 + 253);

    let (expected, expected_columns) = table(&env, "us_covid").await;
    let (got, got_columns) = table(&env, "us_covid_sql").await;
    assert_eq!(expected.len(), 170);
    assert_eq!(
        got_columns, expected_columns,
        "the same columns, of the same types"
    );
    assert_eq!(
        expected_columns
            .iter()
            .map(|(c, _)| c.as_str())
            .collect::<Vec<_>>(),
        ["date", "cases", "deaths", "recovered"]
    );
    assert_eq!(got, expected, "the same rows, value for value");
}

#[tokio::test]
async fn a_row_made_by_sql_without_its_origin_is_a_failed_record_of_the_output() {
    let mut env = Env::new().await;
    env.source("counts", "csv", json!({})).await;
    env.server
        .body("/counts", "state,cases\nNY,5\nNY,-9\nNJ,2\nNJ,3\nCT,-1\n");
    let pipeline = env
        .pipeline(json!({
            "sources": {"raw": "counts"},
            "transform": [
                {"op": "cast", "frame": "raw", "columns": {"cases": "int"}},
                {"op": "sql", "into": "totals",
                 "query": "SELECT state, SUM(cases) AS cases FROM raw GROUP BY state ORDER BY state"}
            ],
            "output": "totals",
            "destination": {"table": "totals", "primary_key": ["state"]},
            "tests": [{"column": "cases", "min": 0, "on_fail": "reject_row"}]
        }))
        .await;
    let report = env.run(pipeline).await.unwrap();
    assert_eq!((report.counts.inserted, report.counts.failed), (1, 2));
    let records = |pipeline: Uuid| {
        let pool = env.pool.clone();
        async move {
            sqlx::query(
                "SELECT source, row_number, raw_record, reason, attempts FROM failed_records \
                 WHERE pipeline_id = $1 AND status = 'open' ORDER BY raw_record ->> 'state'",
            )
            .bind(pipeline)
            .fetch_all(&pool)
            .await
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r.get::<String, _>(0),
                    r.get::<Option<i64>, _>(1),
                    r.get::<Value, _>(2),
                    r.get::<String, _>(3),
                    r.get::<i32, _>(4),
                )
            })
            .collect::<Vec<_>>()
        }
    };
    let first = records(pipeline).await;
    assert_eq!(
        first,
        [
            (
                "totals".to_owned(),
                None,
                json!({"state": "CT", "cases": "-1"}),
                "tests[0] (`cases` min 0) failed: `cases` is -1".to_owned(),
                1
            ),
            (
                "totals".to_owned(),
                None,
                json!({"state": "NY", "cases": "-4"}),
                "tests[0] (`cases` min 0) failed: `cases` is -4".to_owned(),
                1
            ),
        ]
    );
    // The same rows fail again: the same records, one more attempt each, none added.
    let again = env.run_with(pipeline, true).await.unwrap();
    assert_eq!((again.counts.failed, again.counts.retried), (2, 2));
    let second = records(pipeline).await;
    assert_eq!(second.len(), 2);
    assert!(second.iter().all(|r| r.4 == 2), "{second:?}");
    // Fixed upstream: resolved.
    env.server
        .body("/counts", "state,cases\nNY,5\nNY,9\nNJ,2\nNJ,3\nCT,1\n");
    let fixed = env.run(pipeline).await.unwrap();
    assert_eq!(
        (
            fixed.counts.failed,
            fixed.counts.resolved,
            fixed.counts.inserted
        ),
        (0, 2, 2)
    );
}
