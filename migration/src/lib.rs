//! Control-plane migrations. Each migration is plain PostgreSQL, applied in a transaction.

pub use sea_orm_migration::prelude::*;

mod m20261127_000001_control_plane;
mod m20261127_000002_run_queue;
mod m20261127_000003_notifications;
mod m20261130_000004_dashboards;
mod m20261130_000005_integrity;
mod m20261130_000006_retention;
mod m20261130_000007_read_path;
mod m20261130_000008_run_counts;
mod m20261130_000009_rows_deleted;
mod m20261130_000010_infer_types_off;
mod m20261130_000011_destinations;
mod m20261130_000012_pipeline_destination;

pub struct Migrator;

/// The PostgreSQL channel on which control-plane changes are announced to the API processes'
/// caches (payloads in `m20261130_000007_read_path`). The triggers spell it in their SQL; a test
/// holds the two together.
pub const CHANGES_CHANNEL: &str = "sluice_changes";

/// A fingerprint of every migration's SQL: test suites key their template database on it, so
/// a changed migration gets a fresh template.
pub fn fingerprint() -> String {
    // FNV-1a: stable across builds and platforms, unlike `DefaultHasher`.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for sql in [
        m20261127_000001_control_plane::UP,
        m20261127_000002_run_queue::UP,
        m20261127_000003_notifications::UP,
        m20261130_000004_dashboards::UP,
        m20261130_000005_integrity::UP,
        m20261130_000006_retention::UP,
        m20261130_000007_read_path::UP,
        m20261130_000008_run_counts::UP,
        m20261130_000009_rows_deleted::UP,
        m20261130_000010_infer_types_off::UP,
        m20261130_000011_destinations::UP,
        m20261130_000012_pipeline_destination::UP,
    ] {
        for byte in sql.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_control_plane::Migration),
            Box::new(m20261127_000002_run_queue::Migration),
            Box::new(m20261127_000003_notifications::Migration),
            Box::new(m20261130_000004_dashboards::Migration),
            Box::new(m20261130_000005_integrity::Migration),
            Box::new(m20261130_000006_retention::Migration),
            Box::new(m20261130_000007_read_path::Migration),
            Box::new(m20261130_000008_run_counts::Migration),
            Box::new(m20261130_000009_rows_deleted::Migration),
            Box::new(m20261130_000010_infer_types_off::Migration),
            Box::new(m20261130_000011_destinations::Migration),
            Box::new(m20261130_000012_pipeline_destination::Migration),
        ]
    }
}
