//! Opening a connection to a destination under the host rules ([`super::address`]). A host name
//! is resolved and every address checked; the connection then goes to a checked address, so a
//! name that resolves differently a moment later (DNS rebinding) cannot lead elsewhere. With
//! `sslmode: verify-full` the certificate must name the host, so the connection is made by name
//! after the check: the name is resolved again by the driver, a window documented in
//! docs/DESTINATIONS.md.

use std::{net::SocketAddr, time::Duration};

use sea_orm::sqlx::{
    self, ConnectOptions, Connection, PgConnection, PgPool,
    postgres::{PgConnectOptions, PgPoolOptions, PgSslMode},
};
use secrecy::ExposeSecret;

use super::{
    SslMode, Target,
    address::{HostRules, Unresolved},
};

/// Why a destination could not be reached or used, in words a tenant can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DestinationError {
    /// The host is not allowed by the server's rules.
    #[error("{0}")]
    Refused(String),
    /// No answer, a refused connection, or a name that does not resolve.
    #[error("{0}")]
    Unreachable(String),
    /// The server refused the login (password, pg_hba.conf).
    #[error("{0}")]
    LoginRefused(String),
    /// The database does not exist.
    #[error("{0}")]
    DatabaseMissing(String),
    /// TLS could not be set up as `sslmode` asks.
    #[error("{0}")]
    Tls(String),
    /// The user lacks a privilege Sluice needs.
    #[error("{0}")]
    NotPermitted(String),
    /// Anything else the server said.
    #[error("{0}")]
    Failed(String),
}

impl DestinationError {
    /// A stable name for the kind of failure (the API's `CheckStep::code`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Refused(_) => "destination_refused",
            Self::Unreachable(_) => "destination_unreachable",
            Self::LoginRefused(_) => "login_refused",
            Self::DatabaseMissing(_) => "database_missing",
            Self::Tls(_) => "tls_failed",
            Self::NotPermitted(_) => "not_permitted",
            Self::Failed(_) => "destination_failed",
        }
    }

    /// Whether trying again later may succeed (the server down, a network fault).
    pub fn is_recoverable(&self) -> bool {
        matches!(self, Self::Unreachable(_))
    }

    /// A driver error met on `target`, worded for the tenant.
    pub fn from_sqlx(target: &Target, error: &sqlx::Error) -> Self {
        match error {
            sqlx::Error::Database(db) => {
                let message = db.message();
                match db.code().as_deref() {
                    Some("28P01") => Self::LoginRefused(format!(
                        "the server refused the password of user `{}`",
                        target.user
                    )),
                    Some(code) if code.starts_with("28") => Self::LoginRefused(format!(
                        "the server refused the login of user `{}`: {message}",
                        target.user
                    )),
                    Some("3D000") => Self::DatabaseMissing(format!(
                        "database `{}` does not exist on {}:{}",
                        target.database, target.host, target.port
                    )),
                    Some("42501") => Self::NotPermitted(format!(
                        "user `{}` lacks a privilege: {message}",
                        target.user
                    )),
                    Some("53300") => Self::Unreachable(format!(
                        "the server has no connection slot left: {message}"
                    )),
                    Some("57P03") => Self::Unreachable(format!(
                        "the server is not accepting connections: {message}"
                    )),
                    _ => Self::Failed(message.to_owned()),
                }
            }
            sqlx::Error::Tls(e) => Self::Tls(format!(
                "TLS with sslmode {} failed: {e}",
                target.sslmode.as_str()
            )),
            sqlx::Error::Io(e) => Self::Unreachable(format!(
                "could not reach {}:{}: {e}",
                target.host, target.port
            )),
            sqlx::Error::Protocol(m) if m.contains("SSL") || m.contains("TLS") => {
                Self::Tls(format!("TLS with sslmode {}: {m}", target.sslmode.as_str()))
            }
            other => Self::Failed(other.to_string()),
        }
    }
}

/// A connection to `target`, and the address it went to.
pub struct Connected {
    pub connection: PgConnection,
    pub address: SocketAddr,
}

/// Connects to `target` as its user, each address of the host tried in turn (the first that
/// answers wins), each attempt bounded by `timeout`.
pub async fn connect(
    target: &Target,
    rules: &HostRules,
    timeout: Duration,
) -> Result<Connected, DestinationError> {
    let addrs = rules
        .resolve(&target.host, target.port)
        .await
        .map_err(|e| match e {
            Unresolved::Refused(m) => DestinationError::Refused(m),
            Unresolved::NotFound(m) => DestinationError::Unreachable(m),
        })?;
    let mut last = None;
    for address in addrs {
        let host = if target.sslmode.verifies_host() {
            target.host.clone()
        } else {
            address.ip().to_string()
        };
        let options = options(target, &host);
        match tokio::time::timeout(timeout, options.connect()).await {
            Ok(Ok(connection)) => {
                return Ok(Connected {
                    connection,
                    address,
                });
            }
            Ok(Err(e)) => {
                let error = DestinationError::from_sqlx(target, &e);
                // A login or TLS answer comes from the server itself: another address of the same
                // host would say the same.
                if !error.is_recoverable() {
                    return Err(error);
                }
                last = Some(error);
            }
            Err(_) => {
                last = Some(DestinationError::Unreachable(format!(
                    "no answer from {}:{} ({address}) within {} s",
                    target.host,
                    target.port,
                    timeout.as_secs()
                )));
            }
        }
    }
    Err(last.unwrap_or_else(|| {
        DestinationError::Unreachable(format!("`{}` has no address", target.host))
    }))
}

/// A pool of up to `connections` connections to `target`, under the same rules as
/// [`connect`]: the host resolved and checked once, the first address that answers kept, so a
/// name that resolves elsewhere later cannot move the pool's connections there. A run uses
/// one for its transaction and one to read the table beside it. With `reads`, the pool only
/// reads: every transaction read-only, every statement bounded by that time (the API's reads
/// of a destination's tables).
pub async fn pool(
    target: &Target,
    rules: &HostRules,
    timeout: Duration,
    connections: u32,
    reads: Option<Duration>,
) -> Result<PgPool, DestinationError> {
    let probe = connect(target, rules, timeout).await?;
    let host = if target.sslmode.verifies_host() {
        target.host.clone()
    } else {
        probe.address.ip().to_string()
    };
    let mut options = options(target, &host);
    if let Some(limit) = reads {
        options = options.options([
            ("default_transaction_read_only", "on".to_owned()),
            ("statement_timeout", limit.as_millis().to_string()),
        ]);
    }
    let pool = PgPoolOptions::new()
        .max_connections(connections)
        .min_connections(0)
        .acquire_timeout(timeout)
        .connect_lazy_with(options);
    // The probe only proved that the address answers; the pool opens its own connections.
    close(probe.connection).await;
    Ok(pool)
}

fn options(target: &Target, host: &str) -> PgConnectOptions {
    let mut options = PgConnectOptions::new_without_pgpass()
        .host(host)
        .port(target.port)
        .username(&target.user)
        .database(&target.database)
        .application_name("sluice")
        .ssl_mode(match target.sslmode {
            SslMode::Disable => PgSslMode::Disable,
            SslMode::Require => PgSslMode::Require,
            SslMode::VerifyCa => PgSslMode::VerifyCa,
            SslMode::VerifyFull => PgSslMode::VerifyFull,
        });
    if let Some(password) = &target.password {
        options = options.password(password.expose_secret());
    }
    options
}

/// Closes `connection` without waiting long for a server that stopped answering.
pub async fn close(connection: PgConnection) {
    let _ = tokio::time::timeout(Duration::from_secs(2), connection.close()).await;
}
