use reqwest::Method;
use serde_json::json;

use sluice_engine::settings::SettingsSource;

use crate::helpers::{PASSWORD, TestApp, spawn_app, spawn_app_with};

#[tokio::test]
async fn signup_creates_a_tenant_with_its_admin_and_signs_in() {
    let app = spawn_app().await;
    let session = app.signup("Acme Data", "Ada@Example.com").await;
    let me = app.get("/api/v1/me", &session.token).await.expect(200);
    assert_eq!(me.body["email"], "ada@example.com");
    assert_eq!(me.body["role"], "admin");
    assert_eq!(me.body["tenant"]["name"], "Acme Data");
    assert_eq!(me.body["tenant"]["id"], session.tenant_id.as_str());
    assert_eq!(me.body["api_token_id"], serde_json::Value::Null);
    // The tenant's data schema exists.
    let schema = me.body["tenant"]["schema"].as_str().unwrap().to_owned();
    use sea_orm::{ConnectionTrait, Statement};
    let row = app
        .db
        .query_one_raw(Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "SELECT 1 AS one FROM pg_namespace WHERE nspname = $1",
            [schema.into()],
        ))
        .await
        .unwrap();
    assert!(row.is_some(), "tenant schema missing");
}

#[tokio::test]
async fn an_email_has_one_account_whatever_its_case() {
    let app = spawn_app().await;
    app.signup("One", "ops@example.com").await;
    app.send(
        Method::POST,
        "/api/v1/auth/signup",
        None,
        Some(json!({"tenant_name": "Two", "email": "OPS@example.com", "password": PASSWORD})),
    )
    .await
    .expect_error(409, "email_taken");
}

#[tokio::test]
async fn signup_names_the_invalid_field() {
    let app = spawn_app().await;
    let cases = [
        (
            json!({"tenant_name": "T", "email": "nope", "password": PASSWORD}),
            "email",
        ),
        (
            json!({"tenant_name": "T", "email": "a@b.co", "password": "short"}),
            "password",
        ),
        (
            json!({"tenant_name": "  ", "email": "a@b.co", "password": PASSWORD}),
            "tenant_name",
        ),
        (json!({"tenant_name": "T", "email": "a@b.co"}), ""),
    ];
    for (body, path) in cases {
        let reply = app
            .send(Method::POST, "/api/v1/auth/signup", None, Some(body))
            .await
            .expect_error(422, "validation_failed");
        assert_eq!(reply.body["details"][0]["path"], path, "{:#?}", reply.body);
    }
}

#[tokio::test]
async fn signup_can_be_switched_off() {
    let app = spawn_app_with(|s| s.set("application.signup_enabled", "false")).await;
    app.send(
        Method::POST,
        "/api/v1/auth/signup",
        None,
        Some(json!({"tenant_name": "T", "email": "a@b.co", "password": PASSWORD})),
    )
    .await
    .expect_error(403, "signup_disabled");
}

#[tokio::test]
async fn login_issues_a_working_token_and_refuses_wrong_credentials() {
    let app = spawn_app().await;
    app.signup("T", "ada@example.com").await;
    let login = app.login("ADA@example.com", PASSWORD).await.expect(200);
    assert_eq!(login.body["token_type"], "Bearer");
    assert_eq!(login.body["expires_in"], 3600);
    let token = login.body["access_token"].as_str().unwrap();
    app.get("/api/v1/me", token).await.expect(200);

    let wrong = app.login("ada@example.com", "not the password").await;
    let wrong = wrong.expect_error(401, "invalid_credentials");
    let unknown = app.login("nobody@example.com", PASSWORD).await;
    let unknown = unknown.expect_error(401, "invalid_credentials");
    // The same answer either way: no account enumeration.
    assert_eq!(wrong.body, unknown.body);
}

#[tokio::test]
async fn login_is_throttled_per_client_address() {
    let app = spawn_app_with(|s| {
        s.set("auth.login_rate_limit.burst", "3")
            .set("auth.login_rate_limit.period_secs", "60")
    })
    .await;
    app.signup("T", "ada@example.com").await; // counts as one attempt from this address
    app.login("ada@example.com", PASSWORD).await.expect(200);
    app.login("other@example.com", PASSWORD).await.expect(401);
    let limited = app
        .login("ada@example.com", PASSWORD)
        .await
        .expect_error(429, "rate_limited");
    let retry: u64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=20).contains(&retry), "Retry-After {retry}");
}

/// Behind a trusted proxy the client is the hop the proxy appended; what the client writes
/// left of it changes nothing. Without trusted proxies the header is ignored.
#[tokio::test]
async fn a_client_cannot_dodge_throttling_by_writing_x_forwarded_for() {
    let login = |app: &TestApp, forwarded: String| {
        let request = app
            .client
            .post(format!("{}/api/v1/auth/login", app.address))
            .header("X-Forwarded-For", forwarded)
            .json(&json!({"email": "nobody@example.com", "password": PASSWORD}));
        async move { request.send().await.unwrap().status().as_u16() }
    };
    let limited = |s: SettingsSource| {
        s.set("auth.login_rate_limit.burst", "3")
            .set("auth.login_rate_limit.period_secs", "600")
            .set("auth.login_account_rate_limit.burst", "100")
    };
    let app =
        spawn_app_with(|s| limited(s).set_list("application.trusted_proxies", &["127.0.0.0/8"]))
            .await;
    // The client writes a new address every time; the proxy appends the one it saw.
    let statuses: Vec<u16> =
        futures::future::join_all((0..4).map(|i| login(&app, format!("6.6.6.{i}, 203.0.113.9"))))
            .await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        1,
        "{statuses:?}"
    );
    // Another client behind the same proxy has its own allowance.
    assert_eq!(login(&app, "203.0.113.10".into()).await, 401);

    // No trusted proxies: the header is the client's say-so and is ignored.
    let direct = spawn_app_with(limited).await;
    let statuses: Vec<u16> =
        futures::future::join_all((0..4).map(|i| login(&direct, format!("198.51.100.{i}")))).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        1,
        "{statuses:?}"
    );
}

#[tokio::test]
async fn failed_logins_lock_the_account_not_the_others() {
    let app = spawn_app_with(|s| {
        s.set("auth.login_account_rate_limit.burst", "2")
            .set("auth.login_account_rate_limit.period_secs", "300")
    })
    .await;
    app.signup("T", "ada@example.com").await;
    app.signup("U", "bob@example.com").await;
    // Successful logins do not count against the account.
    for _ in 0..3 {
        app.login("ada@example.com", PASSWORD).await.expect(200);
    }
    app.login("ada@example.com", "wrong password 1")
        .await
        .expect(401);
    app.login("ada@example.com", "wrong password 2")
        .await
        .expect(401);
    // Now even the right password waits.
    let limited = app
        .login("ada@example.com", PASSWORD)
        .await
        .expect_error(429, "rate_limited");
    assert!(limited.headers.contains_key("retry-after"));
    app.login("bob@example.com", PASSWORD).await.expect(200);
}

#[tokio::test]
async fn me_without_credentials_is_401_with_a_challenge() {
    let app = spawn_app().await;
    let reply = app
        .send(Method::GET, "/api/v1/me", None, None)
        .await
        .expect_error(401, "unauthorized");
    assert_eq!(reply.headers["www-authenticate"], "Bearer");
    let basic = app
        .client
        .get(format!("{}/api/v1/me", app.address))
        .basic_auth("ada", Some("pw"))
        .send()
        .await
        .unwrap();
    assert_eq!(basic.status(), 401);
}

mod forged {
    use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
    use jsonwebtoken::{Algorithm, EncodingKey, Header, encode, get_current_timestamp};
    use serde_json::{Value, json};

    use crate::helpers::spawn_app;

    const SECRET: &[u8] = b"test-jwt-secret-0123456789-abcdefghijklmnop";

    fn sign(claims: &Value, key: &[u8], alg: Algorithm) -> String {
        encode(&Header::new(alg), claims, &EncodingKey::from_secret(key)).unwrap()
    }

    fn claims(sub: &str, tid: &str) -> Value {
        let now = get_current_timestamp();
        json!({"sub": sub, "tid": tid, "iss": "sluice", "aud": "sluice-api",
               "exp": now + 600, "nbf": now, "iat": now, "jti": uuid::Uuid::new_v4()})
    }

    fn with(mut c: Value, key: &str, value: Value) -> Value {
        c[key] = value;
        c
    }

    #[tokio::test]
    async fn forged_and_broken_tokens_are_all_401() {
        let app = spawn_app().await;
        let session = app.signup("T", "ada@example.com").await;
        let (sub, tid) = (session.user_id.as_str(), session.tenant_id.as_str());
        let now = get_current_timestamp();
        let good = claims(sub, tid);

        // Controls: a token we sign ourselves with the right key works, also just past expiry
        // within the 30 s leeway.
        app.get("/api/v1/me", &sign(&good, SECRET, Algorithm::HS256))
            .await
            .expect(200);
        let in_leeway = with(good.clone(), "exp", json!(now - 10));
        app.get("/api/v1/me", &sign(&in_leeway, SECRET, Algorithm::HS256))
            .await
            .expect(200);

        let valid = sign(&good, SECRET, Algorithm::HS256);
        let mut parts: Vec<String> = valid.split('.').map(str::to_owned).collect();
        let mut tampered_claims = good.clone();
        tampered_claims["sub"] = json!(uuid::Uuid::new_v4());
        parts[1] = URL_SAFE_NO_PAD.encode(tampered_claims.to_string());
        let tampered = parts.join(".");
        let none_header = URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#);
        let alg_none = format!(
            "{none_header}.{}.",
            URL_SAFE_NO_PAD.encode(good.to_string())
        );

        let cases: Vec<(&str, String)> = vec![
            (
                "wrong key",
                sign(
                    &good,
                    b"another-secret-0123456789-abcdefghijklmnop",
                    Algorithm::HS256,
                ),
            ),
            (
                "expired past leeway",
                sign(
                    &with(good.clone(), "exp", json!(now - 120)),
                    SECRET,
                    Algorithm::HS256,
                ),
            ),
            (
                "not yet valid",
                sign(
                    &with(good.clone(), "nbf", json!(now + 600)),
                    SECRET,
                    Algorithm::HS256,
                ),
            ),
            (
                "wrong issuer",
                sign(
                    &with(good.clone(), "iss", json!("evil")),
                    SECRET,
                    Algorithm::HS256,
                ),
            ),
            (
                "wrong audience",
                sign(
                    &with(good.clone(), "aud", json!("other-api")),
                    SECRET,
                    Algorithm::HS256,
                ),
            ),
            ("missing exp", {
                let mut c = good.clone();
                c.as_object_mut().unwrap().remove("exp");
                sign(&c, SECRET, Algorithm::HS256)
            }),
            ("other algorithm", sign(&good, SECRET, Algorithm::HS512)),
            ("alg none", alg_none),
            ("tampered claims", tampered),
            ("truncated", valid[..valid.len() - 5].to_owned()),
            ("garbage", "not-a-token".to_owned()),
            ("empty segments", "..".to_owned()),
            (
                "other tenant",
                sign(
                    &with(good.clone(), "tid", json!(uuid::Uuid::new_v4())),
                    SECRET,
                    Algorithm::HS256,
                ),
            ),
            (
                "unknown user",
                sign(
                    &with(good.clone(), "sub", json!(uuid::Uuid::new_v4())),
                    SECRET,
                    Algorithm::HS256,
                ),
            ),
            (
                "unknown api token",
                "slc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".to_owned(),
            ),
        ];
        for (name, token) in cases {
            let reply = app.get("/api/v1/me", &token).await;
            assert_eq!(reply.status, 401, "{name}: {reply:#?}");
            assert_eq!(reply.body["code"], "unauthorized", "{name}");
        }
    }

    #[tokio::test]
    async fn a_deleted_users_token_is_401() {
        let app = spawn_app().await;
        let admin = app.signup("T", "ada@example.com").await;
        let member = app.add_user(&admin, "bob@example.com", "member").await;
        app.get("/api/v1/me", &member.token).await.expect(200);
        app.delete(&format!("/api/v1/users/{}", member.user_id), &admin.token)
            .await
            .expect(204);
        app.get("/api/v1/me", &member.token)
            .await
            .expect_error(401, "unauthorized");
    }
}

/// Login looks the account up with `email = $1` on the lower-cased address: an index lookup,
/// not a scan of every user.
#[tokio::test]
async fn login_finds_the_account_through_the_email_index() {
    use sea_orm::{ConnectionTrait, DbBackend, QueryTrait, Statement, TransactionTrait};
    use sluice_engine::{db::entity::user, domain::Email};

    let app = spawn_app().await;
    app.signup("T", "Ada@Example.com").await;
    let email = Email::parse("ADA@example.COM").unwrap();
    let lookup = user::Entity::find_by_email(&email).build(DbBackend::Postgres);
    let txn = app.db.begin().await.unwrap();
    // Few rows make a scan cheap; forbid it to see whether an index can answer at all.
    txn.execute_unprepared("SET LOCAL enable_seqscan = off")
        .await
        .unwrap();
    let plan: Vec<String> = txn
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            format!("EXPLAIN {}", lookup.sql),
            lookup.values.map(|v| v.0).unwrap_or_default(),
        ))
        .await
        .unwrap()
        .iter()
        .map(|row| row.try_get::<String>("", "QUERY PLAN").unwrap())
        .collect();
    assert!(
        plan.iter().any(|line| line.contains("users_email_key")),
        "{plan:#?}"
    );
    let found = user::Entity::find_by_email(&email)
        .one(&txn)
        .await
        .unwrap()
        .expect("the account");
    assert_eq!(found.email, "ada@example.com");
}
