use chrono::{DateTime, Timelike, Utc};
use serde_json::{Value, json};

use crate::helpers::{reference_pipeline, simple_pipeline, spawn_app};

fn with(mut doc: Value, pointer: &str, value: Value) -> Value {
    *doc.pointer_mut(pointer).unwrap() = value;
    doc
}

#[tokio::test]
async fn the_reference_pipeline_is_created_with_its_schedule() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    let p = app.create_reference_pipeline(&s).await;
    assert_eq!(p["name"], "us-covid");
    assert_eq!(p["enabled"], true);
    assert_eq!(p["version"], 1);
    assert_eq!(p["destination_table"], "us_covid");
    assert_eq!(
        p["schedule"],
        json!({"cron": "0 6 * * *", "timezone": "America/New_York"})
    );
    // Stored normalised: the join's default suffix is spelled out.
    assert_eq!(p["spec"]["transform"][6]["suffix"], "_right");
    let next: DateTime<Utc> = p["next_run_at"].as_str().unwrap().parse().unwrap();
    assert!(next > Utc::now());
    let local = next.with_timezone(&chrono_tz::America::New_York);
    assert_eq!((local.hour(), local.minute()), (6, 0), "{local}");
    let got = app
        .get(
            &format!("/api/v1/pipelines/{}", p["id"].as_str().unwrap()),
            &s.token,
        )
        .await
        .expect(200);
    assert_eq!(got.body, p);
}

#[tokio::test]
async fn a_sql_step_is_checked_when_the_pipeline_is_saved() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    app.create_source(&s, "nyt-us").await;
    app.create_source(&s, "jhu-recovered-global").await;
    let with_query = |query: &str| {
        let mut body = reference_pipeline();
        let steps = body["spec"]["transform"].as_array_mut().unwrap();
        steps.truncate(6);
        steps.push(json!({"op": "sql", "into": "out", "query": query}));
        body
    };
    let refused = [
        (
            "SELECT * FROM nyt JOIN jhu USING date",
            "is not valid SQL: Expected: a list of columns in parentheses, found: date at Line: 1, Column: 34",
        ),
        (
            "SELECT * FROM nyt JOIN jhu_typo USING (date)",
            "frame `jhu_typo` is not defined at this step (defined: jhu, nyt)",
        ),
        ("SELECT * FROM read_csv('/etc/passwd')", "table function"),
        ("COPY nyt TO '/tmp/nyt.csv'", "must be a SELECT query"),
        (
            "CREATE TABLE x AS SELECT * FROM nyt",
            "must be a SELECT query",
        ),
    ];
    for (query, message) in refused {
        let reply = app
            .post("/api/v1/pipelines", &s.token, with_query(query))
            .await
            .expect_error(422, "validation_failed");
        let details = reply.body["details"].as_array().unwrap();
        assert!(
            details
                .iter()
                .any(|d| d["path"] == "spec.transform[6].query"
                    && d["message"].as_str().unwrap().contains(message)),
            "{query}: {:#?}",
            reply.body
        );
    }
    let p = app
        .post(
            "/api/v1/pipelines",
            &s.token,
            with_query("SELECT * FROM nyt JOIN jhu USING (date) ORDER BY date"),
        )
        .await
        .expect(201);
    assert_eq!(p.body["spec"]["transform"][6]["op"], "sql");
}

#[tokio::test]
async fn spec_errors_are_listed_with_their_paths() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    app.create_source(&s, "nyt-us").await;
    // jhu-recovered-global is not registered.
    let reply = app
        .post("/api/v1/pipelines", &s.token, reference_pipeline())
        .await;
    let reply = reply.expect_error(422, "validation_failed");
    assert_eq!(
        reply.body["details"],
        json!([{
            "path": "spec.sources.jhu",
            "message": "no source named `jhu-recovered-global` in this tenant; register it with POST /api/v1/sources"
        }])
    );

    app.create_source(&s, "jhu-recovered-global").await;
    let cases = [
        (
            with(reference_pipeline(), "/spec/transform/6/on/0", json!(7)),
            "spec.transform[6].on[0]",
        ),
        (
            with(
                reference_pipeline(),
                "/spec/transform/6/right",
                json!("nope"),
            ),
            "spec.transform[6].right",
        ),
        (
            with(
                reference_pipeline(),
                "/spec/destination/table",
                json!("drop table;"),
            ),
            "spec.destination.table",
        ),
        (
            with(
                reference_pipeline(),
                "/spec/schedule/timezone",
                json!("Nowhere/City"),
            ),
            "spec.schedule.timezone",
        ),
        (
            with(reference_pipeline(), "/name", json!("bad name")),
            "name",
        ),
        (
            with(reference_pipeline(), "/spec", json!("not an object")),
            "spec",
        ),
    ];
    for (body, path) in cases {
        let reply = app
            .post("/api/v1/pipelines", &s.token, body)
            .await
            .expect_error(422, "validation_failed");
        let paths: Vec<&str> = reply.body["details"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["path"].as_str().unwrap())
            .collect();
        assert!(paths.contains(&path), "{path}: {:#?}", reply.body);
    }
    // Several problems at once are all reported.
    let mut body = with(reference_pipeline(), "/spec/output", json!("missing"));
    body["name"] = json!("bad name");
    let reply = app
        .post("/api/v1/pipelines", &s.token, body)
        .await
        .expect_error(422, "validation_failed");
    assert_eq!(
        reply.body["details"].as_array().unwrap().len(),
        2,
        "{:#?}",
        reply.body
    );
}

#[tokio::test]
async fn names_and_destination_tables_are_unique_per_tenant() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    app.create_source(&s, "raw").await;
    app.post(
        "/api/v1/pipelines",
        &s.token,
        simple_pipeline("p", "raw", "t1"),
    )
    .await
    .expect(201);
    app.post(
        "/api/v1/pipelines",
        &s.token,
        simple_pipeline("p", "raw", "t2"),
    )
    .await
    .expect_error(409, "pipeline_name_taken");
    app.post(
        "/api/v1/pipelines",
        &s.token,
        simple_pipeline("q", "raw", "t1"),
    )
    .await
    .expect_error(409, "destination_taken");
}

#[tokio::test]
async fn put_replaces_and_patch_changes_fields() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    let p = app.create_reference_pipeline(&s).await;
    let path = format!("/api/v1/pipelines/{}", p["id"].as_str().unwrap());

    let mut doc = reference_pipeline();
    doc["description"] = json!("changed");
    let put = app.put(&path, &s.token, doc).await.expect(200).body;
    assert_eq!(put["description"], "changed");
    assert_eq!(put["version"], 2);
    // The schedule did not change, so neither did the next run.
    assert_eq!(put["next_run_at"], p["next_run_at"]);

    let paused = app
        .patch(&path, &s.token, json!({"enabled": false}))
        .await
        .expect(200)
        .body;
    assert_eq!(paused["enabled"], false);
    assert_eq!(paused["next_run_at"], Value::Null);
    assert_eq!(paused["description"], "changed");
    assert_eq!(paused["version"], 3);
    let resumed = app
        .patch(&path, &s.token, json!({"enabled": true}))
        .await
        .expect(200)
        .body;
    assert!(resumed["next_run_at"].is_string());

    let mut spec = p["spec"].clone();
    spec["schedule"] = json!({"cron": "30 2 * * 1", "timezone": "Asia/Kolkata"});
    let rescheduled = app
        .patch(&path, &s.token, json!({"spec": spec}))
        .await
        .expect(200)
        .body;
    let next: DateTime<Utc> = rescheduled["next_run_at"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let local = next.with_timezone(&chrono_tz::Asia::Kolkata);
    assert_eq!((local.hour(), local.minute()), (2, 30));
    assert_eq!(rescheduled["schedule"]["timezone"], "Asia/Kolkata");

    // A bad patch changes nothing.
    app.patch(&path, &s.token, json!({"name": "bad name"}))
        .await
        .expect_error(422, "validation_failed");
    app.patch(&path, &s.token, json!({"colour": 1}))
        .await
        .expect_error(422, "validation_failed");
    assert_eq!(
        app.get(&path, &s.token).await.body["version"],
        rescheduled["version"]
    );
}

#[tokio::test]
async fn apply_by_name_is_idempotent() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    app.create_source(&s, "nyt-us").await;
    app.create_source(&s, "jhu-recovered-global").await;
    let doc = reference_pipeline();
    let path = "/api/v1/pipelines/by-name/us-covid";

    let created = app.put(path, &s.token, doc.clone()).await.expect(201);
    assert_eq!(created.headers["sluice-apply"], "created");
    let again = app.put(path, &s.token, doc.clone()).await.expect(200);
    assert_eq!(again.headers["sluice-apply"], "unchanged");
    assert_eq!(again.body["version"], 1);
    assert_eq!(again.body["id"], created.body["id"]);

    let mut changed = doc.clone();
    changed["enabled"] = json!(false);
    changed.as_object_mut().unwrap().remove("name");
    let updated = app.put(path, &s.token, changed).await.expect(200);
    assert_eq!(updated.headers["sluice-apply"], "updated");
    assert_eq!(updated.body["version"], 2);

    app.put("/api/v1/pipelines/by-name/other", &s.token, doc)
        .await
        .expect_error(422, "validation_failed");
    let list = app.get("/api/v1/pipelines", &s.token).await.expect(200);
    assert_eq!(list.body["items"].as_array().unwrap().len(), 1);

    // A name that is also an action under `/pipelines/{id}/` is applied by name all the same.
    for (i, name) in ["runs", "reset", "notifications", "failed-records"]
        .into_iter()
        .enumerate()
    {
        let mut doc = reference_pipeline();
        doc.as_object_mut().unwrap().remove("name");
        doc["spec"]["destination"]["table"] = json!(format!("t{i}"));
        let reply = app
            .put(&format!("/api/v1/pipelines/by-name/{name}"), &s.token, doc)
            .await
            .expect(201);
        assert_eq!(reply.body["name"], name);
    }
}

#[tokio::test]
async fn concurrent_applies_of_a_new_name_make_one_pipeline() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    app.create_source(&s, "raw").await;
    let doc = simple_pipeline("p", "raw", "t");
    let path = "/api/v1/pipelines/by-name/p";
    let (a, b) = tokio::join!(
        app.put(path, &s.token, doc.clone()),
        app.put(path, &s.token, doc.clone())
    );
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 201], "{a:#?} {b:#?}");
    assert_eq!(a.body["id"], b.body["id"]);
}

#[tokio::test]
async fn a_deleted_pipeline_is_gone() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    let p = app.create_reference_pipeline(&s).await;
    let path = format!("/api/v1/pipelines/{}", p["id"].as_str().unwrap());
    let deleted = app.delete(&path, &s.token).await.expect(200).body;
    assert_eq!(deleted["id"], p["id"]);
    assert_eq!(deleted["table"], "us_covid");
    assert_eq!(deleted["table_dropped"], false);
    app.get(&path, &s.token)
        .await
        .expect_error(404, "pipeline_not_found");
    app.delete(&path, &s.token)
        .await
        .expect_error(404, "pipeline_not_found");
    // The name and table are free again (the table was never loaded).
    app.post("/api/v1/pipelines", &s.token, reference_pipeline())
        .await
        .expect(201);
}

#[tokio::test]
async fn the_list_filters_and_pages() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    app.create_source(&s, "raw").await;
    for i in 0..3 {
        let mut doc = simple_pipeline(&format!("p{i}"), "raw", &format!("t{i}"));
        doc["enabled"] = json!(i != 1);
        app.post("/api/v1/pipelines", &s.token, doc)
            .await
            .expect(201);
    }
    let enabled = app
        .get("/api/v1/pipelines?enabled=true", &s.token)
        .await
        .expect(200);
    let names: Vec<&str> = enabled.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["p0", "p2"]);
    let first = app
        .get("/api/v1/pipelines?limit=2", &s.token)
        .await
        .expect(200)
        .body;
    assert_eq!(first["items"].as_array().unwrap().len(), 2);
    let cursor = first["next_cursor"].as_str().unwrap();
    let rest = app
        .get(
            &format!("/api/v1/pipelines?limit=2&after={cursor}"),
            &s.token,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(rest["items"][0]["name"], "p2");
    assert_eq!(rest["next_cursor"], Value::Null);
}
