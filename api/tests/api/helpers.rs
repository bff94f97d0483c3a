use reqwest::{Method, StatusCode, header::HeaderMap};
use sea_orm::DatabaseConnection;
use serde_json::{Value, json};
use sluice_api::settings::Settings;
use sluice_api::startup::Application;
use sluice_engine::settings::SettingsSource;
use sluice_testing::TestDatabase;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    database_url: String,
    // Dropped last: the database goes away with the app (a second instance holds none).
    _database: Option<TestDatabase>,
}

/// A response, with the body parsed as JSON (`Null` when empty).
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Reply {
    /// Asserts the status, and for errors the stable `code`, showing the body when they differ.
    pub fn expect(self, status: u16) -> Self {
        assert_eq!(self.status.as_u16(), status, "unexpected reply: {self:#?}");
        self
    }

    pub fn expect_error(self, status: u16, code: &str) -> Self {
        let reply = self.expect(status);
        assert_eq!(
            reply.body["code"], code,
            "unexpected error body: {:#?}",
            reply.body
        );
        assert!(
            reply.body["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
        reply
    }
}

/// A signed-in user.
#[derive(Debug, Clone)]
pub struct Session {
    pub token: String,
    pub tenant_id: String,
    pub user_id: String,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|s| s).await
}

pub async fn spawn_app_with(configure: impl FnOnce(SettingsSource) -> SettingsSource) -> TestApp {
    let database = TestDatabase::create().await.expect("test database");
    spawn_app_in(database, configure).await
}

/// An app on a database of its own on `server`, an admin URL of another PostgreSQL server than
/// `SLUICE_TEST_DATABASE_URL`'s (a test's private cluster); other tests are not affected.
pub async fn spawn_app_on(
    server: &str,
    configure: impl FnOnce(SettingsSource) -> SettingsSource,
) -> TestApp {
    let database = TestDatabase::create_on(server)
        .await
        .expect("test database");
    spawn_app_in(database, configure).await
}

async fn spawn_app_in(
    database: TestDatabase,
    configure: impl FnOnce(SettingsSource) -> SettingsSource,
) -> TestApp {
    sluice_engine::telemetry::init_for_tests();
    let settings = configure(sluice_testing::settings_source(&database.url))
        .load()
        .expect("test settings");
    let db = database
        .connect_tuned(sluice_api::startup::pool_tuning(&settings))
        .await
        .expect("connect");
    let mut app = start(&database.url, settings, db);
    app._database = Some(database);
    app
}

fn start(url: &str, settings: Settings, db: DatabaseConnection) -> TestApp {
    let app = Application::build(settings, db.clone()).expect("build app");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()
        .expect("client");
    TestApp {
        address,
        client,
        db,
        database_url: url.to_owned(),
        _database: None,
    }
}

impl TestApp {
    pub fn database_url(&self) -> String {
        self.database_url.clone()
    }

    /// Another API process on this app's database (same settings, a pool of its own), as a
    /// second replica behind a load balancer would be. Keep `self` alive while it is used.
    pub async fn another_instance(&self) -> TestApp {
        let settings: Settings = sluice_testing::settings_source(&self.database_url)
            .load()
            .expect("test settings");
        let db = sluice_engine::db::connect_tuned(
            &settings.database,
            sluice_engine::db::Migrations::Require,
            sluice_api::startup::pool_tuning(&settings),
        )
        .await
        .expect("connect");
        start(&self.database_url, settings, db)
    }

    pub async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Reply {
        let mut request = self
            .client
            .request(method.clone(), format!("{}{path}", self.address));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request failed");
        Self::reply(&method, response).await
    }

    /// Reads the response to a `method` request, after checking it against the OpenAPI
    /// document (`contract`).
    pub async fn reply(method: &Method, response: reqwest::Response) -> Reply {
        let path = response.url().path().to_owned();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await.expect("body");
        let body = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
        };
        let content_type = headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        if let Err(broken) =
            crate::contract::check(method, &path, status.as_u16(), content_type, &body)
        {
            panic!("the reply breaks the OpenAPI document: {broken}");
        }
        Reply {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str, token: &str) -> Reply {
        self.send(Method::GET, path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Reply {
        self.send(Method::POST, path, Some(token), Some(body)).await
    }

    pub async fn put(&self, path: &str, token: &str, body: Value) -> Reply {
        self.send(Method::PUT, path, Some(token), Some(body)).await
    }

    pub async fn patch(&self, path: &str, token: &str, body: Value) -> Reply {
        self.send(Method::PATCH, path, Some(token), Some(body))
            .await
    }

    pub async fn delete(&self, path: &str, token: &str) -> Reply {
        self.send(Method::DELETE, path, Some(token), None).await
    }

    /// Signs up a new tenant with an admin `email`.
    pub async fn signup(&self, tenant: &str, email: &str) -> Session {
        let reply = self
            .send(
                Method::POST,
                "/api/v1/auth/signup",
                None,
                Some(json!({"tenant_name": tenant, "email": email, "password": PASSWORD})),
            )
            .await
            .expect(201);
        Session {
            token: reply.body["access_token"]
                .as_str()
                .expect("token")
                .to_owned(),
            tenant_id: reply.body["tenant"]["id"]
                .as_str()
                .expect("tenant")
                .to_owned(),
            user_id: reply.body["user"]["id"].as_str().expect("user").to_owned(),
        }
    }

    pub async fn login(&self, email: &str, password: &str) -> Reply {
        self.send(
            Method::POST,
            "/api/v1/auth/login",
            None,
            Some(json!({"email": email, "password": password})),
        )
        .await
    }

    /// Adds a user with `role` to the admin's tenant and signs them in.
    pub async fn add_user(&self, admin: &Session, email: &str, role: &str) -> Session {
        let created = self
            .post(
                "/api/v1/users",
                &admin.token,
                json!({"email": email, "password": PASSWORD, "role": role}),
            )
            .await
            .expect(201);
        let login = self.login(email, PASSWORD).await.expect(200);
        Session {
            token: login.body["access_token"]
                .as_str()
                .expect("token")
                .to_owned(),
            tenant_id: admin.tenant_id.clone(),
            user_id: created.body["id"].as_str().expect("id").to_owned(),
        }
    }

    pub async fn create_source(&self, session: &Session, name: &str) -> Value {
        self.post("/api/v1/sources", &session.token, source_body(name))
            .await
            .expect(201)
            .body
    }

    /// Registers the reference pipeline's two sources and creates the pipeline.
    pub async fn create_reference_pipeline(&self, session: &Session) -> Value {
        self.create_source(session, "nyt-us").await;
        self.create_source(session, "jhu-recovered-global").await;
        self.post("/api/v1/pipelines", &session.token, reference_pipeline())
            .await
            .expect(201)
            .body
    }

    /// Starts a run of `pipeline` (202 expected) with `body`; its id.
    pub async fn trigger_run(&self, token: &str, pipeline: &str, body: Value) -> String {
        self.post(&format!("/api/v1/pipelines/{pipeline}/runs"), token, body)
            .await
            .expect(202)
            .body["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

pub const PASSWORD: &str = "correct horse battery staple";

pub fn source_body(name: &str) -> Value {
    json!({"name": name, "url": format!("https://data.example.com/{name}.csv"), "format": "csv"})
}

/// The shipped example of the reference pipeline.
pub fn reference_pipeline() -> Value {
    let text = include_str!("../../../examples/us-covid/pipeline.json");
    serde_json::from_str(text).expect("example pipeline is JSON")
}

/// A minimal valid pipeline reading source `source` into `table`.
pub fn simple_pipeline(name: &str, source: &str, table: &str) -> Value {
    json!({
        "name": name,
        "spec": {
            "sources": {"raw": source},
            "transform": [{"op": "select", "frame": "raw", "columns": ["id", "value"]}],
            "output": "raw",
            "destination": {"table": table, "primary_key": ["id"]}
        }
    })
}

/// A loopback port that refuses connections for as long as the reservation lives: bound, never
/// listening, so no other process can take it meanwhile (a port bound and released could be).
pub fn refusing_port() -> (sluice_testing::ports::ReservedPort, u16) {
    let reserved = sluice_testing::ports::ReservedPort::new();
    let port = reserved.port();
    (reserved, port)
}
