use reqwest::Method;

use crate::helpers::{spawn_app, spawn_app_with};

#[tokio::test]
async fn healthz_and_readyz_answer_when_everything_is_up() {
    let app = spawn_app().await;
    let health = app
        .send(Method::GET, "/healthz", None, None)
        .await
        .expect(200);
    assert_eq!(health.body["status"], "ok");
    let ready = app
        .send(Method::GET, "/readyz", None, None)
        .await
        .expect(200);
    assert_eq!(
        ready.body,
        serde_json::json!({"status": "ready", "database": "ok", "redis": "ok"})
    );
}

#[tokio::test]
async fn readyz_is_503_naming_redis_when_redis_is_down() {
    // A port that refuses connections.
    let (_held, port) = crate::helpers::refusing_port();
    let app = spawn_app_with(|s| s.set("redis.url", format!("redis://127.0.0.1:{port}"))).await;
    let ready = app
        .send(Method::GET, "/readyz", None, None)
        .await
        .expect(503);
    assert_eq!(ready.body["status"], "unavailable");
    assert_eq!(ready.body["database"], "ok");
    assert_ne!(ready.body["redis"], "ok");
    // Liveness does not depend on Redis.
    app.send(Method::GET, "/healthz", None, None)
        .await
        .expect(200);
}
