//! Typed by default: a pipeline without casts loads the types its values have, one with
//! `infer_types: false` loads text, the reference pipeline loads as it always did, the table's
//! types win over a later file's, and pipelines stored before keep loading text.

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::{self, Row};
use serde_json::{Value, json};
use sluice_engine::{
    etl::run::{Outcome, RunErrorCode},
    spec::PipelineSpec,
};
use sluice_testing::{TestDatabase, server_url};
use uuid::Uuid;

use crate::env::Env;

/// The table's columns (without Sluice's own) and their `information_schema` types.
async fn column_types(env: &Env, table: &str) -> Vec<(String, String)> {
    sqlx::query_as(
        "SELECT column_name::text, data_type::text FROM information_schema.columns \
         WHERE table_schema = $1 AND table_name = $2 AND column_name NOT LIKE '\\_sluice%' \
         ORDER BY ordinal_position",
    )
    .bind(&env.schema)
    .bind(table)
    .fetch_all(&env.pool)
    .await
    .unwrap()
}

/// `select` (SQL expressions giving text) of every row of `table`, ordered by `order`.
async fn rows(env: &Env, table: &str, select: &str, order: &str) -> Vec<Vec<Option<String>>> {
    let sql = format!(
        "SELECT {select} FROM \"{}\".\"{table}\" ORDER BY {order}",
        env.schema
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(&env.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| (0..r.len()).map(|i| r.get(i)).collect())
        .collect()
}

fn text(values: &[Option<&str>]) -> Vec<Option<String>> {
    values.iter().map(|v| v.map(str::to_owned)).collect()
}

/// Three rows read in batches of two: `m` is a float only because of the third row, and
/// `code` text only because of it, so the types come from the whole file.
const TYPED: &str = "id,n,m,price,ok,day,at,code,fips,note,empty\n\
1,10,1,1.5,true,2020-01-02,2020-01-02T03:04:05Z,1,01,a,\n\
2,-3,2,2,False,2020-01-03,2020-01-02 04:04:05+01:00,2,36,,\n\
3,,2.5,1e2,,,,007,,c,\n";

fn typed_spec(source: Value, table: &str) -> Value {
    json!({
        "sources": {"f": source},
        "output": "f",
        "destination": {"table": table, "primary_key": ["id"]}
    })
}

const SELECT: &str = "id::text, n::text, m::text, price::text, ok::text, day::text, \
                      extract(epoch FROM at::timestamptz)::bigint::text, code, fips, note, empty";

#[tokio::test]
async fn a_pipeline_without_casts_loads_the_types_its_values_have() {
    let mut env = Env::with_batch_rows(2).await;
    env.source("typed", "csv", json!({})).await;
    env.server.body("/typed", TYPED);
    let pipeline = env.pipeline(typed_spec(json!("typed"), "typed")).await;
    let report = env.run(pipeline).await.unwrap();
    assert_eq!(
        (report.counts.inserted, report.counts.failed),
        (3, 0),
        "inference rejects no row"
    );
    let types = column_types(&env, "typed").await;
    let expected = [
        ("id", "bigint"),
        ("n", "bigint"),
        ("m", "double precision"),
        ("price", "double precision"),
        ("ok", "boolean"),
        ("day", "date"),
        ("at", "timestamp with time zone"),
        ("code", "text"),
        ("fips", "text"),
        ("note", "text"),
        ("empty", "text"),
    ]
    .map(|(c, t)| (c.to_owned(), t.to_owned()));
    assert_eq!(types, expected);
    assert_eq!(
        rows(&env, "typed", SELECT, "id").await,
        [
            text(&[
                Some("1"),
                Some("10"),
                Some("1"),
                Some("1.5"),
                Some("true"),
                Some("2020-01-02"),
                Some("1577934245"),
                Some("1"),
                Some("01"),
                Some("a"),
                None
            ]),
            text(&[
                Some("2"),
                Some("-3"),
                Some("2"),
                Some("2"),
                Some("false"),
                Some("2020-01-03"),
                Some("1577934245"),
                Some("2"),
                Some("36"),
                None,
                None
            ]),
            text(&[
                Some("3"),
                None,
                Some("2.5"),
                Some("100"),
                None,
                None,
                None,
                Some("007"),
                None,
                Some("c"),
                None
            ]),
        ]
    );
}

#[tokio::test]
async fn infer_types_false_loads_every_column_as_text() {
    let mut env = Env::with_batch_rows(2).await;
    env.source("typed", "csv", json!({})).await;
    env.server.body("/typed", TYPED);
    let pipeline = env
        .pipeline(typed_spec(
            json!({"source": "typed", "infer_types": false}),
            "as_text",
        ))
        .await;
    env.run(pipeline).await.unwrap();
    let types = column_types(&env, "as_text").await;
    assert_eq!(types.len(), 11);
    assert!(types.iter().all(|(_, t)| t == "text"), "{types:?}");
    assert_eq!(
        rows(&env, "as_text", "id, price, ok, at", "id").await,
        [
            text(&[
                Some("1"),
                Some("1.5"),
                Some("true"),
                Some("2020-01-02T03:04:05Z")
            ]),
            text(&[
                Some("2"),
                Some("2"),
                Some("False"),
                Some("2020-01-02 04:04:05+01:00")
            ]),
            text(&[Some("3"), Some("1e2"), None, None]),
        ]
    );
}

#[tokio::test]
async fn the_reference_pipeline_loads_the_same_table_with_inference_on_or_off() {
    let mut env = Env::new().await;
    let inferred = env.reference().await;
    let report = env.run(inferred).await.unwrap();
    assert_eq!((report.counts.inserted, report.counts.failed), (170, 0));
    let doc: Value =
        serde_json::from_str(include_str!("../../../examples/us-covid/pipeline.json")).unwrap();
    let mut spec = doc["spec"].clone();
    assert_eq!(
        spec["sources"],
        json!({"nyt": "nyt-us", "jhu": "jhu-recovered-global"}),
        "the shipped reference infers types"
    );
    spec["sources"] = json!({
        "nyt": {"source": "nyt-us", "infer_types": false},
        "jhu": {"source": "jhu-recovered-global", "infer_types": false},
    });
    spec["destination"]["table"] = json!("us_covid_text");
    let as_text = env.pipeline(spec).await;
    let report = env.run(as_text).await.unwrap();
    assert_eq!((report.counts.inserted, report.counts.failed), (170, 0));
    let expected = [
        ("date", "date"),
        ("cases", "bigint"),
        ("deaths", "bigint"),
        ("recovered", "bigint"),
    ]
    .map(|(c, t)| (c.to_owned(), t.to_owned()));
    assert_eq!(column_types(&env, "us_covid").await, expected);
    assert_eq!(column_types(&env, "us_covid_text").await, expected);
    let all = "date::text, cases::text, deaths::text, recovered::text";
    let typed_rows = rows(&env, "us_covid", all, "date").await;
    assert_eq!(typed_rows.len(), 170);
    assert_eq!(typed_rows, rows(&env, "us_covid_text", all, "date").await);
}

/// How a rerun's log says it read with the last run's types.
const ASSUMED: &str = "source frame `f` is read with the column types the last run found, each \
                       value checked as it is read (no first pass over the file)";

/// How a rerun's log begins to say it read again after a first pass.
const AGAIN: &str = "the run stopped reading with the last run's types (";

/// The line of a rerun whose values no longer give the last run's types (`what` differs).
fn read_again(what: String) -> String {
    format!(
        "{AGAIN}source frame `f`'s values no longer give the types the last run found: {what}): \
         read again after a first pass over the source"
    )
}

/// A pipeline over `/drift` loading table `drift`, run once per body; the last run's result.
async fn drift(
    bodies: &[&str],
) -> (
    Env,
    Result<sluice_engine::etl::run::RunReport, sluice_engine::etl::run::RunError>,
) {
    let mut env = Env::new().await;
    env.source("drift", "csv", json!({})).await;
    let pipeline = env.pipeline(typed_spec(json!("drift"), "drift")).await;
    let mut last = None;
    for body in bodies {
        env.server.body("/drift", *body);
        last = Some(env.run(pipeline).await);
    }
    (env, last.unwrap())
}

#[tokio::test]
async fn a_rerun_reads_with_the_last_run_s_types_and_again_after_a_first_pass_when_they_no_longer_hold()
 {
    // Two rows a batch: the third row is read after the first chunk was loaded.
    let mut env = Env::with_batch_rows(2).await;
    env.source("drift", "csv", json!({})).await;
    let pipeline = env.pipeline(typed_spec(json!("drift"), "drift")).await;
    let state = |env: &Env| {
        let pool = env.pool.clone();
        async move {
            let state: Value = sqlx::query_scalar("SELECT state FROM pipelines WHERE id = $1")
                .bind(pipeline)
                .fetch_one(&pool)
                .await
                .unwrap();
            state["sources"]["f"]["types"]["columns"].clone()
        }
    };
    // The first load scans the file first, and keeps what its values allow.
    env.server
        .body("/drift", "id,n,note\n1,10,a\n2,20,b\n3,30,c\n");
    let report = env.run(pipeline).await.unwrap();
    assert!(!report.log.iter().any(|l| l == ASSUMED), "{:?}", report.log);
    let kept = state(&env).await;
    let names: Vec<&str> = kept
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c[0].as_str())
        .collect();
    assert_eq!(names, ["id", "n", "note"], "{kept}");

    // Values of the same types: read with the last run's, without a first pass.
    env.server
        .body("/drift", "id,n,note\n1,11,a\n2,20,b\n3,33,d\n");
    let report = env.run(pipeline).await.unwrap();
    assert!(report.log.iter().any(|l| l == ASSUMED), "{:?}", report.log);
    assert!(!report.log.iter().any(|l| l.starts_with(AGAIN)));
    assert_eq!((report.counts.updated, report.counts.unchanged), (2, 1));
    assert_eq!(state(&env).await, kept);

    // `note` holds only integers now: a first pass would type it int (and the table's text
    // would win). Known only after the last row: the run reads again, from a new transaction,
    // and loads as a run that scanned first.
    env.server
        .body("/drift", "id,n,note\n1,11,1\n2,20,2\n3,33,3\n");
    let report = env.run(pipeline).await.unwrap();
    assert!(
        report
            .log
            .iter()
            .any(|l| l
                == &read_again("column `note` was string, and its values now make it int".into())),
        "{:?}",
        report.log
    );
    assert!(
        !report.log.iter().any(|l| l == ASSUMED),
        "the first read's lines are dropped: {:?}",
        report.log
    );
    assert!(report.log.iter().any(|l| l
        == "column `note` of source frame `f` is read as text (the table's type) rather than \
            the bigint its values suggest"));
    assert_eq!(
        (
            report.counts.extracted,
            report.counts.inserted,
            report.counts.updated,
            report.counts.unchanged
        ),
        (3, 0, 3, 0)
    );
    assert_eq!(
        rows(&env, "drift", "id::text, n::text, note", "id").await,
        [
            text(&[Some("1"), Some("11"), Some("1")]),
            text(&[Some("2"), Some("20"), Some("2")]),
            text(&[Some("3"), Some("33"), Some("3")])
        ]
    );
    let schema = env.schema.clone();
    assert_eq!(
        env.scalar(&format!(
            "SELECT count(DISTINCT _sluice_run_id) FROM \"{schema}\".drift"
        ))
        .await,
        1,
        "every row once, by this run"
    );
    assert_ne!(state(&env).await, kept, "the state holds this file's scan");

    // And the next rerun reads with it.
    env.server
        .body("/drift", "id,n,note\n1,12,1\n2,20,2\n3,33,3\n");
    let report = env.run(pipeline).await.unwrap();
    assert!(report.log.iter().any(|l| l == ASSUMED), "{:?}", report.log);
    assert!(!report.log.iter().any(|l| l.starts_with(AGAIN)));
    assert_eq!((report.counts.updated, report.counts.unchanged), (1, 2));
}

#[tokio::test]
async fn integers_after_floats_load_into_the_float_column() {
    let (env, result) = drift(&["id,v\n1,1.5\n2,2.5\n", "id,v\n1,1\n2,3\n"]).await;
    let report = result.unwrap();
    assert_eq!(report.outcome, Outcome::Succeeded);
    assert_eq!((report.counts.updated, report.counts.failed), (2, 0));
    // Read with the last run's types first: every value reads as a float, but a first pass
    // would have found integers, and the table's type wins over those.
    assert!(
        report.log.iter().any(
            |l| l == &read_again("column `v` was float, and its values now make it int".into())
        ),
        "{:?}",
        report.log
    );
    assert!(
        report.log.iter().any(|l| l
            == "column `v` of source frame `f` is read as double precision (the table's type) \
                rather than the bigint its values suggest"),
        "{:?}",
        report.log
    );
    assert_eq!(
        column_types(&env, "drift").await[1],
        ("v".to_owned(), "double precision".to_owned())
    );
    assert_eq!(
        rows(&env, "drift", "id::text, v::text", "id").await,
        [text(&[Some("1"), Some("1")]), text(&[Some("2"), Some("3")])]
    );
}

#[tokio::test]
async fn integers_and_dates_after_an_empty_column_load_into_its_text_column() {
    let (env, result) = drift(&[
        "id,v,d\n1,,\n2,,\n",
        "id,v,d\n1,5,2020-01-02\n2,-7,2020-01-03\n",
    ])
    .await;
    let report = result.unwrap();
    assert_eq!((report.counts.updated, report.counts.failed), (2, 0));
    assert!(
        report
            .log
            .iter()
            .any(|l| l
                == &read_again("column `v` was string, and its values now make it int".into())),
        "{:?}",
        report.log
    );
    assert_eq!(
        column_types(&env, "drift").await,
        [("id", "bigint"), ("v", "text"), ("d", "text")].map(|(c, t)| (c.to_owned(), t.to_owned()))
    );
    // The source's own text.
    assert_eq!(
        rows(&env, "drift", "id::text, v, d", "id").await,
        [
            text(&[Some("1"), Some("5"), Some("2020-01-02")]),
            text(&[Some("2"), Some("-7"), Some("2020-01-03")])
        ]
    );
}

#[tokio::test]
async fn floats_after_integers_fail_the_run_naming_the_column_the_types_and_the_fix() {
    let (env, result) = drift(&["id,v\n1,1\n2,2\n", "id,v\n1,1.5\n2,2\n"]).await;
    let error = result.unwrap_err();
    assert_eq!(error.code, RunErrorCode::LoadRefused);
    // The last run's types stopped the read at the float; the first pass then found it, and
    // the run fails as one that scanned first.
    assert!(
        error.log.iter().any(|l| l.starts_with(AGAIN)
            && l.contains("`1.5` does not read as the type found for column `v`")),
        "{:?}",
        error.log
    );
    assert_eq!(
        error.message,
        "column `v` is bigint in table `drift`, but this run's values of `v` (source frame `f`) \
         are double precision, which bigint cannot hold without loss: convert the column with a \
         `cast` step (values that do not convert become failed records), or load into a new table"
    );
    // Nothing was loaded.
    assert_eq!(
        rows(&env, "drift", "id::text, v::text", "id").await,
        [text(&[Some("1"), Some("1")]), text(&[Some("2"), Some("2")])]
    );
}

#[tokio::test]
async fn the_migration_keeps_stored_pipelines_reading_text() {
    let database = TestDatabase::create_on(&server_url()).await.unwrap();
    let db = database.connect().await.unwrap();
    let pool = db.get_postgres_connection_pool().clone();
    let migrations = Migrator::migrations();
    let ours = migrations
        .iter()
        .position(|m| m.name() == "m20261130_000010_infer_types_off")
        .unwrap();
    Migrator::down(&db, Some((migrations.len() - ours) as u32))
        .await
        .unwrap();
    let (tenant, pipeline) = (Uuid::now_v7(), Uuid::now_v7());
    let stored = json!({
        "sources": {"nyt": "nyt-us", "jhu": "jhu-recovered-global"},
        "output": "nyt",
        "transform": [{"op": "join", "left": "nyt", "right": "jhu", "on": ["date"], "how": "inner", "into": "out"}],
        "destination": {"table": "t", "primary_key": ["date"]}
    });
    sqlx::query("INSERT INTO tenants (id, name, schema_name) VALUES ($1, 'x', 't_x')")
        .bind(tenant)
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO pipelines (id, tenant_id, name, spec, destination_table) VALUES ($1, $2, 'p', $3, 't')",
    )
    .bind(pipeline)
    .bind(tenant)
    .bind(&stored)
    .execute(&pool)
    .await
    .unwrap();
    let read = || async {
        sqlx::query("SELECT spec, spec_text, version FROM pipelines WHERE id = $1")
            .bind(pipeline)
            .fetch_one(&pool)
            .await
            .map(|r| {
                let spec: Value = r.get(0);
                let text: String = r.get(1);
                let version: i32 = r.get(2);
                (spec, text, version)
            })
            .unwrap()
    };
    Migrator::up(&db, None).await.unwrap();
    let (spec, spec_text, version) = read().await;
    assert_eq!(
        spec["sources"],
        json!({
            "nyt": {"source": "nyt-us", "infer_types": false},
            "jhu": {"source": "jhu-recovered-global", "infer_types": false},
        })
    );
    assert_eq!(serde_json::from_str::<Value>(&spec_text).unwrap(), spec);
    assert_eq!(version, 2);
    let mut rest = spec.clone();
    rest["sources"] = stored["sources"].clone();
    assert_eq!(rest, stored, "the rest of the spec is untouched");
    // As stored, the way the API stores it: applying it again changes nothing.
    let parsed = PipelineSpec::parse(&spec).unwrap();
    assert!(!parsed.infers_types("nyt") && !parsed.infers_types("jhu"));
    assert_eq!(parsed.to_json()["sources"], spec["sources"]);
    // Down to before this migration again (later ones first).
    Migrator::down(&db, Some((migrations.len() - ours) as u32))
        .await
        .unwrap();
    let (spec, _, version) = read().await;
    assert_eq!(spec, stored);
    assert_eq!(version, 3);
}

#[tokio::test]
async fn json_values_are_typed_like_csv_text() {
    let mut env = Env::new().await;
    env.source("events", "ndjson", json!({})).await;
    env.server.body(
        "/events",
        "{\"id\": 1, \"v\": 1.5, \"ok\": true, \"d\": \"2020-01-02\", \"o\": {\"a\": 1}, \"s\": \"01\"}\n\
         {\"id\": 2, \"v\": 2, \"ok\": false, \"d\": null, \"o\": [1], \"s\": \"x\"}\n",
    );
    let pipeline = env
        .pipeline(json!({
            "sources": {"e": "events"},
            "output": "e",
            "destination": {"table": "events", "primary_key": ["id"]}
        }))
        .await;
    env.run(pipeline).await.unwrap();
    assert_eq!(
        column_types(&env, "events").await,
        // JSON keys come in name order.
        [
            ("d", "date"),
            ("id", "bigint"),
            ("o", "text"),
            ("ok", "boolean"),
            ("s", "text"),
            ("v", "double precision"),
        ]
        .map(|(c, t)| (c.to_owned(), t.to_owned()))
    );
    assert_eq!(
        rows(
            &env,
            "events",
            "id::text, v::text, ok::text, d::text, o, s",
            "id"
        )
        .await,
        [
            text(&[
                Some("1"),
                Some("1.5"),
                Some("true"),
                Some("2020-01-02"),
                Some("{\"a\":1}"),
                Some("01")
            ]),
            text(&[
                Some("2"),
                Some("2"),
                Some("false"),
                None,
                Some("[1]"),
                Some("x")
            ]),
        ]
    );
}
