//! `/metrics` and the request id. The metrics recorder is process-wide and the tests of this
//! binary run side by side, so counters are asserted as deltas (at least what this test did),
//! and the route template is checked through ids no other test uses.

use reqwest::Method;
use sluice_testing::prometheus::{has, sample};
use uuid::Uuid;

use crate::helpers::{TestApp, spawn_app};

async fn scrape(app: &TestApp) -> String {
    let response = app
        .client
        .get(format!("{}/metrics", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"].to_str().unwrap();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    response.text().await.unwrap()
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_method_and_status() {
    let app = spawn_app().await;
    let session = app.signup("metrics", "metrics@example.com").await;
    let route = [
        ("method", "GET"),
        ("route", "/api/v1/pipelines/{id}"),
        ("status", "404"),
    ];
    let before = scrape(&app).await;
    let missing: Vec<String> = (0..3).map(|_| Uuid::now_v7().to_string()).collect();
    for id in &missing {
        app.get(&format!("/api/v1/pipelines/{id}"), &session.token)
            .await
            .expect(404);
    }
    let unmatched = Uuid::now_v7().to_string();
    app.send(
        Method::GET,
        &format!("/api/v1/no-such/{unmatched}"),
        None,
        None,
    )
    .await
    .expect(404);
    let odd = reqwest::Method::from_bytes(b"BREW").unwrap();
    app.client
        .request(odd, format!("{}/healthz", app.address))
        .send()
        .await
        .unwrap();
    let after = scrape(&app).await;

    let delta = |name: &str, labels: &[(&str, &str)]| {
        sample(&after, name, labels) - sample(&before, name, labels)
    };
    assert!(
        delta("sluice_http_requests_total", &route) >= 3.0,
        "{after}"
    );
    assert!(
        delta("sluice_http_request_duration_seconds_count", &route[..2]) >= 3.0,
        "{after}"
    );
    assert!(
        sample(
            &after,
            "sluice_http_request_duration_seconds_bucket",
            &[route[0], route[1], ("le", "+Inf")]
        ) >= 3.0,
        "{after}"
    );
    assert!(
        delta(
            "sluice_http_requests_total",
            &[("route", "unmatched"), ("status", "404")]
        ) >= 1.0,
        "{after}"
    );
    // Methods outside the standard ones are `other`: clients choose them.
    assert!(!after.contains("BREW"), "{after}");
    assert!(
        delta(
            "sluice_http_requests_total",
            &[("method", "other"), ("route", "/healthz")]
        ) >= 1.0,
        "{after}"
    );
    // Label values are templates, never the paths asked for.
    for id in missing.iter().chain([&unmatched]) {
        assert!(!after.contains(id.as_str()), "raw path {id} in the metrics");
    }
    // The scrape itself is in flight while it renders.
    assert!(
        sample(&after, "sluice_http_requests_in_flight", &[]) >= 1.0,
        "{after}"
    );
    assert!(has(&after, "sluice_db_pool_connections"), "{after}");
    assert!(after.contains("# TYPE sluice_http_request_duration_seconds histogram"));
}

#[tokio::test]
async fn a_sane_request_id_is_echoed_and_others_are_replaced_by_a_uuid_v7() {
    let app = spawn_app().await;
    let ask = |id: Option<String>| {
        let mut request = app.client.get(format!("{}/healthz", app.address));
        if let Some(id) = id {
            request = request.header("x-request-id", id);
        }
        async move {
            let response = request.send().await.unwrap();
            response.headers()["x-request-id"]
                .to_str()
                .unwrap()
                .to_owned()
        }
    };
    assert_eq!(ask(Some("req-42.a_b:c".into())).await, "req-42.a_b:c");
    for refused in [None, Some("has spaces".to_owned()), Some("x".repeat(129))] {
        let given = ask(refused.clone()).await;
        let id: Uuid = given
            .parse()
            .unwrap_or_else(|_| panic!("{refused:?} gave {given}"));
        assert_eq!(id.get_version_num(), 7, "{given}");
    }
    // Each request gets its own.
    assert_ne!(ask(None).await, ask(None).await);
}

/// The public ingress routes `/` to the API; `/metrics` is not published through it. A request
/// that came through a trusted proxy (it carries `X-Forwarded-For` and the peer is a proxy) is
/// a 404; Prometheus, scraping the pod directly, gets the text.
#[tokio::test]
async fn metrics_are_not_served_through_the_trusted_proxy() {
    let app = crate::helpers::spawn_app_with(|s| {
        s.set_list("application.trusted_proxies", &["127.0.0.0/8"])
    })
    .await;
    let through_proxy = app
        .client
        .get(format!("{}/metrics", app.address))
        .header("X-Forwarded-For", "203.0.113.9")
        .send()
        .await
        .unwrap();
    assert_eq!(through_proxy.status(), 404);
    let body: serde_json::Value = through_proxy.json().await.unwrap();
    assert_eq!(body["code"], "route_not_found", "{body}");
    let direct = scrape(&app).await;
    assert!(direct.contains("sluice_"), "{direct}");
}
