//! `sluice-api [--migrate]`: serves the REST API. Refuses to start, with one line saying why,
//! when the configuration is incomplete or the database is unreachable or unmigrated.

use sluice_api::startup::Application;
use sluice_engine::{
    db::{self, Migrations},
    settings::Settings,
    telemetry,
};

#[tokio::main]
async fn main() {
    if let Err(message) = run().await {
        eprintln!("sluice-api: {message}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let migrate = std::env::args().skip(1).any(|a| a == "--migrate");
    let settings = Settings::load().map_err(|e| e.to_string())?;
    let _telemetry = telemetry::init(&settings.telemetry, "api");
    let migrations = if migrate {
        Migrations::Apply
    } else {
        Migrations::Require
    };
    let db = db::connect(&settings.database, migrations)
        .await
        .map_err(|e| e.to_string())?;
    let host = settings.application.host.clone();
    let app = Application::build(settings, db).map_err(|e| e.to_string())?;
    tracing::info!("listening on http://{host}:{}", app.port());
    app.run_until_stopped().await.map_err(|e| e.to_string())
}
