//! `sluice-worker [--migrate]`: executes runs from the queue. Refuses to start, with one line
//! saying why, when the configuration is incomplete or the database is unreachable or
//! unmigrated.

use sluice_engine::{
    db::{self, Migrations},
    settings::Settings,
    telemetry,
};
use sluice_worker::identity::worker_name;

#[tokio::main]
async fn main() {
    if let Err(message) = run().await {
        eprintln!("sluice-worker: {message}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let migrate = std::env::args().skip(1).any(|a| a == "--migrate");
    let settings = Settings::load().map_err(|e| e.to_string())?;
    let _telemetry = telemetry::init(&settings.telemetry, "worker");
    let migrations = if migrate {
        Migrations::Apply
    } else {
        Migrations::Require
    };
    let _db = db::connect(&settings.database, migrations)
        .await
        .map_err(|e| e.to_string())?;
    let name = worker_name();
    tracing::info!(worker = %name, "worker started; waiting for runs");
    shutdown_signal().await;
    tracing::info!(worker = %name, "worker stopped");
    Ok(())
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
