use reqwest::Method;

use crate::helpers::spawn_app;

#[tokio::test]
async fn unknown_routes_and_methods_answer_json() {
    let app = spawn_app().await;
    app.send(Method::GET, "/api/v1/nothing-here", None, None)
        .await
        .expect_error(404, "route_not_found");
    app.send(Method::DELETE, "/api/v1/auth/login", None, None)
        .await
        .expect_error(405, "method_not_allowed");
}

#[tokio::test]
async fn malformed_ids_are_400() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    app.get("/api/v1/pipelines/not-a-uuid", &s.token)
        .await
        .expect_error(400, "bad_request");
}

#[tokio::test]
async fn bodies_are_checked_for_type_size_syntax_and_shape() {
    let app = spawn_app_small().await;
    let s = app.signup("T", "ada@example.com").await;
    let url = format!("{}/api/v1/sources", app.address);
    let send = |body: Vec<u8>, content_type: &'static str| {
        app.client
            .post(&url)
            .bearer_auth(&s.token)
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let reply = crate::helpers::TestApp::reply(
        &reqwest::Method::POST,
        send(b"{}".to_vec(), "text/plain").await.unwrap(),
    )
    .await;
    reply.expect_error(415, "unsupported_media_type");
    let big = format!("{{\"name\": \"{}\"}}", "x".repeat(5000)).into_bytes();
    let reply = crate::helpers::TestApp::reply(
        &reqwest::Method::POST,
        send(big, "application/json").await.unwrap(),
    )
    .await;
    reply.expect_error(413, "payload_too_large");
    let reply = crate::helpers::TestApp::reply(
        &reqwest::Method::POST,
        send(b"{\"name\": ".to_vec(), "application/json")
            .await
            .unwrap(),
    )
    .await;
    reply.expect_error(400, "bad_request");
    let reply = crate::helpers::TestApp::reply(
        &reqwest::Method::POST,
        send(b"[1, 2]".to_vec(), "application/json").await.unwrap(),
    )
    .await;
    reply.expect_error(422, "validation_failed");
    let reply = crate::helpers::TestApp::reply(
        &reqwest::Method::POST,
        send(
            br#"{"name": "a", "url": 5, "format": "csv"}"#.to_vec(),
            "application/json; charset=utf-8",
        )
        .await
        .unwrap(),
    )
    .await
    .expect_error(422, "validation_failed");
    assert_eq!(reply.body["details"][0]["path"], "url");
}

async fn spawn_app_small() -> crate::helpers::TestApp {
    crate::helpers::spawn_app_with(|s| s.set("application.max_body_bytes", "4096")).await
}
