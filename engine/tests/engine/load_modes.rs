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
