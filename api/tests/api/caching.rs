//! What each API process caches between requests (the caller's identity, pages of the pipeline
//! list, a destination table's description) never outlives a change: a change made through
//! either of two instances on one database is seen by both within 100 ms, and while an
//! instance cannot hear PostgreSQL's change notices it caches nothing.

use std::time::{Duration, Instant};

use reqwest::header;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, Session, TestApp, simple_pipeline, spawn_app};

const WITHIN: Duration = Duration::from_millis(100);

/// Two instances on one database, an admin and a member whose identity both instances have
/// cached (each answered the member once).
async fn two_instances() -> (TestApp, TestApp, Session, Session) {
    let a = spawn_app().await;
    let b = a.another_instance().await;
    let admin = a.signup("T", "ada@example.com").await;
    let member = a.add_user(&admin, "bob@example.com", "member").await;
    wait_for_listeners(&a, 2).await;
    for app in [&a, &b] {
        let me = app.get("/api/v1/me", &member.token).await.expect(200).body;
        assert_eq!(me["role"], "member");
    }
    (a, b, admin, member)
}

/// Waits until `count` instances on `app`'s database listen for change notices (their
/// `LISTEN` is in `pg_stat_activity`): before that an instance caches nothing, and a test of
/// the cache would prove nothing.
async fn wait_for_listeners(app: &TestApp, count: i64) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while listeners(app).await < count {
        assert!(
            Instant::now() < deadline,
            "fewer than {count} instances listen for changes"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Connections to the app's database that listen for change notices.
async fn listeners(app: &TestApp) -> i64 {
    let row: (i64,) = sea_orm::sqlx::query_as(
        "SELECT count(*) FROM pg_stat_activity \
         WHERE datname = current_database() AND query = 'LISTEN \"sluice_changes\"'",
    )
    .fetch_one(app.db.get_postgres_connection_pool())
    .await
    .unwrap();
    row.0
}

/// Asks `app` for `/me` as `token` until `done` holds of the reply, failing when `within` has
/// passed since `since`; returns how long it took.
async fn until(
    app: &TestApp,
    token: &str,
    since: Instant,
    within: Duration,
    done: impl Fn(u16, &Value) -> bool,
) -> Duration {
    loop {
        let reply = app.get("/api/v1/me", token).await;
        if done(reply.status.as_u16(), &reply.body) {
            return since.elapsed();
        }
        assert!(
            since.elapsed() < within,
            "still {} {} after {within:?}",
            reply.status,
            reply.body
        );
    }
}

#[tokio::test]
async fn a_removed_user_is_refused_within_100_ms_by_either_instance() {
    let (a, b, admin, member) = two_instances().await;
    a.delete(&format!("/api/v1/users/{}", member.user_id), &admin.token)
        .await
        .expect(204);
    let removed = Instant::now();
    for app in [&b, &a] {
        until(app, &member.token, removed, WITHIN, |status, _| {
            status == 401
        })
        .await;
    }
}

#[tokio::test]
async fn a_role_change_applies_within_100_ms_on_either_instance() {
    let (a, b, admin, member) = two_instances().await;
    a.patch(
        &format!("/api/v1/users/{}", member.user_id),
        &admin.token,
        json!({"role": "viewer"}),
    )
    .await
    .expect(200);
    let changed = Instant::now();
    for app in [&b, &a] {
        until(app, &member.token, changed, WITHIN, |status, me| {
            status == 200 && me["role"] == "viewer"
        })
        .await;
    }
    // And the new role is what is enforced, not only shown.
    b.post(
        "/api/v1/sources",
        &member.token,
        crate::helpers::source_body("s"),
    )
    .await
    .expect_error(403, "forbidden");
}

#[tokio::test]
async fn a_password_change_ends_sessions_within_100_ms_on_either_instance() {
    let (a, b, admin, member) = two_instances().await;
    a.patch(
        &format!("/api/v1/users/{}", member.user_id),
        &admin.token,
        json!({"password": format!("{PASSWORD} again")}),
    )
    .await
    .expect(200);
    let changed = Instant::now();
    for app in [&b, &a] {
        until(app, &member.token, changed, WITHIN, |status, _| {
            status == 401
        })
        .await;
    }
}

/// A change that PostgreSQL does not announce (the trigger switched off) is not seen while the
/// cache holds the user, which shows the cache is used; when the listening connection is lost,
/// the cache is emptied and bypassed, so the change is seen at once; once the listener is back,
/// the cache is used again.
#[tokio::test]
async fn a_lost_listener_empties_and_bypasses_the_cache_until_it_is_back() {
    let (_a, b, _admin, member) = two_instances().await;
    let silently = |role: &'static str| {
        let db = b.db.clone();
        let user = member.user_id.clone();
        async move {
            db.execute_unprepared(&format!(
                "BEGIN; ALTER TABLE users DISABLE TRIGGER users_announce_change; \
                 UPDATE users SET role = '{role}' WHERE id = '{user}'; \
                 ALTER TABLE users ENABLE TRIGGER users_announce_change; COMMIT"
            ))
            .await
            .unwrap();
        }
    };
    silently("viewer").await;
    let me = b.get("/api/v1/me", &member.token).await.expect(200).body;
    assert_eq!(me["role"], "member", "served from the cache");

    // Both instances' listening connections are cut.
    let cut: Vec<(bool,)> = sea_orm::sqlx::query_as(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND query = 'LISTEN \"sluice_changes\"'",
    )
    .fetch_all(b.db.get_postgres_connection_pool())
    .await
    .unwrap();
    assert_eq!(cut.len(), 2, "one listener per instance");
    let lost = Instant::now();
    until(
        &b,
        &member.token,
        lost,
        Duration::from_secs(2),
        |status, me| status == 200 && me["role"] == "viewer",
    )
    .await;

    // Back: the listener reconnects, and what it reads is cached again.
    wait_for_listeners(&b, 2).await;
    let me = b.get("/api/v1/me", &member.token).await.expect(200).body;
    assert_eq!(me["role"], "viewer");
    silently("admin").await;
    let me = b.get("/api/v1/me", &member.token).await.expect(200).body;
    assert_eq!(me["role"], "viewer", "served from the cache again");
}

#[tokio::test]
async fn the_pipeline_list_changes_within_100_ms_on_either_instance_and_gzip_holds_the_same_page() {
    let a = spawn_app().await;
    let b = a.another_instance().await;
    let s = a.signup("T", "ada@example.com").await;
    a.create_source(&s, "src").await;
    wait_for_listeners(&a, 2).await;
    let names = |page: &Value| -> Vec<String> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect()
    };
    a.post(
        "/api/v1/pipelines",
        &s.token,
        simple_pipeline("one", "src", "t1"),
    )
    .await
    .expect(201);
    for app in [&a, &b] {
        let page = app
            .get("/api/v1/pipelines", &s.token)
            .await
            .expect(200)
            .body;
        assert_eq!(names(&page), ["one"]);
    }
    // Gzip, for clients that accept it: the same page. (The helpers' client accepts gzip and
    // decompresses; this one shows the bytes as sent.)
    let raw = reqwest::Client::builder()
        .no_gzip()
        .no_proxy()
        .build()
        .unwrap();
    let gzip = raw
        .get(format!("{}/api/v1/pipelines", b.address))
        .bearer_auth(&s.token)
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gzip.headers()[header::CONTENT_ENCODING], "gzip");
    let compressed = gzip.bytes().await.unwrap();
    let mut json = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(compressed.as_ref()),
        &mut json,
    )
    .unwrap();
    let plain = b.get("/api/v1/pipelines", &s.token).await.expect(200).body;
    assert_eq!(serde_json::from_slice::<Value>(&json).unwrap(), plain);

    a.post(
        "/api/v1/pipelines",
        &s.token,
        simple_pipeline("two", "src", "t2"),
    )
    .await
    .expect(201);
    let created = Instant::now();
    loop {
        let page = b.get("/api/v1/pipelines", &s.token).await.expect(200).body;
        if names(&page) == ["one", "two"] {
            break;
        }
        assert!(created.elapsed() < WITHIN, "b still lists {page}");
    }
    // A change no request made (a run, the scheduler) is announced too.
    a.db.execute_unprepared("UPDATE pipelines SET description = 'by hand' WHERE name = 'two'")
        .await
        .unwrap();
    let changed = Instant::now();
    for app in [&a, &b] {
        loop {
            let page = app
                .get("/api/v1/pipelines", &s.token)
                .await
                .expect(200)
                .body;
            if page["items"][1]["description"] == "by hand" {
                break;
            }
            assert!(changed.elapsed() < WITHIN, "still {page}");
        }
    }
}
