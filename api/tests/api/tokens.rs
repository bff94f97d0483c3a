use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;

use crate::helpers::{source_body, spawn_app};

#[tokio::test]
async fn an_api_token_is_shown_once_works_and_is_revoked() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let created = app
        .post(
            "/api/v1/tokens",
            &admin.token,
            json!({"name": "ci", "role": "member", "expires_in_days": 30}),
        )
        .await
        .expect(201)
        .body;
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("slc_") && secret.len() > 40);
    assert!(secret.starts_with(created["prefix"].as_str().unwrap()));
    assert_eq!(created["role"], "member");
    assert!(created["expires_at"].is_string());

    let me = app.get("/api/v1/me", &secret).await.expect(200);
    assert_eq!(me.body["api_token_id"], created["id"]);
    assert_eq!(me.body["role"], "member");
    app.post("/api/v1/sources", &secret, source_body("s"))
        .await
        .expect(201);

    let list = app.get("/api/v1/tokens", &admin.token).await.expect(200);
    let listed = list.body.to_string();
    assert!(!listed.contains(&secret), "secret listed");
    assert!(!listed.contains("token_hash"));
    assert!(
        list.body["items"][0]["last_used_at"].is_string(),
        "use is recorded"
    );

    // Stored hashed.
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT token_hash FROM api_tokens",
        ))
        .await
        .unwrap()
        .unwrap();
    let hash: String = row.try_get("", "token_hash").unwrap();
    assert_ne!(hash, secret);
    assert_eq!(hash.len(), 64);

    app.delete(
        &format!("/api/v1/tokens/{}", created["id"].as_str().unwrap()),
        &admin.token,
    )
    .await
    .expect(204);
    app.get("/api/v1/me", &secret)
        .await
        .expect_error(401, "unauthorized");
}

#[tokio::test]
async fn a_token_never_exceeds_its_owner() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let member = app.add_user(&admin, "bob@example.com", "member").await;
    app.post(
        "/api/v1/tokens",
        &member.token,
        json!({"name": "x", "role": "admin"}),
    )
    .await
    .expect_error(403, "forbidden");
    let read_only = app
        .post(
            "/api/v1/tokens",
            &member.token,
            json!({"name": "ro", "role": "viewer"}),
        )
        .await
        .expect(201)
        .body;
    let ro = read_only["secret"].as_str().unwrap();
    app.get("/api/v1/sources", ro).await.expect(200);
    app.post("/api/v1/sources", ro, source_body("s"))
        .await
        .expect_error(403, "forbidden");

    // An admin token of a user later demoted acts as the user's new role.
    let admin2 = app.add_user(&admin, "cy@example.com", "admin").await;
    let strong = app
        .post("/api/v1/tokens", &admin2.token, json!({"name": "a"}))
        .await
        .expect(201)
        .body;
    app.patch(
        &format!("/api/v1/users/{}", admin2.user_id),
        &admin.token,
        json!({"role": "viewer"}),
    )
    .await
    .expect(200);
    let s = strong["secret"].as_str().unwrap();
    assert_eq!(
        app.get("/api/v1/me", s).await.expect(200).body["role"],
        "viewer"
    );
    app.post("/api/v1/sources", s, source_body("t"))
        .await
        .expect_error(403, "forbidden");
}

#[tokio::test]
async fn members_see_and_revoke_only_their_own_tokens() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let member = app.add_user(&admin, "bob@example.com", "member").await;
    let admins = app
        .post("/api/v1/tokens", &admin.token, json!({"name": "admin-t"}))
        .await
        .expect(201)
        .body;
    app.post("/api/v1/tokens", &member.token, json!({"name": "member-t"}))
        .await
        .expect(201);

    let mine = app.get("/api/v1/tokens", &member.token).await.expect(200);
    let names: Vec<&str> = mine.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["member-t"]);
    let all = app.get("/api/v1/tokens", &admin.token).await.expect(200);
    assert_eq!(all.body["items"].as_array().unwrap().len(), 2);
    app.delete(
        &format!("/api/v1/tokens/{}", admins["id"].as_str().unwrap()),
        &member.token,
    )
    .await
    .expect_error(404, "token_not_found");
}

#[tokio::test]
async fn an_expired_token_is_401() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let created = app
        .post(
            "/api/v1/tokens",
            &admin.token,
            json!({"name": "x", "expires_in_days": 1}),
        )
        .await
        .expect(201)
        .body;
    let secret = created["secret"].as_str().unwrap();
    app.get("/api/v1/me", secret).await.expect(200);
    app.db
        .execute_unprepared("UPDATE api_tokens SET expires_at = now() - interval '1 second'")
        .await
        .unwrap();
    app.get("/api/v1/me", secret)
        .await
        .expect_error(401, "unauthorized");
}

#[tokio::test]
async fn token_requests_are_validated() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let cases = [
        (json!({"name": ""}), "name"),
        (
            json!({"name": "x", "expires_in_days": 0}),
            "expires_in_days",
        ),
        (
            json!({"name": "x", "expires_in_days": 5000}),
            "expires_in_days",
        ),
        (json!({"name": "x", "role": "root"}), "role"),
    ];
    for (body, path) in cases {
        let reply = app
            .post("/api/v1/tokens", &admin.token, body)
            .await
            .expect_error(422, "validation_failed");
        assert_eq!(reply.body["details"][0]["path"], path);
    }
}
