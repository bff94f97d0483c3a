use serde_json::json;
use sluice_engine::{etl::run::Outcome, run_records};
use uuid::Uuid;

use crate::env::Env;

fn numbers_csv(rows: &[(i64, &str, i64)]) -> String {
    let mut out = String::from("id,day,value\n");
    for (id, day, value) in rows {
        out.push_str(&format!("{id},{day},{value}\n"));
    }
    out
}

fn simple_spec(extra: serde_json::Value) -> serde_json::Value {
    let mut spec = json!({
        "sources": {"raw": "numbers"},
        "transform": [
            {"op": "cast", "frame": "raw", "columns": {"id": "int", "value": "int", "day": "date"}}
        ],
        "output": "raw",
        "destination": {"table": "numbers", "primary_key": ["id"]}
    });
    if let Some(obj) = extra.as_object() {
        for (k, v) in obj {
            spec[k] = v.clone();
        }
    }
    spec
}

#[tokio::test]
async fn batched_runs_give_the_same_result_as_whole_runs() {
    // 7-row batches over 20 rows with 2 bad ones: several batches, rejects in some of them.
    let mut env = Env::with_batch_rows(7).await;
    env.source("numbers", "csv", json!({})).await;
    let mut rows: Vec<(i64, &str, i64)> = (1..=20).map(|i| (i, "2024-01-01", i * 10)).collect();
    rows[3].1 = "2024-02-30";
    let mut body = numbers_csv(&rows);
    body = body.replace("12,2024-01-01,120", "12,2024-01-01,1.5");
    env.server.body("/numbers", body);
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(
        (
            report.counts.extracted,
            report.counts.inserted,
            report.counts.failed
        ),
        (20, 18, 2)
    );
    assert_eq!(env.count("numbers").await, 18);
    let lines: Vec<i64> =
        sea_orm::sqlx::query_scalar("SELECT row_number FROM failed_records ORDER BY row_number")
            .fetch_all(&env.pool)
            .await
            .unwrap();
    assert_eq!(lines, [5, 13]);
}

#[tokio::test]
async fn a_rerun_sends_only_changed_rows_in_batches_too() {
    let mut env = Env::with_batch_rows(4).await;
    env.source("numbers", "csv", json!({})).await;
    let rows: Vec<(i64, &str, i64)> = (1..=10).map(|i| (i, "2024-01-01", i)).collect();
    env.server.body("/numbers", numbers_csv(&rows));
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    env.run(pipeline).await.unwrap();
    let mut changed = rows.clone();
    changed[8].2 = 900;
    changed.push((11, "2024-01-02", 11));
    env.server.body("/numbers", numbers_csv(&changed));
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(
        (
            report.counts.inserted,
            report.counts.updated,
            report.counts.unchanged
        ),
        (1, 1, 9)
    );
    let schema = env.schema.clone();
    assert_eq!(
        env.scalar(&format!(
            "SELECT value FROM \"{schema}\".numbers WHERE id = 9"
        ))
        .await,
        900
    );
    assert_eq!(env.count("numbers").await, 11);
}

#[tokio::test]
async fn the_cursor_limits_a_run_to_recent_rows() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    let rows = [
        (1, "2024-01-01", 1),
        (2, "2024-01-05", 2),
        (3, "2024-01-10", 3),
    ];
    env.server.body("/numbers", numbers_csv(&rows));
    let spec = simple_spec(json!({"incremental": {"cursor": "day", "lookback": 2}}));
    let pipeline = env.pipeline(spec).await;
    env.run(pipeline).await.unwrap();
    // An old row changes (before 2024-01-08: outside the lookback) and a recent one too.
    let changed = [
        (1, "2024-01-01", 100),
        (2, "2024-01-05", 2),
        (3, "2024-01-10", 300),
        (4, "2024-01-11", 4),
    ];
    env.server.body("/numbers", numbers_csv(&changed));
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(
        (
            report.counts.inserted,
            report.counts.updated,
            report.counts.unchanged
        ),
        (1, 1, 0)
    );
    let schema = env.schema.clone();
    assert_eq!(
        env.scalar(&format!(
            "SELECT value FROM \"{schema}\".numbers WHERE id = 1"
        ))
        .await,
        1
    );
    assert_eq!(
        env.scalar(&format!(
            "SELECT value FROM \"{schema}\".numbers WHERE id = 3"
        ))
        .await,
        300
    );
    // A full reload ignores the cursor.
    env.server.body(
        "/numbers",
        numbers_csv(&[
            (1, "2024-01-01", 111),
            (2, "2024-01-05", 2),
            (3, "2024-01-10", 300),
            (4, "2024-01-11", 4),
        ]),
    );
    let full = env.run_with(pipeline, true).await.unwrap();
    assert_eq!(full.counts.updated, 1);
    assert_eq!(
        env.scalar(&format!(
            "SELECT value FROM \"{schema}\".numbers WHERE id = 1"
        ))
        .await,
        111
    );
}

#[tokio::test]
async fn new_columns_are_added_and_type_changes_refused() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    env.server
        .body("/numbers", numbers_csv(&[(1, "2024-01-01", 1)]));
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    env.run(pipeline).await.unwrap();
    let schema = env.schema.clone();

    // A derived column appears: added, nullable, filled for the rows sent.
    let with_extra = env
        .pipeline(simple_spec(json!({
            "transform": [
                {"op": "cast", "frame": "raw", "columns": {"id": "int", "value": "int", "day": "date"}},
                {"op": "derive", "frame": "raw", "column": "double", "expr": {"mul": [{"col": "value"}, {"lit": 2}]}}
            ],
            "destination": {"table": "numbers2", "primary_key": ["id"]}
        })))
        .await;
    env.run(with_extra).await.unwrap();
    sea_orm::sqlx::query(sea_orm::sqlx::AssertSqlSafe(format!(
        "DROP TABLE \"{schema}\".numbers2"
    )))
    .execute(&env.pool)
    .await
    .unwrap();
    let _ = with_extra;

    // Same table, one more column.
    sea_orm::sqlx::query("UPDATE pipelines SET spec = jsonb_set(spec, '{transform}', spec->'transform' || $1) WHERE id = $2")
        .bind(json!([{"op": "derive", "frame": "raw", "column": "double", "expr": {"mul": [{"col": "value"}, {"lit": 2}]}}]))
        .bind(pipeline)
        .execute(&env.pool)
        .await
        .unwrap();
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(report.counts.updated, 1);
    assert_eq!(
        env.scalar(&format!(
            "SELECT double FROM \"{schema}\".numbers WHERE id = 1"
        ))
        .await,
        2
    );

    // `value` becomes a float: refused, nothing changes.
    sea_orm::sqlx::query("UPDATE pipelines SET spec = jsonb_set(spec, '{transform,0,columns,value}', '\"float\"') WHERE id = $1")
        .bind(pipeline)
        .execute(&env.pool)
        .await
        .unwrap();
    let err = env.run(pipeline).await.unwrap_err();
    assert!(!err.recoverable);
    assert!(
        err.message.contains("column `value` is bigint")
            && err.message.contains("double precision"),
        "{err}"
    );
    assert_eq!(
        env.scalar(&format!(
            "SELECT value FROM \"{schema}\".numbers WHERE id = 1"
        ))
        .await,
        1
    );
    assert_eq!(env.last_run(pipeline).await.0, "failed");
}

#[tokio::test]
async fn duplicate_keys_in_the_output_fail_the_run_naming_the_key() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    env.server.body(
        "/numbers",
        numbers_csv(&[(1, "2024-01-01", 1), (1, "2024-01-02", 2)]),
    );
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    let err = env.run(pipeline).await.unwrap_err();
    assert_eq!(
        err.code,
        sluice_engine::etl::run::RunErrorCode::DuplicateKey
    );
    assert_eq!(
        err.message,
        "the output has more than one row with primary key id=1; add a dedupe step"
    );
    assert!(!err.recoverable);
    // A first load: the table it created is rolled back with everything else.
    assert!(!env.table_exists("numbers").await);
    assert_eq!(env.last_run(pipeline).await.0, "failed");
}

/// The spec of `duplicate_keys_*`: a composite key of a date and a text column.
fn keyed_by_day_and_name() -> serde_json::Value {
    json!({
        "sources": {"raw": "people"},
        "transform": [{"op": "cast", "frame": "raw", "columns": {"day": "date", "n": "int"}}],
        "output": "raw",
        "destination": {"table": "people", "primary_key": ["day", "name"]}
    })
}

#[tokio::test]
async fn duplicate_keys_of_a_first_load_in_different_batches_fail_it_with_the_same_error() {
    // Batches of 2 rows: the two rows with one key are in different batches, and nothing in
    // memory tracks keys on a first load: the primary key added after the COPY refuses them.
    let mut env = Env::with_batch_rows(2).await;
    env.source("people", "csv", json!({})).await;
    env.server.body(
        "/people",
        "day,name,n\n2024-01-01,ann,1\n2024-01-01,bob,2\n2024-01-02,ann,3\n2024-01-01,bob,4\n2024-01-03,cy,5\n",
    );
    let pipeline = env.pipeline(keyed_by_day_and_name()).await;
    let err = env.run(pipeline).await.unwrap_err();
    assert_eq!(
        err.code,
        sluice_engine::etl::run::RunErrorCode::DuplicateKey
    );
    assert_eq!(
        err.message,
        "the output has more than one row with primary key day=2024-01-01, name=bob; add a dedupe step"
    );
    assert!(!env.table_exists("people").await, "no partial load");
}

#[tokio::test]
async fn duplicate_keys_of_a_rerun_fail_it_with_the_same_error_and_change_nothing() {
    let mut env = Env::with_batch_rows(2).await;
    env.source("people", "csv", json!({})).await;
    let first = "day,name,n\n2024-01-01,ann,1\n2024-01-01,bob,2\n2024-01-02,ann,3\n";
    env.server.body("/people", first);
    let pipeline = env.pipeline(keyed_by_day_and_name()).await;
    env.run(pipeline).await.unwrap();
    let schema = env.schema.clone();
    let total = format!("SELECT sum(n) FROM \"{schema}\".people");
    assert_eq!(env.scalar(&total).await, 6);
    // A key the table holds, twice and unchanged both times (neither row would be sent);
    // then a new key twice, with another row changed between them.
    for (body, key) in [
        (
            "day,name,n\n2024-01-01,ann,1\n2024-01-01,bob,2\n2024-01-01,ann,1\n",
            "day=2024-01-01, name=ann",
        ),
        (
            "day,name,n\n2024-01-05,dee,1\n2024-01-01,bob,20\n2024-01-05,dee,2\n",
            "day=2024-01-05, name=dee",
        ),
    ] {
        env.server.body("/people", body);
        let err = env.run(pipeline).await.unwrap_err();
        assert_eq!(
            err.code,
            sluice_engine::etl::run::RunErrorCode::DuplicateKey
        );
        assert_eq!(
            err.message,
            format!("the output has more than one row with primary key {key}; add a dedupe step")
        );
        assert_eq!(env.count("people").await, 3, "nothing inserted");
        assert_eq!(env.scalar(&total).await, 6, "nothing updated");
    }
}

#[tokio::test]
async fn duplicate_keys_into_an_empty_table_that_exists_fail_the_run_too() {
    let mut env = Env::new().await;
    env.source("people", "csv", json!({})).await;
    env.server.body("/people", "day,name,n\n2024-01-01,ann,1\n");
    let pipeline = env.pipeline(keyed_by_day_and_name()).await;
    env.run(pipeline).await.unwrap();
    let schema = env.schema.clone();
    sea_orm::sqlx::query(sea_orm::sqlx::AssertSqlSafe(format!(
        "DELETE FROM \"{schema}\".people"
    )))
    .execute(&env.pool)
    .await
    .unwrap();
    env.server.body(
        "/people",
        "day,name,n\n2024-01-02,ann,1\n2024-01-02,ann,2\n",
    );
    let err = env.run_with(pipeline, true).await.unwrap_err();
    assert_eq!(
        err.message,
        "the output has more than one row with primary key day=2024-01-02, name=ann; add a dedupe step"
    );
    assert_eq!(env.count("people").await, 0);
}

#[tokio::test]
async fn every_loaded_row_carries_the_id_of_the_run_that_wrote_it() {
    let mut env = Env::with_batch_rows(3).await;
    env.source("numbers", "csv", json!({})).await;
    let rows: Vec<(i64, &str, i64)> = (1..=8).map(|i| (i, "2024-01-01", i)).collect();
    env.server.body("/numbers", numbers_csv(&rows));
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    env.run(pipeline).await.unwrap();
    let mut changed = rows.clone();
    changed[2].2 = 300;
    changed.push((9, "2024-01-02", 9));
    env.server.body("/numbers", numbers_csv(&changed));
    env.run(pipeline).await.unwrap();
    let runs: Vec<(uuid::Uuid, i64)> =
        sea_orm::sqlx::query_as(sea_orm::sqlx::AssertSqlSafe(format!(
            "SELECT r.id, (SELECT count(*) FROM \"{}\".numbers n WHERE n._sluice_run_id = r.id) \
         FROM runs r WHERE r.pipeline_id = $1 ORDER BY r.id",
            env.schema
        )))
        .bind(pipeline)
        .fetch_all(&env.pool)
        .await
        .unwrap();
    // The first run's 7 untouched rows; the second run's updated row and new row.
    assert_eq!(runs.iter().map(|r| r.1).collect::<Vec<_>>(), [7, 2]);
    let ids: Vec<i64> = sea_orm::sqlx::query_scalar(sea_orm::sqlx::AssertSqlSafe(format!(
        "SELECT id FROM \"{}\".numbers WHERE _sluice_run_id = $1 ORDER BY id",
        env.schema
    )))
    .bind(runs[1].0)
    .fetch_all(&env.pool)
    .await
    .unwrap();
    assert_eq!(ids, [3, 9]);
    // And the time of its transaction: one per run, after the run was created.
    let schema = env.schema.clone();
    let stamps = env
        .scalar(&format!(
            "SELECT count(DISTINCT (_sluice_run_id, _sluice_loaded_at)) FROM \"{schema}\".numbers"
        ))
        .await;
    assert_eq!(stamps, 2);
    let in_time = env
        .scalar(&format!(
            "SELECT count(*) FROM \"{schema}\".numbers n JOIN runs r ON r.id = n._sluice_run_id \
             WHERE n._sluice_loaded_at >= r.created_at AND n._sluice_loaded_at <= now()"
        ))
        .await;
    assert_eq!(in_time, 9);
}

/// A new table is loaded without `_sluice_run_id` and `_sluice_loaded_at`, which are added
/// after its rows with the run's values as every row's: kept once in the catalog, not in each
/// row. What a reader sees is what a table whose rows stored them would show.
#[tokio::test]
async fn a_new_table_s_rows_take_the_run_s_stamp_from_the_catalog_with_the_columns_in_order() {
    let mut env = Env::with_batch_rows(3).await;
    env.source("numbers", "csv", json!({})).await;
    let rows: Vec<(i64, &str, i64)> = (1..=8).map(|i| (i, "2024-01-01", i)).collect();
    env.server.body("/numbers", numbers_csv(&rows));
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    env.run(pipeline).await.unwrap();
    let schema = env.schema.clone();
    let columns: Vec<(String, bool, Option<String>)> =
        sea_orm::sqlx::query_as(sea_orm::sqlx::AssertSqlSafe(format!(
            "SELECT a.attname::text, a.atthasmissing, pg_get_expr(d.adbin, d.adrelid) \
             FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum \
             WHERE a.attrelid = '\"{schema}\".numbers'::regclass AND a.attnum > 0 AND NOT a.attisdropped \
             ORDER BY a.attnum"
        )))
        .fetch_all(&env.pool)
        .await
        .unwrap();
    let named = |n: &str, missing: bool, default: Option<&str>| {
        (n.to_owned(), missing, default.map(str::to_owned))
    };
    assert_eq!(
        columns,
        [
            named("id", false, None),
            named("day", false, None),
            named("value", false, None),
            named("_sluice_key", false, None),
            named("_sluice_hash", false, None),
            // Every loaded row reads these from the catalog; the defaults are for rows
            // written later by others.
            named("_sluice_run_id", true, None),
            named("_sluice_loaded_at", true, Some("now()")),
        ]
    );
    let stamped = env
        .scalar(&format!(
            "SELECT count(*) FROM \"{schema}\".numbers n JOIN runs r ON r.id = n._sluice_run_id \
             WHERE r.pipeline_id = '{pipeline}' AND n._sluice_loaded_at >= r.created_at \
             AND n._sluice_loaded_at <= now()"
        ))
        .await;
    assert_eq!(stamped, 8);
    // A row someone else inserts gets the defaults, not the run's stamp.
    sea_orm::sqlx::query(sea_orm::sqlx::AssertSqlSafe(format!(
        "INSERT INTO \"{schema}\".numbers (id, day, value, _sluice_key, _sluice_hash) \
         VALUES (100, '2024-01-01', 1, 0, 0)"
    )))
    .execute(&env.pool)
    .await
    .unwrap();
    let outside = env
        .scalar(&format!(
            "SELECT count(*) FROM \"{schema}\".numbers WHERE id = 100 AND _sluice_run_id IS NULL \
             AND _sluice_loaded_at > (SELECT max(created_at) FROM runs WHERE pipeline_id = '{pipeline}')"
        ))
        .await;
    assert_eq!(outside, 1);
}

#[tokio::test]
async fn json_and_gzip_sources_load() {
    let mut env = Env::new().await;
    env.source("events", "ndjson", json!({})).await;
    env.server.set(
        "/events",
        sluice_testing::http::Reply::Gzip(
            b"{\"id\": 1, \"kind\": \"a\"}\n{\"id\": 2, \"kind\": \"b\", \"extra\": [1]}\n"
                .to_vec(),
        ),
    );
    let pipeline = env
        .pipeline(json!({
            "sources": {"e": "events"},
            "transform": [{"op": "cast", "frame": "e", "columns": {"id": "int"}}],
            "output": "e",
            "destination": {"table": "events", "primary_key": ["id"]}
        }))
        .await;
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(report.outcome, Outcome::Succeeded);
    assert_eq!(env.count("events").await, 2);
    let extra: String = sea_orm::sqlx::query_scalar(sea_orm::sqlx::AssertSqlSafe(format!(
        "SELECT extra FROM \"{}\".events WHERE id = 2",
        env.schema
    )))
    .fetch_one(&env.pool)
    .await
    .unwrap();
    assert_eq!(extra, "[1]");
}

#[tokio::test]
async fn transient_source_errors_are_recoverable_and_permanent_ones_are_not() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    env.server
        .set("/numbers", sluice_testing::http::Reply::Status(503));
    let err = env.run(pipeline).await.unwrap_err();
    assert!(err.recoverable, "{err}");
    assert!(err.message.contains("503"), "{err}");
    env.server
        .set("/numbers", sluice_testing::http::Reply::Status(404));
    let err = env.run(pipeline).await.unwrap_err();
    assert!(!err.recoverable, "{err}");
    assert!(err.message.contains("404"), "{err}");
    let (status, error) = env.last_run(pipeline).await;
    assert_eq!(status, "failed");
    assert!(error.unwrap().contains("404"));
}

#[tokio::test]
async fn the_auth_header_is_decrypted_and_sent() {
    let mut env = Env::new().await;
    let id = env.source("numbers", "csv", json!({})).await;
    let sealed = sluice_engine::crypto::Encryptor::new(&[7; 32])
        .seal(b"Bearer s3cret", &format!("source:{id}"));
    sea_orm::sqlx::query("UPDATE sources SET auth_header = $1 WHERE id = $2")
        .bind(sealed)
        .bind(id)
        .execute(&env.pool)
        .await
        .unwrap();
    env.server
        .body("/numbers", numbers_csv(&[(1, "2024-01-01", 1)]));
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    env.run(pipeline).await.unwrap();
    let requests = env.server.requests("/numbers");
    assert_eq!(
        requests[0].get("authorization").map(String::as_str),
        Some("Bearer s3cret")
    );
}

#[tokio::test]
async fn identical_bad_rows_are_separate_failed_records() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    env.server.body(
        "/numbers",
        "id,day,value\nx,2024-01-01,1\nx,2024-01-01,1\n2,2024-01-01,2\n",
    );
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    let report = env.run(pipeline).await.unwrap();
    assert_eq!((report.counts.failed, report.counts.inserted), (2, 1));
    let lines: Vec<i64> =
        sea_orm::sqlx::query_scalar("SELECT row_number FROM failed_records ORDER BY row_number")
            .fetch_all(&env.pool)
            .await
            .unwrap();
    assert_eq!(lines, [2, 3]);
}

#[tokio::test]
async fn every_type_round_trips_through_the_binary_copy() {
    let mut env = Env::new().await;
    env.source("typed", "csv", json!({})).await;
    env.server.body(
        "/typed",
        "id,flag,amount,day,at,note\n1,yes,1.25,2024-02-29,2024-03-01T12:30:45.123456Z,caf\u{e9} \"quoted\"\n2,,,,,\n3,no,-0.5,1999-12-31,1969-07-20T20:17:40Z,\\N\n",
    );
    let pipeline = env
        .pipeline(json!({
            "sources": {"t": "typed"},
            "transform": [{"op": "cast", "frame": "t", "columns": {
                "id": "int", "flag": "bool", "amount": "float", "day": "date", "at": "datetime"}}],
            "output": "t",
            "destination": {"table": "typed", "primary_key": ["id"]}
        }))
        .await;
    env.run(pipeline).await.unwrap();
    type Row = (
        i64,
        Option<bool>,
        Option<f64>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Row> = sea_orm::sqlx::query_as(
        sea_orm::sqlx::AssertSqlSafe(format!(
            "SELECT id, flag, amount, day::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), note \
             FROM \"{}\".typed ORDER BY id",
            env.schema
        )),
    )
    .fetch_all(&env.pool)
    .await
    .unwrap();
    assert_eq!(
        rows,
        vec![
            (
                1,
                Some(true),
                Some(1.25),
                Some("2024-02-29".into()),
                Some("2024-03-01 12:30:45.123456".into()),
                Some("café \"quoted\"".into())
            ),
            (2, None, None, None, None, None),
            (
                3,
                Some(false),
                Some(-0.5),
                Some("1999-12-31".into()),
                Some("1969-07-20 20:17:40.000000".into()),
                Some("\\N".into())
            ),
        ]
    );
}

#[tokio::test]
async fn a_due_tick_waits_while_the_pipeline_has_an_active_run() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    let pipeline = env
        .pipeline(simple_spec(
            json!({"schedule": {"cron": "0 6 * * *", "timezone": "UTC"}}),
        ))
        .await;
    let tick = chrono::Utc::now() - chrono::Duration::hours(1);
    sea_orm::sqlx::query("UPDATE pipelines SET next_run_at = $2 WHERE id = $1")
        .bind(pipeline)
        .bind(tick)
        .execute(&env.pool)
        .await
        .unwrap();
    let manual = run_records::create_manual(&env.pool, env.tenant_id, pipeline, false, None)
        .await
        .unwrap();
    let active = |env: &Env| {
        let sql = format!(
            "SELECT count(*) FROM runs WHERE pipeline_id = '{pipeline}' AND status IN ('queued', 'retrying', 'running')"
        );
        let db = env.db.clone();
        async move {
            use sea_orm::ConnectionTrait;
            let row = db
                .query_one_raw(sea_orm::Statement::from_string(
                    sea_orm::DbBackend::Postgres,
                    format!("SELECT ({sql}) AS n"),
                ))
                .await
                .unwrap()
                .unwrap();
            row.try_get::<i64>("", "n").unwrap()
        }
    };

    // The manual run is queued: the tick makes no second active run and stays due.
    let created = run_records::schedule_due(&env.pool, chrono::Utc::now())
        .await
        .unwrap();
    assert!(
        created.is_empty(),
        "a run stacked behind {manual}: {created:?}"
    );
    assert_eq!(active(&env).await, 1);
    let next: Option<chrono::DateTime<chrono::Utc>> =
        sea_orm::sqlx::query_scalar("SELECT next_run_at FROM pipelines WHERE id = $1")
            .bind(pipeline)
            .fetch_one(&env.pool)
            .await
            .unwrap();
    assert_eq!(
        next.map(|n| n.timestamp_micros()),
        Some(tick.timestamp_micros()),
        "the tick is still due"
    );

    // Once it has finished, the tick gets its run.
    sea_orm::sqlx::query("UPDATE runs SET status = 'succeeded', finished_at = now() WHERE id = $1")
        .bind(manual)
        .execute(&env.pool)
        .await
        .unwrap();
    let created = run_records::schedule_due(&env.pool, chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(created.len(), 1);
    let scheduled_for: Option<chrono::DateTime<chrono::Utc>> =
        sea_orm::sqlx::query_scalar("SELECT scheduled_for FROM runs WHERE id = $1")
            .bind(created[0])
            .fetch_one(&env.pool)
            .await
            .unwrap();
    assert_eq!(
        scheduled_for.map(|t| t.timestamp_micros()),
        Some(tick.timestamp_micros())
    );
    // And a manual trigger now finds it active.
    match run_records::create_manual(&env.pool, env.tenant_id, pipeline, false, None).await {
        Err(run_records::CreateError::Active(id)) => assert_eq!(id, created[0]),
        other => panic!("expected the scheduled run to be active: {other:?}"),
    }
}

#[tokio::test]
async fn a_burst_of_due_ticks_larger_than_a_batch_is_scheduled_in_one_tick() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    let first = env
        .pipeline(simple_spec(
            json!({"schedule": {"cron": "0 6 * * *", "timezone": "UTC"}}),
        ))
        .await;
    // Copies of the pipeline, all due at the same round hour.
    let total = run_records::SCHEDULE_BATCH * 2 + 7;
    sea_orm::sqlx::query(
        "INSERT INTO pipelines (id, tenant_id, name, spec, destination_table) \
         SELECT gen_random_uuid(), tenant_id, name || '-' || n, spec, destination_table || '_' || n \
         FROM pipelines, generate_series(1, $2) n WHERE id = $1",
    )
    .bind(first)
    .bind((total - 1) as i32)
    .execute(&env.pool)
    .await
    .unwrap();
    let tick = chrono::Utc::now() - chrono::Duration::minutes(1);
    sea_orm::sqlx::query("UPDATE pipelines SET next_run_at = $1")
        .bind(tick)
        .execute(&env.pool)
        .await
        .unwrap();
    let now = chrono::Utc::now();
    let created = run_records::schedule_due(&env.pool, now).await.unwrap();
    assert_eq!(created.len(), total);
    // Each got its next tick from its schedule: tomorrow's (or today's) 06:00.
    let next: Vec<Option<chrono::DateTime<chrono::Utc>>> =
        sea_orm::sqlx::query_scalar("SELECT DISTINCT next_run_at FROM pipelines")
            .fetch_all(&env.pool)
            .await
            .unwrap();
    let expected = sluice_engine::spec::CronSchedule::parse("0 6 * * *")
        .unwrap()
        .next_after(now, chrono_tz::UTC);
    assert_eq!(
        next.iter()
            .map(|n| n.map(|t| t.timestamp()))
            .collect::<Vec<_>>(),
        [expected.map(|t| t.timestamp())]
    );
    // Nothing is due any more.
    assert!(
        run_records::schedule_due(&env.pool, chrono::Utc::now())
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn concurrent_triggers_make_one_run() {
    let mut env = Env::new().await;
    env.source("numbers", "csv", json!({})).await;
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    let attempts =
        (0..8).map(|_| run_records::create_manual(&env.pool, env.tenant_id, pipeline, false, None));
    let results = futures::future::join_all(attempts).await;
    let created: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(created.len(), 1, "{results:?}");
    for r in &results {
        match r {
            Ok(_) => {}
            Err(run_records::CreateError::Active(id)) => assert_eq!(id, created[0]),
            Err(e) => panic!("{e:?}"),
        }
    }
}

/// Loads `rows` into `table` through a pipeline of its own, then reruns it on `changed`: the
/// pipeline, the rerun's log, and its counts (extracted, inserted, updated, unchanged) with the
/// table's row count and a checksum of its content after it.
async fn load_then_rerun(
    env: &Env,
    table: &str,
    rows: &[(i64, &str, i64)],
    changed: &[(i64, &str, i64)],
) -> (Uuid, Vec<String>, ((u64, u64, u64, u64), i64, i64)) {
    let mut spec = simple_spec(json!({}));
    spec["destination"]["table"] = json!(table);
    env.server.body("/numbers", numbers_csv(rows));
    let pipeline = env.pipeline(spec).await;
    env.run(pipeline).await.unwrap();
    env.server.body("/numbers", numbers_csv(changed));
    let report = env.run(pipeline).await.unwrap();
    let c = report.counts;
    let counts = (c.extracted, c.inserted, c.updated, c.unchanged);
    let (count, content) = held(env, table).await;
    (pipeline, report.log, (counts, count, content))
}

/// `table`'s row count, and a checksum over every row's values.
async fn held(env: &Env, table: &str) -> (i64, i64) {
    let content = env
        .scalar(&format!(
            "SELECT coalesce(sum(hashtext(id || ':' || day || ':' || value)), 0) FROM \"{}\".{table}",
            env.schema
        ))
        .await;
    (env.count(table).await, content)
}

/// Reruns `pipeline` on `changed` with every value changed and the row of key 7 once more,
/// last: the run fails naming the key, and `table` holds what it held, row for row (the
/// batches merged before the duplicate was found roll back with the run).
async fn key_7_twice_fails_and_changes_nothing(
    env: &Env,
    pipeline: Uuid,
    changed: &[(i64, &str, i64)],
    table: &str,
) {
    let before = held(env, table).await;
    let mut twice: Vec<(i64, &str, i64)> =
        changed.iter().map(|(i, d, v)| (*i, *d, v + 1)).collect();
    twice.push((7, "2024-01-01", 7));
    env.server.body("/numbers", numbers_csv(&twice));
    let err = env.run(pipeline).await.unwrap_err();
    assert_eq!(
        err.message,
        "the output has more than one row with primary key id=7; add a dedupe step"
    );
    assert_eq!(held(env, table).await, before);
}

/// Into a table that holds rows, each batch's new and changed rows are merged as soon as the
/// batch is copied (the run times it as `merge_ms`; a first load has no merge), and the counts
/// and rows are those of one merge; a duplicate key found in the last batch rolls back every
/// batch merged before it.
#[tokio::test]
async fn a_rerun_merges_batch_by_batch_and_a_later_batch_s_failure_rolls_back_the_merged_ones() {
    let mut env = Env::with_batch_rows(2).await;
    env.source("numbers", "csv", json!({})).await;
    let rows: Vec<(i64, &str, i64)> = (1..=10).map(|i| (i, "2024-01-01", i)).collect();
    env.server.body("/numbers", numbers_csv(&rows));
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    let first = env.run(pipeline).await.unwrap();
    assert!(
        !first.timings.contains_key("merge_ms"),
        "{:?}",
        first.timings
    );

    // Changes in the first, third and last batches, and a new key in the last.
    let mut changed = rows.clone();
    for i in [0, 4, 9] {
        changed[i].2 += 100;
    }
    changed.push((11, "2024-01-02", 11));
    env.server.body("/numbers", numbers_csv(&changed));
    let rerun = env.run(pipeline).await.unwrap();
    let c = rerun.counts;
    assert_eq!(
        (c.extracted, c.inserted, c.updated, c.unchanged),
        (11, 1, 3, 7)
    );
    assert!(
        rerun.timings.contains_key("merge_ms"),
        "{:?}",
        rerun.timings
    );
    let values = env
        .scalar(&format!(
            "SELECT sum(value * id) FROM \"{}\".numbers",
            env.schema
        ))
        .await;
    assert_eq!(values, changed.iter().map(|(i, _, v)| i * v).sum::<i64>());
    assert_eq!(env.count("numbers").await, 11);

    // Every value changed, and key 7 twice at the end: the first five batches are merged
    // before the duplicate is found; the run fails and the table is as the rerun left it.
    let updates = format!(
        "SELECT coalesce(sum(n_tup_upd), 0) FROM pg_stat_user_tables \
         WHERE schemaname = '{}' AND relname = 'numbers'",
        env.schema
    );
    let before = env.scalar(&updates).await;
    key_7_twice_fails_and_changes_nothing(&env, pipeline, &changed, "numbers").await;
    // PostgreSQL counts the rows a transaction updated even when it rolls back: the failed
    // run updated the ten rows of its first five batches before the sixth failed (one merge
    // after the last batch would have updated none). The counts reach the statistics within
    // about a second of the transaction's end.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let updated = env.scalar(&updates).await - before;
        if updated >= 10 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the failed run's merges updated {updated} rows, not the 10 of its first five batches"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_rerun_compared_in_partitions_on_disk_counts_and_loads_as_one_in_memory() {
    let mut env = Env::with_batch_rows(7).await;
    env.source("numbers", "csv", json!({})).await;
    let rows: Vec<(i64, &str, i64)> = (1..=50).map(|i| (i, "2024-01-01", i)).collect();
    let mut changed = rows.clone();
    for i in [0, 9, 20, 33, 49] {
        changed[i].2 += 1000;
    }
    changed.remove(40);
    changed.extend([
        (51, "2024-01-02", 51),
        (52, "2024-01-02", 52),
        (60, "2024-01-03", 60),
    ]);
    let mut results = Vec::new();
    let mut pipelines = Vec::new();
    // Everything in memory, then 2 rows in memory: the table's 50 rows in 32 partitions on disk.
    for (table, in_memory) in [("in_memory", 1_000_000), ("spilled", 2)] {
        env.engine.compare_rows_in_memory = in_memory;
        let (pipeline, _, result) = load_then_rerun(&env, table, &rows, &changed).await;
        pipelines.push(pipeline);
        results.push(result);
    }
    assert_eq!(results[0], ((52, 3, 5, 44), 53, results[0].2));
    assert_eq!(results[1], results[0], "spilled and in-memory agree");

    // A duplicate key is found on disk too, with the same error, and nothing changes.
    key_7_twice_fails_and_changes_nothing(&env, pipelines[1], &changed, "spilled").await;
}

/// `rows` as CSV with a fourth column, `note`.
fn noted_csv(rows: &[(i64, &str, i64)]) -> String {
    let mut out = String::from("id,day,value,note\n");
    for (id, day, value) in rows {
        out.push_str(&format!("{id},{day},{value},n{id}\n"));
    }
    out
}

#[tokio::test]
async fn a_rerun_compares_while_the_table_s_pairs_are_still_read_and_loads_as_one_that_waited() {
    let mut env = Env::with_batch_rows(64).await;
    env.source("numbers", "csv", json!({})).await;
    let rows: Vec<(i64, &str, i64)> = (1..=1000).map(|i| (i, "2024-01-01", i)).collect();
    // In the table's order up to row 700, which is gone: the compare takes the slices one by
    // one until then, and every slice left at key 701.
    let mut changed = rows.clone();
    for i in [0, 99, 500, 998] {
        changed[i].2 += 1000;
    }
    changed.remove(699);
    changed.extend([(1001, "2024-01-02", 1), (1002, "2024-01-02", 2)]);
    let mut results = Vec::new();
    let mut pipelines = Vec::new();
    // The table's pairs in one slice, read whole before the compare; then in slices of one
    // page, the compare starting with the first.
    for (table, pages) in [("whole", 1_000_000), ("sliced", 1)] {
        env.engine.pair_slice_pages = pages;
        let (pipeline, log, result) = load_then_rerun(&env, table, &rows, &changed).await;
        pipelines.push(pipeline);
        results.push(result);
        assert!(
            log.iter()
                .any(|l| l == "compared with the 1000 rows the table holds"),
            "{log:?}"
        );
    }
    let pages = env
        .scalar(&format!(
            "SELECT pg_relation_size('\"{}\".sliced') / current_setting('block_size')::bigint",
            env.schema
        ))
        .await;
    assert!(pages >= 4, "the table is {pages} page(s): too few slices");
    assert_eq!(results[0], ((1001, 2, 4, 995), 1002, results[0].2));
    assert_eq!(results[1], results[0], "sliced and whole agree");

    // A key twice, the second in a later slice: the same error, and nothing changes.
    key_7_twice_fails_and_changes_nothing(&env, pipelines[1], &changed, "sliced").await;
}

#[tokio::test]
async fn a_rerun_that_adds_a_column_reads_the_table_s_pairs_before_it_locks_the_table() {
    let mut env = Env::with_batch_rows(64).await;
    env.engine.pair_slice_pages = 1;
    env.source("numbers", "csv", json!({})).await;
    let rows: Vec<(i64, &str, i64)> = (1..=3000).map(|i| (i, "2024-01-01", i)).collect();
    env.server.body("/numbers", numbers_csv(&rows));
    let pipeline = env.pipeline(simple_spec(json!({}))).await;
    env.run(pipeline).await.unwrap();
    // The file gains `note`: the load adds the column (`ALTER TABLE`, locking the table until
    // the commit), so the table's pairs must all be read before, or their reading would wait
    // on the run's lock while the run waits on them.
    env.server.body("/numbers", noted_csv(&rows));
    let report = tokio::time::timeout(std::time::Duration::from_secs(120), env.run(pipeline))
        .await
        .expect("the run waited on its own lock")
        .unwrap();
    let c = report.counts;
    assert_eq!((c.inserted, c.updated, c.unchanged), (0, 3000, 0));
    assert_eq!(
        env.scalar(&format!(
            "SELECT count(*) FROM \"{}\".numbers WHERE note = 'n' || id",
            env.schema
        ))
        .await,
        3000
    );
}
