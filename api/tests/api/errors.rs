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

/// What `serde_json` alone would accept: an array for an object, a key given twice (the last
/// one winning), a NUL character (which PostgreSQL cannot store). Each is a 422 at its path.
#[tokio::test]
async fn arrays_for_objects_duplicate_keys_and_nul_characters_are_refused_by_path() {
    let app = crate::helpers::spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    let send = |path: &str, token: Option<&str>, body: &str| {
        let mut request = app
            .client
            .post(format!("{}{path}", app.address))
            .header("content-type", "application/json")
            .body(body.to_owned());
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    let cases: [(&str, bool, &str, &str); 7] = [
        (
            "/api/v1/sources",
            true,
            r#"["name", "file:///x.csv", "csv", null, null]"#,
            "",
        ),
        (
            "/api/v1/auth/signup",
            false,
            r#"["T", "x@example.com", "a long passphrase"]"#,
            "",
        ),
        (
            "/api/v1/auth/signup",
            false,
            r#"{"tenant_name": "x\u0000y", "email": "n@example.com", "password": "a long passphrase"}"#,
            "tenant_name",
        ),
        (
            "/api/v1/sources",
            true,
            r#"{"name": "a", "name": "b", "url": "https://data.example.com/a.csv", "format": "csv"}"#,
            "name",
        ),
        (
            "/api/v1/pipelines",
            true,
            r#"{"name": "p", "spec": {"sources": {"raw": "src"}, "transform": [], "output": "raw",
                "destination": {"table": "t", "table": "u", "primary_key": ["id"]}}}"#,
            "spec.destination.table",
        ),
        (
            "/api/v1/pipelines",
            true,
            r#"{"name": "p", "description": "a\u0000b", "spec": {}}"#,
            "description",
        ),
        (
            "/api/v1/tokens",
            true,
            r#"{"name": "ci", "scopes": ["a", "b\u0000"]}"#,
            "scopes[1]",
        ),
    ];
    for (path, authenticated, body, at) in cases {
        let token = authenticated.then_some(s.token.as_str());
        let reply = crate::helpers::TestApp::reply(
            &reqwest::Method::POST,
            send(path, token, body).await.unwrap(),
        )
        .await
        .expect_error(422, "validation_failed");
        assert_eq!(
            reply.body["details"][0]["path"], at,
            "{body}: {:#}",
            reply.body
        );
    }
    // A NUL in a query parameter is refused by name too, never a database error.
    let pipeline = app.create_reference_pipeline(&s).await;
    let reply = app
        .get(
            &format!(
                "/api/v1/pipelines/{}/data?filter=date:eq:%00",
                pipeline["id"].as_str().unwrap()
            ),
            &s.token,
        )
        .await
        .expect_error(422, "validation_failed");
    assert_eq!(reply.body["details"][0]["path"], "filter");
    // Nothing was created by the refused bodies.
    let sources = app.get("/api/v1/sources", &s.token).await.body;
    assert_eq!(sources["items"].as_array().unwrap().len(), 2);
}

/// Authentication looks the caller up in PostgreSQL while the body is read. When the body is
/// refused first, the lookup is dropped mid-query or mid-connect, and such a connection is
/// closed rather than returned: every such request opened a new connection (800 requests,
/// 801 connections). Counted by PostgreSQL (`pg_stat_database.sessions`), which also sees the
/// connections dropped before they were ready.
#[tokio::test]
async fn malformed_bodies_with_a_token_do_not_churn_the_connection_pool() {
    let app = spawn_app().await;
    let session = app.signup("T", "ada@example.com").await;
    let database = app.database_url().rsplit('/').next().unwrap().to_owned();
    let admin = sea_orm::sqlx::PgPool::connect(&sluice_testing::server_url())
        .await
        .unwrap();
    let sessions = || {
        let admin = admin.clone();
        let database = database.clone();
        async move {
            sea_orm::sqlx::query_as::<_, (i64, i32)>(
                "SELECT sessions, numbackends FROM pg_stat_database WHERE datname = $1",
            )
            .bind(database)
            .fetch_one(&admin)
            .await
            .unwrap()
        }
    };
    let before = sessions().await.0;
    let send = |token: String, body: &'static str| {
        let request = app
            .client
            .post(format!("{}/api/v1/sources", app.address))
            .bearer_auth(token)
            .header("Content-Type", "application/json")
            .body(body);
        async move { request.send().await.unwrap().status().as_u16() }
    };
    for token in ["slc_x".to_owned(), session.token.clone()] {
        for body in ["not json", "{\"name\": ", "[1, 2]"] {
            for _ in 0..40 {
                assert!([400, 401, 422].contains(&send(token.clone(), body).await));
            }
            for _ in 0..5 {
                let statuses =
                    futures::future::join_all((0..40).map(|_| send(token.clone(), body))).await;
                assert!(
                    statuses.iter().all(|s| [400, 401, 422].contains(s)),
                    "{statuses:?}"
                );
            }
        }
    }
    // Backends that were dropped report their session as they exit; wait until no more than
    // the pool's own connections are left.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let (_, backends) = sessions().await;
        if backends <= 11 || std::time::Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let opened = sessions().await.0 - before;
    // At most one pool's worth (the test pool has 10), not one per request (1,200).
    assert!(
        opened <= 12,
        "{opened} connections opened for 1,200 requests"
    );
    // And the API still answers.
    app.get("/api/v1/sources", &session.token).await.expect(200);
}
