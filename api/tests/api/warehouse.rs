//! Read-only SQL access for BI tools. The roles are checked with the real `psql`, logging in
//! over TCP on a private cluster (`sluice_testing::pg_cluster`): the machine's main server trusts every login,
//! so a wrong password would pass there. The service connects to the cluster as a user with
//! CREATEROLE but no superuser, as an operator would set Sluice up.

use reqwest::Method;
use serde_json::Value;
use sluice_engine::settings::SettingsSource;
use sluice_testing::pg_cluster::{self, Cluster, NO_CREATEROLE, SERVICE};

use crate::helpers::{Session, TestApp, spawn_app, spawn_app_on};

const CREDENTIALS: &str = "/api/v1/warehouse/credentials";

/// An app whose database is on a private cluster. The app goes first: fields drop in order.
struct Setup {
    app: TestApp,
    cluster: Cluster,
}

async fn setup() -> Setup {
    setup_with(SERVICE, |s| s).await
}

async fn setup_with(
    service_user: &str,
    configure: impl FnOnce(SettingsSource) -> SettingsSource,
) -> Setup {
    let cluster = Cluster::start();
    let app = spawn_app_on(&cluster.server_url(service_user), configure).await;
    Setup { app, cluster }
}

impl Setup {
    fn database(&self) -> String {
        self.app
            .database_url()
            .rsplit_once('/')
            .unwrap()
            .1
            .to_owned()
    }

    /// Runs `sql` as the service user (who owns the tenants' schemas and creates their tables).
    async fn as_service(&self, sql: &str) {
        use sea_orm::ConnectionTrait;
        self.app.db.execute_unprepared(sql).await.unwrap();
    }

    /// `statements` in one `psql` session as the tenant's role.
    fn psql(&self, credentials: &Value, statements: &[&str]) -> pg_cluster::Psql {
        self.cluster.psql(
            credentials["user"].as_str().unwrap(),
            credentials["password"].as_str(),
            credentials["database"].as_str().unwrap(),
            statements,
        )
    }

    /// As `psql`, but with another password.
    fn psql_with(
        &self,
        credentials: &Value,
        password: &str,
        statements: &[&str],
    ) -> pg_cluster::Psql {
        self.cluster.psql(
            credentials["user"].as_str().unwrap(),
            Some(password),
            credentials["database"].as_str().unwrap(),
            statements,
        )
    }
}

async fn create(app: &TestApp, admin: &Session, status: u16) -> Value {
    app.send(Method::POST, CREDENTIALS, Some(&admin.token), None)
        .await
        .expect(status)
        .body
}

fn schema_of(session: &Session) -> String {
    format!("t_{}", session.tenant_id.replace('-', ""))
}

#[tokio::test]
async fn the_role_reads_its_tables_including_those_created_later() {
    let s = setup().await;
    let admin = s.app.signup("A", "ada@example.com").await;
    let schema = schema_of(&admin);
    s.as_service(&format!(
        "CREATE TABLE {schema}.before (id int PRIMARY KEY, v text); \
         INSERT INTO {schema}.before VALUES (1, 'one'), (2, 'two')"
    ))
    .await;

    let created = create(&s.app, &admin, 201).await;
    let user = format!("{schema}_reader");
    let password = created["password"].as_str().unwrap().to_owned();
    assert_eq!(created["exists"], true);
    assert_eq!(created["user"], user.as_str());
    assert_eq!(created["schema"], schema.as_str());
    assert_eq!(created["host"], "127.0.0.1");
    assert_eq!(created["port"], s.cluster.port);
    assert_eq!(created["database"], s.database().as_str());
    assert_eq!(password.len(), 32);
    assert!(password.chars().all(|c| c.is_ascii_alphanumeric()));
    let uri = format!(
        "postgresql://{user}@127.0.0.1:{}/{}",
        s.cluster.port,
        s.database()
    );
    assert_eq!(created["uri"], uri.as_str());
    assert_eq!(created["psql"], format!("psql '{uri}'").as_str());
    assert_eq!(
        created["jdbc_url"],
        format!(
            "jdbc:postgresql://127.0.0.1:{}/{}?currentSchema={schema}",
            s.cluster.port,
            s.database()
        )
        .as_str()
    );

    // The tenant's schema is its search path, so table names need no schema.
    assert_eq!(
        s.psql(
            &created,
            &["SELECT string_agg(v, ',' ORDER BY id) FROM before"]
        )
        .ok(),
        "one,two"
    );
    assert_eq!(
        s.psql(
            &created,
            &["SHOW search_path", "SHOW default_transaction_read_only"]
        )
        .ok(),
        format!("{schema}\non")
    );

    // A table the service creates afterwards (as a run's load does) is readable too.
    s.as_service(&format!(
        "CREATE TABLE {schema}.later (id int PRIMARY KEY, v text); \
         INSERT INTO {schema}.later VALUES (3, 'three')"
    ))
    .await;
    assert_eq!(
        s.psql(&created, &[&format!("SELECT v FROM {schema}.later")])
            .ok(),
        "three"
    );

    // The answer to GET has the details but never the password; PostgreSQL keeps only a
    // SCRAM verifier.
    let got = s.app.get(CREDENTIALS, &admin.token).await.expect(200).body;
    assert_eq!(got["exists"], true);
    assert_eq!(got["user"], user.as_str());
    assert!(got.get("password").is_none());
    assert!(!got.to_string().contains(&password));
    let stored = s.cluster.superuser_sql(&format!(
        "SELECT rolpassword FROM pg_authid WHERE rolname = '{user}'"
    ));
    assert!(stored.starts_with("SCRAM-SHA-256$4096:"), "{stored}");
    assert!(!stored.contains(&password));
    let comment = s.cluster.superuser_sql(&format!(
        "SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = '{user}'"
    ));
    assert!(comment.contains(&admin.tenant_id), "{comment}");
}

#[tokio::test]
async fn the_role_reads_nothing_else_and_changes_nothing() {
    let s = setup().await;
    let a = s.app.signup("A", "ada@example.com").await;
    let b = s.app.signup("B", "bob@example.com").await;
    let (schema_a, schema_b) = (schema_of(&a), schema_of(&b));
    s.as_service(&format!(
        "CREATE TABLE {schema_a}.mine (id int PRIMARY KEY, v text); \
         INSERT INTO {schema_a}.mine VALUES (1, 'a'); \
         CREATE TABLE {schema_b}.theirs (id int PRIMARY KEY, v text); \
         INSERT INTO {schema_b}.theirs VALUES (1, 'b')"
    ))
    .await;
    let credentials = create(&s.app, &a, 201).await;

    s.psql(&credentials, &[&format!("SELECT * FROM {schema_b}.theirs")])
        .fails_with(&format!("permission denied for schema {schema_b}"));
    for table in [
        "users",
        "tenants",
        "sources",
        "pipelines",
        "api_tokens",
        "runs",
    ] {
        s.psql(&credentials, &[&format!("SELECT * FROM public.{table}")])
            .fails_with(&format!("permission denied for table {table}"));
    }

    // Sessions start read-only; a session that switches that off still has no right to write.
    s.psql(&credentials, &["INSERT INTO mine VALUES (2, 'x')"])
        .fails_with("read-only transaction");
    let writable = "SET default_transaction_read_only = off";
    for (statement, refusal) in [
        (
            "INSERT INTO mine VALUES (2, 'x')",
            "permission denied for table mine",
        ),
        (
            "UPDATE mine SET v = 'x'",
            "permission denied for table mine",
        ),
        ("DELETE FROM mine", "permission denied for table mine"),
        ("TRUNCATE mine", "permission denied for table mine"),
        (
            "CREATE TABLE own (id int)",
            &format!("permission denied for schema {schema_a}"),
        ),
        (
            "CREATE TABLE public.own (id int)",
            "permission denied for schema public",
        ),
        ("CREATE SCHEMA own", "permission denied for database"),
        ("DROP TABLE mine", "must be owner of table mine"),
    ] {
        s.psql(&credentials, &[writable, statement])
            .fails_with(refusal);
    }
    assert_eq!(s.psql(&credentials, &["SELECT v FROM mine"]).ok(), "a");

    // The caveats docs/DATA_ACCESS.md tells operators: other schemas' names are visible in the
    // catalog, and PUBLIC may create temporary tables until that is revoked.
    assert_eq!(
        s.psql(
            &credentials,
            &[&format!(
                "SELECT count(*) FROM pg_namespace WHERE nspname = '{schema_b}'"
            )]
        )
        .ok(),
        "1"
    );
    let temporary = [writable, "CREATE TEMPORARY TABLE scratch (id int)"];
    s.psql(&credentials, &temporary).ok();
    s.as_service(&format!(
        "REVOKE TEMPORARY ON DATABASE \"{}\" FROM PUBLIC",
        s.database()
    ))
    .await;
    s.psql(&credentials, &temporary)
        .fails_with("permission denied to create temporary tables");
}

#[tokio::test]
async fn a_rotated_password_replaces_the_old_one() {
    let s = setup().await;
    let admin = s.app.signup("A", "ada@example.com").await;
    let first = create(&s.app, &admin, 201).await;
    assert_eq!(s.psql(&first, &["SELECT 1"]).ok(), "1");

    let second = create(&s.app, &admin, 200).await;
    assert_eq!(second["user"], first["user"]);
    assert_ne!(second["password"], first["password"]);
    s.psql(&first, &["SELECT 1"])
        .fails_with("password authentication failed");
    assert_eq!(s.psql(&second, &["SELECT 1"]).ok(), "1");
    s.psql_with(&second, "not-the-password", &["SELECT 1"])
        .fails_with("password authentication failed");
}

#[tokio::test]
async fn a_dropped_role_cannot_connect_and_its_sessions_end() {
    let s = setup().await;
    let admin = s.app.signup("A", "ada@example.com").await;
    let credentials = create(&s.app, &admin, 201).await;
    let user = credentials["user"].as_str().unwrap();
    let session = s.cluster.session(
        user,
        credentials["password"].as_str().unwrap(),
        credentials["database"].as_str().unwrap(),
    );
    assert_eq!(s.cluster.wait_for_sessions(user, 1).await, 1);
    let pid = s.cluster.superuser_sql(&format!(
        "SELECT pid FROM pg_stat_activity WHERE usename = '{user}'"
    ));

    s.app.delete(CREDENTIALS, &admin.token).await.expect(204);
    // Ended before the answer (a dropped role's sessions show no user name: ask by pid).
    assert_eq!(
        s.cluster.superuser_sql(&format!(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = {pid}"
        )),
        "0",
        "the open session was not ended"
    );
    let ended = session.finish("SELECT 1;\n").await;
    assert!(!ended.status.success(), "the old session still answers");
    s.psql(&credentials, &["SELECT 1"])
        .fails_with("password authentication failed");
    assert_eq!(
        s.cluster.superuser_sql(&format!(
            "SELECT count(*) FROM pg_roles WHERE rolname = '{user}'"
        )),
        "0"
    );

    let got = s.app.get(CREDENTIALS, &admin.token).await.expect(200).body;
    assert_eq!(got["exists"], false);
    assert_eq!(got["user"], user);
    s.app
        .delete(CREDENTIALS, &admin.token)
        .await
        .expect_error(404, "warehouse_credentials_not_found");
    // And it can be created again.
    let again = create(&s.app, &admin, 201).await;
    assert_eq!(s.psql(&again, &["SELECT 1"]).ok(), "1");
}

#[tokio::test]
async fn limits_are_reported_set_in_postgresql_and_enforced() {
    let s = setup_with(SERVICE, |settings| {
        settings
            .set("warehouse.connection_limit", "2")
            .set("warehouse.statement_timeout_ms", "1500")
    })
    .await;
    let admin = s.app.signup("A", "ada@example.com").await;
    let before = s.app.get(CREDENTIALS, &admin.token).await.expect(200).body;
    assert_eq!(before["exists"], false);
    assert_eq!(before["connection_limit"], 2);
    assert_eq!(before["statement_timeout_ms"], 1500);

    let credentials = create(&s.app, &admin, 201).await;
    let got = s.app.get(CREDENTIALS, &admin.token).await.expect(200).body;
    for answer in [&credentials, &got] {
        assert_eq!(answer["connection_limit"], 2);
        assert_eq!(answer["statement_timeout_ms"], 1500);
    }
    let user = credentials["user"].as_str().unwrap();
    assert_eq!(
        s.cluster.superuser_sql(&format!(
            "SELECT rolconnlimit || ' ' || array_to_string(rolconfig, ' ') \
             FROM pg_roles WHERE rolname = '{user}'"
        )),
        format!(
            "2 statement_timeout=1500 search_path={} default_transaction_read_only=on",
            credentials["schema"].as_str().unwrap()
        )
    );

    // A statement longer than the timeout is cancelled.
    s.psql(&credentials, &["SELECT pg_sleep(10)"])
        .fails_with("canceling statement due to statement timeout");
    // Two sessions at most.
    let password = credentials["password"].as_str().unwrap();
    let database = credentials["database"].as_str().unwrap();
    let _sessions = [
        s.cluster.session(user, password, database),
        s.cluster.session(user, password, database),
    ];
    assert_eq!(s.cluster.wait_for_sessions(user, 2).await, 2);
    s.psql(&credentials, &["SELECT 1"])
        .fails_with("too many connections for role");
}

#[tokio::test]
async fn a_service_user_without_createrole_is_told_what_to_grant() {
    let s = setup_with(NO_CREATEROLE, |s| s).await;
    let admin = s.app.signup("A", "ada@example.com").await;
    let grant = format!("ALTER ROLE {NO_CREATEROLE} CREATEROLE;");
    for method in [Method::GET, Method::POST, Method::DELETE] {
        let reply = s
            .app
            .send(method.clone(), CREDENTIALS, Some(&admin.token), None)
            .await
            .expect_error(409, "warehouse_unavailable");
        let message = reply.body["message"].as_str().unwrap();
        assert!(message.contains(&grant), "{method}: {message}");
    }
    // What the message says is enough.
    s.cluster.superuser_sql(&grant);
    let credentials = create(&s.app, &admin, 201).await;
    assert_eq!(s.psql(&credentials, &["SELECT 1"]).ok(), "1");
    s.app.delete(CREDENTIALS, &admin.token).await.expect(204);
}

#[tokio::test]
async fn a_role_of_the_same_name_that_is_not_the_tenants_is_left_alone() {
    let s = setup().await;
    let admin = s.app.signup("A", "ada@example.com").await;
    let user = format!("{}_reader", schema_of(&admin));
    s.cluster.superuser_sql(&format!(
        "CREATE ROLE {user} LOGIN PASSWORD 'theirs'; COMMENT ON ROLE {user} IS 'someone else''s'"
    ));
    for method in [Method::GET, Method::POST, Method::DELETE] {
        let reply = s
            .app
            .send(method.clone(), CREDENTIALS, Some(&admin.token), None)
            .await
            .expect_error(409, "warehouse_unavailable");
        let message = reply.body["message"].as_str().unwrap();
        assert!(message.contains("not this tenant's"), "{method}: {message}");
    }
    // Neither rotated nor dropped.
    assert_eq!(
        s.cluster
            .psql(&user, Some("theirs"), "postgres", &["SELECT 1"])
            .ok(),
        "1"
    );
}

#[tokio::test]
async fn each_tenant_sees_and_manages_only_its_own_role() {
    let s = setup().await;
    let a = s.app.signup("A", "ada@example.com").await;
    let b = s.app.signup("B", "bob@example.com").await;
    let a_credentials = create(&s.app, &a, 201).await;

    let b_view = s.app.get(CREDENTIALS, &b.token).await.expect(200).body;
    assert_eq!(b_view["exists"], false);
    assert_eq!(b_view["schema"], schema_of(&b).as_str());
    assert_ne!(b_view["user"], a_credentials["user"]);
    assert!(!b_view.to_string().contains(&schema_of(&a)));
    s.app
        .delete(CREDENTIALS, &b.token)
        .await
        .expect_error(404, "warehouse_credentials_not_found");

    let b_credentials = create(&s.app, &b, 201).await;
    assert_ne!(b_credentials["user"], a_credentials["user"]);
    // One tenant's password opens nothing of the other's.
    s.psql_with(
        &a_credentials,
        b_credentials["password"].as_str().unwrap(),
        &["SELECT 1"],
    )
    .fails_with("password authentication failed");
    s.app.delete(CREDENTIALS, &b.token).await.expect(204);
    assert_eq!(s.psql(&a_credentials, &["SELECT 1"]).ok(), "1");
    let a_view = s.app.get(CREDENTIALS, &a.token).await.expect(200).body;
    assert_eq!(a_view["exists"], true);
}

#[tokio::test]
async fn only_admins_manage_credentials() {
    // The main server: nothing here creates a role.
    let app = spawn_app().await;
    let admin = app.signup("A", "ada@example.com").await;
    let member = app.add_user(&admin, "max@example.com", "member").await;
    let viewer = app.add_user(&admin, "vic@example.com", "viewer").await;
    for method in [Method::GET, Method::POST, Method::DELETE] {
        for session in [&member, &viewer] {
            app.send(method.clone(), CREDENTIALS, Some(&session.token), None)
                .await
                .expect_error(403, "forbidden");
        }
        app.send(method.clone(), CREDENTIALS, None, None)
            .await
            .expect_error(401, "unauthorized");
    }
    app.send(Method::PUT, CREDENTIALS, Some(&admin.token), None)
        .await
        .expect_error(405, "method_not_allowed");
    let view = app.get(CREDENTIALS, &admin.token).await.expect(200).body;
    assert_eq!(view["exists"], false);
}

/// The verifier Sluice computes is the one PostgreSQL computes for the same password and salt.
#[tokio::test]
async fn the_scram_verifier_is_the_one_postgresql_computes() {
    use base64::{Engine as _, engine::general_purpose::STANDARD};
    use sluice_api::routes::warehouse::scram;

    let cluster = Cluster::start();
    let password = scram::generate_password();
    let stored = cluster.superuser_sql(&format!(
        "SET password_encryption = 'scram-sha-256'; \
         CREATE ROLE vector LOGIN PASSWORD '{password}'; \
         SELECT rolpassword FROM pg_authid WHERE rolname = 'vector'"
    ));
    let (iterations, rest) = stored
        .strip_prefix("SCRAM-SHA-256$")
        .and_then(|s| s.split_once(':'))
        .unwrap();
    let salt = STANDARD.decode(rest.split_once('$').unwrap().0).unwrap();
    assert_eq!(
        scram::verifier_with_salt(&password, &salt, iterations.parse().unwrap()),
        stored
    );
    // And a verifier Sluice made lets the password in.
    let other = scram::generate_password();
    cluster.superuser_sql(&format!(
        "ALTER ROLE vector PASSWORD '{}'",
        scram::verifier(&other)
    ));
    assert_eq!(
        cluster
            .psql("vector", Some(&other), "postgres", &["SELECT 1"])
            .ok(),
        "1"
    );
    cluster
        .psql("vector", Some(&password), "postgres", &["SELECT 1"])
        .fails_with("password authentication failed");
}
