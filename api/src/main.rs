//! `sluice-api [--migrate]`: serves the REST API. Refuses to start, with one line saying why,
//! when the configuration is incomplete or the database is unreachable or unmigrated.

use clap::Parser;
use sluice_api::{settings::Settings, startup::Application};
use sluice_engine::{
    db::{self, Migrations},
    telemetry,
};

/// Serves the Sluice REST API (/api/v1), its OpenAPI document and Swagger UI (/docs/).
#[derive(Parser)]
#[command(
    name = "sluice-api",
    version,
    after_help = "Settings come from $SLUICE_CONFIG_DIR (default ./config): base.yaml, then \
                  $SLUICE_ENVIRONMENT.yaml (local, test or production), then SLUICE__SECTION__KEY \
                  environment variables. See README.md, Configuration."
)]
struct Args {
    /// Apply pending database migrations before serving (otherwise an unmigrated database is
    /// refused).
    #[arg(long)]
    migrate: bool,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    if let Err(message) = run(args).await {
        eprintln!("sluice-api: {message}");
        std::process::exit(1);
    }
}

async fn run(args: Args) -> Result<(), String> {
    let settings = Settings::load().map_err(|e| e.to_string())?;
    let _telemetry = telemetry::init(&settings.telemetry, "api");
    let migrations = if args.migrate {
        Migrations::Apply
    } else {
        Migrations::Require
    };
    let db = db::connect_tuned(
        &settings.database,
        migrations,
        sluice_api::startup::pool_tuning(&settings),
    )
    .await
    .map_err(|e| e.to_string())?;
    let host = settings.application.host.clone();
    let app = Application::build(settings, db).map_err(|e| e.to_string())?;
    tracing::info!("listening on http://{host}:{}", app.port());
    app.run_until_stopped().await.map_err(|e| e.to_string())
}
