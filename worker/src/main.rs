//! `sluice-worker [--migrate]`: executes runs from the queue, and schedules and reconciles
//! runs when it holds their locks; SIGTERM finishes (or hands back) the runs in flight.
//! `sluice-worker run-once <pipeline-id> [--full-reload]`: runs one pipeline now, in this
//! process, and prints the report as JSON.
//!
//! Refuses to start, with one line saying why, when the configuration is incomplete or the
//! database is unreachable or unmigrated.

use sluice_engine::{
    db::{self, Migrations},
    settings::Settings,
    telemetry,
};
use std::sync::Arc;

use sluice_worker::{
    app::{self, WorkerState},
    identity::worker_name,
    run_once,
};

#[tokio::main]
async fn main() {
    match run().await {
        Ok(code) => std::process::exit(code),
        Err(message) => {
            eprintln!("sluice-worker: {message}");
            std::process::exit(1);
        }
    }
}

async fn run() -> Result<i32, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let migrate = args.iter().any(|a| a == "--migrate");
    let settings = Settings::load().map_err(|e| e.to_string())?;
    let _telemetry = telemetry::init(&settings.telemetry, "worker");
    let migrations = if migrate {
        Migrations::Apply
    } else {
        Migrations::Require
    };
    let db = db::connect(&settings.database, migrations)
        .await
        .map_err(|e| e.to_string())?;
    let name = worker_name();
    if args.first().map(String::as_str) == Some("run-once") {
        let pipeline = args
            .get(1)
            .and_then(|a| a.parse().ok())
            .ok_or("usage: sluice-worker run-once <pipeline-id> [--full-reload]")?;
        let full_reload = args.iter().any(|a| a == "--full-reload");
        let (report, ok) = run_once::run_once(&settings, &db, &name, pipeline, full_reload)
            .await
            .map_err(|e| e.to_string())?;
        println!("{report}");
        return Ok(if ok { 0 } else { 1 });
    }
    let state = WorkerState::new(settings, db, name)
        .await
        .map_err(|e| e.to_string())?;
    app::run(Arc::new(state), shutdown_signal()).await;
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
