//! The engine behind the API: source check and preview, failed records, reset.

use std::sync::Arc;

use serde_json::{Value, json};
use sluice_engine::{
    crypto::Encryptor,
    etl::{
        extract::Fetcher,
        run::{self, Engine},
    },
};
use sluice_testing::http::{Reply, TestServer};

use crate::helpers::{Session, TestApp, reference_pipeline, spawn_app_with};

const NYT: &str = include_str!("../../../data/us-covid/us.csv");
const JHU: &str = include_str!("../../../data/us-covid/time_series_covid19_recovered_global.csv");

async fn app() -> TestApp {
    spawn_app_with(|s| s.set_list("extract.allow_hosts", &["127.0.0.1"])).await
}

async fn register(app: &TestApp, s: &Session, server: &TestServer, name: &str) -> Value {
    app.post(
        "/api/v1/sources",
        &s.token,
        json!({"name": name, "url": server.url(&format!("/{name}")), "format": "csv"}),
    )
    .await
    .expect(201)
    .body
}

/// Runs a pipeline through the engine, as the worker does (destinations on loopback allowed).
pub(crate) async fn run_pipeline(
    app: &TestApp,
    pipeline: &str,
) -> Result<run::RunReport, run::RunError> {
    let settings: sluice_worker::settings::Settings =
        sluice_testing::settings_source("postgres://unused")
            .set_list("extract.allow_hosts", &["127.0.0.1"])
            .set_list("destinations.allow_networks", &["127.0.0.0/8"])
            .load()
            .unwrap();
    let engine = Engine {
        fetcher: Fetcher::new(&settings.extract).unwrap(),
        pool: app.db.get_postgres_connection_pool().clone(),
        batch_rows: run::DEFAULT_BATCH_ROWS,
        compare_rows_in_memory: run::DEFAULT_COMPARE_ROWS_IN_MEMORY,
        pair_slice_pages: run::DEFAULT_PAIR_SLICE_PAGES,
        destinations: run::DestinationAccess::new(&settings.destinations),
    };
    let id = pipeline.parse().unwrap();
    let run_id =
        sluice_engine::run_records::create_held(&engine.pool, id, "api-test", false).await?;
    let encryptor = Encryptor::new(&settings.encryption_key().unwrap());
    let req = run::request(
        &app.db,
        &encryptor,
        run_id,
        id,
        Some("api-test".into()),
        false,
    )
    .await?;
    run::execute(&engine, req, Arc::new(|_| {})).await
}

#[tokio::test]
async fn preview_shows_the_first_rows_and_inferred_types() {
    let app = app().await;
    let s = app.signup("T", "ada@example.com").await;
    let server = TestServer::start().await;
    server.body("/jhu", JHU);
    let source = register(&app, &s, &server, "jhu").await;
    let id = source["id"].as_str().unwrap();
    let preview = app
        .get(&format!("/api/v1/sources/{id}/preview?rows=3"), &s.token)
        .await
        .expect(200)
        .body;
    assert_eq!(preview["rows"].as_array().unwrap().len(), 3);
    assert_eq!(preview["rows_sampled"], 253);
    for rows in [0, 101] {
        let refused = app
            .get(
                &format!("/api/v1/sources/{id}/preview?rows={rows}"),
                &s.token,
            )
            .await
            .expect_error(422, "validation_failed");
        assert_eq!(refused.body["details"][0]["path"], "rows");
    }
    let columns = preview["columns"].as_array().unwrap();
    assert_eq!(columns.len(), 174);
    assert_eq!(
        columns[1],
        json!({"name": "Country/Region", "inferred_type": "string", "nulls": 0})
    );
    assert_eq!(columns[2]["inferred_type"], "float");
    assert_eq!(columns[4]["name"], "1/22/2020");
    assert_eq!(columns[4]["inferred_type"], "int");
    assert_eq!(preview["rows"][0]["Country/Region"], "Afghanistan");
}

#[tokio::test]
async fn check_reports_a_good_source_and_stores_the_outcome() {
    let app = app().await;
    let s = app.signup("T", "ada@example.com").await;
    let server = TestServer::start().await;
    server.body("/nyt-us", NYT);
    let source = register(&app, &s, &server, "nyt-us").await;
    let path = format!("/api/v1/sources/{}", source["id"].as_str().unwrap());
    let check = app
        .post(&format!("{path}/check"), &s.token, json!({}))
        .await
        .expect(200)
        .body;
    assert_eq!(check["ok"], true, "{check}");
    assert_eq!(check["columns"], json!(["date", "cases", "deaths"]));
    assert_eq!(check["bytes_checked"], NYT.len());
    assert_eq!(check["truncated"], false);
    let stored = app.get(&path, &s.token).await.expect(200).body;
    assert_eq!(stored["last_check"]["ok"], true);
    assert!(stored["last_checked_at"].is_string());
}

#[tokio::test]
async fn check_knows_the_types_each_pipeline_reads_the_source_as() {
    let app = app().await;
    let s = app.signup("T", "ada@example.com").await;
    let server = TestServer::start().await;
    server.body("/counts", "day,n\n2020-01-02,5\n2020-01-03,6\n");
    let source = register(&app, &s, &server, "counts").await;
    let check_path = format!("/api/v1/sources/{}/check", source["id"].as_str().unwrap());
    // `add_days` needs a date: `day` is one when read with inference, text without.
    let pipeline = |name: &str, frame: Value| {
        json!({"name": name, "spec": {
            "sources": {"c": frame},
            "transform": [{"op": "derive", "frame": "c", "column": "next", "expr": {"add_days": "day", "days": 1}}],
            "output": "c",
            "destination": {"table": name, "primary_key": ["day"]}
        }})
    };
    app.post(
        "/api/v1/pipelines",
        &s.token,
        pipeline("typed", json!("counts")),
    )
    .await
    .expect(201);
    let check = app
        .post(&check_path, &s.token, json!({}))
        .await
        .expect(200)
        .body;
    assert_eq!(check["ok"], true, "{check}");
    app.post(
        "/api/v1/pipelines",
        &s.token,
        pipeline("as_text", json!({"source": "counts", "infer_types": false})),
    )
    .await
    .expect(201);
    let check = app
        .post(&check_path, &s.token, json!({}))
        .await
        .expect(200)
        .body;
    assert_eq!(check["ok"], false, "{check}");
    let message = check["problem"]["message"].as_str().unwrap();
    assert!(
        message
            .starts_with("pipeline `as_text` cannot read this source: transform[0] (derive on c)"),
        "{message}"
    );
}

#[tokio::test]
async fn check_names_every_kind_of_malformed_source() {
    let app = app().await;
    let s = app.signup("T", "ada@example.com").await;
    let server = TestServer::start().await;
    // The reference pipeline reads nyt-us, so its columns are checked against the steps too.
    register(&app, &s, &server, "nyt-us").await;
    let jhu = register(&app, &s, &server, "jhu-recovered-global").await;
    let _ = jhu;
    app.post("/api/v1/pipelines", &s.token, reference_pipeline())
        .await
        .expect(201);
    let nyt = app.get("/api/v1/sources", &s.token).await.body["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let csv = |b: &[u8]| Reply::Body {
        body: b.to_vec(),
        content_type: "text/csv".into(),
    };
    let cases: Vec<(&str, Reply, &str, Vec<&str>)> = vec![
        (
            "bad quoting",
            csv(b"date,cases,deaths\n2020-01-21,\"1,0\n"),
            "malformed_source",
            vec!["line 2", "quote"],
        ),
        (
            "ragged",
            csv(b"date,cases,deaths\n2020-01-21,1\n"),
            "malformed_source",
            vec!["line 2", "header has 3"],
        ),
        (
            "invalid UTF-8",
            csv(b"date,cases,deaths\n2020-01-21,1,\xc3\x28\n"),
            "malformed_source",
            vec!["line 2, field 3", "UTF-8"],
        ),
        ("empty", csv(b""), "malformed_source", vec!["empty"]),
        (
            "missing column",
            csv(b"date,cases\n2020-01-21,1\n"),
            "malformed_source",
            vec!["us-covid", "column `deaths` not found"],
        ),
        (
            "HTML page",
            Reply::Body {
                body: b"<html>oops</html>".to_vec(),
                content_type: "text/html".into(),
            },
            "source_refused",
            vec!["HTML"],
        ),
        (
            "truncated",
            Reply::Truncated {
                body: b"date,cases,deaths\n2020-01-21,1,0\n".to_vec(),
                claimed: 5000,
            },
            "source_unavailable",
            vec!["cut short"],
        ),
        (
            "server error",
            Reply::Status(500),
            "source_unavailable",
            vec!["500"],
        ),
        (
            "not found",
            Reply::Status(404),
            "source_refused",
            vec!["404"],
        ),
    ];
    for (name, reply, code, parts) in cases {
        server.set("/nyt-us", reply);
        let check = app
            .post(&format!("/api/v1/sources/{nyt}/check"), &s.token, json!({}))
            .await
            .expect(200)
            .body;
        assert_eq!(check["ok"], false, "{name}: {check}");
        assert_eq!(check["problem"]["code"], code, "{name}: {check}");
        let message = check["problem"]["message"].as_str().unwrap();
        for part in parts {
            assert!(message.contains(part), "{name}: `{part}` not in {message}");
        }
    }
    // Preview answers the same problems as errors.
    server.set("/nyt-us", csv(b"date,cases,deaths\n2020-01-21,1\n"));
    app.get(&format!("/api/v1/sources/{nyt}/preview"), &s.token)
        .await
        .expect_error(422, "malformed_source");
    server.set("/nyt-us", Reply::Status(503));
    app.get(&format!("/api/v1/sources/{nyt}/preview"), &s.token)
        .await
        .expect_error(502, "source_unavailable");
}

#[tokio::test]
async fn check_refuses_private_addresses_unless_allowed() {
    let app = spawn_app_with(|s| s).await;
    let s = app.signup("T", "ada@example.com").await;
    let server = TestServer::start().await;
    server.body("/x", "a\n1\n");
    let source = register(&app, &s, &server, "x").await;
    let check = app
        .post(
            &format!("/api/v1/sources/{}/check", source["id"].as_str().unwrap()),
            &s.token,
            json!({}),
        )
        .await
        .expect(200)
        .body;
    assert_eq!(check["problem"]["code"], "source_refused");
    assert!(
        check["problem"]["message"]
            .as_str()
            .unwrap()
            .contains("not public")
    );
    assert_eq!(server.connections(), 0);
}

#[tokio::test]
async fn failed_records_are_listed_retried_and_discarded() {
    let app = app().await;
    let s = app.signup("T", "ada@example.com").await;
    let server = TestServer::start().await;
    register(&app, &s, &server, "nyt-us").await;
    register(&app, &s, &server, "jhu-recovered-global").await;
    let broken = NYT
        .replace("2020-03-02,", "2020-13-02,")
        .replace("2020-04-01,215391,5325", "2020-04-01,215391,n/a");
    server.body("/nyt-us", broken);
    server.body("/jhu-recovered-global", JHU);
    let pipeline = app
        .post("/api/v1/pipelines", &s.token, reference_pipeline())
        .await
        .expect(201)
        .body;
    let pid = pipeline["id"].as_str().unwrap();
    let report = run_pipeline(&app, pid).await.unwrap();
    assert_eq!(report.counts.failed, 2);

    let open = app
        .get(&format!("/api/v1/pipelines/{pid}/failed-records"), &s.token)
        .await
        .expect(200)
        .body;
    let items = open["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["source"], "nyt");
    assert_eq!(items[0]["raw_record"]["date"], "2020-13-02");
    assert_eq!(items[0]["status"], "open");
    assert_eq!(items[0]["attempts"], 1);
    assert!(
        items[1]["reason"]
            .as_str()
            .unwrap()
            .contains("`n/a` is not an integer")
    );

    let first = items[0]["id"].as_str().unwrap();
    let second = items[1]["id"].as_str().unwrap();
    let discarded = app
        .post(
            &format!("/api/v1/failed-records/{first}/discard"),
            &s.token,
            json!({}),
        )
        .await
        .expect(200)
        .body;
    assert_eq!(discarded["status"], "discarded");
    let listed = app
        .get(
            &format!("/api/v1/pipelines/{pid}/failed-records?status=discarded"),
            &s.token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(listed["items"].as_array().unwrap().len(), 1);
    let retried = app
        .post(
            &format!("/api/v1/failed-records/{first}/retry"),
            &s.token,
            json!({}),
        )
        .await
        .expect(200)
        .body;
    assert_eq!(
        (
            retried["status"].as_str(),
            retried["retry_requested"].as_bool()
        ),
        (Some("open"), Some(true))
    );

    // A retry makes the next run load even though nothing changed upstream.
    let again = run_pipeline(&app, pid).await.unwrap();
    assert_eq!(again.outcome, run::Outcome::Succeeded);
    assert_eq!((again.counts.failed, again.counts.retried), (2, 2));
    // Fixed upstream: resolved.
    server.body("/nyt-us", NYT);
    let fixed = run_pipeline(&app, pid).await.unwrap();
    assert_eq!(fixed.counts.resolved, 2);
    let resolved = app
        .get(
            &format!("/api/v1/pipelines/{pid}/failed-records?status=resolved"),
            &s.token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(resolved["items"].as_array().unwrap().len(), 2);
    assert!(resolved["items"][0]["resolved_run_id"].is_string());
    app.post(
        &format!("/api/v1/failed-records/{second}/retry"),
        &s.token,
        json!({}),
    )
    .await
    .expect_error(422, "validation_failed");
    app.get(
        &format!("/api/v1/pipelines/{pid}/failed-records?status=lost"),
        &s.token,
    )
    .await
    .expect_error(400, "bad_request");

    // Viewers read but cannot act; other tenants see nothing.
    let viewer = app.add_user(&s, "vic@example.com", "viewer").await;
    app.get(
        &format!("/api/v1/pipelines/{pid}/failed-records"),
        &viewer.token,
    )
    .await
    .expect(200);
    app.post(
        &format!("/api/v1/failed-records/{second}/discard"),
        &viewer.token,
        json!({}),
    )
    .await
    .expect_error(403, "forbidden");
    let other = app.signup("U", "bob@example.com").await;
    app.get(
        &format!("/api/v1/pipelines/{pid}/failed-records"),
        &other.token,
    )
    .await
    .expect_error(404, "pipeline_not_found");
    app.post(
        &format!("/api/v1/failed-records/{second}/discard"),
        &other.token,
        json!({}),
    )
    .await
    .expect_error(404, "failed_record_not_found");
    app.post(
        &format!("/api/v1/failed-records/{first}/retry"),
        &other.token,
        json!({}),
    )
    .await
    .expect_error(404, "failed_record_not_found");
}

#[tokio::test]
async fn reset_forgets_the_state_so_the_next_run_reloads() {
    let app = app().await;
    let s = app.signup("T", "ada@example.com").await;
    let server = TestServer::start().await;
    register(&app, &s, &server, "nyt-us").await;
    register(&app, &s, &server, "jhu-recovered-global").await;
    server.body("/nyt-us", NYT);
    server.body("/jhu-recovered-global", JHU);
    let pipeline = app
        .post("/api/v1/pipelines", &s.token, reference_pipeline())
        .await
        .expect(201)
        .body;
    let pid = pipeline["id"].as_str().unwrap();
    assert_eq!(run_pipeline(&app, pid).await.unwrap().counts.inserted, 170);
    assert_eq!(
        run_pipeline(&app, pid).await.unwrap().outcome,
        run::Outcome::Skipped
    );
    let reset = app
        .post(
            &format!("/api/v1/pipelines/{pid}/reset"),
            &s.token,
            json!({}),
        )
        .await
        .expect(200)
        .body;
    assert_eq!(reset["id"], pid);
    let after = run_pipeline(&app, pid).await.unwrap();
    assert_eq!(after.outcome, run::Outcome::Succeeded);
    assert_eq!((after.counts.inserted, after.counts.unchanged), (0, 170));
    let other = app.signup("U", "bob@example.com").await;
    app.post(
        &format!("/api/v1/pipelines/{pid}/reset"),
        &other.token,
        json!({}),
    )
    .await
    .expect_error(404, "pipeline_not_found");
    let viewer = app.add_user(&s, "vic@example.com", "viewer").await;
    app.post(
        &format!("/api/v1/pipelines/{pid}/reset"),
        &viewer.token,
        json!({}),
    )
    .await
    .expect_error(403, "forbidden");
}

#[tokio::test]
async fn hostile_destination_names_are_refused_with_the_reason() {
    let app = app().await;
    let s = app.signup("T", "ada@example.com").await;
    app.create_source(&s, "nyt-us").await;
    app.create_source(&s, "jhu-recovered-global").await;
    let long = "t".repeat(64);
    let cases = [
        ("us\"covid", "may only contain"),
        ("us_covid; drop table users", "may only contain"),
        (long.as_str(), "64 bytes long; PostgreSQL allows at most 63"),
        ("pg_stats", "reserved prefix `pg_`"),
    ];
    for (table, reason) in cases {
        let mut doc = reference_pipeline();
        doc["spec"]["destination"]["table"] = json!(table);
        let reply = app
            .post("/api/v1/pipelines", &s.token, doc)
            .await
            .expect_error(422, "validation_failed");
        assert_eq!(reply.body["details"][0]["path"], "spec.destination.table");
        assert!(
            reply.body["details"][0]["message"]
                .as_str()
                .unwrap()
                .contains(reason),
            "{table}: {:#?}",
            reply.body
        );
    }
    let mut doc = reference_pipeline();
    doc["spec"]["destination"]["primary_key"] = json!(["da\"te"]);
    let reply = app
        .post("/api/v1/pipelines", &s.token, doc)
        .await
        .expect_error(422, "validation_failed");
    assert_eq!(
        reply.body["details"][0]["path"],
        "spec.destination.primary_key[0]"
    );
}

#[tokio::test]
async fn another_tenants_source_cannot_be_checked_or_previewed() {
    let app = app().await;
    let a = app.signup("A", "ada@example.com").await;
    let b = app.signup("B", "bob@example.com").await;
    let server = TestServer::start().await;
    server.body("/s", "a\n1\n");
    let source = register(&app, &a, &server, "s").await;
    let id = source["id"].as_str().unwrap();
    app.post(&format!("/api/v1/sources/{id}/check"), &b.token, json!({}))
        .await
        .expect_error(404, "source_not_found");
    app.get(&format!("/api/v1/sources/{id}/preview"), &b.token)
        .await
        .expect_error(404, "source_not_found");
    assert_eq!(server.connections(), 0);
}

/// `mirror` with `soft_delete` through the API: refused without mirror (422 at the path), the
/// `deleted` count in the run's JSON, and `_sluice_deleted_at` a bookkeeping column of the
/// data route.
#[tokio::test]
async fn a_mirror_run_reports_deleted_rows_and_hides_its_bookkeeping_column() {
    let app = app().await;
    let s = app.signup("T", "ada@example.com").await;
    let server = TestServer::start().await;
    register(&app, &s, &server, "numbers").await;
    server.body("/numbers", "id,value\n1,10\n2,20\n3,30\n");
    let mut pipeline = json!({
        "name": "numbers",
        "spec": {
            "sources": {"raw": "numbers"},
            "transform": [{"op": "cast", "frame": "raw", "columns": {"id": "int", "value": "int"}}],
            "output": "raw",
            "destination": {"table": "numbers", "primary_key": ["id"], "soft_delete": true}
        }
    });
    let refused = app
        .post("/api/v1/pipelines", &s.token, pipeline.clone())
        .await
        .expect(422)
        .body;
    assert_eq!(
        refused["details"],
        json!([{"path": "spec.destination.soft_delete",
                "message": "only `mirror` deletes rows: set `mode` to `mirror`, or remove `soft_delete`"}]),
        "{refused:#}"
    );
    pipeline["spec"]["destination"]["mode"] = json!("mirror");
    let mut incremental = pipeline.clone();
    incremental["spec"]["incremental"] = json!({"cursor": "id"});
    let refused = app
        .post("/api/v1/pipelines", &s.token, incremental)
        .await
        .expect(422)
        .body;
    assert_eq!(
        refused["details"][0]["path"], "spec.destination.mode",
        "{refused:#}"
    );
    let created = app
        .post("/api/v1/pipelines", &s.token, pipeline)
        .await
        .expect(201)
        .body;
    let pid = created["id"].as_str().unwrap();
    assert_eq!(created["spec"]["destination"]["soft_delete"], true);
    assert_eq!(run_pipeline(&app, pid).await.unwrap().counts.inserted, 3);

    server.body("/numbers", "id,value\n1,10\n");
    assert_eq!(run_pipeline(&app, pid).await.unwrap().counts.deleted, 2);
    let runs = app
        .get(&format!("/api/v1/pipelines/{pid}/runs"), &s.token)
        .await
        .expect(200)
        .body;
    let latest = &runs["items"][0];
    assert_eq!(
        latest["counts"],
        json!({"extracted": 1, "inserted": 0, "updated": 0, "unchanged": 1, "failed": 0,
               "retried": 0, "resolved": 0, "warned": 0, "deleted": 2}),
        "{runs:#}"
    );
    let one = app
        .get(
            &format!("/api/v1/runs/{}", latest["id"].as_str().unwrap()),
            &s.token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(one["counts"]["deleted"], 2);

    // The marked rows are still there; the mark is bookkeeping, shown only when asked for.
    let data = app
        .get(&format!("/api/v1/pipelines/{pid}/data"), &s.token)
        .await
        .expect(200)
        .body;
    let names: Vec<&str> = data["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["id", "value"]);
    assert_eq!(data["rows"].as_array().unwrap().len(), 3);
    let with = app
        .get(
            &format!("/api/v1/pipelines/{pid}/data?bookkeeping=true"),
            &s.token,
        )
        .await
        .expect(200)
        .body;
    let marks: Vec<bool> = with["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| !r["_sluice_deleted_at"].is_null())
        .collect();
    assert_eq!(marks, [false, true, true], "{with:#}");
}
