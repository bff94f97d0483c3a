//! What the pipeline editor builds on: steps suggested from a preview, and a dry run of a spec
//! that is not saved.

use serde_json::{Value, json};

use crate::{helpers::reference_pipeline, runs::fixture};

async fn source_id(f: &crate::runs::Fixture, name: &str) -> String {
    let sources = f.app.get("/api/v1/sources", &f.session.token).await.body;
    sources["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn suggested_steps_type_the_reference_sources() {
    let f = fixture().await;
    let nyt = source_id(&f, "nyt-us").await;
    let suggestion = f
        .app
        .post(
            &format!("/api/v1/sources/{nyt}/suggest?frame=nyt"),
            &f.session.token,
            Value::Null,
        )
        .await
        .expect(200)
        .body;
    // Exactly the reference pipeline's first two steps.
    assert_eq!(
        suggestion["steps"],
        json!([
            {"op": "parse_date", "frame": "nyt", "column": "date", "format": "%Y-%m-%d"},
            {"op": "cast", "frame": "nyt", "columns": {"cases": "int", "deaths": "int"}}
        ])
    );
    assert_eq!(
        reference_pipeline()["spec"]["transform"][0],
        suggestion["steps"][0]
    );

    // The wide JHU file: names a table cannot have are renamed, its date columns counted.
    let jhu = source_id(&f, "jhu-recovered-global").await;
    let suggestion = f
        .app
        .post(
            &format!("/api/v1/sources/{jhu}/suggest"),
            &f.session.token,
            Value::Null,
        )
        .await
        .expect(200)
        .body;
    assert_eq!(suggestion["frame"], "jhu_recovered_global");
    let rename = &suggestion["steps"][0];
    assert_eq!(rename["op"], "rename");
    assert_eq!(rename["columns"]["Country/Region"], "country_region");
    assert_eq!(rename["columns"]["1/22/2020"], "c_1_22_2020");

    f.app
        .post(
            &format!("/api/v1/sources/{nyt}/suggest?frame=1bad"),
            &f.session.token,
            Value::Null,
        )
        .await
        .expect_error(422, "validation_failed");
}

#[tokio::test]
async fn a_dry_run_shows_the_output_and_the_failures_without_loading() {
    let f = fixture().await;
    let token = &f.session.token;
    let spec = reference_pipeline()["spec"].clone();
    let tried = f
        .app
        .post(
            "/api/v1/pipelines/dry-run",
            token,
            json!({"spec": spec, "rows": 1000}),
        )
        .await
        .expect(200)
        .body;
    assert_eq!(
        tried["rows"].as_array().unwrap().len(),
        170,
        "{:#}",
        tried["columns"]
    );
    assert_eq!(
        tried["columns"],
        json!([
            {"name": "date", "pg_type": "date"},
            {"name": "cases", "pg_type": "bigint"},
            {"name": "deaths", "pg_type": "bigint"},
            {"name": "recovered", "pg_type": "bigint"}
        ])
    );
    let april = tried["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["date"] == "2020-04-01")
        .unwrap();
    assert_eq!(
        *april,
        json!({"date": "2020-04-01", "cases": 215391, "deaths": 5325, "recovered": 8474})
    );
    assert_eq!(tried["failed"], json!([]));
    // Nothing was loaded or stored.
    assert_eq!(
        f.app
            .get(&format!("/api/v1/pipelines/{}/table", f.pipeline), token)
            .await
            .status,
        404
    );

    // A cast that does not fit: every row fails, each with its line and reason.
    let mut bad = reference_pipeline()["spec"].clone();
    bad["transform"][1] =
        json!({"op": "cast", "frame": "nyt", "columns": {"cases": "int", "deaths": "date"}});
    let tried = f
        .app
        .post(
            "/api/v1/pipelines/dry-run",
            token,
            json!({"spec": bad, "rows": 10}),
        )
        .await
        .expect(200)
        .body;
    let failed = tried["failed"].as_array().unwrap();
    assert!(!failed.is_empty(), "{tried:#}");
    assert_eq!(failed[0]["source"], "nyt");
    assert_eq!(failed[0]["row"], 2, "the first data line");
    assert!(
        failed[0]["reason"].as_str().unwrap().contains("deaths"),
        "{:#}",
        failed[0]
    );
    assert_eq!(failed[0]["raw"]["date"], "2020-01-21");

    // A step on a column the source lacks names the step.
    let mut missing = reference_pipeline()["spec"].clone();
    missing["transform"][1] = json!({"op": "cast", "frame": "nyt", "columns": {"nope": "int"}});
    let refused = f
        .app
        .post("/api/v1/pipelines/dry-run", token, json!({"spec": missing}))
        .await
        .expect_error(422, "validation_failed")
        .body;
    assert_eq!(
        refused["details"][0]["path"], "spec.transform[1]",
        "{refused:#}"
    );
    for rows in [0, 1001] {
        let refused = f
            .app
            .post(
                "/api/v1/pipelines/dry-run",
                token,
                json!({"spec": reference_pipeline()["spec"], "rows": rows}),
            )
            .await
            .expect_error(422, "validation_failed")
            .body;
        assert_eq!(refused["details"][0]["path"], "rows");
    }
    let mut unknown = reference_pipeline()["spec"].clone();
    unknown["sources"]["nyt"] = json!("nope");
    let refused = f
        .app
        .post("/api/v1/pipelines/dry-run", token, json!({"spec": unknown}))
        .await
        .expect_error(422, "validation_failed")
        .body;
    assert_eq!(refused["details"][0]["path"], "spec.sources.nyt");
    // Viewers cannot fetch sources through it.
    let viewer = f
        .app
        .add_user(&f.session, "vic@example.com", "viewer")
        .await;
    f.app
        .post(
            "/api/v1/pipelines/dry-run",
            &viewer.token,
            json!({"spec": reference_pipeline()["spec"]}),
        )
        .await
        .expect_error(403, "forbidden");
}
