//! Settings every Sluice process shares, and the loader each binary's own settings go through.
//!
//! Each binary owns its settings struct (`sluice_api::settings::Settings`,
//! `sluice_worker::settings::Settings`); the sections they share (database, redis, encryption,
//! extract, telemetry) are the types here. Layers, later ones win: `config/base.yaml`,
//! `config/{environment}.yaml`, then environment variables `SLUICE__SECTION__KEY` (for example
//! `SLUICE__DATABASE__URL`). The environment is chosen by `SLUICE_ENVIRONMENT` (`local` when
//! unset). The files and the variables are the same for every process: a section a binary does
//! not read (the worker's `auth`, the API's `notify`) is ignored by it, while a section no
//! binary knows ([`SECTIONS`]) and an unknown key inside a section a binary reads are refused.
//! Secrets are `secrecy` types so they never end up in a log line, and loading refuses a
//! configuration that is missing one the process needs.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
};

use base64::{Engine as _, engine::general_purpose::STANDARD as BASE64};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, de::DeserializeOwned};

use crate::crypto::Encryptor;

/// The top-level sections of `config/*.yaml` (and of `SLUICE__SECTION__KEY`), over every
/// binary: each reads some of them and ignores the others; any other section is a mistake.
pub const SECTIONS: &[&str] = &[
    "environment",
    "application",
    "database",
    "redis",
    "auth",
    "encryption",
    "extract",
    "destinations",
    "worker",
    "notify",
    "telemetry",
    "warehouse",
    "retention",
];

/// A binary's settings: the sections it reads, and the checks its types cannot express.
pub trait ProcessSettings: DeserializeOwned {
    fn validate(&self) -> Result<(), SettingsError>;
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

/// Which tenant-owned destination databases may be reached (docs/DESTINATIONS.md). Like
/// sources, only public addresses by default; in a private deployment the warehouse is often
/// in the same network, so the operator opens it by host name or by network.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DestinationSettings {
    /// Host names (as tenants write them) that may be reached even though they resolve to
    /// addresses that are not public.
    #[serde(default)]
    pub allow_hosts: Vec<String>,
    /// Networks (`10.20.0.0/16`, `fd00::/8`, or one address) whose addresses may be reached.
    #[serde(default)]
    pub allow_networks: Vec<String>,
    /// How long opening a connection to a destination may take.
    pub connect_timeout_secs: u64,
}

impl DestinationSettings {
    pub fn validate(&self) -> Result<(), SettingsError> {
        if self.allow_hosts.iter().any(|host| host.trim().is_empty()) {
            return Err(SettingsError::Invalid(
                "destinations.allow_hosts contains an empty entry".into(),
            ));
        }
        for network in &self.allow_networks {
            crate::destination::address::parse_network(network)
                .map_err(|e| SettingsError::Invalid(format!("destinations.allow_networks: {e}")))?;
        }
        if self.connect_timeout_secs == 0 {
            return Err(SettingsError::Invalid(
                "destinations.connect_timeout_secs must be at least 1".into(),
            ));
        }
        Ok(())
    }
}

/// How long finished work is kept (docs/OPERATIONS.md, "Retention"): the parameter of
/// [`crate::retention::sweep`]. Only the worker's settings read the section (its reconciler's
/// leader deletes what is older, in batches); 0 keeps it forever.
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

    /// Reads the layers into one binary's settings `T` and checks them. Sections `T` does not
    /// read are ignored; a section that is none of [`SECTIONS`] is refused, naming it.
    pub fn load<T: ProcessSettings>(self) -> Result<T, SettingsError> {
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
                    .with_list_parse_key("destinations.allow_hosts")
                    .with_list_parse_key("destinations.allow_networks")
                    .with_list_parse_key("application.trusted_proxies")
                    .source(self.env_vars),
            )
            .set_override("environment", self.environment.as_str())?;
        for (key, value) in self.overrides {
            builder = builder.set_override(key, value)?;
        }
        let config = builder.build()?;
        let sections: HashMap<String, config::Value> = config.clone().try_deserialize()?;
        let mut unknown: Vec<&String> = sections
            .keys()
            .filter(|s| !SECTIONS.contains(&s.as_str()))
            .collect();
        unknown.sort();
        if let Some(section) = unknown.first() {
            return Err(SettingsError::Invalid(format!(
                "unknown configuration section `{section}` (a key of a config/*.yaml file or a SLUICE__{}__... variable); the sections are {}",
                section.to_ascii_uppercase(),
                SECTIONS.join(", ")
            )));
        }
        let settings: T = config.try_deserialize()?;
        settings.validate()?;
        Ok(settings)
    }
}

impl EncryptionSettings {
    /// The encryptor of secrets at rest: `encryption.key`, and `encryption.previous_key` to
    /// open what it sealed during a rotation.
    pub fn encryptor(&self, environment: Environment) -> Result<Encryptor, SettingsError> {
        Ok(Encryptor::new(&self.key(environment)?).with_previous(self.previous_key()?.as_ref()))
    }

    /// Both keys decode, production's key is not weak, and the previous key is another one.
    pub fn validate(&self, environment: Environment) -> Result<(), SettingsError> {
        let key = self.key(environment)?;
        if self.previous_key()? == Some(key) {
            return Err(SettingsError::Invalid(
                "encryption.previous_key is the same as encryption.key: set encryption.key to the new key".into(),
            ));
        }
        Ok(())
    }

    /// The decoded `encryption.previous_key`, when one is set.
    pub fn previous_key(&self) -> Result<Option<[u8; 32]>, SettingsError> {
        let Some(key) = self.previous_key.as_ref() else {
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

    /// The decoded 32-byte `encryption.key`; in production, refused when weak.
    pub fn key(&self, environment: Environment) -> Result<[u8; 32], SettingsError> {
        let key = self.key.as_ref().ok_or_else(|| {
            SettingsError::Invalid(
                "encryption.key is not set: set SLUICE__ENCRYPTION__KEY to 32 random bytes in base64 (e.g. `openssl rand -base64 32`)"
                    .into(),
            )
        })?;
        let production = environment == Environment::Production;
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

impl ExtractSettings {
    pub fn validate(&self) -> Result<(), SettingsError> {
        if self.download_budget_bytes < self.max_bytes {
            return Err(SettingsError::Invalid(format!(
                "extract.download_budget_bytes ({}) is less than extract.max_bytes ({}): no download of the largest size could fit",
                self.download_budget_bytes, self.max_bytes
            )));
        }
        if self.allow_hosts.iter().any(|host| host.trim().is_empty()) {
            return Err(SettingsError::Invalid(
                "extract.allow_hosts contains an empty entry".into(),
            ));
        }
        Ok(())
    }
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
pub fn secret_weakness(secret: &[u8], min_distinct: usize) -> Option<String> {
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

    /// The shared sections alone, as a binary that reads nothing else would have them.
    #[derive(Debug, Deserialize)]
    struct Shared {
        environment: Environment,
        #[allow(dead_code)]
        database: DatabaseSettings,
        #[allow(dead_code)]
        redis: RedisSettings,
        encryption: EncryptionSettings,
        extract: ExtractSettings,
        #[allow(dead_code)]
        telemetry: TelemetrySettings,
    }

    impl ProcessSettings for Shared {
        fn validate(&self) -> Result<(), SettingsError> {
            self.encryption.validate(self.environment)?;
            self.extract.validate()
        }
    }

    fn source() -> SettingsSource {
        SettingsSource::new(workspace_config_dir(), Environment::Test)
            .set("encryption.key", BASE64.encode([7u8; 32]))
    }

    fn message(result: Result<Shared, SettingsError>) -> String {
        match result {
            Ok(_) => panic!("settings were accepted"),
            Err(e) => e.to_string(),
        }
    }

    fn production(key: &str) -> SettingsSource {
        SettingsSource::new(workspace_config_dir(), Environment::Production)
            .set("encryption.key", key)
    }

    fn good_key() -> String {
        BASE64.encode(rand::random::<[u8; 32]>())
    }

    #[test]
    fn loads_the_shipped_files() {
        let settings: Shared = source().load().unwrap();
        assert_eq!(settings.environment, Environment::Test);
    }

    #[test]
    fn every_section_of_the_shipped_files_is_known() {
        let text = std::fs::read_to_string(workspace_config_dir().join("base.yaml")).unwrap();
        let sections: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with([' ', '#']) && l.contains(':'))
            .filter_map(|l| l.split(':').next())
            .collect();
        assert!(sections.len() >= 10, "{sections:?}");
        for section in &sections {
            assert!(SECTIONS.contains(section), "{section} is not in SECTIONS");
        }
    }

    #[test]
    fn a_missing_or_short_encryption_key_is_named() {
        let source = SettingsSource::new(workspace_config_dir(), Environment::Test);
        assert!(message(source.load()).contains("SLUICE__ENCRYPTION__KEY"));
        let short = source_with_key(BASE64.encode([1u8; 16]));
        assert!(message(short.load()).contains("decodes to 16 bytes"));
        let garbage = source_with_key("not base64!".into());
        assert!(message(garbage.load()).contains("not valid base64"));
    }

    fn source_with_key(key: String) -> SettingsSource {
        SettingsSource::new(workspace_config_dir(), Environment::Test).set("encryption.key", key)
    }

    #[test]
    fn production_refuses_weak_encryption_keys() {
        let weak_key = production(&BASE64.encode([0u8; 32]));
        assert!(message(weak_key.load()).contains("encryption.key is too weak"));
    }

    /// The keys shipped in the repository, read from the files themselves: whoever edits an
    /// example keeps production refusing it.
    fn shipped_placeholder_keys() -> Vec<String> {
        let root = workspace_config_dir().parent().unwrap().to_path_buf();
        let mut found = Vec::new();
        for file in [
            "deploy/sluice.env.example",
            "deploy/k8s/overlays/example/secret.example.yaml",
        ] {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            for line in text.lines() {
                if let Some(rest) = line.trim().strip_prefix("SLUICE__ENCRYPTION__KEY") {
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
    fn production_refuses_the_shipped_placeholder_keys() {
        for value in shipped_placeholder_keys() {
            let err = message(production(&value).load());
            assert!(err.starts_with("encryption.key"), "{err}");
            assert!(err.contains("placeholder"), "{err}");
            assert!(!err.contains(&value), "the secret is echoed: {err}");
            assert_eq!(err.lines().count(), 1, "{err}");
        }
        // The test suites' key (`sluice_testing::TEST_ENCRYPTION_KEY`) is public too.
        let test_key = BASE64.encode(b"sluice-test-encryption-key-32byt");
        assert!(message(production(&test_key).load()).contains("placeholder"));
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
            let err = message(production(&BASE64.encode(&key)).load());
            assert!(err.starts_with("encryption.key is too weak"), "{err}");
            assert!(err.contains(says), "{err}");
            assert!(err.contains("`head -c 32 /dev/urandom | base64`"), "{err}");
        }
    }

    #[test]
    fn production_accepts_generated_keys_and_other_environments_accept_anything() {
        for _ in 0..200 {
            let _: Shared = production(&good_key()).load().unwrap();
        }
        let _: Shared = SettingsSource::new(workspace_config_dir(), Environment::Local)
            .set("encryption.key", BASE64.encode([0u8; 32]))
            .load()
            .unwrap();
    }

    #[test]
    fn the_previous_encryption_key_opens_old_values_and_must_differ() {
        let old = [9u8; 32];
        let sealed = Encryptor::new(&old).seal(b"Bearer x", "source:1");
        let settings: Shared = source()
            .set("encryption.previous_key", BASE64.encode(old))
            .load()
            .unwrap();
        assert_eq!(settings.encryption.previous_key().unwrap(), Some(old));
        let encryptor = settings.encryption.encryptor(Environment::Test).unwrap();
        assert_eq!(encryptor.open(&sealed, "source:1").unwrap(), b"Bearer x");
        let without: Shared = source().load().unwrap();
        assert!(
            without
                .encryption
                .encryptor(Environment::Test)
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
        let vars = HashMap::from([(
            "SLUICE__EXTRACT__ALLOW_HOSTS".to_owned(),
            "127.0.0.1,localhost".to_owned(),
        )]);
        let settings: Shared = source().env_vars(vars).load().unwrap();
        assert_eq!(settings.extract.allow_hosts, ["127.0.0.1", "localhost"]);
    }

    #[test]
    fn unknown_sections_are_refused_and_other_binaries_sections_ignored() {
        // `auth` and `worker` are read by other binaries: this one ignores them.
        let _: Shared = source()
            .set("auth.jwt_secret", "x")
            .set("worker.whatever", "1")
            .load()
            .unwrap();
        let vars = HashMap::from([("SLUICE__DATABSE__URL".to_owned(), "postgres://x".to_owned())]);
        let err = message(source().env_vars(vars).load());
        assert!(
            err.contains("unknown configuration section `databse`"),
            "{err}"
        );
        assert!(err.contains("SLUICE__DATABSE__"), "{err}");
        // Inside a section the binary reads, an unknown key is refused.
        let err = message(source().set("extract.max_byte", "1").load());
        assert!(err.contains("max_byte"), "{err}");
    }

    #[test]
    fn the_download_budget_must_hold_the_largest_download() {
        let err = message(
            source()
                .set("extract.max_bytes", "100")
                .set("extract.download_budget_bytes", "99")
                .load(),
        );
        assert!(err.contains("extract.download_budget_bytes (99)"), "{err}");
    }
}
