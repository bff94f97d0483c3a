//! Test support shared by the crates' suites, a dev-dependency only (never part of a production
//! build; `api/tests/api/crates.rs` checks it): a fresh, migrated PostgreSQL database per test,
//! cloned from a template that is built once per migration fingerprint.
//!
//! The server is `SLUICE_TEST_DATABASE_URL` (default `postgres://root@127.0.0.1:5432/postgres`);
//! the role needs `CREATEDB`.
//!
//! Test support fails loudly: `expect` is the point here.
#![allow(clippy::expect_used)]

use std::time::{SystemTime, UNIX_EPOCH};

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbErr, Statement};
use tokio::sync::OnceCell;

use sluice_engine::settings::{Environment, SettingsSource, workspace_config_dir};

/// A database created for one test and dropped (forcibly) when this is dropped.
pub struct TestDatabase {
    pub name: String,
    pub url: String,
    server_url: String,
}

/// The URL of the server that test databases are created on (an admin database on it).
pub fn server_url() -> String {
    std::env::var("SLUICE_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://root@127.0.0.1:5432/postgres".to_owned())
}

fn database_url(server: &str, name: &str) -> String {
    match server.rsplit_once('/') {
        Some((base, _)) => format!("{base}/{name}"),
        None => format!("{server}/{name}"),
    }
}

static TEMPLATE: OnceCell<String> = OnceCell::const_new();

/// Builds the template database for the current migrations, once per process (and, through an
/// advisory lock, once per server for concurrent test processes).
async fn template() -> Result<&'static String, DbErr> {
    TEMPLATE
        .get_or_try_init(|| async {
            let server = server_url();
            let name = format!("sluice_tpl_{}", migration::fingerprint());
            let admin = Database::connect(&server).await?;
            // One process builds it; others wait here, then find it.
            admin
                .execute_unprepared("SELECT pg_advisory_lock(7316110013)")
                .await?;
            let result = build_template(&admin, &server, &name).await;
            admin
                .execute_unprepared("SELECT pg_advisory_unlock(7316110013)")
                .await?;
            result?;
            drop_stale_databases(&admin).await?;
            admin.close().await?;
            Ok(name)
        })
        .await
}

async fn exists(admin: &DatabaseConnection, name: &str) -> Result<bool, DbErr> {
    let row = admin
        .query_one_raw(Statement::from_sql_and_values(
            admin.get_database_backend(),
            "SELECT 1 AS one FROM pg_database WHERE datname = $1",
            [name.into()],
        ))
        .await?;
    Ok(row.is_some())
}

async fn build_template(admin: &DatabaseConnection, server: &str, name: &str) -> Result<(), DbErr> {
    if exists(admin, name).await? {
        return Ok(());
    }
    // Build under a temporary name, then rename: a half-migrated template is never visible.
    let building = format!("{name}_building");
    admin
        .execute_unprepared(&format!(
            "DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)"
        ))
        .await?;
    admin
        .execute_unprepared(&format!("CREATE DATABASE \"{building}\""))
        .await?;
    let db = Database::connect(database_url(server, &building)).await?;
    Migrator::up(&db, None).await?;
    db.close().await?;
    admin
        .execute_unprepared(&format!(
            "ALTER DATABASE \"{building}\" RENAME TO \"{name}\""
        ))
        .await?;
    Ok(())
}

/// Drops test databases left behind by runs that crashed more than an hour ago, and templates
/// of older migrations.
async fn drop_stale_databases(admin: &DatabaseConnection) -> Result<(), DbErr> {
    let now = unix_now();
    let current = format!("sluice_tpl_{}", migration::fingerprint());
    let rows = admin
        .query_all_raw(Statement::from_string(
            admin.get_database_backend(),
            "SELECT datname FROM pg_database WHERE datname LIKE 'sluice_t%'",
        ))
        .await?;
    for row in rows {
        let Ok(name) = row.try_get::<String>("", "datname") else {
            continue;
        };
        let stale = if let Some(rest) = name.strip_prefix("sluice_test_") {
            rest.split('_')
                .next()
                .and_then(|t| t.parse::<u64>().ok())
                .is_some_and(|created| created + 3600 < now)
        } else {
            name.starts_with("sluice_tpl_") && name != current && !name.ends_with("_building")
        };
        if stale {
            let _ = admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .await;
        }
    }
    Ok(())
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl TestDatabase {
    /// A new database with every migration applied.
    pub async fn create() -> Result<Self, DbErr> {
        let template = template().await?;
        let server = server_url();
        let name = format!(
            "sluice_test_{}_{}",
            unix_now(),
            &uuid::Uuid::new_v4().simple().to_string()[..12]
        );
        let admin = Database::connect(&server).await?;
        admin
            .execute_unprepared(&format!(
                "CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""
            ))
            .await?;
        admin.close().await?;
        Ok(Self {
            url: database_url(&server, &name),
            name,
            server_url: server,
        })
    }

    /// A new migrated database on `server`, an admin URL of another server than
    /// `SLUICE_TEST_DATABASE_URL`'s (a test's private cluster). Migrated in place: the shared
    /// template lives on the default server.
    pub async fn create_on(server: &str) -> Result<Self, DbErr> {
        let name = format!(
            "sluice_test_{}_{}",
            unix_now(),
            &uuid::Uuid::new_v4().simple().to_string()[..12]
        );
        let admin = Database::connect(server).await?;
        admin
            .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
            .await?;
        admin.close().await?;
        let url = database_url(server, &name);
        let db = Database::connect(&url).await?;
        Migrator::up(&db, None).await?;
        db.close().await?;
        Ok(Self {
            url,
            name,
            server_url: server.to_owned(),
        })
    }

    pub async fn connect(&self) -> Result<DatabaseConnection, DbErr> {
        Database::connect(&self.url).await
    }

    /// A pool tuned as a process tunes its own.
    pub async fn connect_tuned(
        &self,
        tuning: sluice_engine::db::PoolTuning,
    ) -> Result<DatabaseConnection, DbErr> {
        let mut options = sea_orm::ConnectOptions::new(self.url.clone());
        options.sqlx_logging(false);
        tuning.apply(&mut options);
        Database::connect(options).await
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        // Drop runs inside the test's runtime; do the async work on a thread of its own.
        let server = self.server_url.clone();
        let name = self.name.clone();
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async {
                if let Ok(admin) = Database::connect(&server).await {
                    let _ = admin
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                        ))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

/// The encryption key of the test settings: tests open what the API sealed with it.
pub const TEST_ENCRYPTION_KEY: &[u8; 32] = b"sluice-test-encryption-key-32byt";

/// Settings for a test: the shipped `config/` files in the `test` environment, fixed secrets,
/// and the given database.
pub fn settings_source(database_url: &str) -> SettingsSource {
    use base64::{Engine as _, engine::general_purpose::STANDARD};
    SettingsSource::new(workspace_config_dir(), Environment::Test)
        .set("database.url", database_url)
        .set(
            "auth.jwt_secret",
            "test-jwt-secret-0123456789-abcdefghijklmnop",
        )
        .set("encryption.key", STANDARD.encode(TEST_ENCRYPTION_KEY))
        .set(
            "redis.url",
            std::env::var("SLUICE_TEST_REDIS_URL")
                .unwrap_or_else(|_| "redis://127.0.0.1:6379".to_owned()),
        )
}

pub mod pg_cluster;
pub mod ports;
pub mod prometheus;

/// A small HTTP/1.1 server on loopback for tests: serves bodies with ETag support, and can
/// fail, redirect, cut a body short or gzip it, counting every connection it accepts.
pub mod http {
    use std::{
        collections::{HashMap, VecDeque},
        net::SocketAddr,
        sync::{Arc, Mutex},
    };

    use tokio::{
        io::{AsyncReadExt, AsyncWriteExt},
        net::TcpListener,
    };

    #[derive(Debug, Clone)]
    pub enum Reply {
        /// 200 with the body, an ETag and a Last-Modified; 304 to a matching If-None-Match.
        Body {
            body: Vec<u8>,
            content_type: String,
        },
        Status(u16),
        /// Any status, with these headers and this body (a webhook receiver's answer).
        Answer {
            status: u16,
            headers: Vec<(&'static str, String)>,
            body: Vec<u8>,
        },
        Redirect(String),
        /// Claims `claimed` bytes but sends `body` and closes.
        Truncated {
            body: Vec<u8>,
            claimed: usize,
        },
        /// `Content-Encoding: gzip` of the body.
        Gzip(Vec<u8>),
        /// The body, after waiting `delay` before answering.
        Slow {
            body: Vec<u8>,
            delay: std::time::Duration,
        },
    }

    #[derive(Default)]
    struct Route {
        /// Replies used once each, in order, before `steady`.
        queue: VecDeque<Reply>,
        steady: Option<Reply>,
    }

    #[derive(Default)]
    struct State {
        routes: HashMap<String, Route>,
        connections: u64,
        requests: Vec<(String, HashMap<String, String>, Vec<u8>)>,
    }

    #[derive(Clone)]
    pub struct TestServer {
        pub addr: SocketAddr,
        state: Arc<Mutex<State>>,
    }

    impl TestServer {
        pub async fn start() -> Self {
            let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
            let addr = listener.local_addr().expect("addr");
            let state = Arc::new(Mutex::new(State::default()));
            let shared = state.clone();
            tokio::spawn(async move {
                while let Ok((socket, _)) = listener.accept().await {
                    shared.lock().unwrap_or_else(|p| p.into_inner()).connections += 1;
                    tokio::spawn(serve(socket, shared.clone()));
                }
            });
            Self { addr, state }
        }

        pub fn url(&self, path: &str) -> String {
            format!("http://127.0.0.1:{}{path}", self.addr.port())
        }

        fn lock(&self) -> std::sync::MutexGuard<'_, State> {
            self.state.lock().unwrap_or_else(|p| p.into_inner())
        }

        /// Serves `reply` at `path` from now on.
        pub fn set(&self, path: &str, reply: Reply) {
            let mut state = self.lock();
            let route = state.routes.entry(path.to_owned()).or_default();
            route.queue.clear();
            route.steady = Some(reply);
        }

        pub fn body(&self, path: &str, body: impl Into<Vec<u8>>) {
            self.set(
                path,
                Reply::Body {
                    body: body.into(),
                    content_type: "text/csv".into(),
                },
            );
        }

        /// Serves `replies` once each before the steady reply.
        pub fn queue(&self, path: &str, replies: Vec<Reply>) {
            let mut state = self.lock();
            state
                .routes
                .entry(path.to_owned())
                .or_default()
                .queue
                .extend(replies);
        }

        pub fn connections(&self) -> u64 {
            self.lock().connections
        }

        /// Requests received for `path`, with their lower-cased headers.
        pub fn requests(&self, path: &str) -> Vec<HashMap<String, String>> {
            self.lock()
                .requests
                .iter()
                .filter(|(p, _, _)| p == path)
                .map(|(_, h, _)| h.clone())
                .collect()
        }

        /// Requests received for `path`: headers and body.
        pub fn requests_with_bodies(&self, path: &str) -> Vec<(HashMap<String, String>, Vec<u8>)> {
            self.lock()
                .requests
                .iter()
                .filter(|(p, _, _)| p == path)
                .map(|(_, h, b)| (h.clone(), b.clone()))
                .collect()
        }
    }

    async fn serve(mut socket: tokio::net::TcpStream, state: Arc<Mutex<State>>) {
        let mut head = Vec::new();
        let mut buf = [0u8; 4096];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            match socket.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => head.extend_from_slice(&buf[..n]),
            }
            if head.len() > 64 * 1024 {
                return;
            }
        }
        let split = head
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map(|i| i + 4)
            .unwrap_or(head.len());
        let mut body = head.split_off(split);
        let text = String::from_utf8_lossy(&head).into_owned();
        let mut lines = text.split("\r\n");
        let path = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .unwrap_or("/")
            .to_owned();
        let headers: HashMap<String, String> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        let length: usize = headers
            .get("content-length")
            .and_then(|l| l.parse().ok())
            .unwrap_or(0);
        while body.len() < length {
            match socket.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => body.extend_from_slice(&buf[..n]),
            }
        }
        let reply = {
            let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
            s.requests.push((path.clone(), headers.clone(), body));
            match s.routes.get_mut(&path) {
                Some(route) => route.queue.pop_front().or_else(|| route.steady.clone()),
                None => None,
            }
        };
        let response = match reply {
            None => head_only(404, "Not Found", &[]),
            Some(Reply::Status(code)) => head_only(code, "Status", &[]),
            Some(Reply::Answer {
                status,
                headers,
                body,
            }) => {
                let mut r = head_only_len(status, "Status", &headers, body.len());
                r.extend_from_slice(&body);
                r
            }
            Some(Reply::Redirect(to)) => head_only(302, "Found", &[("Location", to)]),
            Some(Reply::Body { body, content_type }) => {
                let etag = format!("\"{}\"", &sluice_engine::crypto::sha256_hex(&body)[..16]);
                if headers.get("if-none-match") == Some(&etag) {
                    head_only(304, "Not Modified", &[("ETag", etag)])
                } else {
                    let mut r = head_only_len(
                        200,
                        "OK",
                        &[
                            ("Content-Type", content_type),
                            ("ETag", etag),
                            ("Last-Modified", "Wed, 01 Jul 2020 00:00:00 GMT".into()),
                        ],
                        body.len(),
                    );
                    r.extend_from_slice(&body);
                    r
                }
            }
            Some(Reply::Truncated { body, claimed }) => {
                let mut r =
                    head_only_len(200, "OK", &[("Content-Type", "text/csv".into())], claimed);
                r.extend_from_slice(&body);
                r
            }
            Some(Reply::Slow { body, delay }) => {
                tokio::time::sleep(delay).await;
                let mut r = head_only_len(
                    200,
                    "OK",
                    &[("Content-Type", "text/csv".into())],
                    body.len(),
                );
                r.extend_from_slice(&body);
                r
            }
            Some(Reply::Gzip(body)) => {
                let gz = gzip(&body);
                let mut r = head_only_len(
                    200,
                    "OK",
                    &[
                        ("Content-Type", "text/csv".into()),
                        ("Content-Encoding", "gzip".into()),
                    ],
                    gz.len(),
                );
                r.extend_from_slice(&gz);
                r
            }
        };
        let _ = socket.write_all(&response).await;
        let _ = socket.shutdown().await;
    }

    fn head_only(code: u16, reason: &str, headers: &[(&str, String)]) -> Vec<u8> {
        head_only_len(code, reason, headers, 0)
    }

    fn head_only_len(code: u16, reason: &str, headers: &[(&str, String)], len: usize) -> Vec<u8> {
        let mut out =
            format!("HTTP/1.1 {code} {reason}\r\nContent-Length: {len}\r\nConnection: close\r\n");
        for (k, v) in headers {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        out.push_str("\r\n");
        out.into_bytes()
    }

    /// A gzip member with stored (uncompressed) deflate blocks: valid gzip, no compressor needed.
    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
        let mut chunks = data.chunks(65_535).peekable();
        if chunks.peek().is_none() {
            out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
        }
        while let Some(chunk) = chunks.next() {
            out.push(u8::from(chunks.peek().is_none()));
            let len = chunk.len() as u16;
            out.extend_from_slice(&len.to_le_bytes());
            out.extend_from_slice(&(!len).to_le_bytes());
            out.extend_from_slice(chunk);
        }
        out.extend_from_slice(&crc32(data).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
}
