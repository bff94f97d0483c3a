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

    let user = format!("/api/v1/users/{}", a_member.user_id);
    let token = format!("/api/v1/tokens/{}", a_token["id"].as_str().unwrap());
    let source = format!("/api/v1/sources/{}", a_source["id"].as_str().unwrap());
    let pipeline = format!("/api/v1/pipelines/{}", a_pipeline["id"].as_str().unwrap());

    let bt = b.token.as_str();
    let replies = [
        ("GET user", app.get(&user, bt).await, "user_not_found"),
        (
            "PATCH user",
            app.patch(&user, bt, json!({"role": "viewer"})).await,
            "user_not_found",
        ),
        ("DELETE user", app.delete(&user, bt).await, "user_not_found"),
        (
            "DELETE token",
            app.delete(&token, bt).await,
            "token_not_found",
        ),
        ("GET source", app.get(&source, bt).await, "source_not_found"),
        (
            "PUT source",
            app.put(&source, bt, source_body("x")).await,
            "source_not_found",
        ),
        (
            "DELETE source",
            app.delete(&source, bt).await,
            "source_not_found",
        ),
        (
            "GET pipeline",
            app.get(&pipeline, bt).await,
            "pipeline_not_found",
        ),
        (
            "PUT pipeline",
            app.put(&pipeline, bt, simple_pipeline("x", "y", "z")).await,
            "pipeline_not_found",
        ),
        (
            "PATCH pipeline",
            app.patch(&pipeline, bt, json!({"enabled": false})).await,
            "pipeline_not_found",
        ),
        (
            "DELETE pipeline",
            app.delete(&pipeline, bt).await,
            "pipeline_not_found",
        ),
    ];
    for (what, reply, code) in replies {
        assert_eq!(reply.status, 404, "{what}: {reply:#?}");
        assert_eq!(reply.body["code"], code, "{what}");
    }

    // B's lists hold only B.
    for list in ["/api/v1/sources", "/api/v1/pipelines", "/api/v1/tokens"] {
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
    app.login("amy@example.com", PASSWORD).await.expect(200);
    app.get("/api/v1/me", a_token["secret"].as_str().unwrap())
        .await
        .expect(200);
}
