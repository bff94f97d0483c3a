//! Test support shared by the crates' suites: a fresh, migrated PostgreSQL database per test,
//! cloned from a template that is built once per migration fingerprint.
//!
//! The server is `SLUICE_TEST_DATABASE_URL` (default `postgres://root@127.0.0.1:5432/postgres`);
//! the role needs `CREATEDB`.

use std::time::{SystemTime, UNIX_EPOCH};

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbErr, Statement};
use tokio::sync::OnceCell;

use crate::settings::{Environment, SettingsSource, workspace_config_dir};

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

    pub async fn connect(&self) -> Result<DatabaseConnection, DbErr> {
        Database::connect(&self.url).await
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
        .set(
            "encryption.key",
            STANDARD.encode(*b"sluice-test-encryption-key-32byt"),
        )
        .set(
            "redis.url",
            std::env::var("SLUICE_TEST_REDIS_URL")
                .unwrap_or_else(|_| "redis://127.0.0.1:6379".to_owned()),
        )
}
