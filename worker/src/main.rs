//! `sluice-worker [--migrate]`: executes runs from the queue, and schedules and reconciles
//! runs when it holds their locks; SIGTERM finishes (or hands back) the runs in flight.
//! `sluice-worker run-once <pipeline-id> [--full-reload]`: runs one pipeline now, in this
//! process, and prints the report as JSON.
//! `sluice-worker reseal`: re-encrypts every stored secret from `encryption.previous_key` to
//! `encryption.key` (docs/OPERATIONS.md, "Rotating the encryption key").
//!
//! Refuses to start, with one line saying why, when the configuration is incomplete or the
//! database is unreachable or unmigrated.

use clap::{Parser, Subcommand};
use sluice_engine::{
    crypto::Encryptor,
    db::{self, Migrations},
    reseal, telemetry,
};
use std::sync::Arc;
use uuid::Uuid;

use sluice_worker::{
    app::{self, WorkerState},
    http,
    identity::worker_name,
    run_once,
    settings::Settings,
};

/// Executes Sluice runs from the Redis queue, schedules due pipelines and reconciles lost runs,
/// and sends notifications. Stop it with SIGTERM: runs in flight finish or are handed back.
#[derive(Parser)]
#[command(
    name = "sluice-worker",
    version,
    after_help = "Settings come from $SLUICE_CONFIG_DIR (default ./config): base.yaml, then \
                  $SLUICE_ENVIRONMENT.yaml (local, test or production), then SLUICE__SECTION__KEY \
                  environment variables. See README.md, Configuration."
)]
struct Args {
    /// Apply pending database migrations first (otherwise an unmigrated database is refused).
    #[arg(long, global = true)]
    migrate: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run one pipeline now, in this process (not through the queue), and print the report as
    /// JSON; exits 1 when the run fails.
    RunOnce {
        /// The pipeline's id.
        pipeline: Uuid,
        /// Ignore what the last load remembered (source versions, incremental cursor): fetch
        /// everything and consider every row, still writing only rows that changed.
        #[arg(long)]
        full_reload: bool,
    },
    /// Re-encrypt every stored secret (source auth headers, webhook secrets) from the key in
    /// SLUICE__ENCRYPTION__PREVIOUS_KEY to the one in SLUICE__ENCRYPTION__KEY, in one
    /// transaction; values already under the new key are left alone, so it can run again.
    /// Prints what it did as JSON.
    Reseal,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    match run(args).await {
        Ok(code) => std::process::exit(code),
        Err(message) => {
            eprintln!("sluice-worker: {message}");
            std::process::exit(1);
        }
    }
}

async fn run(args: Args) -> Result<i32, String> {
    let settings = Settings::load().map_err(|e| e.to_string())?;
    let _telemetry = telemetry::init(&settings.telemetry, "worker");
    let migrations = if args.migrate {
        Migrations::Apply
    } else {
        Migrations::Require
    };
    let db = db::connect(&settings.worker_database(), migrations)
        .await
        .map_err(|e| e.to_string())?;
    if let Some(Command::Reseal) = args.command {
        let old = settings
            .previous_encryption_key()
            .map_err(|e| e.to_string())?
            .ok_or(
                "reseal needs the key being replaced: set SLUICE__ENCRYPTION__PREVIOUS_KEY to it \
             and SLUICE__ENCRYPTION__KEY to the new one",
            )?;
        let current = Encryptor::new(&settings.encryption_key().map_err(|e| e.to_string())?);
        let done = reseal::reseal(
            db.get_postgres_connection_pool(),
            &Encryptor::new(&old),
            &current,
        )
        .await
        .map_err(|e| format!("reseal: {e}"))?;
        println!("{}", serde_json::json!(done));
        return Ok(0);
    }
    let name = worker_name();
    if let Some(Command::RunOnce {
        pipeline,
        full_reload,
    }) = args.command
    {
        let (report, ok) = run_once::run_once(&settings, &db, &name, pipeline, full_reload)
            .await
            .map_err(|e| e.to_string())?;
        println!("{report}");
        return Ok(if ok { 0 } else { 1 });
    }
    let state = Arc::new(
        WorkerState::new(settings, db, name)
            .await
            .map_err(|e| e.to_string())?,
    );
    // Metrics are recorded whether or not the listener serves them.
    sluice_engine::metrics::install().map_err(|e| format!("metrics: {e}"))?;
    let listener = http::start(state.clone()).map_err(|e| e.to_string())?;
    app::run(state, shutdown_signal()).await;
    if let Some(listener) = listener {
        listener.stop().await;
    }
    Ok(0)
}

async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        }
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
