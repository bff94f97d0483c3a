//! One `Settings` for the API and the worker.
//!
//! Layers, later ones win: `config/base.yaml`, `config/{environment}.yaml`, then environment
//! variables `SLUICE__SECTION__KEY` (for example `SLUICE__DATABASE__URL`). The environment is
//! chosen by `SLUICE_ENVIRONMENT` (`local` when unset). Secrets are `secrecy` types so they never
//! end up in a log line, and `Settings::load` refuses a configuration that is missing one.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
};

use base64::{Engine as _, engine::general_purpose::STANDARD as BASE64};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use crate::{crypto::Encryptor, domain::TrustedProxies};

/// Everything the API and the worker read from their configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub environment: Environment,
    pub application: ApplicationSettings,
    pub database: DatabaseSettings,
    pub redis: RedisSettings,
    pub auth: AuthSettings,
    pub encryption: EncryptionSettings,
    pub extract: ExtractSettings,
    pub worker: WorkerSettings,
    pub notify: NotifySettings,
    pub telemetry: TelemetrySettings,
    pub warehouse: WarehouseSettings,
    pub retention: RetentionSettings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    Local,
    Test,
    Production,
}

impl Environment {
    pub fn as_str(self) -> &'static str {
        match self {
            Environment::Local => "local",
            Environment::Test => "test",
            Environment::Production => "production",
        }
    }
}

impl std::str::FromStr for Environment {
    type Err = SettingsError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "local" => Ok(Environment::Local),
            "test" => Ok(Environment::Test),
            "production" => Ok(Environment::Production),
            other => Err(SettingsError::Invalid(format!(
                "SLUICE_ENVIRONMENT is `{other}`; use `local`, `test` or `production`"
            ))),
        }
    }
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
pub struct DatabaseSettings {
    pub url: SecretString,
    pub max_connections: u32,
    pub min_connections: u32,
    pub connect_timeout_secs: u64,
    pub acquire_timeout_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedisSettings {
    pub url: SecretString,
    /// Prefix of every queue name, so several deployments (or tests) can share one Redis.
    pub namespace: String,
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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EncryptionSettings {
    /// 32 bytes, base64: the key that encrypts source credentials and webhook secrets at rest.
    pub key: Option<SecretString>,
    /// The key being rotated out, 32 bytes in base64: still opens what it sealed, and
    /// `sluice-worker reseal` re-encrypts that under `key`. Unset once the rotation is done.
    #[serde(default)]
    pub previous_key: Option<SecretString>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtractSettings {
    /// Hosts (names or IP addresses) that may be fetched even though they are not public.
    pub allow_hosts: Vec<String>,
    /// Directory under which `file://` sources may be read; `None` turns local files off.
    pub local_dir: Option<PathBuf>,
    /// Where downloads are written: each process makes and owns a folder inside it and, on
    /// start, removes the folders of processes that are gone. Default: `<temp dir>/sluice-downloads`.
    #[serde(default)]
    pub download_dir: Option<PathBuf>,
    /// Bytes the downloads of one process may hold at once, whatever their number; a download
    /// that would pass it fails as recoverable and its run is retried.
    pub download_budget_bytes: u64,
    pub max_bytes: u64,
    pub connect_timeout_secs: u64,
    pub timeout_secs: u64,
    pub max_redirects: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkerSettings {
    /// Runs one worker process executes at a time.
    pub concurrency: usize,
    pub heartbeat_secs: u64,
    /// A running run whose heartbeat is older than this is presumed dead.
    pub stale_after_secs: u64,
    pub max_attempts: i32,
    pub retry_backoff_secs: u64,
    pub reconcile_every_secs: u64,
    pub schedule_every_secs: u64,
    /// Runs of one tenant executing at the same time, across all workers.
    pub tenant_max_concurrent_runs: i64,
    pub shutdown_grace_secs: u64,
    /// Rows per batch when a pipeline is processed in batches.
    pub batch_rows: usize,
    /// How often an idle worker asks Redis for runs (apalis wakes only on its heartbeat).
    pub queue_poll_ms: u64,
    /// Where the worker serves `/metrics`, `/healthz` and `/readyz`; port 0 serves nothing.
    pub http_host: String,
    pub http_port: u16,
}

/// How long finished work is kept (docs/OPERATIONS.md, "Retention"). The reconciler's leader
/// deletes what is older, in batches; 0 keeps it forever.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionSettings {
    /// Finished runs (with their deliveries), except those a pipeline still needs.
    pub runs_days: u32,
    /// Delivered and failed deliveries; pending ones are kept.
    pub deliveries_days: u32,
    /// Resolved and discarded failed records; open ones are kept.
    pub failed_records_days: u32,
    /// Rows one DELETE removes; a pass repeats it until nothing old is left.
    pub batch_rows: u32,
    /// Time between two passes.
    pub every_secs: u64,
}

/// How notifications are sent.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotifySettings {
    pub ses: SesSettings,
    /// Attempts per delivery before it is given up.
    pub max_attempts: i32,
    /// First retry delay; it doubles on every attempt.
    pub backoff_secs: u64,
    /// Timeout of one webhook call or one SES request.
    pub timeout_secs: u64,
    /// A delivery `sending` for longer than this (its worker died) is sent again.
    pub stale_after_secs: u64,
}

/// Amazon SES v2. `endpoint` points at another SES-compatible endpoint (a local emulator).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SesSettings {
    pub region: String,
    pub endpoint: Option<String>,
    pub access_key_id: Option<SecretString>,
    pub secret_access_key: Option<SecretString>,
    /// The verified sender address.
    pub sender: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TelemetrySettings {
    /// `pretty` or `json`.
    pub log_format: LogFormat,
    /// `RUST_LOG`-style filter used when `RUST_LOG` is unset.
    pub log_filter: String,
    pub service_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
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

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read configuration: {0}")]
    Load(#[from] config::ConfigError),
    #[error("{0}")]
    Invalid(String),
}

/// Where the configuration files are and which overrides apply on top of them.
pub struct SettingsSource {
    dir: PathBuf,
    environment: Environment,
    env_vars: Option<HashMap<String, String>>,
    overrides: Vec<(String, config::Value)>,
}

impl SettingsSource {
    /// The process's own configuration: `SLUICE_CONFIG_DIR` (default `./config`),
    /// `SLUICE_ENVIRONMENT` (default `local`) and the process environment.
    pub fn from_process_env() -> Result<Self, SettingsError> {
        let dir = std::env::var_os("SLUICE_CONFIG_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("config"));
        let environment = match std::env::var("SLUICE_ENVIRONMENT") {
            Ok(value) => value.parse()?,
            Err(_) => Environment::Local,
        };
        Ok(Self {
            dir,
            environment,
            env_vars: None,
            overrides: Vec::new(),
        })
    }

    /// A configuration isolated from the process environment (tests build theirs with this).
    pub fn new(dir: impl AsRef<Path>, environment: Environment) -> Self {
        Self {
            dir: dir.as_ref().to_path_buf(),
            environment,
            env_vars: Some(HashMap::new()),
            overrides: Vec::new(),
        }
    }

    /// Sets `key` (dotted, as in `auth.jwt_secret`) regardless of files and environment.
    pub fn set(mut self, key: &str, value: impl Into<String>) -> Self {
        self.overrides
            .push((key.to_owned(), config::Value::from(value.into())));
        self
    }

    /// Sets a list-valued `key` (such as `extract.allow_hosts`).
    pub fn set_list(mut self, key: &str, values: &[&str]) -> Self {
        let list: Vec<String> = values.iter().map(|v| (*v).to_owned()).collect();
        self.overrides
            .push((key.to_owned(), config::Value::from(list)));
        self
    }

    /// Environment variables to read instead of the process's (`SLUICE__SECTION__KEY`).
    pub fn env_vars(mut self, vars: HashMap<String, String>) -> Self {
        self.env_vars = Some(vars);
        self
    }

    pub fn load(self) -> Result<Settings, SettingsError> {
        let base = self.dir.join("base.yaml");
        if !base.is_file() {
            return Err(SettingsError::Invalid(format!(
                "configuration file {} not found (set SLUICE_CONFIG_DIR to the folder holding base.yaml)",
                base.display()
            )));
        }
        let env_file = self.dir.join(format!("{}.yaml", self.environment.as_str()));
        let mut builder = config::Config::builder()
            .add_source(config::File::from(base))
            .add_source(config::File::from(env_file).required(false))
            .add_source(
                config::Environment::with_prefix("SLUICE")
                    .prefix_separator("__")
                    .separator("__")
                    .try_parsing(true)
                    .list_separator(",")
                    .with_list_parse_key("extract.allow_hosts")
                    .with_list_parse_key("application.trusted_proxies")
                    .source(self.env_vars),
            )
            .set_override("environment", self.environment.as_str())?;
        for (key, value) in self.overrides {
            builder = builder.set_override(key, value)?;
        }
        let settings: Settings = builder.build()?.try_deserialize()?;
        settings.validate()?;
        Ok(settings)
    }
}

impl Settings {
    /// Loads the process's configuration (see [`SettingsSource::from_process_env`]).
    pub fn load() -> Result<Self, SettingsError> {
        SettingsSource::from_process_env()?.load()
    }

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
        let key = self.encryption_key()?;
        if self.previous_encryption_key()? == Some(key) {
            return Err(SettingsError::Invalid(
                "encryption.previous_key is the same as encryption.key: set encryption.key to the new key".into(),
            ));
        }
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
        if self.extract.download_budget_bytes < self.extract.max_bytes {
            return Err(SettingsError::Invalid(format!(
                "extract.download_budget_bytes ({}) is less than extract.max_bytes ({}): no download of the largest size could fit",
                self.extract.download_budget_bytes, self.extract.max_bytes
            )));
        }
        for host in &self.extract.allow_hosts {
            if host.trim().is_empty() {
                return Err(SettingsError::Invalid(
                    "extract.allow_hosts contains an empty entry".into(),
                ));
            }
        }
        if self.worker.concurrency == 0 {
            return Err(SettingsError::Invalid(
                "worker.concurrency must be positive".into(),
            ));
        }
        let notify = &self.notify;
        if notify.max_attempts < 1 || notify.timeout_secs == 0 || notify.backoff_secs == 0 {
            return Err(SettingsError::Invalid(
                "notify.max_attempts, notify.timeout_secs and notify.backoff_secs must be positive"
                    .into(),
            ));
        }
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
        if self.retention.batch_rows == 0 || self.retention.every_secs == 0 {
            return Err(SettingsError::Invalid(
                "retention.batch_rows and retention.every_secs must be positive".into(),
            ));
        }
        // A live worker's call must end before another worker takes the delivery over, or the
        // receiver gets it twice.
        if notify.stale_after_secs <= notify.timeout_secs {
            return Err(SettingsError::Invalid(format!(
                "notify.stale_after_secs ({}) must be greater than notify.timeout_secs ({})",
                notify.stale_after_secs, notify.timeout_secs
            )));
        }
        Ok(())
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

    /// The encryptor of secrets at rest: `encryption.key`, and `encryption.previous_key` to
    /// open what it sealed during a rotation.
    pub fn encryptor(&self) -> Result<Encryptor, SettingsError> {
        Ok(Encryptor::new(&self.encryption_key()?)
            .with_previous(self.previous_encryption_key()?.as_ref()))
    }

    /// The decoded `encryption.previous_key`, when one is set.
    pub fn previous_encryption_key(&self) -> Result<Option<[u8; 32]>, SettingsError> {
        let Some(key) = self.encryption.previous_key.as_ref() else {
            return Ok(None);
        };
        let bytes = BASE64.decode(key.expose_secret().trim()).map_err(|_| {
            SettingsError::Invalid("encryption.previous_key is not valid base64".into())
        })?;
        let key: [u8; 32] = bytes.as_slice().try_into().map_err(|_| {
            SettingsError::Invalid(format!(
                "encryption.previous_key decodes to {} bytes; it must be exactly 32",
                bytes.len()
            ))
        })?;
        Ok(Some(key))
    }

    /// The decoded 32-byte encryption key.
    pub fn encryption_key(&self) -> Result<[u8; 32], SettingsError> {
        let key = self.encryption.key.as_ref().ok_or_else(|| {
            SettingsError::Invalid(
                "encryption.key is not set: set SLUICE__ENCRYPTION__KEY to 32 random bytes in base64 (e.g. `openssl rand -base64 32`)"
                    .into(),
            )
        })?;
        let production = self.environment == Environment::Production;
        if production && is_placeholder(key.expose_secret().as_bytes()) {
            return Err(SettingsError::Invalid(format!(
                "encryption.key is too weak for production: {PLACEHOLDER}; generate one with `head -c 32 /dev/urandom | base64`"
            )));
        }
        let bytes = BASE64.decode(key.expose_secret().trim()).map_err(|_| {
            SettingsError::Invalid(
                "encryption.key is not valid base64: use `openssl rand -base64 32`".into(),
            )
        })?;
        let key: [u8; 32] = bytes.as_slice().try_into().map_err(|_| {
            SettingsError::Invalid(format!(
                "encryption.key decodes to {} bytes; it must be exactly 32 (`openssl rand -base64 32`)",
                bytes.len()
            ))
        })?;
        if production && let Some(weakness) = secret_weakness(&key, 16) {
            return Err(SettingsError::Invalid(format!(
                "encryption.key is too weak for production: {weakness}; generate one with `head -c 32 /dev/urandom | base64`"
            )));
        }
        Ok(key)
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

/// Secrets shipped in this repository (`deploy/sluice.env.example`,
/// `deploy/k8s/overlays/example/secret.example.yaml`, the test suites), and the words placeholders are made of:
/// a production secret containing one of them was copied, not generated. Compared
/// case-insensitively.
const PLACEHOLDERS: &[&str] = &[
    "change-me",
    "change_me",
    "changeme",
    "replace-me",
    "replace_me",
    "replaceme",
    "your-secret",
    "your_secret",
    "example",
    "placeholder",
    "openssl rand",
    "openssl-rand",
    "a-test-secret",
    "sluice-test-encryption-key",
    // TEST_ENCRYPTION_KEY in base64, as the test suites pass it.
    "c2x1aWNlLXRlc3QtZW5jcnlwdGlvbi1rZXktMzJieXQ",
];

const PLACEHOLDER: &str = "it is a placeholder from the shipped examples";

fn is_placeholder(secret: &[u8]) -> bool {
    let lower = secret.to_ascii_lowercase();
    PLACEHOLDERS
        .iter()
        .any(|p| lower.windows(p.len()).any(|w| w == p.as_bytes()))
}

/// Why `secret` is unfit for production, or `None`; the answer never quotes the secret. A
/// generated secret passes every test with overwhelming probability: at least 32 bytes, at least
/// `min_distinct` distinct bytes, not one short unit repeated (`abcabc…`), and not mostly runs
/// or sequences (`aaaa`, `0123…`, `zyx…`).
fn secret_weakness(secret: &[u8], min_distinct: usize) -> Option<String> {
    if is_placeholder(secret) {
        return Some(PLACEHOLDER.into());
    }
    if secret.len() < 32 {
        return Some(format!(
            "it is {} bytes long, and at least 32 random bytes are needed",
            secret.len()
        ));
    }
    let distinct = distinct_bytes(secret);
    if distinct < min_distinct {
        return Some(format!(
            "it has only {distinct} distinct bytes, where random ones have many more"
        ));
    }
    if let Some(period) = repeating_period(secret) {
        return Some(format!("it repeats a {period}-byte pattern"));
    }
    let steps = secret
        .windows(2)
        .filter(|w| w[0].abs_diff(w[1]) <= 1)
        .count();
    if steps * 2 >= secret.len() - 1 {
        return Some("it is mostly runs or sequences of characters".into());
    }
    None
}

/// The shortest period `p` with `secret[i] == secret[i - p]` for every `i`, when the secret
/// holds at least two copies of it.
fn repeating_period(secret: &[u8]) -> Option<usize> {
    (1..=secret.len() / 2).find(|&p| (p..secret.len()).all(|i| secret[i] == secret[i - p]))
}

fn distinct_bytes(bytes: &[u8]) -> usize {
    let mut seen = [false; 256];
    for &b in bytes {
        seen[b as usize] = true;
    }
    seen.iter().filter(|s| **s).count()
}

/// The repository's `config/` folder, for tests and tools run from inside the workspace.
pub fn workspace_config_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(|root| root.join("config"))
        .unwrap_or_else(|| PathBuf::from("config"))
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn loads_the_shipped_files() {
        let settings = source().load().unwrap();
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
    fn a_missing_or_short_encryption_key_is_named() {
        let source = SettingsSource::new(workspace_config_dir(), Environment::Test)
            .set("auth.jwt_secret", "secret");
        assert!(message(source.load()).contains("SLUICE__ENCRYPTION__KEY"));
        let short = source_with_key(BASE64.encode([1u8; 16]));
        assert!(message(short.load()).contains("decodes to 16 bytes"));
        let garbage = source_with_key("not base64!".into());
        assert!(message(garbage.load()).contains("not valid base64"));
    }

    fn source_with_key(key: String) -> SettingsSource {
        SettingsSource::new(workspace_config_dir(), Environment::Test)
            .set("auth.jwt_secret", "secret")
            .set("encryption.key", key)
    }

    #[test]
    fn production_refuses_weak_secrets() {
        let weak_jwt = SettingsSource::new(workspace_config_dir(), Environment::Production)
            .set("auth.jwt_secret", "changeme")
            .set("encryption.key", BASE64.encode(rand::random::<[u8; 32]>()));
        assert!(message(weak_jwt.load()).contains("too weak for production"));
        let weak_key = SettingsSource::new(workspace_config_dir(), Environment::Production)
            .set("auth.jwt_secret", BASE64.encode(rand::random::<[u8; 48]>()))
            .set("encryption.key", BASE64.encode([0u8; 32]));
        assert!(message(weak_key.load()).contains("encryption.key is too weak"));
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

    /// The secrets shipped in the repository, read from the files themselves: whoever edits an
    /// example keeps production refusing it.
    fn shipped_placeholders() -> Vec<(&'static str, String)> {
        let root = workspace_config_dir().parent().unwrap().to_path_buf();
        let mut found = Vec::new();
        for file in [
            "deploy/sluice.env.example",
            "deploy/k8s/overlays/example/secret.example.yaml",
        ] {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            for line in text.lines() {
                for (var, key) in [
                    ("SLUICE__AUTH__JWT_SECRET", "jwt"),
                    ("SLUICE__ENCRYPTION__KEY", "key"),
                ] {
                    if let Some(rest) = line.trim().strip_prefix(var) {
                        let value = rest
                            .trim_start_matches([':', '=', ' '])
                            .trim()
                            .trim_matches('"');
                        found.push((key, value.to_owned()));
                    }
                }
            }
        }
        assert_eq!(found.len(), 4, "{found:?}");
        found
    }

    #[test]
    fn production_refuses_the_shipped_placeholder_secrets() {
        for (which, value) in shipped_placeholders() {
            let source = if which == "jwt" {
                production(&value, &good_key())
            } else {
                production(&good_jwt(), &value)
            };
            let err = message(source.load());
            let name = if which == "jwt" {
                "auth.jwt_secret"
            } else {
                "encryption.key"
            };
            assert!(err.starts_with(name), "{err}");
            assert!(err.contains("placeholder"), "{err}");
            assert!(!err.contains(&value), "the secret is echoed: {err}");
            assert_eq!(err.lines().count(), 1, "{err}");
        }
        // The test suites' key (`sluice_testing::TEST_ENCRYPTION_KEY`) and secret are public too.
        let test_key = BASE64.encode(b"sluice-test-encryption-key-32byt");
        assert!(message(production(&good_jwt(), &test_key).load()).contains("placeholder"));
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
    fn production_refuses_low_entropy_encryption_keys() {
        let mut pattern = [0u8; 32];
        for (i, b) in pattern.iter_mut().enumerate() {
            *b = [0xde, 0xad, 0xbe, 0xef][i % 4];
        }
        let sequence: Vec<u8> = (0..32).collect();
        for (key, says) in [
            ([0u8; 32].to_vec(), "distinct bytes"),
            (pattern.to_vec(), "distinct bytes"),
            (sequence, "runs or sequences"),
        ] {
            let err = message(production(&good_jwt(), &BASE64.encode(&key)).load());
            assert!(err.starts_with("encryption.key is too weak"), "{err}");
            assert!(err.contains(says), "{err}");
            assert!(err.contains("`head -c 32 /dev/urandom | base64`"), "{err}");
        }
    }

    #[test]
    fn production_accepts_generated_secrets_and_other_environments_accept_anything() {
        for _ in 0..200 {
            production(&good_jwt(), &good_key()).load().unwrap();
        }
        // 32 random bytes in hex (64 characters of 16 kinds) are good too.
        production(&hex::encode(rand::random::<[u8; 32]>()), &good_key())
            .load()
            .unwrap();
        SettingsSource::new(workspace_config_dir(), Environment::Local)
            .set("auth.jwt_secret", "change-me")
            .set("encryption.key", BASE64.encode([0u8; 32]))
            .load()
            .unwrap();
    }

    #[test]
    fn the_previous_encryption_key_opens_old_values_and_must_differ() {
        let old = [9u8; 32];
        let sealed = Encryptor::new(&old).seal(b"Bearer x", "source:1");
        let settings = source()
            .set("encryption.previous_key", BASE64.encode(old))
            .load()
            .unwrap();
        assert_eq!(settings.previous_encryption_key().unwrap(), Some(old));
        let encryptor = settings.encryptor().unwrap();
        assert_eq!(encryptor.open(&sealed, "source:1").unwrap(), b"Bearer x");
        assert!(
            source()
                .load()
                .unwrap()
                .encryptor()
                .unwrap()
                .open(&sealed, "source:1")
                .is_err()
        );
        let same = message(
            source()
                .set("encryption.previous_key", BASE64.encode([7u8; 32]))
                .load(),
        );
        assert!(
            same.contains("previous_key is the same as encryption.key"),
            "{same}"
        );
        let short = message(
            source()
                .set("encryption.previous_key", BASE64.encode([1u8; 8]))
                .load(),
        );
        assert!(short.contains("previous_key decodes to 8 bytes"), "{short}");
    }

    #[test]
    fn repeating_periods_are_found() {
        assert_eq!(repeating_period(b"abcabcab"), Some(3));
        assert_eq!(repeating_period(b"aaaa"), Some(1));
        assert_eq!(repeating_period(b"abcdefgh"), None);
        assert_eq!(repeating_period(b"abcdeabc"), None);
    }

    #[test]
    fn environment_variables_override_files() {
        let vars = HashMap::from([
            ("SLUICE__APPLICATION__PORT".to_owned(), "9123".to_owned()),
            (
                "SLUICE__EXTRACT__ALLOW_HOSTS".to_owned(),
                "127.0.0.1,localhost".to_owned(),
            ),
        ]);
        let settings = source().env_vars(vars).load().unwrap();
        assert_eq!(settings.application.port, 9123);
        assert_eq!(settings.extract.allow_hosts, ["127.0.0.1", "localhost"]);
    }

    #[test]
    fn unknown_keys_are_refused() {
        let err = message(source().set("application.prot", "1").load());
        assert!(err.contains("prot"), "{err}");
    }

    #[test]
    fn a_delivery_cannot_be_taken_over_while_its_call_may_still_run() {
        let err = message(
            source()
                .set("notify.timeout_secs", "30")
                .set("notify.stale_after_secs", "30")
                .load(),
        );
        assert!(
            err.contains(
                "notify.stale_after_secs (30) must be greater than notify.timeout_secs (30)"
            ),
            "{err}"
        );
    }

    #[test]
    fn the_warehouse_endpoint_defaults_to_the_database_url() {
        let settings = source()
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
        let advertised = source()
            .set("database.url", "postgres://svc@[::1]/sluice")
            .set("warehouse.host", "bi.example.com")
            .load()
            .unwrap();
        let endpoint = advertised.warehouse_endpoint();
        assert_eq!(endpoint.host.as_deref(), Some("bi.example.com"));
        assert_eq!(endpoint.port, 5432);
        assert_eq!(endpoint.database.as_deref(), Some("sluice"));
        let ipv6 = source()
            .set("database.url", "postgres://svc@[::1]:5433/sluice")
            .load()
            .unwrap();
        assert_eq!(ipv6.warehouse_endpoint().host.as_deref(), Some("::1"));
        // A Unix socket's URL names no host: the API falls back to localhost.
        let socket = source()
            .set("database.url", "postgres:///sluice?host=/run/postgresql")
            .load()
            .unwrap();
        assert_eq!(socket.warehouse_endpoint().host, None);
        assert_eq!(
            socket.warehouse_endpoint().database.as_deref(),
            Some("sluice")
        );
        // A URL without a database (the ETL tests' placeholder) loads too.
        let bare = source()
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
