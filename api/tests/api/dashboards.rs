//! Saved dashboards: CRUD, validation by path, roles.

use serde_json::json;

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_dashboard_is_created_listed_changed_and_deleted() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    let pipeline = app.create_reference_pipeline(&s).await;
    let id = pipeline["id"].as_str().unwrap();
    let chart = json!({"title": "Cases", "pipeline_id": id, "x": "date", "y": ["cases", "deaths"], "bucket": "month", "agg": "last"});
    let created = app
        .post(
            "/api/v1/dashboards",
            &s.token,
            json!({"name": "COVID-19 in the US", "charts": [chart]}),
        )
        .await
        .expect(201)
        .body;
    assert_eq!(created["version"], 1);
    // Defaults are spelled out.
    assert_eq!(created["charts"][0]["kind"], "line");
    assert_eq!(created["charts"][0]["group"], serde_json::Value::Null);
    let path = format!("/api/v1/dashboards/{}", created["id"].as_str().unwrap());

    let viewer = app.add_user(&s, "vic@example.com", "viewer").await;
    let listed = app
        .get("/api/v1/dashboards", &viewer.token)
        .await
        .expect(200)
        .body;
    assert_eq!(listed["items"][0]["id"], created["id"]);
    assert_eq!(
        app.get(&path, &viewer.token).await.expect(200).body,
        created
    );
    app.put(&path, &viewer.token, json!({"name": "x"}))
        .await
        .expect_error(403, "forbidden");

    let changed = app
        .put(
            &path,
            &s.token,
            json!({"name": "COVID-19", "description": "monthly", "charts": [chart, {"title": "Recovered", "pipeline_id": id, "x": "date", "y": ["recovered"], "kind": "bar"}]}),
        )
        .await
        .expect(200)
        .body;
    assert_eq!(changed["version"], 2);
    assert_eq!(changed["charts"][1]["bucket"], "none");

    // Names are unique in the tenant.
    app.post("/api/v1/dashboards", &s.token, json!({"name": "COVID-19"}))
        .await
        .expect_error(409, "dashboard_name_taken");
    // Every problem, by path.
    let other = app.signup("U", "bob@example.com").await;
    let foreign = app.create_reference_pipeline(&other).await;
    let bad = app
        .post(
            "/api/v1/dashboards",
            &s.token,
            json!({"name": "  ", "charts": [
                {"title": "a", "pipeline_id": foreign["id"], "x": "date", "y": ["cases"]},
                {"title": "b", "pipeline_id": id, "x": "Date; DROP", "y": []}
            ]}),
        )
        .await
        .expect_error(422, "validation_failed")
        .body;
    let paths: Vec<&str> = bad["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "name",
            "charts[0].pipeline_id",
            "charts[1].x",
            "charts[1].y"
        ]
    );
    app.post(
        "/api/v1/dashboards",
        &s.token,
        json!({"name": "x", "charts": [{"title": "a", "pipeline_id": id, "x": "date", "y": ["cases"], "colour": "red"}]}),
    )
    .await
    .expect(422);

    app.delete(&path, &viewer.token)
        .await
        .expect_error(403, "forbidden");
    app.delete(&path, &s.token).await.expect(204);
    app.get(&path, &s.token)
        .await
        .expect_error(404, "dashboard_not_found");
}
