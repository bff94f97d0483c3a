//! Runs one pipeline synchronously, outside the queue: the engine's entry point for the
//! command line, the demo and tests.

use std::sync::Arc;

use sea_orm::DatabaseConnection;
use serde_json::json;
use sluice_engine::{
    etl::{
        extract::Fetcher,
        run::{self, Engine},
    },
    run_records,
};
use uuid::Uuid;

use crate::settings::Settings;

/// Builds the engine from settings and a connection.
pub fn engine(settings: &Settings, db: &DatabaseConnection) -> anyhow::Result<Engine> {
    Ok(Engine {
        fetcher: Fetcher::new(&settings.extract)?,
        pool: db.get_postgres_connection_pool().clone(),
        batch_rows: settings.worker.batch_rows.max(1),
        compare_rows_in_memory: run::DEFAULT_COMPARE_ROWS_IN_MEMORY,
        pair_slice_pages: run::DEFAULT_PAIR_SLICE_PAGES,
        destinations: run::DestinationAccess::new(&settings.destinations),
    })
}

/// Runs `pipeline` now. Returns the report (JSON text) and whether the run succeeded or was
/// skipped; a failed run is recorded as failed with its reason.
pub async fn run_once(
    settings: &Settings,
    db: &DatabaseConnection,
    worker: &str,
    pipeline: Uuid,
    full_reload: bool,
) -> anyhow::Result<(String, bool)> {
    let engine = engine(settings, db)?;
    let encryptor = settings.encryptor()?;
    let run_id = run_records::create_held(&engine.pool, pipeline, worker, full_reload).await?;
    let outcome = async {
        let request = run::request(
            db,
            &encryptor,
            run_id,
            pipeline,
            Some(worker.to_owned()),
            full_reload,
        )
        .await?;
        run::execute(&engine, request, Arc::new(|_| {})).await
    }
    .await;
    match outcome {
        Ok(report) => Ok((
            serde_json::to_string_pretty(&json!({"run_id": run_id, "report": report}))?,
            true,
        )),
        Err(error) => {
            run::fail_run(&engine.pool, run_id, Some(worker), &error).await?;
            Ok((
                serde_json::to_string_pretty(&json!({
                    "run_id": run_id,
                    "status": "failed",
                    "stage": error.stage,
                    "code": error.code,
                    "error": error.message,
                    "recoverable": error.recoverable,
                }))?,
                false,
            ))
        }
    }
}
