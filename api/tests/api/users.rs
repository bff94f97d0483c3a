use serde_json::json;

use crate::helpers::{PASSWORD, reference_pipeline, simple_pipeline, source_body, spawn_app};

#[tokio::test]
async fn an_admin_adds_lists_changes_and_removes_users() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let bob = app.add_user(&admin, "bob@example.com", "member").await;
    let list = app.get("/api/v1/users", &admin.token).await.expect(200);
    let emails: Vec<&str> = list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, ["ada@example.com", "bob@example.com"]);
    assert!(list.body["items"][0].get("password_hash").is_none());

    let path = format!("/api/v1/users/{}", bob.user_id);
    let changed = app
        .patch(&path, &admin.token, json!({"role": "viewer"}))
        .await
        .expect(200);
    assert_eq!(changed.body["role"], "viewer");
    app.get(&path, &admin.token).await.expect(200);
    app.delete(&path, &admin.token).await.expect(204);
    app.get(&path, &admin.token)
        .await
        .expect_error(404, "user_not_found");
    app.login("bob@example.com", PASSWORD).await.expect(401);
}

#[tokio::test]
async fn a_new_user_needs_a_valid_email_password_and_role() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let cases = [
        (
            json!({"email": "x", "password": PASSWORD, "role": "member"}),
            "email",
        ),
        (
            json!({"email": "x@y.z", "password": "123", "role": "member"}),
            "password",
        ),
        (
            json!({"email": "x@y.z", "password": PASSWORD, "role": "owner"}),
            "role",
        ),
    ];
    for (body, path) in cases {
        let reply = app
            .post("/api/v1/users", &admin.token, body)
            .await
            .expect_error(422, "validation_failed");
        assert_eq!(reply.body["details"][0]["path"], path);
    }
    app.post(
        "/api/v1/users",
        &admin.token,
        json!({"email": "ada@example.com", "password": PASSWORD, "role": "viewer"}),
    )
    .await
    .expect_error(409, "email_taken");
}

#[tokio::test]
async fn a_member_cannot_manage_users() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let member = app.add_user(&admin, "bob@example.com", "member").await;
    let admin_path = format!("/api/v1/users/{}", admin.user_id);
    app.get("/api/v1/users", &member.token).await.expect(200);
    app.post(
        "/api/v1/users",
        &member.token,
        json!({"email": "c@d.ef", "password": PASSWORD, "role": "viewer"}),
    )
    .await
    .expect_error(403, "forbidden");
    app.patch(&admin_path, &member.token, json!({"role": "viewer"}))
        .await
        .expect_error(403, "forbidden");
    app.delete(&admin_path, &member.token)
        .await
        .expect_error(403, "forbidden");
    // Promoting oneself is a role change too.
    let own = format!("/api/v1/users/{}", member.user_id);
    app.patch(&own, &member.token, json!({"role": "admin"}))
        .await
        .expect_error(403, "forbidden");
    // But a member changes their own password.
    app.patch(
        &own,
        &member.token,
        json!({"password": "a brand new password", "current_password": PASSWORD}),
    )
    .await
    .expect(200);
    app.login("bob@example.com", "a brand new password")
        .await
        .expect(200);
    app.login("bob@example.com", PASSWORD).await.expect(401);
}

#[tokio::test]
async fn a_viewer_reads_but_every_write_is_403() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let source = app.create_source(&admin, "src").await;
    let pipeline = app
        .post(
            "/api/v1/pipelines",
            &admin.token,
            simple_pipeline("p", "src", "t"),
        )
        .await
        .expect(201)
        .body;
    let viewer = app.add_user(&admin, "vic@example.com", "viewer").await;
    let token = app
        .post("/api/v1/tokens", &admin.token, json!({"name": "t"}))
        .await
        .expect(201)
        .body;
    let v = viewer.token.as_str();
    let sid = source["id"].as_str().unwrap();
    let pid = pipeline["id"].as_str().unwrap();

    for path in [
        "/api/v1/sources",
        "/api/v1/pipelines",
        "/api/v1/users",
        "/api/v1/tokens",
        "/api/v1/me",
    ] {
        app.get(path, v).await.expect(200);
    }
    app.get(&format!("/api/v1/sources/{sid}"), v)
        .await
        .expect(200);
    app.get(&format!("/api/v1/pipelines/{pid}"), v)
        .await
        .expect(200);

    let writes = [
        app.post("/api/v1/sources", v, source_body("other")).await,
        app.put(&format!("/api/v1/sources/{sid}"), v, source_body("src"))
            .await,
        app.delete(&format!("/api/v1/sources/{sid}"), v).await,
        app.post("/api/v1/pipelines", v, simple_pipeline("q", "src", "u"))
            .await,
        app.put(
            &format!("/api/v1/pipelines/{pid}"),
            v,
            simple_pipeline("p", "src", "t"),
        )
        .await,
        app.patch(
            &format!("/api/v1/pipelines/{pid}"),
            v,
            json!({"enabled": false}),
        )
        .await,
        app.delete(&format!("/api/v1/pipelines/{pid}"), v).await,
        app.put(
            "/api/v1/pipelines/by-name/p",
            v,
            json!({"spec": reference_pipeline()["spec"]}),
        )
        .await,
        app.post("/api/v1/tokens", v, json!({"name": "mine"})).await,
        app.delete(
            &format!("/api/v1/tokens/{}", token["id"].as_str().unwrap()),
            v,
        )
        .await,
        app.post(
            "/api/v1/users",
            v,
            json!({"email": "x@y.z", "password": PASSWORD, "role": "viewer"}),
        )
        .await,
        app.delete(&format!("/api/v1/users/{}", admin.user_id), v)
            .await,
    ];
    for (i, reply) in writes.into_iter().enumerate() {
        assert_eq!(reply.status, 403, "write #{i}: {reply:#?}");
        assert_eq!(reply.body["code"], "forbidden", "write #{i}");
    }
    // Nothing changed.
    app.get(&format!("/api/v1/sources/{sid}"), &admin.token)
        .await
        .expect(200);
    let p = app
        .get(&format!("/api/v1/pipelines/{pid}"), &admin.token)
        .await
        .expect(200);
    assert_eq!(p.body["enabled"], true);
}

#[tokio::test]
async fn the_last_admin_stays() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let own = format!("/api/v1/users/{}", admin.user_id);
    app.delete(&own, &admin.token)
        .await
        .expect_error(409, "last_admin");
    app.patch(&own, &admin.token, json!({"role": "member"}))
        .await
        .expect_error(409, "last_admin");
    // With a second admin, the first may step down.
    app.add_user(&admin, "bob@example.com", "admin").await;
    app.patch(&own, &admin.token, json!({"role": "member"}))
        .await
        .expect(200);
}

#[tokio::test]
async fn two_admins_removing_each_other_at_once_leave_one() {
    let app = spawn_app().await;
    let ada = app.signup("T", "ada@example.com").await;
    let bob = app.add_user(&ada, "bob@example.com", "admin").await;
    let (bob_path, ada_path) = (
        format!("/api/v1/users/{}", bob.user_id),
        format!("/api/v1/users/{}", ada.user_id),
    );
    let (a, b) = tokio::join!(
        app.delete(&bob_path, &ada.token),
        app.delete(&ada_path, &bob.token)
    );
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort();
    // One removal wins; the other finds its caller gone (401) or the last admin (409).
    assert_eq!(statuses[0], 204, "{a:#?} {b:#?}");
    assert!(statuses[1] == 401 || statuses[1] == 409, "{a:#?} {b:#?}");
}

#[tokio::test]
async fn a_role_change_applies_to_existing_tokens_at_once() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let member = app.add_user(&admin, "bob@example.com", "member").await;
    app.post("/api/v1/sources", &member.token, source_body("a"))
        .await
        .expect(201);
    app.patch(
        &format!("/api/v1/users/{}", member.user_id),
        &admin.token,
        json!({"role": "viewer"}),
    )
    .await
    .expect(200);
    app.post("/api/v1/sources", &member.token, source_body("b"))
        .await
        .expect_error(403, "forbidden");
}

const NEW_PASSWORD: &str = "a brand new passphrase";

#[tokio::test]
async fn changing_ones_own_password_needs_the_current_one() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let bob = app.add_user(&admin, "bob@example.com", "member").await;
    // Admins too: for one's own account the current password is the proof, not the role.
    for (session, email) in [(&admin, "ada@example.com"), (&bob, "bob@example.com")] {
        let own = format!("/api/v1/users/{}", session.user_id);
        let missing = app
            .patch(&own, &session.token, json!({"password": NEW_PASSWORD}))
            .await
            .expect_error(422, "validation_failed");
        assert_eq!(missing.body["details"][0]["path"], "current_password");
        let wrong = app
            .patch(
                &own,
                &session.token,
                json!({"password": NEW_PASSWORD, "current_password": "not my password"}),
            )
            .await
            .expect_error(403, "wrong_password");
        assert!(
            wrong.body["message"]
                .as_str()
                .unwrap()
                .contains("current_password"),
            "{:#?}",
            wrong.body
        );
        // Nothing changed.
        app.login(email, PASSWORD).await.expect(200);
        app.login(email, NEW_PASSWORD).await.expect(401);

        app.patch(
            &own,
            &session.token,
            json!({"password": NEW_PASSWORD, "current_password": PASSWORD}),
        )
        .await
        .expect(200);
        app.login(email, NEW_PASSWORD).await.expect(200);
        app.login(email, PASSWORD).await.expect(401);
    }
}

#[tokio::test]
async fn a_password_change_ends_the_users_other_sessions_and_api_tokens() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let bob = app.add_user(&admin, "bob@example.com", "member").await;
    let other_session = app
        .login("bob@example.com", PASSWORD)
        .await
        .expect(200)
        .body["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let api_token = app
        .post("/api/v1/tokens", &bob.token, json!({"name": "ci"}))
        .await
        .expect(201)
        .body["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    for token in [&bob.token, &other_session, &api_token] {
        app.get("/api/v1/me", token).await.expect(200);
    }

    let changed = app
        .patch(
            &format!("/api/v1/users/{}", bob.user_id),
            &bob.token,
            json!({"password": NEW_PASSWORD, "current_password": PASSWORD}),
        )
        .await
        .expect(200);
    assert_eq!(changed.body["email"], "bob@example.com");
    // The session that made the change carries on with the fresh token in the answer.
    let fresh = changed.body["session"]["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("no fresh token: {:#?}", changed.body));
    assert_eq!(changed.body["session"]["token_type"], "Bearer");
    app.get("/api/v1/me", fresh).await.expect(200);
    for token in [&bob.token, &other_session, &api_token] {
        app.get("/api/v1/me", token)
            .await
            .expect_error(401, "unauthorized");
    }
    let tokens = app.get("/api/v1/tokens", fresh).await.expect(200);
    assert_eq!(tokens.body["items"], json!([]), "API tokens revoked");
    // Another user's sessions are not affected.
    app.get("/api/v1/me", &admin.token).await.expect(200);
    // Signing in again works, with the new password.
    let again = app.login("bob@example.com", NEW_PASSWORD).await.expect(200);
    app.get("/api/v1/me", again.body["access_token"].as_str().unwrap())
        .await
        .expect(200);
}

#[tokio::test]
async fn an_admin_resets_another_users_password_without_theirs_and_ends_their_sessions() {
    let app = spawn_app().await;
    let admin = app.signup("T", "ada@example.com").await;
    let bob = app.add_user(&admin, "bob@example.com", "member").await;
    let api_token = app
        .post("/api/v1/tokens", &bob.token, json!({"name": "ci"}))
        .await
        .expect(201)
        .body["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let reset = app
        .patch(
            &format!("/api/v1/users/{}", bob.user_id),
            &admin.token,
            json!({"password": NEW_PASSWORD}),
        )
        .await
        .expect(200);
    // No token for the admin: the admin's own session is not the one that changed.
    assert!(reset.body.get("session").is_none(), "{:#?}", reset.body);
    for token in [&bob.token, &api_token] {
        app.get("/api/v1/me", token)
            .await
            .expect_error(401, "unauthorized");
    }
    app.get("/api/v1/me", &admin.token).await.expect(200);
    app.login("bob@example.com", NEW_PASSWORD).await.expect(200);
    // A role change alone ends no session.
    let bob = app
        .login("bob@example.com", NEW_PASSWORD)
        .await
        .expect(200)
        .body["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    app.patch(
        &format!("/api/v1/users/{}", reset.body["id"].as_str().unwrap()),
        &admin.token,
        json!({"role": "viewer"}),
    )
    .await
    .expect(200);
    app.get("/api/v1/me", &bob).await.expect(200);
}
