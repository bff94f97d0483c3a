//! A pipeline may load into one of its tenant's destinations (`spec.destination.database`)
//! instead of the built-in database. The reference names the tenant with the destination, so
//! that it cannot point into another tenant (as `pipeline_sources` does for sources), and keeps
//! a destination that pipelines load into from being deleted. A table name is unique per
//! database: two pipelines of a tenant may each load a table `daily`, one here and one in a
//! destination of its own, but not both into the same one.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) const UP: &str = r#"
ALTER TABLE pipelines ADD COLUMN destination_id uuid;
ALTER TABLE pipelines ADD CONSTRAINT pipelines_destination_fkey
    FOREIGN KEY (tenant_id, destination_id) REFERENCES destinations (tenant_id, id) ON DELETE RESTRICT;
DROP INDEX pipelines_destination_key;
CREATE UNIQUE INDEX pipelines_destination_key ON pipelines
    (tenant_id, COALESCE(destination_id, '00000000-0000-0000-0000-000000000000'::uuid), destination_table);
CREATE INDEX pipelines_destination_id_idx ON pipelines (destination_id) WHERE destination_id IS NOT NULL;
"#;

const DOWN: &str = r#"
DROP INDEX pipelines_destination_id_idx;
DROP INDEX pipelines_destination_key;
CREATE UNIQUE INDEX pipelines_destination_key ON pipelines (tenant_id, destination_table);
ALTER TABLE pipelines DROP CONSTRAINT pipelines_destination_fkey;
ALTER TABLE pipelines DROP COLUMN destination_id;
"#;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.get_connection().execute_unprepared(UP).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.get_connection().execute_unprepared(DOWN).await?;
        Ok(())
    }
}
