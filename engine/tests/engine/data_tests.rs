//! Data tests on the output in real runs, one per `on_fail`; and what a failed run reports.

use sea_orm::sqlx::{self, Row};
use serde_json::{Value, json};
use sluice_engine::etl::run::RunErrorCode;
use uuid::Uuid;

use crate::env::Env;

/// Line 3 has a negative count, line 4 an unknown state, line 5 no count; 2020-03-05 comes
/// twice (lines 6 and 7).
const DAYS: &str = "date,state,cases\n\
2020-03-01,NY,10\n\
2020-03-02,NY,-5\n\
2020-03-03,XX,7\n\
2020-03-04,NJ,\n\
2020-03-05,NJ,3\n\
2020-03-05,NY,4\n";

async fn env_with_days(body: &str) -> Env {
    let mut env = Env::new().await;
    env.source("days", "csv", json!({})).await;
    env.server.body("/days", body.to_owned());
    env
}

fn spec(tests: Value, primary_key: &[&str]) -> Value {
    json!({
        "sources": {"raw": "days"},
        "transform": [
            {"op": "parse_date", "frame": "raw", "column": "date", "format": "%Y-%m-%d"},
            {"op": "cast", "frame": "raw", "columns": {"cases": "int"}}
        ],
        "output": "raw",
        "destination": {"table": "days", "primary_key": primary_key},
        "tests": tests
    })
}

async fn run_row(
    env: &Env,
    pipeline: Uuid,
) -> (String, i64, i64, i64, Vec<String>, Option<String>) {
    let r = sqlx::query(
        "SELECT status, rows_extracted, rows_failed, rows_warned, step_log, error_code FROM runs \
         WHERE pipeline_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(pipeline)
    .fetch_one(&env.pool)
    .await
    .unwrap();
    let log: Value = r.get(4);
    let log = log
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap_or_default().to_owned())
        .collect();
    (r.get(0), r.get(1), r.get(2), r.get(3), log, r.get(5))
}

#[tokio::test]
async fn reject_row_tests_make_failed_records_and_warn_tests_load_and_count() {
    let env = env_with_days(DAYS).await;
    let pipeline = env
        .pipeline(spec(
            json!([
                {"column": "cases", "not_null": true, "on_fail": "reject_row"},
                {"column": "cases", "min": 0, "on_fail": "reject_row"},
                {"column": "state", "accepted": ["NY", "NJ"], "on_fail": "warn"},
                {"column": "cases", "max": 1000, "on_fail": "fail_run"}
            ]),
            &["date", "state"],
        ))
        .await;
    let report = env.run(pipeline).await.unwrap();
    let c = report.counts;
    assert_eq!(
        (c.extracted, c.inserted, c.failed, c.warned),
        (6, 4, 2, 1),
        "{c:?}"
    );
    assert_eq!(env.count("days").await, 4);
    let loaded = env
        .scalar(&format!(
            "SELECT count(*) FROM \"{}\".days WHERE state = 'XX'",
            env.schema
        ))
        .await;
    assert_eq!(loaded, 1, "a row failing a warn test loads");

    let records: Vec<(String, Option<i64>, String, Value)> = sqlx::query_as(
        "SELECT source, row_number, reason, raw_record FROM failed_records \
         WHERE pipeline_id = $1 ORDER BY row_number",
    )
    .bind(pipeline)
    .fetch_all(&env.pool)
    .await
    .unwrap();
    assert_eq!(
        records,
        [
            (
                "raw".to_owned(),
                Some(3),
                "tests[1] (`cases` min 0) failed: `cases` is -5".to_owned(),
                json!({"date": "2020-03-02", "state": "NY", "cases": "-5"})
            ),
            (
                "raw".to_owned(),
                Some(5),
                "tests[0] (`cases` not_null) failed: `cases` is null".to_owned(),
                json!({"date": "2020-03-04", "state": "NJ", "cases": null})
            ),
        ]
    );

    let (status, extracted, failed, warned, log, _) = run_row(&env, pipeline).await;
    assert_eq!(
        (status.as_str(), extracted, failed, warned),
        ("succeeded", 6, 2, 1)
    );
    for line in [
        "data test tests[0] (`cases` not_null, reject_row): 1 row(s) failed and were rejected",
        "data test tests[1] (`cases` min 0, reject_row): 1 row(s) failed and were rejected",
        "data test tests[2] (`state` accepted (2 values), warn): 1 row(s) failed and loaded anyway (warn)",
        "data test tests[3] (`cases` max 1000, fail_run): passed",
    ] {
        assert!(log.iter().any(|l| l == line), "{line} not in {log:#?}");
    }
}

#[tokio::test]
async fn a_failing_fail_run_test_fails_the_run_and_loads_nothing() {
    let env = env_with_days(DAYS).await;
    let pipeline = env
        .pipeline(spec(
            json!([
                {"column": "cases", "not_null": true, "on_fail": "reject_row"},
                {"columns": ["date"], "unique": true}
            ]),
            &["date", "state"],
        ))
        .await;
    let err = env.run(pipeline).await.unwrap_err();
    assert_eq!(err.code, RunErrorCode::DataTestFailed);
    assert!(
        err.message
            .contains("tests[1] (`date` unique) fails on 2 row(s)"),
        "{err}"
    );
    assert!(!env.table_exists("days").await, "nothing was loaded");
    let records = env
        .scalar(&format!(
            "SELECT count(*) FROM failed_records WHERE pipeline_id = '{pipeline}'"
        ))
        .await;
    assert_eq!(records, 0, "a failed run keeps no failed records");
    let (status, extracted, _, _, log, code) = run_row(&env, pipeline).await;
    assert_eq!(status, "failed");
    assert_eq!(code.as_deref(), Some("data_test_failed"));
    // A failed run reports what it extracted: the rows it read and what it fetched.
    assert_eq!(extracted, 6);
    assert!(
        log.iter().any(|l| l.starts_with("fetched `raw`: ")),
        "{log:#?}"
    );
    assert_eq!(
        log.last().map(String::as_str),
        Some(err.to_string().as_str())
    );
}

#[tokio::test]
async fn a_run_that_fails_in_the_load_still_reports_the_rows_it_read() {
    // Two rows with the same primary key: PostgreSQL refuses the load.
    let env = env_with_days(DAYS).await;
    let pipeline = env.pipeline(spec(json!([]), &["date"])).await;
    let err = env.run(pipeline).await.unwrap_err();
    assert_eq!(err.code, RunErrorCode::DuplicateKey, "{err}");
    let (status, extracted, _, _, log, _) = run_row(&env, pipeline).await;
    assert_eq!((status.as_str(), extracted), ("failed", 6));
    assert!(
        log.iter().any(|l| l.starts_with("fetched `raw`: ")),
        "{log:#?}"
    );
}

#[tokio::test]
async fn failed_records_of_a_crlf_file_name_the_right_line() {
    let env = env_with_days(&DAYS.replace('\n', "\r\n")).await;
    let pipeline = env
        .pipeline(spec(
            json!([{"column": "cases", "min": 0, "on_fail": "reject_row"}]),
            &["date", "state"],
        ))
        .await;
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(report.counts.failed, 1);
    let line = env
        .scalar(&format!(
            "SELECT row_number FROM failed_records WHERE pipeline_id = '{pipeline}'"
        ))
        .await;
    assert_eq!(line, 3, "2020-03-02 is on line 3, as with LF line ends");
    // And the last field carries no `\r`.
    let cases = env
        .scalar(&format!("SELECT sum(cases) FROM \"{}\".days", env.schema))
        .await;
    assert_eq!(cases, 10 + 7 + 3 + 4);
}
