//! Tenant-owned destination databases (docs/DESTINATIONS.md): a PostgreSQL database a tenant
//! names by its connection details, where its pipelines may load instead of the built-in
//! database. What both processes need lives here: the details and their validation
//! ([`Target`]), which hosts may be reached ([`address`], the operator's `destinations.*`
//! settings), opening a connection under those rules ([`connect`]), and the check that says
//! what the destination allows ([`check`]).
//!
//! The password is sealed at rest like a source's auth header (context `destination:<id>`,
//! `crate::crypto`) and never returned by the API.

pub mod address;
pub mod check;
pub mod connect;

use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The context a destination's password is sealed with (`crate::crypto`): a sealed password
/// opens only as the password of the destination it was stored for.
pub fn sealing_context(id: uuid::Uuid) -> String {
    format!("destination:{id}")
}

/// How the connection is encrypted. There is no `prefer`: a connection that silently falls
/// back to plain text would send the password in the clear.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SslMode {
    /// No TLS (a private network the operator trusts).
    Disable,
    /// TLS, the server's certificate not verified.
    #[default]
    Require,
    /// TLS, the certificate signed by a public certificate authority.
    VerifyCa,
    /// TLS, the certificate signed by a public authority and naming the host.
    VerifyFull,
}

impl SslMode {
    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    pub fn from_db(value: &str) -> Option<Self> {
        [
            SslMode::Disable,
            SslMode::Require,
            SslMode::VerifyCa,
            SslMode::VerifyFull,
        ]
        .into_iter()
        .find(|m| m.as_str() == value)
    }

    /// Whether the certificate names the host: then the connection must be made by name.
    pub fn verifies_host(self) -> bool {
        self == SslMode::VerifyFull
    }
}

/// A destination's connection details after validation.
#[derive(Debug, Clone)]
pub struct Target {
    /// A DNS name (lower case) or an IP address, as written.
    pub host: String,
    pub port: u16,
    pub database: String,
    pub user: String,
    pub password: Option<SecretString>,
    pub sslmode: SslMode,
    /// The schema Sluice's tables go in; created on the first load when missing.
    pub schema: String,
}

/// A field that is not acceptable, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidField {
    pub field: &'static str,
    pub message: String,
}

fn invalid(field: &'static str, message: impl Into<String>) -> InvalidField {
    InvalidField {
        field,
        message: message.into(),
    }
}

/// A host as a DNS name (letters, digits and hyphens in dot-separated labels; returned in lower
/// case) or an IP address (IPv6 with or without brackets).
pub fn parse_host(raw: &str) -> Result<String, InvalidField> {
    let host = raw.trim();
    let unbracketed = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    if let Ok(ip) = unbracketed.parse::<std::net::IpAddr>() {
        return Ok(ip.to_string());
    }
    let name = host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase();
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    if name.is_empty() || name.len() > 253 || !name.split('.').all(label_ok) {
        return Err(invalid(
            "host",
            "must be a DNS name (letters, digits and hyphens in dot-separated labels) or an IP address",
        ));
    }
    Ok(name)
}

/// A database or user name: 1 to 63 bytes (PostgreSQL's limit), no control characters.
fn parse_pg_name(field: &'static str, raw: &str) -> Result<String, InvalidField> {
    if raw.is_empty() || raw.len() > 63 || raw.chars().any(char::is_control) {
        return Err(invalid(
            field,
            "must be 1 to 63 bytes without control characters",
        ));
    }
    Ok(raw.to_owned())
}

/// The schema: a lower-case identifier Sluice never has to quote oddly, and none of
/// PostgreSQL's own.
pub fn parse_schema(raw: &str) -> Result<String, InvalidField> {
    let ok = !raw.is_empty()
        && raw.len() <= 63
        && raw.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !ok {
        return Err(invalid(
            "schema",
            "must be 1 to 63 lower-case letters, digits or underscores, not starting with a digit",
        ));
    }
    if raw.starts_with("pg_") || raw == "information_schema" {
        return Err(invalid(
            "schema",
            format!("`{raw}` is PostgreSQL's own; choose another schema"),
        ));
    }
    Ok(raw.to_owned())
}

impl Target {
    /// A stored destination as connection details, its password opened; why not when the
    /// stored row cannot be read back (a password sealed under another key, a port or mode
    /// the table's checks should have refused).
    pub fn of_row(
        row: &crate::db::entity::destination::Model,
        encryptor: &crate::crypto::Encryptor,
    ) -> Result<Self, String> {
        let password = row
            .password
            .as_ref()
            .map(|sealed| encryptor.open_string(sealed, &sealing_context(row.id)))
            .transpose()
            .map_err(|e| format!("the stored password of destination `{}`: {e}", row.name))?
            .map(SecretString::from);
        Ok(Self {
            host: row.host.clone(),
            port: u16::try_from(row.port)
                .map_err(|_| format!("destination `{}` has port {}", row.name, row.port))?,
            database: row.database.clone(),
            user: row.username.clone(),
            password,
            sslmode: SslMode::from_db(&row.sslmode).ok_or_else(|| {
                format!("destination `{}` has sslmode `{}`", row.name, row.sslmode)
            })?,
            schema: row.schema_name.clone(),
        })
    }

    /// Validates every field; all problems are returned, each with its field.
    pub fn parse(
        host: &str,
        port: u32,
        database: &str,
        user: &str,
        password: Option<SecretString>,
        sslmode: SslMode,
        schema: &str,
    ) -> Result<Self, Vec<InvalidField>> {
        use secrecy::ExposeSecret;
        let mut errors = Vec::new();
        let host = parse_host(host).map_err(|e| errors.push(e)).ok();
        let port = match u16::try_from(port) {
            Ok(p) if p > 0 => Some(p),
            _ => {
                errors.push(invalid("port", "must be between 1 and 65535"));
                None
            }
        };
        let database = parse_pg_name("database", database)
            .map_err(|e| errors.push(e))
            .ok();
        let user = parse_pg_name("user", user).map_err(|e| errors.push(e)).ok();
        let schema = parse_schema(schema).map_err(|e| errors.push(e)).ok();
        if let Some(p) = &password {
            let p = p.expose_secret();
            if p.is_empty() || p.len() > 1024 || p.contains('\0') {
                errors.push(invalid(
                    "password",
                    "must be 1 to 1024 bytes without NUL characters",
                ));
            }
        }
        match (host, port, database, user, schema) {
            (Some(host), Some(port), Some(database), Some(user), Some(schema))
                if errors.is_empty() =>
            {
                Ok(Self {
                    host,
                    port,
                    database,
                    user,
                    password,
                    sslmode,
                    schema,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(host: &str, port: u32, schema: &str) -> Result<Target, Vec<InvalidField>> {
        Target::parse(
            host,
            port,
            "warehouse",
            "loader",
            Some(SecretString::from("pw")),
            SslMode::Require,
            schema,
        )
    }

    #[test]
    fn hosts_are_names_or_addresses() {
        assert_eq!(parse_host("DB.Example.COM.").unwrap(), "db.example.com");
        assert_eq!(parse_host("[::1]").unwrap(), "::1");
        assert_eq!(parse_host("10.0.0.5").unwrap(), "10.0.0.5");
        for bad in [
            "",
            "db_1.example.com",
            "-db.example.com",
            "db..example.com",
            "a b",
            "db:5432",
        ] {
            assert_eq!(parse_host(bad).unwrap_err().field, "host", "{bad}");
        }
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let errors = Target::parse(
            "bad host",
            70000,
            "",
            "loader",
            Some(SecretString::from("")),
            SslMode::Require,
            "pg_catalog",
        )
        .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["host", "port", "database", "schema", "password"]);
        assert!(
            errors[3].message.contains("PostgreSQL's own"),
            "{:?}",
            errors[3]
        );
    }

    #[test]
    fn schemas_are_plain_lower_case_identifiers() {
        assert!(target("db.example.com", 5432, "analytics_2").is_ok());
        for bad in [
            "Analytics",
            "2x",
            "a-b",
            "",
            "information_schema",
            "pg_temp",
        ] {
            assert!(target("db.example.com", 5432, bad).is_err(), "{bad}");
        }
        assert!(target("db.example.com", 0, "a").is_err());
    }

    #[test]
    fn ssl_modes_round_trip_their_stored_names() {
        for mode in [
            SslMode::Disable,
            SslMode::Require,
            SslMode::VerifyCa,
            SslMode::VerifyFull,
        ] {
            assert_eq!(SslMode::from_db(mode.as_str()), Some(mode));
        }
        assert_eq!(SslMode::from_db("prefer"), None);
    }
}
