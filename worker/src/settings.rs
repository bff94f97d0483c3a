//! The worker's settings: the shared sections (`sluice_engine::settings`) and its own
//! (`worker`, `notify`, `retention`, and `application.base_url` for links in notifications).
//! Read from the same files and `SLUICE__SECTION__KEY` variables as the API's; the API's
//! sections (`auth`, `warehouse`, the rest of `application`) are ignored here, so the worker
//! starts without the API's JWT secret.

use secrecy::SecretString;
use serde::Deserialize;
use sluice_engine::{
    crypto::Encryptor,
    settings::{
        DatabaseSettings, DestinationSettings, EncryptionSettings, Environment, ExtractSettings,
        ProcessSettings, RedisSettings, RetentionSettings, SettingsError, SettingsSource,
        TelemetrySettings,
    },
};
use sluice_queue::ConsumerSettings;

/// Everything the worker reads from its configuration.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub environment: Environment,
    pub application: LinkSettings,
    pub database: DatabaseSettings,
    pub redis: RedisSettings,
    pub encryption: EncryptionSettings,
    pub extract: ExtractSettings,
    /// Which tenant-owned destination databases may be reached.
    pub destinations: DestinationSettings,
    pub worker: WorkerSettings,
    pub notify: NotifySettings,
    pub telemetry: TelemetrySettings,
    pub retention: RetentionSettings,
}

/// The one key of `application` the worker reads; the others are the API's.
#[derive(Debug, Clone, Deserialize)]
pub struct LinkSettings {
    /// Public URL of the web app, used for links in notifications.
    pub base_url: String,
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
    /// Runs do no work: each takes this long, then ends as skipped (`scripts/simulate-scale`
    /// measures the control plane with it). Refused in production.
    #[serde(default)]
    pub simulate_run_ms: Option<u64>,
    /// Connections the worker's pool opens at most. Unset: 2 × `concurrency` + 3 (a run holds
    /// its transaction and reads its table beside it; heartbeats, deliveries and the leader
    /// loops share the rest), and never more than `database.max_connections`. The processes
    /// of a fleet must fit the server's `max_connections` together (docs/SCALE.md).
    #[serde(default)]
    pub database_connections: Option<u32>,
}

/// How notifications are sent.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotifySettings {
    /// Amazon SES; without it e-mail is off: nothing calls AWS and e-mail deliveries fail at
    /// once ("e-mail is not configured").
    #[serde(default)]
    pub ses: Option<SesSettings>,
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
    #[serde(default = "default_region")]
    pub region: String,
    pub endpoint: Option<String>,
    pub access_key_id: Option<SecretString>,
    pub secret_access_key: Option<SecretString>,
    /// The verified sender address.
    pub sender: String,
}

fn default_region() -> String {
    "us-east-1".into()
}

impl ProcessSettings for Settings {
    fn validate(&self) -> Result<(), SettingsError> {
        self.encryption.validate(self.environment)?;
        self.extract.validate()?;
        self.destinations.validate()?;
        if self.worker.simulate_run_ms.is_some() && self.environment == Environment::Production {
            return Err(SettingsError::Invalid(
                "worker.simulate_run_ms makes runs do nothing; it is for scripts/simulate-scale, never production".into(),
            ));
        }
        if self.worker.database_connections == Some(0) {
            return Err(SettingsError::Invalid(
                "worker.database_connections must be positive (unset: 2 × worker.concurrency + 3)"
                    .into(),
            ));
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

    /// The decoded `encryption.previous_key`, when one is set.
    pub fn previous_encryption_key(&self) -> Result<Option<[u8; 32]>, SettingsError> {
        self.encryption.previous_key()
    }

    /// The database settings the worker connects with: `database`, its pool sized by
    /// [`WorkerSettings::database_connections`].
    pub fn worker_database(&self) -> DatabaseSettings {
        let mut database = self.database.clone();
        let derived = u32::try_from(self.worker.concurrency)
            .unwrap_or(u32::MAX)
            .saturating_mul(2)
            .saturating_add(3);
        database.max_connections = self
            .worker
            .database_connections
            .unwrap_or_else(|| derived.min(database.max_connections));
        database.min_connections = database.min_connections.min(database.max_connections);
        database
    }

    /// The queue consumers' apalis settings.
    pub fn consumer(&self) -> ConsumerSettings {
        ConsumerSettings {
            poll_ms: self.worker.queue_poll_ms,
            stale_after_secs: self.worker.stale_after_secs,
            concurrency: self.worker.concurrency,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use base64::{Engine as _, engine::general_purpose::STANDARD as BASE64};
    use sluice_engine::settings::workspace_config_dir;

    use super::*;

    /// No `auth` at all: the worker never needs the API's secret.
    fn source() -> SettingsSource {
        SettingsSource::new(workspace_config_dir(), Environment::Test)
            .set("encryption.key", BASE64.encode([7u8; 32]))
    }

    fn message(result: Result<Settings, SettingsError>) -> String {
        match result {
            Ok(_) => panic!("settings were accepted"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn loads_without_a_jwt_secret_in_every_environment() {
        let settings: Settings = source().load().unwrap();
        assert_eq!(settings.environment, Environment::Test);
        assert_eq!(settings.application.base_url, "http://127.0.0.1:8080");
        // Production, with a generated key and still no JWT secret.
        let production: Settings =
            SettingsSource::new(workspace_config_dir(), Environment::Production)
                .set("encryption.key", BASE64.encode(rand::random::<[u8; 32]>()))
                .load()
                .unwrap();
        assert_eq!(production.environment, Environment::Production);
    }

    #[test]
    fn the_apis_keys_are_ignored_even_when_the_api_would_refuse_them() {
        let vars = HashMap::from([
            // A weak secret and an unknown key in the API's sections: not the worker's business.
            ("SLUICE__AUTH__JWT_SECRET".to_owned(), "changeme".to_owned()),
            ("SLUICE__AUTH__LEEWAY_SECS".to_owned(), "600".to_owned()),
            ("SLUICE__APPLICATION__PROT".to_owned(), "1".to_owned()),
            (
                "SLUICE__WAREHOUSE__CONNECTION_LIMIT".to_owned(),
                "0".to_owned(),
            ),
            (
                "SLUICE__APPLICATION__BASE_URL".to_owned(),
                "https://sluice.example.com".to_owned(),
            ),
        ]);
        let settings: Settings = source().env_vars(vars).load().unwrap();
        assert_eq!(settings.application.base_url, "https://sluice.example.com");
    }

    #[test]
    fn a_missing_encryption_key_is_named() {
        let err = message(SettingsSource::new(workspace_config_dir(), Environment::Test).load());
        assert!(err.contains("SLUICE__ENCRYPTION__KEY"), "{err}");
    }

    #[test]
    fn unknown_keys_in_the_workers_sections_are_refused() {
        let err = message(source().set("worker.concurency", "1").load());
        assert!(err.contains("concurency"), "{err}");
        let err = message(source().set("notify.ses.regoin", "x").load());
        assert!(err.contains("regoin"), "{err}");
    }

    #[test]
    fn simulated_runs_are_refused_in_production() {
        let settings: Settings = source().set("worker.simulate_run_ms", "20").load().unwrap();
        assert_eq!(settings.worker.simulate_run_ms, Some(20));
        let err = message(
            SettingsSource::new(workspace_config_dir(), Environment::Production)
                .set("encryption.key", BASE64.encode(rand::random::<[u8; 32]>()))
                .set("worker.simulate_run_ms", "20")
                .load(),
        );
        assert!(err.contains("worker.simulate_run_ms"), "{err}");
    }

    #[test]
    fn email_is_off_until_ses_is_set() {
        let settings: Settings = source().load().unwrap();
        assert!(settings.notify.ses.is_none());
        let settings: Settings = source()
            .set("notify.ses.sender", "sluice@example.com")
            .load()
            .unwrap();
        let ses = settings.notify.ses.unwrap();
        assert_eq!(
            (ses.region.as_str(), ses.sender.as_str()),
            ("us-east-1", "sluice@example.com")
        );
    }

    #[test]
    fn the_pool_is_sized_by_concurrency_unless_told() {
        let settings: Settings = source().load().unwrap();
        assert_eq!(settings.worker.concurrency, 2);
        assert_eq!(settings.worker_database().max_connections, 7);
        let settings: Settings = source().set("worker.concurrency", "8").load().unwrap();
        assert_eq!(settings.worker_database().max_connections, 19);
        // Never more than the database settings allow, unless set for the worker itself.
        let settings: Settings = source()
            .set("worker.concurrency", "50")
            .set("database.max_connections", "20")
            .load()
            .unwrap();
        assert_eq!(settings.worker_database().max_connections, 20);
        let settings: Settings = source()
            .set("worker.database_connections", "40")
            .set("database.min_connections", "50")
            .load()
            .unwrap();
        let database = settings.worker_database();
        assert_eq!(
            (database.max_connections, database.min_connections),
            (40, 40)
        );
    }

    #[test]
    fn concurrency_must_be_positive() {
        let err = message(source().set("worker.concurrency", "0").load());
        assert!(err.contains("worker.concurrency must be positive"), "{err}");
        let err = message(source().set("worker.database_connections", "0").load());
        assert!(
            err.contains("worker.database_connections must be positive"),
            "{err}"
        );
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
}
