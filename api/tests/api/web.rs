//! The web app's files at `/`, beside the API.

use crate::helpers::spawn_app_with;

#[tokio::test]
async fn the_web_app_is_served_without_shadowing_the_api() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("assets")).unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>Sluice</title>",
    )
    .unwrap();
    std::fs::write(dir.path().join("assets/index-3f2a.js"), "console.log(1)").unwrap();
    std::fs::write(dir.path().join("favicon.svg"), "<svg/>").unwrap();
    let web_dir = dir.path().to_str().unwrap().to_owned();
    let app = spawn_app_with(move |s| s.set("application.web_dir", web_dir)).await;
    let client = reqwest::Client::new();
    let get = |path: &str| client.get(format!("{}{path}", app.address)).send();

    // The app's own routes get index.html, never cached.
    for path in ["/", "/pipelines/0193a4f0/runs/0193a4f1", "/dashboards"] {
        let reply = get(path).await.unwrap();
        assert_eq!(reply.status(), 200, "{path}");
        assert_eq!(reply.headers()["cache-control"], "no-cache", "{path}");
        assert!(
            reply.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        assert!(
            reply
                .text()
                .await
                .unwrap()
                .contains("<title>Sluice</title>")
        );
    }
    // Hashed assets are cached for a year; a missing one is a 404, not the app.
    let asset = get("/assets/index-3f2a.js").await.unwrap();
    assert_eq!(asset.status(), 200);
    assert_eq!(
        asset.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(
        asset.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("javascript")
    );
    assert_eq!(get("/assets/index-0000.js").await.unwrap().status(), 404);
    assert_eq!(get("/favicon.svg").await.unwrap().status(), 200);
    // Nothing outside the folder.
    for path in ["/assets/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"] {
        let reply = get(path).await.unwrap();
        let body = reply.text().await.unwrap();
        assert!(!body.contains("root:"), "{path}: {body}");
    }
    // The server's own paths answer as before: JSON 404s included.
    for path in ["/api/v1/nope", "/docs/nope.js"] {
        let reply = get(path).await.unwrap();
        assert_eq!(reply.status(), 404, "{path}");
    }
    // `/metrics` is the Prometheus text, not the app's page.
    let metrics = get("/metrics").await.unwrap();
    assert_eq!(metrics.status(), 200);
    assert!(
        metrics.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let missing = get("/api/v1/nope").await.unwrap();
    let body: serde_json::Value = missing.json().await.unwrap();
    assert_eq!(body["code"], "route_not_found");
    assert_eq!(get("/healthz").await.unwrap().status(), 200);
    assert_eq!(get("/docs/").await.unwrap().status(), 200);
    // Only reads: a POST to an app route is the API's 404.
    let post = client
        .post(format!("{}/pipelines", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 404);
}

#[tokio::test]
async fn without_a_built_app_the_root_is_the_api_404() {
    let dir = tempfile::tempdir().unwrap();
    let web_dir = dir.path().to_str().unwrap().to_owned();
    let app = spawn_app_with(move |s| s.set("application.web_dir", web_dir)).await;
    let reply = reqwest::get(format!("{}/", app.address)).await.unwrap();
    assert_eq!(reply.status(), 404);
}
