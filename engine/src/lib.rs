//! Sluice's engine: domain types, settings, telemetry, control-plane entities, the pipeline spec
//! and the ETL engine. Shared by `sluice-api` and `sluice-worker`; depends on neither actix nor
//! apalis.

pub mod crypto;
pub mod db;
pub mod destination;
pub mod domain;
pub mod etl;
pub mod metrics;
pub mod notifications;
pub mod reseal;
pub mod retention;
pub mod run_records;
pub mod settings;
pub mod spec;
pub mod telemetry;
