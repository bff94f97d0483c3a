//! Destinations (tenant-owned PostgreSQL databases): the resource, the address rules, and the
//! check against a private PostgreSQL cluster that checks passwords
//! (`sluice_testing::pg_cluster`; the machine's main server trusts every login, so a wrong
//! password would pass there).

use serde_json::{Value, json};
use sluice_testing::pg_cluster::Cluster;

use crate::helpers::{Session, TestApp, refusing_port, spawn_app, spawn_app_with};

const DESTINATIONS: &str = "/api/v1/destinations";

fn body(name: &str, host: &str, port: u16) -> Value {
    json!({
        "name": name, "host": host, "port": port, "database": "dw", "user": "loader",
        "password": "Load-3r!pass", "sslmode": "disable", "schema": "sluice"
    })
}

/// An app that may reach loopback destinations, as a private deployment allows its network.
async fn loopback_app() -> TestApp {
    spawn_app_with(|s| s.set_list("destinations.allow_networks", &["127.0.0.0/8"])).await
}

async fn create(app: &TestApp, session: &Session, body: Value) -> Value {
    app.post(DESTINATIONS, &session.token, body)
        .await
        .expect(201)
        .body
}

async fn check(app: &TestApp, session: &Session, destination: &Value) -> Value {
    let path = format!(
        "{DESTINATIONS}/{}/check",
        destination["id"].as_str().unwrap()
    );
    app.post(&path, &session.token, json!({}))
        .await
        .expect(200)
        .body
}

/// The steps of a check as (step, ok, code).
fn steps(report: &Value) -> Vec<(String, bool, Option<String>)> {
    report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["step"].as_str().unwrap().to_owned(),
                s["ok"].as_bool().unwrap(),
                s["code"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn failing_step(report: &Value) -> (String, String, String) {
    let last = report["steps"].as_array().unwrap().last().unwrap();
    assert_eq!(last["ok"], false, "{report:#}");
    assert_eq!(report["ok"], false);
    (
        last["step"].as_str().unwrap().to_owned(),
        last["code"].as_str().unwrap().to_owned(),
        last["message"].as_str().unwrap().to_owned(),
    )
}

#[tokio::test]
async fn destinations_are_kept_changed_applied_and_deleted_and_never_show_the_password() {
    let app = spawn_app().await;
    let admin = app.signup("A", "ada@example.com").await;
    let created = create(&app, &admin, body("warehouse", "db.example.com", 6543)).await;
    assert_eq!(created["name"], "warehouse");
    assert_eq!(created["host"], "db.example.com");
    assert_eq!(created["port"], 6543);
    assert_eq!(created["sslmode"], "disable");
    assert_eq!(created["schema"], "sluice");
    assert_eq!(created["has_password"], true);
    let path = format!("{DESTINATIONS}/{}", created["id"].as_str().unwrap());

    // Stored sealed: the password's bytes are nowhere in the row.
    let stored: Vec<u8> =
        sea_orm::sqlx::query_scalar("SELECT password FROM destinations WHERE name = 'warehouse'")
            .fetch_one(app.db.get_postgres_connection_pool())
            .await
            .unwrap();
    assert!(!stored.windows(12).any(|w| w == b"Load-3r!pass"));

    // Defaults: port 5432, sslmode require, schema public.
    let defaults = create(
        &app,
        &admin,
        json!({"name": "plain", "host": "DB.Example.com", "database": "dw", "user": "loader"}),
    )
    .await;
    assert_eq!(
        (
            &defaults["host"],
            &defaults["port"],
            &defaults["sslmode"],
            &defaults["schema"],
            &defaults["has_password"]
        ),
        (
            &json!("db.example.com"),
            &json!(5432),
            &json!("require"),
            &json!("public"),
            &json!(false)
        )
    );
    app.post(
        DESTINATIONS,
        &admin.token,
        body("warehouse", "other.example.com", 5432),
    )
    .await
    .expect_error(409, "destination_name_taken");

    // Omitting the password keeps it; null removes it.
    let mut changed = body("warehouse", "db2.example.com", 5432);
    changed.as_object_mut().unwrap().remove("password");
    let updated = app.put(&path, &admin.token, changed).await.expect(200).body;
    assert_eq!(updated["host"], "db2.example.com");
    assert_eq!(updated["has_password"], true);
    let mut removed = body("warehouse", "db2.example.com", 5432);
    removed["password"] = Value::Null;
    let updated = app.put(&path, &admin.token, removed).await.expect(200).body;
    assert_eq!(updated["has_password"], false);

    // Apply by name: created, unchanged (the same password again), updated.
    let by_name = format!("{DESTINATIONS}/by-name/lake");
    let mut doc = body("lake", "lake.example.com", 5432);
    doc.as_object_mut().unwrap().remove("name");
    let first = app
        .put(&by_name, &admin.token, doc.clone())
        .await
        .expect(201);
    assert_eq!(first.headers["sluice-apply"], "created");
    let again = app
        .put(&by_name, &admin.token, doc.clone())
        .await
        .expect(200);
    assert_eq!(again.headers["sluice-apply"], "unchanged");
    assert_eq!(again.body["updated_at"], first.body["updated_at"]);
    doc["password"] = json!("another");
    let third = app.put(&by_name, &admin.token, doc).await.expect(200);
    assert_eq!(third.headers["sluice-apply"], "updated");

    // No answer anywhere carries a password.
    let list = app.get(DESTINATIONS, &admin.token).await.expect(200).body;
    assert_eq!(list["items"].as_array().unwrap().len(), 3);
    for text in [
        list.to_string(),
        app.get(&path, &admin.token).await.body.to_string(),
        third.body.to_string(),
    ] {
        assert!(!text.contains("\"password\""), "{text}");
        assert!(
            !text.contains("Load-3r!pass") && !text.contains("another"),
            "{text}"
        );
    }

    app.delete(&path, &admin.token).await.expect(204);
    app.get(&path, &admin.token)
        .await
        .expect_error(404, "destination_not_found");
}

#[tokio::test]
async fn admins_change_destinations_members_check_them_and_viewers_read_them() {
    let app = spawn_app().await;
    let admin = app.signup("A", "ada@example.com").await;
    let member = app.add_user(&admin, "mo@example.com", "member").await;
    let viewer = app.add_user(&admin, "vi@example.com", "viewer").await;
    let created = create(&app, &admin, body("warehouse", "db.example.com", 5432)).await;
    let path = format!("{DESTINATIONS}/{}", created["id"].as_str().unwrap());

    app.post(
        DESTINATIONS,
        &member.token,
        body("x", "db.example.com", 5432),
    )
    .await
    .expect_error(403, "forbidden");
    app.put(&path, &member.token, body("x", "db.example.com", 5432))
        .await
        .expect_error(403, "forbidden");
    app.delete(&path, &member.token)
        .await
        .expect_error(403, "forbidden");
    app.post(&format!("{path}/check"), &viewer.token, json!({}))
        .await
        .expect_error(403, "forbidden");
    assert_eq!(
        app.get(&path, &viewer.token).await.expect(200).body["name"],
        "warehouse"
    );
    // A member may check it (here the public name does not resolve on this machine).
    let report = check(&app, &member, &created).await;
    assert_eq!(steps(&report)[0].0, "connect");
}

#[tokio::test]
async fn a_bad_document_is_refused_with_every_bad_field_named() {
    let app = spawn_app().await;
    let admin = app.signup("A", "ada@example.com").await;
    let reply = app
        .post(
            DESTINATIONS,
            &admin.token,
            json!({"name": "", "host": "db host", "port": 70000, "database": "", "user": "u\u{7}",
                   "password": "", "schema": "Public"}),
        )
        .await
        .expect_error(422, "validation_failed");
    let paths: Vec<&str> = reply.body["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "name", "host", "port", "database", "user", "schema", "password"
        ]
    );
    let reply = app
        .post(
            DESTINATIONS,
            &admin.token,
            json!({"name": "w", "host": "db.example.com", "database": "d", "user": "u", "sslmode": "prefer"}),
        )
        .await
        .expect(422);
    assert!(
        reply.body["message"].as_str().unwrap().contains("sslmode"),
        "{reply:#?}"
    );
}

#[tokio::test]
async fn hosts_obey_the_address_rules_unless_the_operator_allows_them() {
    // Default rules: public addresses only.
    let app = spawn_app().await;
    let admin = app.signup("A", "ada@example.com").await;
    for host in [
        "127.0.0.1",
        "10.1.2.3",
        "169.254.169.254",
        "[::1]",
        "192.168.0.10",
    ] {
        let reply = app
            .post(DESTINATIONS, &admin.token, body("w", host, 5432))
            .await
            .expect_error(422, "validation_failed");
        assert_eq!(reply.body["details"][0]["path"], "host", "{host}");
        let message = reply.body["details"][0]["message"].as_str().unwrap();
        assert!(
            message.contains("not a public address"),
            "{host}: {message}"
        );
    }
    // A name is checked when it resolves: `localhost` is stored, and refused by the check.
    let named = create(&app, &admin, body("named", "localhost", 5432)).await;
    let report = check(&app, &admin, &named).await;
    let (step, code, message) = failing_step(&report);
    assert_eq!(
        (step.as_str(), code.as_str()),
        ("connect", "destination_refused")
    );
    assert!(message.contains("`localhost` resolves to"), "{message}");
    assert_eq!(report["steps"].as_array().unwrap().len(), 1);

    // Allowed by network, and by host name: the same destinations get through to a server
    // (here a port where nothing listens).
    let (_reserved, port) = refusing_port();
    for allow in [
        ("destinations.allow_networks", "127.0.0.0/8", "127.0.0.1"),
        ("destinations.allow_hosts", "localhost", "localhost"),
    ] {
        let app = spawn_app_with(|s| s.set_list(allow.0, &[allow.1])).await;
        let admin = app.signup("A", "ada@example.com").await;
        let created = create(&app, &admin, body("w", allow.2, port)).await;
        let (step, code, message) = failing_step(&check(&app, &admin, &created).await);
        assert_eq!(
            (step.as_str(), code.as_str()),
            ("connect", "destination_unreachable"),
            "{allow:?}: {message}"
        );
        assert!(message.contains(&format!(":{port}")), "{message}");
    }
}

/// A login role on the private cluster, with `sql` run for it as the superuser after its
/// creation (`{role}` stands for its name).
fn role(cluster: &Cluster, name: &str, password: &str, sql: &str) {
    cluster.superuser_sql(&format!(
        "CREATE ROLE {name} LOGIN PASSWORD '{password}'; {}",
        sql.replace("{role}", name)
    ));
}

#[tokio::test]
async fn a_check_says_step_by_step_what_the_destination_allows() {
    let cluster = Cluster::start();
    cluster.superuser_sql("CREATE DATABASE dw");
    role(
        &cluster,
        "loader",
        "Load-3r!pass",
        "GRANT CREATE ON DATABASE dw TO {role};",
    );
    role(&cluster, "reader", "r3ad-only", "");
    role(
        &cluster,
        "standby",
        "st4ndby",
        "ALTER ROLE {role} SET default_transaction_read_only = on; GRANT CREATE ON DATABASE dw TO {role};",
    );
    let app = loopback_app().await;
    let admin = app.signup("A", "ada@example.com").await;
    let port = cluster.port;
    let with = |name: &str, changes: Value| {
        let mut doc = body(name, "127.0.0.1", port);
        for (k, v) in changes.as_object().unwrap() {
            doc[k] = v.clone();
        }
        doc
    };

    // Everything allowed: the schema does not exist yet, the user may create it.
    let good = create(&app, &admin, with("good", json!({}))).await;
    let report = check(&app, &admin, &good).await;
    assert_eq!(report["ok"], true, "{report:#}");
    assert_eq!(
        steps(&report),
        [
            ("connect".into(), true, None),
            ("writable".into(), true, None),
            ("schema".into(), true, None),
            ("copy".into(), true, None)
        ]
    );
    assert_eq!(report["tls"], false);
    assert!(
        report["server_version"]
            .as_str()
            .unwrap()
            .starts_with(char::is_numeric)
    );
    let schema_message = report["steps"][2]["message"].as_str().unwrap();
    assert!(
        schema_message.contains("the first load creates it"),
        "{schema_message}"
    );
    // The check left nothing behind: no schema, no table.
    let left = cluster.psql(
        "postgres",
        None,
        "dw",
        &["SELECT count(*) FROM pg_namespace WHERE nspname = 'sluice'"],
    );
    assert_eq!(left.ok().trim(), "0");
    // The outcome is kept with the destination.
    let path = format!("{DESTINATIONS}/{}", good["id"].as_str().unwrap());
    let stored = app.get(&path, &admin.token).await.expect(200).body;
    assert_eq!(stored["last_check"], report);

    // An existing schema where the user may create tables.
    cluster
        .psql(
            "postgres",
            None,
            "dw",
            &["CREATE SCHEMA sluice AUTHORIZATION loader"],
        )
        .ok();
    assert_eq!(check(&app, &admin, &good).await["ok"], true);

    let cases = [
        (
            "wrong-password",
            json!({"password": "nope"}),
            (
                "connect",
                "login_refused",
                "refused the password of user `loader`",
            ),
        ),
        (
            "no-database",
            json!({"database": "missing"}),
            (
                "connect",
                "database_missing",
                "database `missing` does not exist",
            ),
        ),
        (
            "tls",
            json!({"sslmode": "require"}),
            ("connect", "tls_failed", "sslmode require"),
        ),
        (
            "read-only",
            json!({"user": "standby", "password": "st4ndby"}),
            ("writable", "not_permitted", "the server is read-only"),
        ),
        (
            "no-create",
            json!({"user": "reader", "password": "r3ad-only"}),
            (
                "schema",
                "not_permitted",
                "GRANT USAGE, CREATE ON SCHEMA sluice TO reader;",
            ),
        ),
        (
            "no-schema",
            json!({"user": "reader", "password": "r3ad-only", "schema": "fresh"}),
            (
                "schema",
                "not_permitted",
                "CREATE SCHEMA fresh AUTHORIZATION reader;",
            ),
        ),
    ];
    for (name, changes, (step, code, needle)) in cases {
        let destination = create(&app, &admin, with(name, changes)).await;
        let (got_step, got_code, message) = failing_step(&check(&app, &admin, &destination).await);
        assert_eq!(
            (got_step.as_str(), got_code.as_str()),
            (step, code),
            "{name}: {message}"
        );
        assert!(message.contains(needle), "{name}: {message}");
    }

    // The server down: unreachable, and the next check, with it back, passes.
    cluster.stop();
    let (step, code, _) = failing_step(&check(&app, &admin, &good).await);
    assert_eq!(
        (step.as_str(), code.as_str()),
        ("connect", "destination_unreachable")
    );
    cluster.restart();
    assert_eq!(check(&app, &admin, &good).await["ok"], true);
}

/// `simple_pipeline` of source `numbers` loading into the tenant's destination `database`.
fn pipeline_into(name: &str, table: &str, database: &str) -> Value {
    from_into(name, "numbers", table, database)
}

/// `simple_pipeline` of `source` loading into the tenant's destination `database`.
fn from_into(name: &str, source: &str, table: &str, database: &str) -> Value {
    let mut pipeline = crate::helpers::simple_pipeline(name, source, table);
    pipeline["spec"]["destination"]["database"] = json!(database);
    pipeline
}

/// Creates pipeline `body`; its id.
async fn create_pipeline(app: &TestApp, session: &Session, body: Value) -> String {
    app.post("/api/v1/pipelines", &session.token, body)
        .await
        .expect(201)
        .body["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_pipeline_names_only_a_destination_of_its_own_tenant() {
    let app = spawn_app().await;
    let ada = app.signup("A", "ada@example.com").await;
    let bob = app.signup("B", "bob@example.com").await;
    app.create_source(&ada, "numbers").await;
    create(&app, &bob, body("bobs-dw", "db.example.com", 5432)).await;

    // Another tenant's destination is not there for this one, whatever its name.
    for database in ["bobs-dw", "nowhere"] {
        let refused = app
            .post(
                "/api/v1/pipelines",
                &ada.token,
                pipeline_into("p", "t", database),
            )
            .await
            .expect_error(422, "validation_failed");
        assert_eq!(
            refused.body["details"][0]["path"], "spec.destination.database",
            "{:#}",
            refused.body
        );
        assert!(
            refused.body["details"][0]["message"]
                .as_str()
                .unwrap()
                .contains(&format!("no destination named `{database}` in this tenant")),
            "{:#}",
            refused.body
        );
    }
    let mine = create(&app, &ada, body("warehouse", "db.example.com", 5432)).await;
    let pipeline = app
        .post(
            "/api/v1/pipelines",
            &ada.token,
            pipeline_into("p", "t", "warehouse"),
        )
        .await
        .expect(201)
        .body;
    assert_eq!(pipeline["spec"]["destination"]["database"], "warehouse");
    // The same table name in the built-in database is another table.
    app.post(
        "/api/v1/pipelines",
        &ada.token,
        crate::helpers::simple_pipeline("q", "numbers", "t"),
    )
    .await
    .expect(201);
    // But not twice in one database.
    app.post(
        "/api/v1/pipelines",
        &ada.token,
        pipeline_into("r", "t", "warehouse"),
    )
    .await
    .expect_error(409, "destination_taken");

    // A destination that pipelines load into keeps its name and cannot be deleted.
    let path = format!("{DESTINATIONS}/{}", mine["id"].as_str().unwrap());
    let deleting = app
        .delete(&path, &ada.token)
        .await
        .expect_error(409, "destination_in_use");
    assert_eq!(deleting.body["details"]["pipelines"], json!(["p"]));
    app.put(&path, &ada.token, body("renamed", "db.example.com", 5432))
        .await
        .expect_error(409, "destination_in_use");
    // Its other details may change.
    app.put(
        &path,
        &ada.token,
        body("warehouse", "db2.example.com", 5432),
    )
    .await
    .expect(200);
    // Its table is dropped in the tenant's database, by the tenant, not through this API.
    let id = pipeline["id"].as_str().unwrap();
    app.delete(
        &format!("/api/v1/pipelines/{id}?drop_table=true"),
        &ada.token,
    )
    .await
    .expect_error(409, "external_destination");
    // Once no pipeline loads into it, it goes.
    let deleted = app
        .delete(&format!("/api/v1/pipelines/{id}"), &ada.token)
        .await
        .expect(200);
    assert_eq!(deleted.body["table_dropped"], false);
    app.delete(&path, &ada.token).await.expect(204);
}

#[tokio::test]
async fn a_table_in_a_destination_is_read_through_the_data_routes_never_mixed_with_the_built_in_one()
 {
    let cluster = Cluster::start();
    cluster.superuser_sql("CREATE ROLE loader LOGIN PASSWORD 'Load-3r!pass'");
    cluster.superuser_sql("CREATE DATABASE dw OWNER loader");
    let app = spawn_app_with(|s| {
        s.set_list("destinations.allow_networks", &["127.0.0.0/8"])
            .set_list("extract.allow_hosts", &["127.0.0.1"])
    })
    .await;
    let ada = app.signup("A", "ada@example.com").await;
    let server = sluice_testing::http::TestServer::start().await;
    server.body("/there", "id,value\n1,10\n2,20\n3,30\n");
    server.body("/here", "id,value\n1,-1\n");
    for name in ["there", "here"] {
        app.post(
            "/api/v1/sources",
            &ada.token,
            json!({"name": name, "url": server.url(&format!("/{name}")), "format": "csv"}),
        )
        .await
        .expect(201);
    }
    create(&app, &ada, body("warehouse", "127.0.0.1", cluster.port)).await;
    let p = create_pipeline(&app, &ada, from_into("p", "there", "t", "warehouse")).await;
    let q = create_pipeline(
        &app,
        &ada,
        crate::helpers::simple_pipeline("q", "here", "t"),
    )
    .await;
    // Before the first load: no table there yet.
    app.get(&format!("/api/v1/pipelines/{p}/data"), &ada.token)
        .await
        .expect_error(404, "table_not_found");
    assert_eq!(
        crate::etl::run_pipeline(&app, &p)
            .await
            .unwrap()
            .counts
            .inserted,
        3
    );
    crate::etl::run_pipeline(&app, &q).await.unwrap();

    let table = app
        .get(&format!("/api/v1/pipelines/{p}/table"), &ada.token)
        .await
        .expect(200)
        .body;
    assert_eq!(table["schema"], "sluice", "{table:#}");
    let values = |page: &Value| -> Vec<(String, String)> {
        page["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                // Typed by inference: integers.
                (r["id"].to_string(), r["value"].to_string())
            })
            .collect()
    };
    let there = app
        .get(&format!("/api/v1/pipelines/{p}/data"), &ada.token)
        .await
        .expect(200)
        .body;
    assert_eq!(
        values(&there),
        [("1", "10"), ("2", "20"), ("3", "30")].map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
    let here = app
        .get(&format!("/api/v1/pipelines/{q}/data"), &ada.token)
        .await
        .expect(200)
        .body;
    assert_eq!(values(&here), vec![("1".to_owned(), "-1".to_owned())]);
    let export = app
        .get(
            &format!("/api/v1/pipelines/{p}/export?format=csv"),
            &ada.token,
        )
        .await
        .expect(200);
    assert_eq!(export.body, "id,value\n1,10\n2,20\n3,30\n");

    // The destination down: the read says which database did not answer.
    cluster.stop();
    let down = app
        .get(&format!("/api/v1/pipelines/{p}/data"), &ada.token)
        .await
        .expect_error(502, "destination_unavailable");
    assert!(
        down.body["message"]
            .as_str()
            .unwrap()
            .contains("destination `warehouse`"),
        "{:#}",
        down.body
    );
    // The built-in one is still read.
    app.get(&format!("/api/v1/pipelines/{q}/data"), &ada.token)
        .await
        .expect(200);
}

/// `POST` (no body) on a destination's credentials.
async fn credentials(app: &TestApp, session: &Session, path: &str, status: u16) -> Value {
    app.send(reqwest::Method::POST, path, Some(&session.token), None)
        .await
        .expect(status)
        .body
}

#[tokio::test]
async fn a_destination_gets_a_read_only_role_on_its_own_server_that_reads_what_runs_load_there() {
    let cluster = Cluster::start();
    role(
        &cluster,
        "loader",
        "Load-3r!pass",
        "ALTER ROLE {role} CREATEROLE;",
    );
    cluster.superuser_sql("CREATE DATABASE dw OWNER loader");
    role(
        &cluster,
        "plain",
        "Pl4in!pass",
        "GRANT CREATE ON DATABASE dw TO {role};",
    );
    let app = spawn_app_with(|s| {
        s.set_list("destinations.allow_networks", &["127.0.0.0/8"])
            .set_list("extract.allow_hosts", &["127.0.0.1"])
    })
    .await;
    let ada = app.signup("A", "ada@example.com").await;
    let mo = app.add_user(&ada, "mo@example.com", "member").await;
    let bob = app.signup("B", "bob@example.com").await;
    let dest = create(&app, &ada, body("warehouse", "127.0.0.1", cluster.port)).await;
    let id = dest["id"].as_str().unwrap();
    let path = format!("{DESTINATIONS}/{id}/credentials");
    let user = format!("sluice_{}_reader", id.replace('-', ""));
    let psql = |credentials: &Value, statements: &[&str]| {
        cluster.psql(&user, credentials["password"].as_str(), "dw", statements)
    };

    // Before: what the role will be, on the destination's server, with its sslmode.
    let planned = app.get(&path, &ada.token).await.expect(200).body;
    assert_eq!(planned["exists"], false, "{planned:#}");
    assert_eq!(planned["user"], user.as_str());
    assert_eq!(planned["host"], "127.0.0.1");
    assert_eq!(planned["port"], cluster.port);
    assert_eq!(planned["database"], "dw");
    assert_eq!(planned["schema"], "sluice");
    assert_eq!(planned["sslmode"], "disable");
    let uri = format!(
        "postgresql://{user}@127.0.0.1:{}/dw?sslmode=disable",
        cluster.port
    );
    assert_eq!(planned["uri"], uri.as_str());
    assert_eq!(
        planned["jdbc_url"],
        format!(
            "jdbc:postgresql://127.0.0.1:{}/dw?currentSchema=sluice&sslmode=disable",
            cluster.port
        )
        .as_str()
    );

    // Only admins of the tenant manage it; another tenant does not find the destination.
    app.send(reqwest::Method::POST, &path, Some(&mo.token), None)
        .await
        .expect_error(403, "forbidden");
    app.get(&path, &bob.token)
        .await
        .expect_error(404, "destination_not_found");
    app.send(reqwest::Method::POST, &path, Some(&bob.token), None)
        .await
        .expect_error(404, "destination_not_found");

    // Created before anything was loaded there: the schema is made for it.
    let created = credentials(&app, &ada, &path, 201).await;
    assert_eq!(created["exists"], true);
    let password = created["password"].as_str().unwrap().to_owned();
    assert_eq!(password.len(), 32);
    assert_eq!(
        psql(
            &created,
            &["SHOW search_path", "SHOW default_transaction_read_only"]
        )
        .ok(),
        "sluice\non"
    );
    let stored = cluster.superuser_sql(&format!(
        "SELECT rolpassword FROM pg_authid WHERE rolname = '{user}'"
    ));
    assert!(stored.starts_with("SCRAM-SHA-256$4096:"), "{stored}");
    assert!(!stored.contains(&password));
    let got = app.get(&path, &ada.token).await.expect(200).body;
    assert_eq!(got["exists"], true);
    assert!(!got.to_string().contains(&password));

    // A run then loads a table there, as the destination's user: the role reads it.
    let server = sluice_testing::http::TestServer::start().await;
    server.body("/numbers", "id,value\n1,10\n2,20\n3,30\n");
    app.post(
        "/api/v1/sources",
        &ada.token,
        json!({"name": "numbers", "url": server.url("/numbers"), "format": "csv"}),
    )
    .await
    .expect(201);
    let p = create_pipeline(&app, &ada, pipeline_into("p", "numbers", "warehouse")).await;
    crate::etl::run_pipeline(&app, &p).await.unwrap();
    assert_eq!(
        psql(
            &created,
            &["SELECT string_agg(value::text, ',' ORDER BY id) FROM numbers"]
        )
        .ok(),
        "10,20,30"
    );
    // It reads nothing else there and changes nothing.
    cluster
        .psql(
            "loader",
            Some("Load-3r!pass"),
            "dw",
            &["CREATE TABLE public.private (x int)"],
        )
        .ok();
    psql(&created, &["SELECT * FROM public.private"])
        .fails_with("permission denied for table private");
    psql(&created, &["DELETE FROM numbers"]).fails_with("read-only transaction");
    psql(
        &created,
        &[
            "SET default_transaction_read_only = off",
            "DELETE FROM numbers",
        ],
    )
    .fails_with("permission denied for table numbers");

    // Rotated: the old password stops working.
    let rotated = credentials(&app, &ada, &path, 200).await;
    assert_ne!(rotated["password"], created["password"]);
    psql(&created, &["SELECT 1"]).fails_with("password authentication failed");
    assert_eq!(psql(&rotated, &["SELECT count(*) FROM numbers"]).ok(), "3");

    // Revoked: gone from the server; a second revoke finds nothing.
    app.delete(&path, &ada.token).await.expect(204);
    psql(&rotated, &["SELECT 1"]).fails_with("password authentication failed");
    assert_eq!(
        cluster.superuser_sql(&format!(
            "SELECT count(*) FROM pg_roles WHERE rolname = '{user}'"
        )),
        "0"
    );
    app.delete(&path, &ada.token)
        .await
        .expect_error(404, "warehouse_credentials_not_found");

    // A destination user that may not create roles is told what to grant, naming the user.
    let mut plain = body("plain", "127.0.0.1", cluster.port);
    plain["user"] = json!("plain");
    plain["password"] = json!("Pl4in!pass");
    let plain = create(&app, &ada, plain).await;
    let plain_path = format!(
        "{DESTINATIONS}/{}/credentials",
        plain["id"].as_str().unwrap()
    );
    let refused = app
        .send(reqwest::Method::POST, &plain_path, Some(&ada.token), None)
        .await
        .expect_error(409, "warehouse_unavailable");
    let message = refused.body["message"].as_str().unwrap();
    assert!(
        message.contains("destination `plain`") && message.contains("ALTER ROLE plain CREATEROLE"),
        "{message}"
    );

    // The server down: which destination did not answer.
    cluster.stop();
    let down = app
        .get(&path, &ada.token)
        .await
        .expect_error(502, "destination_unavailable");
    assert!(
        down.body["message"]
            .as_str()
            .unwrap()
            .contains("destination `warehouse`"),
        "{:#}",
        down.body
    );
}
