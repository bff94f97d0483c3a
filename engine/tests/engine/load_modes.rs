//! `destination.mode`: how a run writes the table.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use uuid::Uuid;

use crate::env::Env;

/// Rows `ids`: `id`, `day` 2024-01-01, `value` = id * `factor`.
fn rows(ids: std::ops::RangeInclusive<i64>, factor: i64) -> String {
    let mut out = String::from("id,day,value\n");
    for id in ids {
        out.push_str(&format!("{id},2024-01-01,{}\n", id * factor));
    }
    out
}

fn replace_spec() -> Value {
    json!({
        "sources": {"raw": "numbers"},
        "transform": [
            {"op": "cast", "frame": "raw", "columns": {"id": "int", "value": "int", "day": "date"}}
        ],
        "output": "raw",
        "destination": {"table": "numbers", "primary_key": ["id"], "mode": "replace"}
    })
}

async fn ids(env: &Env) -> Vec<(i64, i64)> {
    sea_orm::sqlx::query_as(sea_orm::sqlx::AssertSqlSafe(format!(
        "SELECT id, value FROM \"{}\".numbers ORDER BY id",
        env.schema
    )))
    .fetch_all(&env.pool)
    .await
    .unwrap()
}

async fn replaced(env: &mut Env) -> Uuid {
    env.source("numbers", "csv", json!({})).await;
    env.server.body("/numbers", rows(1..=3, 1));
    let pipeline = env.pipeline(replace_spec()).await;
    let first = env.run(pipeline).await.unwrap();
    assert_eq!(first.counts.inserted, 3);
    pipeline
}

#[tokio::test]
async fn replace_rebuilds_the_table_from_the_output_and_keeps_its_key() {
    let mut env = Env::new().await;
    let pipeline = replaced(&mut env).await;

    // Rows 1 and 2 are gone from the source, 3 changed, 4 and 5 are new.
    env.server.body("/numbers", rows(3..=5, 10));
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(
        (
            report.counts.extracted,
            report.counts.inserted,
            report.counts.updated
        ),
        (3, 3, 0)
    );
    assert!(
        report
            .log
            .iter()
            .any(|l| l.contains("replaced table `numbers` with this run's 3 rows")),
        "{:?}",
        report.log
    );
    assert_eq!(ids(&env).await, [(3, 30), (4, 40), (5, 50)]);
    // The new table has the primary key, under the table's own name, and nothing is left
    // beside it.
    let constraints: Vec<String> = sea_orm::sqlx::query_scalar(
        "SELECT conname::text FROM pg_constraint WHERE conrelid = to_regclass($1) AND contype = 'p'",
    )
    .bind(format!("\"{}\".numbers", env.schema))
    .fetch_all(&env.pool)
    .await
    .unwrap();
    assert_eq!(constraints, ["numbers_pkey"]);
    let tables: Vec<String> = sea_orm::sqlx::query_scalar(
        "SELECT tablename::text FROM pg_tables WHERE schemaname = $1 ORDER BY 1",
    )
    .bind(&env.schema)
    .fetch_all(&env.pool)
    .await
    .unwrap();
    assert_eq!(tables, ["numbers"]);

    // Duplicate keys fail the run and leave the old table as it was.
    env.server
        .body("/numbers", format!("{}6,2024-01-01,1\n", rows(5..=6, 1)));
    let err = env.run(pipeline).await.unwrap_err();
    assert_eq!(
        err.code,
        sluice_engine::etl::run::RunErrorCode::DuplicateKey
    );
    assert_eq!(ids(&env).await, [(3, 30), (4, 40), (5, 50)]);
}

#[tokio::test]
async fn a_reader_during_a_replace_sees_the_old_table_or_the_new_one_never_half() {
    let mut env = Env::new().await;
    let pipeline = replaced(&mut env).await;
    let table = format!("\"{}\".numbers", env.schema);
    let count_sql = format!("SELECT count(*) FROM {table}");

    // A reader in the middle of a transaction: it has read the old table.
    let mut reader = env.pool.begin().await.unwrap();
    let before: i64 = sea_orm::sqlx::query_scalar(sea_orm::sqlx::AssertSqlSafe(count_sql.clone()))
        .fetch_one(&mut *reader)
        .await
        .unwrap();
    assert_eq!(before, 3);

    env.server.body("/numbers", rows(1..=5, 1));
    let pool = env.pool.clone();
    let watch = async {
        // The run has loaded the new table and waits to drop the old one for our reader.
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let waiting: i64 = sea_orm::sqlx::query_scalar(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' \
                 AND query LIKE 'DROP TABLE%'",
            )
            .fetch_one(&pool)
            .await
            .unwrap();
            if waiting > 0 {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the replace never reached its swap"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // Still the old table, whole, for the reader that started before.
        let during: i64 =
            sea_orm::sqlx::query_scalar(sea_orm::sqlx::AssertSqlSafe(count_sql.clone()))
                .fetch_one(&mut *reader)
                .await
                .unwrap();
        assert_eq!(during, 3);
        // A reader that comes now waits for the swap and then sees the new table, whole.
        let late = tokio::spawn({
            let pool = pool.clone();
            let sql = count_sql.clone();
            async move {
                sea_orm::sqlx::query_scalar::<_, i64>(sea_orm::sqlx::AssertSqlSafe(sql))
                    .fetch_one(&pool)
                    .await
                    .unwrap()
            }
        });
        reader.commit().await.unwrap();
        late.await.unwrap()
    };
    let (report, late) = tokio::join!(env.run(pipeline), watch);
    let report = report.unwrap();
    assert_eq!(report.counts.inserted, 5);
    assert_eq!(late, 5);
    assert_eq!(env.count("numbers").await, 5);
}

/// Rows `(id, value)`, on day 2024-01-01.
fn listed(rows: &[(i64, &str)]) -> String {
    let mut out = String::from("id,day,value\n");
    for (id, value) in rows {
        out.push_str(&format!("{id},2024-01-01,{value}\n"));
    }
    out
}

fn mode_spec(destination: Value) -> Value {
    let mut spec = replace_spec();
    let mut merged = json!({"table": "numbers", "primary_key": ["id"]});
    for (k, v) in destination.as_object().unwrap() {
        merged[k] = v.clone();
    }
    spec["destination"] = merged;
    spec
}

async fn first_load(env: &mut Env, spec: Value, body: String) -> Uuid {
    env.source("numbers", "csv", json!({})).await;
    env.server.body("/numbers", body);
    let pipeline = env.pipeline(spec).await;
    env.run(pipeline).await.unwrap();
    pipeline
}

/// `(extracted, inserted, updated, unchanged, failed, deleted)`.
fn counts(report: &sluice_engine::etl::run::RunReport) -> (u64, u64, u64, u64, u64, u64) {
    let c = report.counts;
    (
        c.extracted,
        c.inserted,
        c.updated,
        c.unchanged,
        c.failed,
        c.deleted,
    )
}

fn logged(report: &sluice_engine::etl::run::RunReport, text: &str) -> bool {
    report.log.iter().any(|l| l.contains(text))
}

/// The columns of `numbers`, in the table's order.
async fn column_names(env: &Env) -> Vec<String> {
    sea_orm::sqlx::query_scalar(
        "SELECT column_name::text FROM information_schema.columns WHERE table_schema = $1 \
         AND table_name = 'numbers' ORDER BY ordinal_position",
    )
    .bind(&env.schema)
    .fetch_all(&env.pool)
    .await
    .unwrap()
}

/// `(id, value, _sluice_deleted_at)` of every row.
async fn marked(env: &Env) -> Vec<(i64, i64, Option<chrono::DateTime<chrono::Utc>>)> {
    sea_orm::sqlx::query_as(sea_orm::sqlx::AssertSqlSafe(format!(
        "SELECT id, value, _sluice_deleted_at FROM \"{}\".numbers ORDER BY id",
        env.schema
    )))
    .fetch_all(&env.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn mirror_deletes_the_rows_the_source_no_longer_has() {
    let mut env = Env::new().await;
    let pipeline = first_load(
        &mut env,
        mode_spec(json!({"mode": "mirror"})),
        rows(1..=5, 1),
    )
    .await;
    assert_eq!(ids(&env).await.len(), 5);

    // A webhook carries the counts: `deleted` among them.
    sea_orm::sqlx::query(
        "UPDATE pipelines SET notify = '{\"webhooks\": [{\"url\": \"https://example.com/hook\"}], \"on\": [\"success\"]}' \
         WHERE id = $1",
    )
    .bind(pipeline)
    .execute(&env.pool)
    .await
    .unwrap();

    // 1 and 5 are gone, 3 changed, 6 is new.
    env.server.body(
        "/numbers",
        listed(&[(2, "2"), (3, "33"), (4, "4"), (6, "6")]),
    );
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(counts(&report), (4, 1, 1, 2, 0, 2));
    assert!(
        logged(
            &report,
            "mirror deleted 2 row(s) of `numbers` whose key the output no longer has"
        ),
        "{:?}",
        report.log
    );
    assert_eq!(ids(&env).await, [(2, 2), (3, 33), (4, 4), (6, 6)]);
    // The count is on the run's row too.
    let deleted = env
        .scalar(&format!(
            "SELECT rows_deleted FROM runs WHERE pipeline_id = '{pipeline}' ORDER BY id DESC LIMIT 1"
        ))
        .await;
    assert_eq!(deleted, 2);
    let payload: Value = sea_orm::sqlx::query_scalar(
        "SELECT payload FROM deliveries WHERE pipeline_id = $1 AND channel = 'webhook'",
    )
    .bind(pipeline)
    .fetch_one(&env.pool)
    .await
    .unwrap();
    assert_eq!(
        payload["run"]["counts"],
        json!({"extracted": 4, "inserted": 1, "updated": 1, "unchanged": 2, "failed": 0,
               "retried": 0, "resolved": 0, "warned": 0, "deleted": 2})
    );
    // No bookkeeping column for soft deletes on a hard mirror.
    let columns = column_names(&env).await;
    assert_eq!(
        columns[columns.len() - 5..],
        [
            "value",
            "_sluice_key",
            "_sluice_hash",
            "_sluice_run_id",
            "_sluice_loaded_at"
        ]
    );

    // Nothing gone: nothing deleted.
    let report = env.run_with(pipeline, true).await.unwrap();
    assert_eq!(counts(&report), (4, 0, 0, 4, 0, 0));
    assert!(
        logged(&report, "mirror deleted 0 row(s)"),
        "{:?}",
        report.log
    );
}

#[tokio::test]
async fn mirror_with_soft_delete_marks_missing_rows_and_clears_the_mark_when_they_come_back() {
    let mut env = Env::new().await;
    let pipeline = first_load(
        &mut env,
        mode_spec(json!({"mode": "mirror", "soft_delete": true})),
        rows(1..=4, 1),
    )
    .await;
    assert!(marked(&env).await.iter().all(|(_, _, at)| at.is_none()));
    // The column comes last, after the two the first load adds after its rows.
    let columns = column_names(&env).await;
    assert_eq!(
        columns[columns.len() - 3..],
        ["_sluice_run_id", "_sluice_loaded_at", "_sluice_deleted_at"]
    );

    // 3 and 4 disappear: kept, marked with this run's time.
    env.server.body("/numbers", rows(1..=2, 1));
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(counts(&report), (2, 0, 0, 2, 0, 2));
    assert!(
        logged(
            &report,
            "mirror marked 2 row(s) of `numbers` whose key the output no longer has \
             (_sluice_deleted_at)"
        ),
        "{:?}",
        report.log
    );
    let after = marked(&env).await;
    let at = after[2].2.expect("row 3 is marked");
    assert_eq!(
        after,
        [
            (1, 1, None),
            (2, 2, None),
            (3, 3, Some(at)),
            (4, 4, Some(at))
        ]
    );
    let (started, finished): (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) =
        sea_orm::sqlx::query_as(
            "SELECT started_at, finished_at FROM runs WHERE pipeline_id = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(pipeline)
        .fetch_one(&env.pool)
        .await
        .unwrap();
    assert!(started <= at && at <= finished, "{started} {at} {finished}");

    // 3 comes back as it was: its mark is cleared (counted updated); 4 stays marked with the
    // time it first disappeared, and is not counted again.
    env.server.body("/numbers", rows(1..=3, 1));
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(counts(&report), (3, 0, 1, 2, 0, 0));
    assert!(
        logged(
            &report,
            "1 row(s) marked deleted are back in the output: their mark is cleared"
        ),
        "{:?}",
        report.log
    );
    assert_eq!(
        marked(&env).await,
        [(1, 1, None), (2, 2, None), (3, 3, None), (4, 4, Some(at))]
    );

    // 4 comes back changed: updated, mark cleared.
    env.server.body(
        "/numbers",
        listed(&[(1, "1"), (2, "2"), (3, "3"), (4, "40")]),
    );
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(counts(&report), (4, 0, 1, 3, 0, 0));
    assert_eq!(
        marked(&env).await,
        [(1, 1, None), (2, 2, None), (3, 3, None), (4, 40, None)]
    );
}

#[tokio::test]
async fn mirror_keeps_the_rows_whose_key_it_rejected_and_deletes_nothing_when_a_key_is_unknown() {
    let mut env = Env::new().await;
    let mut spec = mode_spec(json!({"mode": "mirror"}));
    spec["tests"] = json!([{"column": "value", "min": 0, "on_fail": "reject_row"}]);
    let pipeline = first_load(&mut env, spec, rows(1..=4, 1)).await;

    // 2 fails the data test (its row stays as it was), 4 is gone.
    env.server
        .body("/numbers", listed(&[(1, "1"), (2, "-2"), (3, "3")]));
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(counts(&report), (3, 0, 0, 2, 1, 1));
    assert_eq!(ids(&env).await, [(1, 1), (2, 2), (3, 3)]);

    // 3's value is not a number: rejected by the cast, before the output, where its key is not
    // known yet. 1 is gone, but this run deletes nothing.
    env.server.body("/numbers", listed(&[(2, "2"), (3, "n/a")]));
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(counts(&report), (2, 0, 0, 1, 1, 0));
    assert!(
        logged(
            &report,
            "mirror deleted no row of `numbers` this run: 1 row(s) were rejected before the \
             output (see the failed records), so their keys are unknown"
        ),
        "{:?}",
        report.log
    );
    assert_eq!(ids(&env).await, [(1, 1), (2, 2), (3, 3)]);
}

#[tokio::test]
async fn mirror_deletes_nothing_when_the_output_is_empty() {
    let mut env = Env::new().await;
    let pipeline = first_load(
        &mut env,
        mode_spec(json!({"mode": "mirror"})),
        rows(1..=3, 1),
    )
    .await;

    // The feed answers with its header alone.
    env.server.body("/numbers", "id,day,value\n");
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(counts(&report), (0, 0, 0, 0, 0, 0));
    assert!(
        logged(
            &report,
            "mirror deleted no row of `numbers` this run: the output is empty (a source \
             outage must not empty the table)"
        ),
        "{:?}",
        report.log
    );
    assert_eq!(ids(&env).await, [(1, 1), (2, 2), (3, 3)]);
}

#[tokio::test]
async fn append_inserts_new_keys_and_never_updates_a_row() {
    let mut env = Env::new().await;
    let pipeline = first_load(
        &mut env,
        mode_spec(json!({"mode": "append"})),
        rows(1..=3, 1),
    )
    .await;
    assert_eq!(ids(&env).await, [(1, 1), (2, 2), (3, 3)]);

    // 1 is gone (it stays), 3 changed (kept as first loaded), 4 and 5 are new.
    env.server.body(
        "/numbers",
        listed(&[(2, "2"), (3, "33"), (4, "4"), (5, "5")]),
    );
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(counts(&report), (4, 2, 0, 2, 0, 0));
    assert!(
        logged(
            &report,
            "1 row(s) differ from the table's rows with the same key and were not updated: \
             append never updates a row"
        ),
        "{:?}",
        report.log
    );
    assert_eq!(ids(&env).await, [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]);

    // A second run of the same rows: nothing new.
    let report = env.run_with(pipeline, true).await.unwrap();
    assert_eq!(counts(&report), (4, 0, 0, 4, 0, 0));
}

#[tokio::test]
async fn append_with_an_incremental_cursor_inserts_only_new_keys_of_the_window() {
    let mut env = Env::new().await;
    let mut spec = mode_spec(json!({"mode": "append"}));
    spec["incremental"] = json!({"cursor": "id"});
    let pipeline = first_load(&mut env, spec, rows(1..=3, 1)).await;

    // The window starts at 3 (the latest loaded cursor): 1's change is not considered, 3's is
    // not applied, 4 and 5 are inserted.
    env.server.body(
        "/numbers",
        listed(&[(1, "10"), (2, "2"), (3, "33"), (4, "4"), (5, "5")]),
    );
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(counts(&report), (5, 2, 0, 1, 0, 0));
    assert!(
        logged(&report, "1 row(s) differ from the table's rows"),
        "{:?}",
        report.log
    );
    assert_eq!(ids(&env).await, [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]);
}

/// In batches of 7 rows, against a table compared on disk (2 rows in memory): `mirror` gets
/// every batch's keys, and `append` keeps the changed rows, as in memory.
#[tokio::test]
async fn mirror_and_append_count_alike_in_batches_against_a_spilled_compare() {
    let mut env = Env::with_batch_rows(7).await;
    env.engine.compare_rows_in_memory = 2;
    env.source("numbers", "csv", json!({})).await;
    let mut changed: Vec<(i64, String)> = (1..=50).map(|id| (id, id.to_string())).collect();
    // 10 rows gone (41..=50), 5 changed (1..=5), 3 new (51..=53).
    changed.truncate(40);
    for row in changed.iter_mut().take(5) {
        row.1 = format!("{}", row.0 * 100);
    }
    changed.extend((51..=53).map(|id| (id, id.to_string())));
    let changed: Vec<(i64, &str)> = changed.iter().map(|(i, v)| (*i, v.as_str())).collect();
    let mut results = Vec::new();
    for mode in ["mirror", "append"] {
        let mut spec = mode_spec(json!({"mode": mode}));
        spec["destination"]["table"] = json!(mode);
        env.server.body("/numbers", rows(1..=50, 1));
        let pipeline = env.pipeline(spec).await;
        assert_eq!(env.run(pipeline).await.unwrap().counts.inserted, 50);
        env.server.body("/numbers", listed(&changed));
        let report = env.run(pipeline).await.unwrap();
        results.push((counts(&report), env.count(mode).await));
    }
    assert_eq!(
        results,
        [((43, 3, 5, 35, 0, 10), 43), ((43, 3, 0, 40, 0, 0), 53)]
    );
}
