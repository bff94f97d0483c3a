//! The API's settings: the shared sections (`sluice_engine::settings`) and its own
//! (`application`, `auth`, `warehouse`). Read from the same files and `SLUICE__SECTION__KEY`
//! variables as the worker's; the worker's sections (`worker`, `notify`, `retention`) are
//! ignored here.

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use sluice_engine::{
    crypto::Encryptor,
    domain::TrustedProxies,
    settings::{
        DatabaseSettings, DestinationSettings, EncryptionSettings, Environment, ExtractSettings,
        ProcessSettings, RedisSettings, SettingsError, SettingsSource, TelemetrySettings,
        secret_weakness,
    },
};

/// Everything the API reads from its configuration.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub environment: Environment,
    pub application: ApplicationSettings,
    pub database: DatabaseSettings,
    pub redis: RedisSettings,
    pub auth: AuthSettings,
    pub encryption: EncryptionSettings,
    /// The fetch rules of source checks and previews, and the hosts webhooks may call.
    pub extract: ExtractSettings,
    /// Which tenant-owned destination databases may be reached.
    pub destinations: DestinationSettings,
    pub telemetry: TelemetrySettings,
    pub warehouse: WarehouseSettings,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicationSettings {
    pub host: String,
    pub port: u16,
    /// Public URL of the web app, used for links in notifications.
    pub base_url: String,
    /// Largest request body accepted, in bytes (413 above it).
    pub max_body_bytes: usize,
    /// Whether `POST /api/v1/auth/signup` creates new tenants.
    pub signup_enabled: bool,
    /// Addresses and networks (`10.0.0.0/8`) of the proxies in front of the API. When the peer
    /// is one of them, the client address (for throttling) is the rightmost `X-Forwarded-For`
    /// hop that is not; empty: the header is ignored. See [`TrustedProxies`].
    #[serde(default)]
    pub trusted_proxies: Vec<String>,
    /// Number of actix worker threads; 0 means one per core.
    pub workers: usize,
    /// Longest a read of a tenant's table (`data`, `series`) may run before PostgreSQL
    /// cancels it and the caller gets 422 `read_timeout`. Exports are not limited.
    pub read_timeout_ms: u64,
    /// The built web app (`npm run build` in `frontend/` writes `frontend/dist`), served at
    /// `/`; relative to the working directory. Unset, or a folder without `index.html`: the
    /// server answers the API alone.
    #[serde(default)]
    pub web_dir: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSettings {
    /// HMAC key for access tokens (HS256). At least 32 bytes in production.
    pub jwt_secret: Option<SecretString>,
    pub issuer: String,
    pub audience: String,
    pub access_token_ttl_secs: u64,
    /// Clock skew tolerated on `exp` and `nbf`; at most 60.
    pub leeway_secs: u64,
    pub login_rate_limit: RateLimitSettings,
    pub login_account_rate_limit: RateLimitSettings,
    /// Argon2id memory cost in KiB (OWASP: at least 19456).
    pub argon2_memory_kib: u32,
    pub argon2_iterations: u32,
}

/// A token bucket: `burst` attempts at once, then one more every `period_secs / burst` seconds.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateLimitSettings {
    pub burst: u32,
    pub period_secs: u64,
}

/// Read-only SQL access for BI tools: the limits of each tenant's PostgreSQL role, and where the
/// tools are told to connect.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarehouseSettings {
    /// Sessions one tenant's role may hold at once (`CONNECTION LIMIT`).
    pub connection_limit: i32,
    /// The role's `statement_timeout`, in milliseconds.
    pub statement_timeout_ms: u32,
    /// Host BI tools connect to; the host of `database.url` when unset (`localhost` if it names
    /// none, as a Unix socket's does). The service may reach the database by a name that BI
    /// tools cannot.
    pub host: Option<String>,
    /// Port BI tools connect to; the port of `database.url` (or 5432) when unset.
    pub port: Option<u16>,
    /// Database BI tools connect to; the database of `database.url` when unset.
    pub database: Option<String>,
}

/// Where BI tools connect, as far as the settings say: `warehouse.host`, `port` and `database`,
/// each defaulting to `database.url`'s. A URL may name no host (a Unix socket) or no database:
/// those are `None`, for the caller to fill in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarehouseEndpoint {
    pub host: Option<String>,
    pub port: u16,
    pub database: Option<String>,
}

impl ProcessSettings for Settings {
    fn validate(&self) -> Result<(), SettingsError> {
        let production = self.environment == Environment::Production;
        let jwt = self.auth.jwt_secret.as_ref().ok_or_else(|| {
            SettingsError::Invalid(
                "auth.jwt_secret is not set: set SLUICE__AUTH__JWT_SECRET to a random string of at least 32 bytes"
                    .into(),
            )
        })?;
        let jwt = jwt.expose_secret();
        if jwt.is_empty() {
            return Err(SettingsError::Invalid(
                "auth.jwt_secret is empty: set SLUICE__AUTH__JWT_SECRET".into(),
            ));
        }
        if production && let Some(weakness) = secret_weakness(jwt.as_bytes(), 10) {
            return Err(SettingsError::Invalid(format!(
                "auth.jwt_secret is too weak for production: {weakness}; generate one with `openssl rand -base64 48`"
            )));
        }
        self.encryption.validate(self.environment)?;
        if self.auth.leeway_secs > 60 {
            return Err(SettingsError::Invalid(format!(
                "auth.leeway_secs is {}; it must be at most 60",
                self.auth.leeway_secs
            )));
        }
        if self.auth.access_token_ttl_secs == 0 {
            return Err(SettingsError::Invalid(
                "auth.access_token_ttl_secs must be positive".into(),
            ));
        }
        for (name, limit) in [
            ("auth.login_rate_limit", self.auth.login_rate_limit),
            (
                "auth.login_account_rate_limit",
                self.auth.login_account_rate_limit,
            ),
        ] {
            if limit.burst == 0 || limit.period_secs == 0 {
                return Err(SettingsError::Invalid(format!(
                    "{name}: burst and period_secs must both be positive"
                )));
            }
        }
        if production && self.auth.argon2_memory_kib < 19_456 {
            return Err(SettingsError::Invalid(
                "auth.argon2_memory_kib must be at least 19456 in production".into(),
            ));
        }
        if self.application.max_body_bytes == 0 {
            return Err(SettingsError::Invalid(
                "application.max_body_bytes must be positive".into(),
            ));
        }
        TrustedProxies::parse(&self.application.trusted_proxies)
            .map_err(|e| SettingsError::Invalid(format!("application.trusted_proxies: {e}")))?;
        self.extract.validate()?;
        self.destinations.validate()?;
        let blank = |value: &Option<String>| value.as_ref().is_some_and(|v| v.trim().is_empty());
        if blank(&self.warehouse.host) || blank(&self.warehouse.database) {
            return Err(SettingsError::Invalid(
                "warehouse.host and warehouse.database must not be empty when set".into(),
            ));
        }
        if !(1..=10_000).contains(&self.warehouse.connection_limit) {
            return Err(SettingsError::Invalid(format!(
                "warehouse.connection_limit is {}; it must be from 1 to 10000",
                self.warehouse.connection_limit
            )));
        }
        // PostgreSQL's statement_timeout is an int of milliseconds; 0 would switch it off.
        if !(1..=i32::MAX as u32).contains(&self.warehouse.statement_timeout_ms) {
            return Err(SettingsError::Invalid(format!(
                "warehouse.statement_timeout_ms is {}; it must be from 1 to {}",
                self.warehouse.statement_timeout_ms,
                i32::MAX
            )));
        }
        Ok(())
    }
}

impl Settings {
    /// Loads the process's configuration (see [`SettingsSource::from_process_env`]).
    pub fn load() -> Result<Self, SettingsError> {
        SettingsSource::from_process_env()?.load()
    }

    /// The encryptor of secrets at rest (see [`EncryptionSettings::encryptor`]).
    pub fn encryptor(&self) -> Result<Encryptor, SettingsError> {
        self.encryption.encryptor(self.environment)
    }

    /// The decoded 32-byte encryption key.
    pub fn encryption_key(&self) -> Result<[u8; 32], SettingsError> {
        self.encryption.key(self.environment)
    }

    /// Where BI tools connect to read a tenant's tables: `warehouse.host`, `port` and
    /// `database`, each defaulting to that of `database.url` (port 5432 when it names none).
    pub fn warehouse_endpoint(&self) -> WarehouseEndpoint {
        let warehouse = &self.warehouse;
        let url = url::Url::parse(self.database.url.expose_secret()).ok();
        let url_host = url.as_ref().and_then(|u| {
            u.host_str()
                .filter(|h| !h.is_empty())
                .map(|h| h.trim_start_matches('[').trim_end_matches(']').to_owned())
        });
        let url_database = url
            .as_ref()
            .and_then(|u| percent_decode(u.path().trim_start_matches('/')))
            .filter(|d| !d.is_empty());
        WarehouseEndpoint {
            host: warehouse
                .host
                .as_ref()
                .map(|h| h.trim().to_owned())
                .or(url_host),
            port: warehouse
                .port
                .or_else(|| url.as_ref().and_then(url::Url::port))
                .unwrap_or(5432),
            database: warehouse
                .database
                .as_ref()
                .map(|d| d.trim().to_owned())
                .or(url_database),
        }
    }
}

/// `%XX` escapes decoded; `None` when the result is not UTF-8 or an escape is malformed.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use base64::{Engine as _, engine::general_purpose::STANDARD as BASE64};
    use sluice_engine::settings::workspace_config_dir;

    use super::*;

    fn source() -> SettingsSource {
        SettingsSource::new(workspace_config_dir(), Environment::Test)
            .set(
                "auth.jwt_secret",
                "a-test-secret-that-is-long-enough-0123456789",
            )
            .set("encryption.key", BASE64.encode([7u8; 32]))
    }

    fn message(result: Result<Settings, SettingsError>) -> String {
        match result {
            Ok(_) => panic!("settings were accepted"),
            Err(e) => e.to_string(),
        }
    }

    fn production(jwt: &str, key: &str) -> SettingsSource {
        SettingsSource::new(workspace_config_dir(), Environment::Production)
            .set("auth.jwt_secret", jwt)
            .set("encryption.key", key)
    }

    fn good_jwt() -> String {
        BASE64.encode(rand::random::<[u8; 48]>())
    }

    fn good_key() -> String {
        BASE64.encode(rand::random::<[u8; 32]>())
    }

    #[test]
    fn loads_the_shipped_files() {
        let settings: Settings = source().load().unwrap();
        assert_eq!(settings.environment, Environment::Test);
        assert!(settings.auth.leeway_secs <= 60);
    }

    #[test]
    fn a_missing_jwt_secret_is_named() {
        let source = SettingsSource::new(workspace_config_dir(), Environment::Test)
            .set("encryption.key", BASE64.encode([7u8; 32]));
        assert!(message(source.load()).contains("SLUICE__AUTH__JWT_SECRET"));
    }

    #[test]
    fn a_missing_encryption_key_is_named() {
        let source = SettingsSource::new(workspace_config_dir(), Environment::Test)
            .set("auth.jwt_secret", "secret");
        assert!(message(source.load()).contains("SLUICE__ENCRYPTION__KEY"));
    }

    #[test]
    fn production_refuses_weak_secrets() {
        let weak_jwt = production("changeme", &good_key());
        assert!(message(weak_jwt.load()).contains("too weak for production"));
        let weak_key = production(&good_jwt(), &BASE64.encode([0u8; 32]));
        assert!(message(weak_key.load()).contains("encryption.key is too weak"));
    }

    /// The JWT secrets shipped in the repository, read from the files themselves: whoever edits
    /// an example keeps production refusing it.
    fn shipped_placeholder_jwts() -> Vec<String> {
        let root = workspace_config_dir().parent().unwrap().to_path_buf();
        let mut found = Vec::new();
        for file in [
            "deploy/sluice.env.example",
            "deploy/k8s/overlays/example/secret.example.yaml",
        ] {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            for line in text.lines() {
                if let Some(rest) = line.trim().strip_prefix("SLUICE__AUTH__JWT_SECRET") {
                    let value = rest
                        .trim_start_matches([':', '=', ' '])
                        .trim()
                        .trim_matches('"');
                    found.push(value.to_owned());
                }
            }
        }
        assert_eq!(found.len(), 2, "{found:?}");
        found
    }

    #[test]
    fn production_refuses_the_shipped_placeholder_secrets() {
        for value in shipped_placeholder_jwts() {
            let err = message(production(&value, &good_key()).load());
            assert!(err.starts_with("auth.jwt_secret"), "{err}");
            assert!(err.contains("placeholder"), "{err}");
            assert!(!err.contains(&value), "the secret is echoed: {err}");
            assert_eq!(err.lines().count(), 1, "{err}");
        }
        // The test suites' secret is public too.
        let test_jwt = "a-test-secret-long-enough-0123456789abcdef";
        assert!(message(production(test_jwt, &good_key()).load()).contains("placeholder"));
    }

    #[test]
    fn production_refuses_low_entropy_jwt_secrets_and_says_how_to_make_one() {
        for (weak, says) in [
            ("hunter2", "7 bytes long"),
            (
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "1 distinct bytes",
            ),
            (
                "abababababcdcdcdcdcdababababcdcdcdcdcdab",
                "4 distinct bytes",
            ),
            (
                "Tr0ub4dor&3Tr0ub4dor&3Tr0ub4dor&3Tr0ub4dor&3",
                "repeats a 11-byte pattern",
            ),
            ("0123456789abcdefghijklmnopqrstuvwxyz", "runs or sequences"),
        ] {
            let err = message(production(weak, &good_key()).load());
            assert!(err.contains(says), "{weak}: {err}");
            assert!(err.contains("`openssl rand -base64 48`"), "{err}");
            assert!(!err.contains(weak), "the secret is echoed: {err}");
        }
    }

    #[test]
    fn production_accepts_generated_secrets_and_other_environments_accept_anything() {
        for _ in 0..200 {
            let _: Settings = production(&good_jwt(), &good_key()).load().unwrap();
        }
        // 32 random bytes in hex (64 characters of 16 kinds) are good too.
        let _: Settings = production(&hex::encode(rand::random::<[u8; 32]>()), &good_key())
            .load()
            .unwrap();
        let _: Settings = SettingsSource::new(workspace_config_dir(), Environment::Local)
            .set("auth.jwt_secret", "change-me")
            .set("encryption.key", BASE64.encode([0u8; 32]))
            .load()
            .unwrap();
    }

    #[test]
    fn environment_variables_override_files() {
        let vars = HashMap::from([
            ("SLUICE__APPLICATION__PORT".to_owned(), "9123".to_owned()),
            (
                "SLUICE__APPLICATION__TRUSTED_PROXIES".to_owned(),
                "10.0.0.0/8,127.0.0.1".to_owned(),
            ),
        ]);
        let settings: Settings = source().env_vars(vars).load().unwrap();
        assert_eq!(settings.application.port, 9123);
        assert_eq!(
            settings.application.trusted_proxies,
            ["10.0.0.0/8", "127.0.0.1"]
        );
    }

    #[test]
    fn unknown_keys_are_refused_and_the_workers_sections_ignored() {
        let err = message(source().set("application.prot", "1").load());
        assert!(err.contains("prot"), "{err}");
        let err = message(source().set("auth.jwt_secre", "1").load());
        assert!(err.contains("jwt_secre"), "{err}");
        // The worker's sections, even ones it would refuse, are not the API's business.
        let vars = HashMap::from([
            ("SLUICE__WORKER__CONCURRENCY".to_owned(), "0".to_owned()),
            ("SLUICE__NOTIFY__SES__SENDER".to_owned(), "x@y".to_owned()),
        ]);
        let _: Settings = source().env_vars(vars).load().unwrap();
    }

    #[test]
    fn the_warehouse_endpoint_defaults_to_the_database_url() {
        let settings: Settings = source()
            .set(
                "database.url",
                "postgres://svc:pw@db.internal:6543/sluice%20prod",
            )
            .load()
            .unwrap();
        assert_eq!(settings.warehouse.connection_limit, 5);
        assert_eq!(settings.warehouse.statement_timeout_ms, 30_000);
        assert_eq!(
            settings.warehouse_endpoint(),
            WarehouseEndpoint {
                host: Some("db.internal".into()),
                port: 6543,
                database: Some("sluice prod".into())
            }
        );
        let advertised: Settings = source()
            .set("database.url", "postgres://svc@[::1]/sluice")
            .set("warehouse.host", "bi.example.com")
            .load()
            .unwrap();
        let endpoint = advertised.warehouse_endpoint();
        assert_eq!(endpoint.host.as_deref(), Some("bi.example.com"));
        assert_eq!(endpoint.port, 5432);
        assert_eq!(endpoint.database.as_deref(), Some("sluice"));
        let ipv6: Settings = source()
            .set("database.url", "postgres://svc@[::1]:5433/sluice")
            .load()
            .unwrap();
        assert_eq!(ipv6.warehouse_endpoint().host.as_deref(), Some("::1"));
        // A Unix socket's URL names no host: the API falls back to localhost.
        let socket: Settings = source()
            .set("database.url", "postgres:///sluice?host=/run/postgresql")
            .load()
            .unwrap();
        assert_eq!(socket.warehouse_endpoint().host, None);
        assert_eq!(
            socket.warehouse_endpoint().database.as_deref(),
            Some("sluice")
        );
        // A URL without a database loads too.
        let bare: Settings = source()
            .set("database.url", "postgres://unused")
            .load()
            .unwrap();
        assert_eq!(bare.warehouse_endpoint().database, None);
    }

    #[test]
    fn warehouse_limits_are_bounded() {
        let err = message(source().set("warehouse.connection_limit", "0").load());
        assert!(err.contains("warehouse.connection_limit is 0"), "{err}");
        let err = message(source().set("warehouse.statement_timeout_ms", "0").load());
        assert!(err.contains("warehouse.statement_timeout_ms is 0"), "{err}");
        let err = message(source().set("warehouse.host", " ").load());
        assert!(err.contains("must not be empty"), "{err}");
    }

    #[test]
    fn leeway_is_capped() {
        let err = message(source().set("auth.leeway_secs", "120").load());
        assert!(err.contains("at most 60"), "{err}");
    }
}
