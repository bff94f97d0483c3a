use serde_json::json;

use crate::helpers::{PASSWORD, reference_pipeline, simple_pipeline, source_body, spawn_app};

/// Tenant B, even as an admin, sees none of tenant A's objects: every ID-bearing endpoint
/// answers 404 and every list leaves A's objects out.
#[tokio::test]
async fn another_tenants_objects_are_404_and_never_listed() {
    let app = spawn_app().await;
    let a = app.signup("A", "ada@example.com").await;
    let b = app.signup("B", "bob@example.com").await;
    let a_member = app.add_user(&a, "amy@example.com", "member").await;
    let a_token = app
        .post("/api/v1/tokens", &a.token, json!({"name": "a-token"}))
        .await
        .expect(201)
        .body;
    let a_pipeline = app.create_reference_pipeline(&a).await;
    let a_source = app.get("/api/v1/sources", &a.token).await.body["items"][0].clone();

    let run = app
        .trigger_run(&a.token, a_pipeline["id"].as_str().unwrap(), json!({}))
        .await;
    // A failed record and a delivery of A's, written as a run would.
    let pool = app.db.get_postgres_connection_pool();
    let record: uuid::Uuid = sea_orm::sqlx::query_scalar(
        "INSERT INTO failed_records (id, tenant_id, pipeline_id, run_id, source, raw_record, record_hash, reason) \
         SELECT gen_random_uuid(), tenant_id, pipeline_id, id, 'nyt', '{}', 'h', 'bad' FROM runs WHERE id = $1::uuid RETURNING id",
    )
    .bind(&run)
    .fetch_one(pool)
    .await
    .unwrap();
    let delivery: uuid::Uuid = sea_orm::sqlx::query_scalar(
        "INSERT INTO deliveries (id, tenant_id, pipeline_id, run_id, channel, target, event_id, event_type, payload, status) \
         SELECT gen_random_uuid(), tenant_id, pipeline_id, id, 'email', 'ops@example.com', gen_random_uuid(), 'run.failed', '{}', 'failed' \
         FROM runs WHERE id = $1::uuid RETURNING id",
    )
    .bind(&run)
    .fetch_one(pool)
    .await
    .unwrap();

    let a_dashboard = app
        .post(
            "/api/v1/dashboards",
            &a.token,
            json!({"name": "A's", "charts": [{"title": "c", "pipeline_id": a_pipeline["id"], "x": "date", "y": ["cases"]}]}),
        )
        .await
        .expect(201)
        .body;
    let a_destination = app
        .post(
            "/api/v1/destinations",
            &a.token,
            json!({"name": "warehouse", "host": "db.example.com", "database": "dw", "user": "loader", "password": "pw"}),
        )
        .await
        .expect(201)
        .body;
    let ids = [
        ("dashboards", a_dashboard["id"].as_str().unwrap().to_owned()),
        (
            "destinations",
            a_destination["id"].as_str().unwrap().to_owned(),
        ),
        ("users", a_member.user_id.to_string()),
        ("tokens", a_token["id"].as_str().unwrap().to_owned()),
        ("sources", a_source["id"].as_str().unwrap().to_owned()),
        ("pipelines", a_pipeline["id"].as_str().unwrap().to_owned()),
        ("runs", run.clone()),
        ("failed-records", record.to_string()),
        ("deliveries", delivery.to_string()),
    ];
    let source = format!("/api/v1/sources/{}", ids[4].1);
    let pipeline = format!("/api/v1/pipelines/{}", ids[5].1);
    // (method, route, body, code): every route that names an object by id.
    let calls = [
        ("GET", "/api/v1/users/{id}", None, "user_not_found"),
        (
            "PATCH",
            "/api/v1/users/{id}",
            Some(json!({"role": "viewer"})),
            "user_not_found",
        ),
        ("DELETE", "/api/v1/users/{id}", None, "user_not_found"),
        ("DELETE", "/api/v1/tokens/{id}", None, "token_not_found"),
        ("GET", "/api/v1/sources/{id}", None, "source_not_found"),
        (
            "PUT",
            "/api/v1/sources/{id}",
            Some(source_body("x")),
            "source_not_found",
        ),
        ("DELETE", "/api/v1/sources/{id}", None, "source_not_found"),
        (
            "POST",
            "/api/v1/sources/{id}/check",
            Some(json!({})),
            "source_not_found",
        ),
        (
            "GET",
            "/api/v1/sources/{id}/preview",
            None,
            "source_not_found",
        ),
        (
            "GET",
            "/api/v1/dashboards/{id}",
            None,
            "dashboard_not_found",
        ),
        (
            "PUT",
            "/api/v1/dashboards/{id}",
            Some(json!({"name": "x"})),
            "dashboard_not_found",
        ),
        (
            "DELETE",
            "/api/v1/dashboards/{id}",
            None,
            "dashboard_not_found",
        ),
        (
            "POST",
            "/api/v1/sources/{id}/suggest",
            None,
            "source_not_found",
        ),
        (
            "GET",
            "/api/v1/destinations/{id}",
            None,
            "destination_not_found",
        ),
        (
            "PUT",
            "/api/v1/destinations/{id}",
            Some(json!({"name": "x", "host": "db.example.com", "database": "d", "user": "u"})),
            "destination_not_found",
        ),
        (
            "DELETE",
            "/api/v1/destinations/{id}",
            None,
            "destination_not_found",
        ),
        (
            "POST",
            "/api/v1/destinations/{id}/check",
            Some(json!({})),
            "destination_not_found",
        ),
        (
            "GET",
            "/api/v1/destinations/{id}/credentials",
            None,
            "destination_not_found",
        ),
        (
            "POST",
            "/api/v1/destinations/{id}/credentials",
            None,
            "destination_not_found",
        ),
        (
            "DELETE",
            "/api/v1/destinations/{id}/credentials",
            None,
            "destination_not_found",
        ),
        ("GET", "/api/v1/pipelines/{id}", None, "pipeline_not_found"),
        (
            "PUT",
            "/api/v1/pipelines/{id}",
            Some(simple_pipeline("x", "y", "z")),
            "pipeline_not_found",
        ),
        (
            "PATCH",
            "/api/v1/pipelines/{id}",
            Some(json!({"enabled": false})),
            "pipeline_not_found",
        ),
        (
            "DELETE",
            "/api/v1/pipelines/{id}",
            None,
            "pipeline_not_found",
        ),
        (
            "POST",
            "/api/v1/pipelines/{id}/reset",
            Some(json!({})),
            "pipeline_not_found",
        ),
        (
            "GET",
            "/api/v1/pipelines/{id}/runs",
            None,
            "pipeline_not_found",
        ),
        (
            "POST",
            "/api/v1/pipelines/{id}/runs",
            Some(json!({})),
            "pipeline_not_found",
        ),
        (
            "GET",
            "/api/v1/pipelines/{id}/failed-records",
            None,
            "pipeline_not_found",
        ),
        (
            "GET",
            "/api/v1/pipelines/{id}/table",
            None,
            "pipeline_not_found",
        ),
        (
            "GET",
            "/api/v1/pipelines/{id}/data",
            None,
            "pipeline_not_found",
        ),
        (
            "GET",
            "/api/v1/pipelines/{id}/series",
            None,
            "pipeline_not_found",
        ),
        (
            "GET",
            "/api/v1/pipelines/{id}/export",
            None,
            "pipeline_not_found",
        ),
        (
            "GET",
            "/api/v1/pipelines/{id}/notifications",
            None,
            "pipeline_not_found",
        ),
        (
            "PUT",
            "/api/v1/pipelines/{id}/notifications",
            Some(json!({"on": ["failure"]})),
            "pipeline_not_found",
        ),
        (
            "POST",
            "/api/v1/pipelines/{id}/notifications/test",
            Some(json!({})),
            "pipeline_not_found",
        ),
        ("GET", "/api/v1/runs/{id}", None, "run_not_found"),
        (
            "POST",
            "/api/v1/runs/{id}/cancel",
            Some(json!({})),
            "run_not_found",
        ),
        ("GET", "/api/v1/runs/{id}/deliveries", None, "run_not_found"),
        (
            "POST",
            "/api/v1/failed-records/{id}/retry",
            Some(json!({})),
            "failed_record_not_found",
        ),
        (
            "POST",
            "/api/v1/failed-records/{id}/discard",
            Some(json!({})),
            "failed_record_not_found",
        ),
        (
            "POST",
            "/api/v1/deliveries/{id}/redeliver",
            Some(json!({})),
            "delivery_not_found",
        ),
    ];
    let bt = b.token.as_str();
    for (method, route, body, code) in &calls {
        let resource = route
            .trim_start_matches("/api/v1/")
            .split('/')
            .next()
            .unwrap();
        let id = &ids.iter().find(|(r, _)| *r == resource).unwrap().1;
        let path = route.replace("{id}", id);
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let reply = app
            .send(method.clone(), &path, Some(bt), body.clone())
            .await;
        assert_eq!(reply.status, 404, "{method} {route}: {reply:#?}");
        assert_eq!(reply.body["code"], *code, "{method} {route}");
    }
    // Every id-bearing route in the API description is in the list above.
    let doc = app.get("/api/v1/openapi.json", bt).await.expect(200).body;
    for (route, methods) in doc["paths"].as_object().unwrap() {
        if !route.contains("{id}") {
            continue;
        }
        for method in methods.as_object().unwrap().keys() {
            let method = method.to_uppercase();
            assert!(
                calls.iter().any(|(m, r, _, _)| *m == method && r == route),
                "{method} {route} is not checked for tenant isolation"
            );
        }
    }

    // B's lists hold only B.
    for list in [
        "/api/v1/sources",
        "/api/v1/pipelines",
        "/api/v1/tokens",
        "/api/v1/dashboards",
        "/api/v1/destinations",
    ] {
        let reply = app.get(list, bt).await.expect(200);
        assert_eq!(reply.body["items"], json!([]), "{list}");
    }
    let users = app.get("/api/v1/users", bt).await.expect(200);
    assert_eq!(users.body["items"].as_array().unwrap().len(), 1);
    assert_eq!(users.body["items"][0]["email"], "bob@example.com");

    // B cannot reach A's sources by name either.
    let reply = app
        .post("/api/v1/pipelines", bt, reference_pipeline())
        .await
        .expect_error(422, "validation_failed");
    assert_eq!(reply.body["details"].as_array().unwrap().len(), 2);
    // Applying A's pipeline name in B touches nothing of A's.
    app.put(
        "/api/v1/pipelines/by-name/us-covid",
        bt,
        json!({"spec": reference_pipeline()["spec"]}),
    )
    .await
    .expect_error(422, "validation_failed");

    // A's objects are intact, and A's member and token still work.
    assert_eq!(
        app.get(&pipeline, &a.token).await.expect(200).body,
        a_pipeline
    );
    app.get(&source, &a.token).await.expect(200);
    let run_now = app
        .get(&format!("/api/v1/runs/{run}"), &a.token)
        .await
        .expect(200)
        .body;
    assert_eq!(run_now["status"], "queued", "B's cancel reached A's run");
    let status: String = sea_orm::sqlx::query_scalar("SELECT status FROM deliveries WHERE id = $1")
        .bind(delivery)
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(status, "failed", "B's redelivery reached A's delivery");
    let record_status: String =
        sea_orm::sqlx::query_scalar("SELECT status FROM failed_records WHERE id = $1")
            .bind(record)
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(record_status, "open", "B's discard reached A's record");
    app.login("amy@example.com", PASSWORD).await.expect(200);
    app.get("/api/v1/me", a_token["secret"].as_str().unwrap())
        .await
        .expect(200);
}
