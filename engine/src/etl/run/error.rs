//! Why a run failed. Takes the errors of every stage; gives each a stage, a message naming
//! what and where, a stable [`RunErrorCode`] and whether retrying later may help. Never decides
//! anything itself: the stages choose the constructor, the worker acts on `recoverable`.

use serde::{Deserialize, Serialize};

use super::start::SourceBinding;
use crate::etl::{
    extract::ExtractError, load::LoadError, read::ReadError, transform::TransformError,
};

/// Why a run failed: the stage, a message naming what and where, and whether retrying later
/// may help.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{stage}: {message}")]
pub struct RunError {
    pub stage: &'static str,
    pub message: String,
    pub recoverable: bool,
    pub code: RunErrorCode,
    /// Source rows read before the run failed: a failed run reports what it extracted.
    pub extracted: u64,
    /// The run's step log up to the failure (what it fetched, …); the error itself is not in it.
    pub log: Vec<String>,
}

/// Why a run failed (or is retrying): the stable code stored in `runs.error_code` and shown by
/// the API, for clients to switch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RunErrorCode {
    /// A source could not be fetched (timeout, 5xx, connection); retried.
    SourceUnavailable,
    /// A source's URL is refused (not public, not allowed) or answered 4xx.
    SourceRefused,
    /// A source's content is malformed.
    MalformedSource,
    /// The stored spec no longer validates (for example a source it names was deleted).
    InvalidSpec,
    /// The transform failed on the data (a missing column, a type that does not fit).
    TransformFailed,
    /// The output holds two rows with the same primary key.
    DuplicateKey,
    /// A data test with `on_fail: fail_run` found failing rows; nothing was loaded.
    DataTestFailed,
    /// PostgreSQL refused the load (for example a value the table's column type refuses).
    LoadRefused,
    /// The output's columns differ from the table's and `destination.on_schema_change` is
    /// `fail`.
    SchemaChanged,
    /// The database was unreachable; retried.
    DatabaseUnavailable,
    /// The tenant's destination database did not answer (down, or the network); retried.
    DestinationUnavailable,
    /// The tenant's destination database refused Sluice (the login, a missing database or
    /// privilege, a host the operator does not allow, TLS).
    DestinationRefused,
    /// The worker holding the run stopped heartbeating; the run was taken back.
    WorkerLost,
    /// The run was canceled or reclaimed while this worker executed it; nothing was committed.
    RunLost,
    /// The pipeline (or its tenant) was deleted.
    PipelineNotFound,
    /// Another run of the pipeline was executing.
    AlreadyRunning,
}

impl RunErrorCode {
    /// The code as stored in `runs.error_code`.
    pub fn as_str(self) -> &'static str {
        match self {
            RunErrorCode::SourceUnavailable => "source_unavailable",
            RunErrorCode::SourceRefused => "source_refused",
            RunErrorCode::MalformedSource => "malformed_source",
            RunErrorCode::InvalidSpec => "invalid_spec",
            RunErrorCode::TransformFailed => "transform_failed",
            RunErrorCode::DuplicateKey => "duplicate_key",
            RunErrorCode::DataTestFailed => "data_test_failed",
            RunErrorCode::LoadRefused => "load_refused",
            RunErrorCode::SchemaChanged => "schema_changed",
            RunErrorCode::DatabaseUnavailable => "database_unavailable",
            RunErrorCode::DestinationUnavailable => "destination_unavailable",
            RunErrorCode::DestinationRefused => "destination_refused",
            RunErrorCode::WorkerLost => "worker_lost",
            RunErrorCode::RunLost => "run_lost",
            RunErrorCode::PipelineNotFound => "pipeline_not_found",
            RunErrorCode::AlreadyRunning => "already_running",
        }
    }
}

impl RunError {
    pub(crate) fn permanent(
        stage: &'static str,
        code: RunErrorCode,
        message: impl Into<String>,
    ) -> Self {
        Self {
            stage,
            message: message.into(),
            recoverable: false,
            code,
            extracted: 0,
            log: Vec::new(),
        }
    }

    /// Adds `rows` read before the failure to [`RunError::extracted`].
    pub(super) fn read_so_far(mut self, rows: u64) -> Self {
        self.extracted += rows;
        self
    }

    /// Puts the run's step log so far before anything the error already carries.
    pub(super) fn with_log(mut self, log: &[String]) -> Self {
        let mut all = log.to_vec();
        all.append(&mut self.log);
        self.log = all;
        self
    }

    pub(super) fn extract(frame: &str, e: ExtractError) -> Self {
        Self {
            stage: "extract",
            recoverable: e.is_recoverable(),
            code: if e.is_recoverable() {
                RunErrorCode::SourceUnavailable
            } else {
                RunErrorCode::SourceRefused
            },
            message: format!("source `{frame}`: {e}"),
            extracted: 0,
            log: Vec::new(),
        }
    }

    pub(super) fn read(source: &SourceBinding, e: ReadError) -> Self {
        Self::permanent(
            "extract",
            RunErrorCode::MalformedSource,
            format!(
                "source `{}` ({}) is malformed at {}: {}",
                source.frame, source.name, e.location, e.message
            ),
        )
    }

    pub(super) fn transform(e: TransformError) -> Self {
        Self::permanent("transform", RunErrorCode::TransformFailed, e.to_string())
    }

    pub(super) fn load(e: LoadError) -> Self {
        if let LoadError::DuplicateKey(_) = e {
            return Self::permanent("load", RunErrorCode::DuplicateKey, e.to_string());
        }
        Self {
            stage: "load",
            recoverable: e.is_recoverable(),
            code: if e.is_recoverable() {
                RunErrorCode::DatabaseUnavailable
            } else {
                RunErrorCode::LoadRefused
            },
            message: e.to_string(),
            extracted: 0,
            log: Vec::new(),
        }
    }

    pub(crate) fn db(e: impl std::fmt::Display) -> Self {
        Self {
            stage: "load",
            message: format!("database error: {e}"),
            recoverable: true,
            code: RunErrorCode::DatabaseUnavailable,
            extracted: 0,
            log: Vec::new(),
        }
    }

    /// The tenant's destination `name` could not be reached or used.
    pub(super) fn destination(
        name: &str,
        e: crate::destination::connect::DestinationError,
    ) -> Self {
        let recoverable = e.is_recoverable();
        Self {
            stage: "load",
            message: format!("destination `{name}`: {e}"),
            recoverable,
            code: if recoverable {
                RunErrorCode::DestinationUnavailable
            } else {
                RunErrorCode::DestinationRefused
            },
            extracted: 0,
            log: Vec::new(),
        }
    }

    /// An error of a stage that worked on the tenant's destination `name`: said so, and a
    /// database that did not answer is the destination that did not.
    pub(super) fn in_destination(mut self, name: &str) -> Self {
        if self.is_lost() {
            return self;
        }
        self.message = format!("destination `{name}`: {}", self.message);
        if self.code == RunErrorCode::DatabaseUnavailable {
            self.code = RunErrorCode::DestinationUnavailable;
        }
        self
    }

    /// Whether this failure can be the work of the types a source was read with: a value
    /// that does not read as its type, and anything that follows from the values read (the
    /// transform, duplicate keys, data tests, a load or a schema the table refuses). A run
    /// that read with the last run's types reads again after a first pass on these.
    pub(super) fn may_follow_from_types(&self) -> bool {
        !self.recoverable
            && matches!(
                self.code,
                RunErrorCode::MalformedSource
                    | RunErrorCode::TransformFailed
                    | RunErrorCode::DuplicateKey
                    | RunErrorCode::DataTestFailed
                    | RunErrorCode::LoadRefused
                    | RunErrorCode::SchemaChanged
            )
    }

    /// The run no longer belongs to this worker (canceled, or reclaimed after a stale
    /// heartbeat): nothing was committed.
    pub fn lost() -> Self {
        Self::permanent(
            "load",
            RunErrorCode::RunLost,
            "the run is no longer held by this worker; nothing was committed",
        )
    }

    pub fn is_lost(&self) -> bool {
        self.code == RunErrorCode::RunLost
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// `runs.error_code` holds `as_str`; the API reads it back through serde: the two agree.
    #[test]
    fn error_codes_are_stored_as_the_api_reads_them() {
        use RunErrorCode::*;
        for code in [
            SourceUnavailable,
            SourceRefused,
            MalformedSource,
            InvalidSpec,
            TransformFailed,
            DuplicateKey,
            DataTestFailed,
            LoadRefused,
            SchemaChanged,
            DatabaseUnavailable,
            DestinationUnavailable,
            DestinationRefused,
            WorkerLost,
            RunLost,
            PipelineNotFound,
            AlreadyRunning,
        ] {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
            let back: RunErrorCode = serde_json::from_value(json!(code.as_str())).unwrap();
            assert_eq!(back, code);
        }
    }
}
