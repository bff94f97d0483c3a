//! Loads into a tenant's own PostgreSQL (docs/DESTINATIONS.md): a second server started for
//! the test on a port of its own, the destination registered as the API stores it (its
//! password sealed), a pipeline naming it in `destination.database`.

use sea_orm::sqlx::{self, PgPool, Row};
use serde_json::{Value, json};
use sluice_engine::{
    crypto::Encryptor,
    destination::sealing_context,
    etl::run::{LOADS_TABLE, Outcome, RunErrorCode},
};
use sluice_testing::pg_cluster::{self, Cluster};
use uuid::Uuid;

use crate::env::Env;

const USER: &str = "loader";
const PASSWORD: &str = "loader-secret-1";
/// The schema the destination's tables go in.
const SCHEMA: &str = "sluice";

/// A second PostgreSQL server with a database `dw` owned by a login that checks its password.
fn warehouse() -> Cluster {
    let cluster = Cluster::start();
    cluster.superuser_sql(&format!("CREATE ROLE {USER} LOGIN PASSWORD '{PASSWORD}'"));
    cluster.superuser_sql(&format!("CREATE DATABASE dw OWNER {USER}"));
    cluster
}

/// A pool on the warehouse's `dw` as its superuser, to look at what was loaded.
async fn look(cluster: &Cluster) -> PgPool {
    PgPool::connect(&format!(
        "postgres://{}@127.0.0.1:{}/dw",
        pg_cluster::SUPERUSER,
        cluster.port
    ))
    .await
    .unwrap()
}

/// Registers `cluster` as the tenant's destination `warehouse`, with `password`.
async fn register(env: &Env, cluster: &Cluster, password: &str) -> Uuid {
    let id = Uuid::now_v7();
    // The key `Env::run_with` opens secrets with.
    let sealed = Encryptor::new(&[7; 32]).seal(password.as_bytes(), &sealing_context(id));
    sqlx::query(
        "INSERT INTO destinations (id, tenant_id, name, host, port, database, username, password, \
           sslmode, schema_name, created_at, updated_at) \
         VALUES ($1, $2, 'warehouse', '127.0.0.1', $3, 'dw', $4, $5, 'disable', $6, now(), now())",
    )
    .bind(id)
    .bind(env.tenant_id)
    .bind(i32::from(cluster.port))
    .bind(USER)
    .bind(sealed)
    .bind(SCHEMA)
    .execute(&env.pool)
    .await
    .unwrap();
    id
}

/// The pipeline of `spec`, loading into destination `destination`.
async fn pipeline_into(env: &Env, mut spec: Value, destination: Uuid) -> Uuid {
    spec["destination"]["database"] = json!("warehouse");
    let pipeline = env.pipeline(spec).await;
    sqlx::query("UPDATE pipelines SET destination_id = $2 WHERE id = $1")
        .bind(pipeline)
        .bind(destination)
        .execute(&env.pool)
        .await
        .unwrap();
    pipeline
}

/// The shipped reference pipeline's spec, its sources registered and served.
async fn reference_spec(env: &mut Env) -> Value {
    env.source("nyt-us", "csv", json!({})).await;
    env.source("jhu-recovered-global", "csv", json!({})).await;
    env.server.body("/nyt-us", crate::env::NYT);
    env.server.body("/jhu-recovered-global", crate::env::JHU);
    let doc: Value =
        serde_json::from_str(include_str!("../../../examples/us-covid/pipeline.json")).unwrap();
    doc["spec"].clone()
}

/// Source `n`'s `id,value` rows, typed, into `table` keyed by `id`, written in `mode`.
fn numbers(table: &str, mode: &str) -> Value {
    json!({
        "sources": {"raw": "n"},
        "transform": [{"op": "cast", "frame": "raw", "columns": {"id": "int", "value": "int"}}],
        "output": "raw",
        "destination": {"table": table, "primary_key": ["id"], "mode": mode}
    })
}

async fn covid_day(pool: &PgPool, date: &str) -> Option<(i64, i64, i64)> {
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT cases, deaths, recovered FROM {SCHEMA}.us_covid WHERE date = $1"
    )))
    .bind(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap())
    .fetch_optional(pool)
    .await
    .unwrap()
    .map(|r| (r.get(0), r.get(1), r.get(2)))
}

async fn scalar(pool: &PgPool, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT ({sql})::bigint")))
        .fetch_one(pool)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_reference_pipeline_loads_into_a_tenant_destination_with_exact_values() {
    let mut env = Env::new().await;
    let cluster = tokio::task::spawn_blocking(warehouse).await.unwrap();
    let destination = register(&env, &cluster, PASSWORD).await;
    let spec = reference_spec(&mut env).await;
    let pipeline = pipeline_into(&env, spec, destination).await;

    let report = env.run(pipeline).await.unwrap();
    assert_eq!(report.outcome, Outcome::Succeeded);
    assert_eq!(
        (
            report.counts.extracted,
            report.counts.inserted,
            report.counts.updated,
            report.counts.failed
        ),
        (820 + 253, 170, 0, 0)
    );
    let dw = look(&cluster).await;
    assert_eq!(
        scalar(&dw, &format!("SELECT count(*) FROM {SCHEMA}.us_covid")).await,
        170
    );
    assert_eq!(covid_day(&dw, "2020-01-22").await, Some((1, 0, 0)));
    assert_eq!(
        covid_day(&dw, "2020-04-01").await,
        Some((215_391, 5_325, 8_474))
    );
    assert_eq!(
        covid_day(&dw, "2020-07-09").await,
        Some((3_131_526, 133_079, 969_111))
    );
    assert_eq!(covid_day(&dw, "2020-07-10").await, None);
    // The table belongs to the destination's user, and nothing landed in the built-in database.
    assert_eq!(
        scalar(
            &dw,
            &format!(
                "SELECT count(*) FROM pg_tables WHERE schemaname = '{SCHEMA}' \
                 AND tablename = 'us_covid' AND tableowner = '{USER}'"
            )
        )
        .await,
        1
    );
    assert!(!env.table_exists("us_covid").await);
    // One recorded load, for this run, with what the control plane recorded.
    let (run_id, runs): (Uuid, i64) = sqlx::query_as(
        "SELECT max(id::text)::uuid, count(*) FROM runs WHERE pipeline_id = $1 AND status = 'succeeded' AND rows_inserted = 170",
    )
    .bind(pipeline)
    .fetch_one(&env.pool)
    .await
    .unwrap();
    assert_eq!(runs, 1);
    let loads: Vec<(Uuid, i32, Value)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT run_id, attempt, outcome FROM {SCHEMA}.{LOADS_TABLE}"
    )))
    .fetch_all(&dw)
    .await
    .unwrap();
    assert_eq!(loads.len(), 1);
    assert_eq!((loads[0].0, loads[0].1), (run_id, 1));
    assert_eq!(loads[0].2["counts"]["inserted"], 170);
    assert_eq!(
        scalar(
            &dw,
            &format!("SELECT count(*) FROM {SCHEMA}.us_covid WHERE _sluice_run_id = '{run_id}'")
        )
        .await,
        170
    );

    // Incremental as on the built-in database: unchanged sources skip, a full reload writes
    // nothing new and records a second load.
    let again = env.run(pipeline).await.unwrap();
    assert_eq!(again.outcome, Outcome::Skipped);
    let full = env.run_with(pipeline, true).await.unwrap();
    assert_eq!(
        (
            full.counts.inserted,
            full.counts.updated,
            full.counts.unchanged
        ),
        (0, 0, 170)
    );
    assert_eq!(
        scalar(&dw, &format!("SELECT count(*) FROM {SCHEMA}.{LOADS_TABLE}")).await,
        2
    );
    dw.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn rejected_rows_of_a_destination_load_become_failed_records_and_are_retried() {
    let mut env = Env::new().await;
    let cluster = tokio::task::spawn_blocking(warehouse).await.unwrap();
    let destination = register(&env, &cluster, PASSWORD).await;
    env.source("n", "csv", json!({})).await;
    env.server.body("/n", "id,value\n1,10\n2,oops\n3,30\n");
    let spec = numbers("numbers", "upsert");
    let pipeline = pipeline_into(&env, spec, destination).await;
    let report = env.run(pipeline).await.unwrap();
    assert_eq!((report.counts.inserted, report.counts.failed), (2, 1));
    let open: Vec<(i64, String)> =
        sqlx::query_as("SELECT row_number, status FROM failed_records WHERE pipeline_id = $1")
            .bind(pipeline)
            .fetch_all(&env.pool)
            .await
            .unwrap();
    assert_eq!(open, vec![(3, "open".to_owned())]);

    // The source is fixed: the record resolves and its row loads.
    env.server.body("/n", "id,value\n1,10\n2,20\n3,30\n");
    let fixed = env.run(pipeline).await.unwrap();
    assert_eq!(
        (
            fixed.counts.inserted,
            fixed.counts.retried,
            fixed.counts.resolved
        ),
        (1, 1, 1)
    );
    let dw = look(&cluster).await;
    assert_eq!(
        scalar(&dw, &format!("SELECT sum(value) FROM {SCHEMA}.numbers")).await,
        60
    );
    dw.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn mirror_and_replace_work_on_a_destination() {
    let mut env = Env::new().await;
    let cluster = tokio::task::spawn_blocking(warehouse).await.unwrap();
    let destination = register(&env, &cluster, PASSWORD).await;
    env.source("n", "csv", json!({})).await;
    env.server.body("/n", "id,value\n1,10\n2,20\n3,30\n");
    let mirror = pipeline_into(&env, numbers("mirrored", "mirror"), destination).await;
    let replace = pipeline_into(&env, numbers("replaced", "replace"), destination).await;
    env.run(mirror).await.unwrap();
    env.run(replace).await.unwrap();
    env.server.body("/n", "id,value\n1,10\n3,33\n");
    let mirrored = env.run(mirror).await.unwrap();
    assert_eq!((mirrored.counts.updated, mirrored.counts.deleted), (1, 1));
    let replaced = env.run(replace).await.unwrap();
    assert_eq!(replaced.outcome, Outcome::Succeeded);
    let dw = look(&cluster).await;
    for table in ["mirrored", "replaced"] {
        let rows: Vec<(i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT id, value FROM {SCHEMA}.{table} ORDER BY id"
        )))
        .fetch_all(&dw)
        .await
        .unwrap();
        assert_eq!(rows, vec![(1, 10), (3, 33)], "{table}");
    }
    dw.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_destination_that_is_down_fails_the_run_as_retryable_and_the_next_run_loads() {
    let mut env = Env::new().await;
    let cluster = tokio::task::spawn_blocking(warehouse).await.unwrap();
    let destination = register(&env, &cluster, PASSWORD).await;
    env.source("n", "csv", json!({})).await;
    env.server.body("/n", "id,value\n1,10\n");
    let spec = numbers("numbers", "upsert");
    let pipeline = pipeline_into(&env, spec, destination).await;
    cluster.stop();
    let down = env.run(pipeline).await.unwrap_err();
    assert!(down.recoverable, "{down}");
    assert_eq!(down.code, RunErrorCode::DestinationUnavailable, "{down}");
    assert!(
        down.message.contains("destination `warehouse`")
            && down.message.contains(&cluster.port.to_string()),
        "{down}"
    );
    cluster.restart();
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(report.counts.inserted, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_destination_refusing_the_login_or_the_schema_fails_the_run_for_good() {
    let mut env = Env::new().await;
    let cluster = tokio::task::spawn_blocking(warehouse).await.unwrap();
    env.source("n", "csv", json!({})).await;
    env.server.body("/n", "id,value\n1,10\n");
    let spec = numbers("numbers", "upsert");
    let wrong = register(&env, &cluster, "not-the-password").await;
    let pipeline = pipeline_into(&env, spec.clone(), wrong).await;
    let refused = env.run(pipeline).await.unwrap_err();
    assert!(!refused.recoverable, "{refused}");
    assert_eq!(refused.code, RunErrorCode::DestinationRefused, "{refused}");
    assert!(
        refused
            .message
            .contains("refused the password of user `loader`"),
        "{refused}"
    );

    // The right password, but a user that may not create the schema.
    cluster.superuser_sql(&format!(
        "CREATE ROLE reader LOGIN PASSWORD '{PASSWORD}'; GRANT CONNECT ON DATABASE dw TO reader;"
    ));
    sqlx::query("UPDATE destinations SET username = 'reader', password = $2 WHERE id = $1")
        .bind(wrong)
        .bind(Encryptor::new(&[7; 32]).seal(PASSWORD.as_bytes(), &sealing_context(wrong)))
        .execute(&env.pool)
        .await
        .unwrap();
    let no_schema = env.run(pipeline).await.unwrap_err();
    assert!(!no_schema.recoverable, "{no_schema}");
    assert_eq!(
        no_schema.code,
        RunErrorCode::DestinationRefused,
        "{no_schema}"
    );
    assert!(
        no_schema
            .message
            .contains("destination `warehouse`: cannot create schema `sluice`"),
        "{no_schema}"
    );
    assert_eq!(env.last_run(pipeline).await.0, "failed");
}
