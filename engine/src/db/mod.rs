//! Control-plane database: connection, the start-up checks, entities.

pub mod entity;

use std::time::Duration;

use migration::{Migrator, MigratorTrait};

/// The channel on which the control plane's triggers announce changes (the API's caches listen).
pub use migration::CHANGES_CHANNEL;
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use secrecy::ExposeSecret;

use crate::settings::DatabaseSettings;

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("database {target} is unreachable: {cause}")]
    Unreachable { target: String, cause: String },
    #[error(
        "database {target} is not migrated ({pending} pending migration(s), first {first}): run with --migrate, or `migration up`"
    )]
    Unmigrated {
        target: String,
        pending: usize,
        first: String,
    },
    #[error("migrating database {target} failed: {cause}")]
    Migration { target: String, cause: String },
}

/// What to do about migrations at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Migrations {
    /// Refuse to start when any migration is pending.
    Require,
    /// Apply pending migrations first.
    Apply,
}

/// What a process asks of its pool beyond the database settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct PoolTuning {
    /// PostgreSQL's `statement_timeout` for every statement on the pool's connections, set
    /// when they connect (no round trip per statement). None: the server's default.
    pub statement_timeout: Option<Duration>,
    /// Ping a pooled connection before handing it out only when it has been idle this long.
    /// None: ping every time (one more round trip per acquisition, and a connection the
    /// server dropped is never handed out).
    pub ping_idle_after: Option<Duration>,
}

impl PoolTuning {
    pub fn apply(&self, options: &mut ConnectOptions) {
        if let Some(timeout) = self.statement_timeout {
            options.statement_timeout(timeout);
        }
        if let Some(idle) = self.ping_idle_after {
            options.test_before_acquire_if_idle_for(idle);
        }
    }
}

/// Connects, then checks (or applies) migrations. Errors are one line that names the database
/// (without its password) and what to do.
pub async fn connect(
    settings: &DatabaseSettings,
    migrations: Migrations,
) -> Result<DatabaseConnection, StartupError> {
    connect_tuned(settings, migrations, PoolTuning::default()).await
}

/// [`connect`], with the pool tuned.
pub async fn connect_tuned(
    settings: &DatabaseSettings,
    migrations: Migrations,
    tuning: PoolTuning,
) -> Result<DatabaseConnection, StartupError> {
    let url = settings.url.expose_secret();
    let target = redacted_target(url);
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(settings.max_connections)
        .min_connections(settings.min_connections)
        .connect_timeout(Duration::from_secs(settings.connect_timeout_secs))
        .acquire_timeout(Duration::from_secs(settings.acquire_timeout_secs))
        .sqlx_logging(false);
    tuning.apply(&mut options);
    let db = Database::connect(options)
        .await
        .map_err(|e| StartupError::Unreachable {
            target: target.clone(),
            cause: first_line(&e.to_string()),
        })?;
    match migrations {
        Migrations::Apply => {
            Migrator::up(&db, None)
                .await
                .map_err(|e| StartupError::Migration {
                    target: target.clone(),
                    cause: e.to_string(),
                })?
        }
        Migrations::Require => {
            let pending = Migrator::get_pending_migrations(&db).await.map_err(|e| {
                StartupError::Unreachable {
                    target: target.clone(),
                    cause: first_line(&e.to_string()),
                }
            })?;
            if let Some(first) = pending.first() {
                return Err(StartupError::Unmigrated {
                    target,
                    pending: pending.len(),
                    first: first.name().to_owned(),
                });
            }
        }
    }
    Ok(db)
}

/// Whether `e` says PostgreSQL could not be reached or went away — the connection, the pool, a
/// server shutting down, crashing or starting up — rather than refusing the statement: the
/// same statement may succeed later.
/// Readiness: PostgreSQL answers `SELECT 1` within `timeout`, or why not (both binaries'
/// `/readyz`).
pub async fn ping(pool: &sea_orm::sqlx::PgPool, timeout: Duration) -> Result<(), String> {
    let ping = sea_orm::sqlx::query("SELECT 1").execute(pool);
    match tokio::time::timeout(timeout, ping).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("no answer within {timeout:?}")),
    }
}

pub fn is_unavailable(e: &sea_orm::sqlx::Error) -> bool {
    use sea_orm::sqlx::Error;
    match e {
        Error::Io(_) | Error::Tls(_) | Error::Protocol(_) | Error::PoolTimedOut => true,
        Error::WorkerCrashed => true,
        // Class 08: connection exception; 57P01-03: admin shutdown, crash shutdown, cannot
        // connect now; 53300: too many connections.
        Error::Database(d) => d.code().is_some_and(|code| {
            code.starts_with("08") || matches!(&*code, "57P01" | "57P02" | "57P03" | "53300")
        }),
        _ => false,
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_owned()
}

/// `host:port/database` of a connection URL, never its credentials.
pub fn redacted_target(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) => format!(
            "{}:{}{}",
            u.host_str().unwrap_or("localhost"),
            u.port().unwrap_or(5432),
            u.path()
        ),
        Err(_) => "(unparsable database URL)".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_never_shows_the_password() {
        let t = redacted_target("postgres://user:hunter2@db.example:6543/sluice");
        assert_eq!(t, "db.example:6543/sluice");
    }
}
