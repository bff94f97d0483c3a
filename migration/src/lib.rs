//! Control-plane migrations. Each migration is plain PostgreSQL, applied in a transaction.

pub use sea_orm_migration::prelude::*;

mod m20261127_000001_control_plane;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![Box::new(m20261127_000001_control_plane::Migration)]
    }
}
