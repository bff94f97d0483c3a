//! Indexes for retention (issue 13, item 7): the reconciler's leader deletes finished runs,
//! sent or failed deliveries and resolved or discarded failed records, oldest first, in
//! batches; each batch finds its rows through one of these instead of scanning the table.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) const UP: &str = r#"
CREATE INDEX runs_retention_idx ON runs (created_at)
    WHERE status IN ('succeeded', 'failed', 'skipped', 'canceled');
CREATE INDEX deliveries_retention_idx ON deliveries (created_at)
    WHERE status IN ('delivered', 'failed');
CREATE INDEX failed_records_retention_idx ON failed_records (updated_at)
    WHERE status IN ('resolved', 'discarded');
"#;

const DOWN: &str = r#"
DROP INDEX failed_records_retention_idx;
DROP INDEX deliveries_retention_idx;
DROP INDEX runs_retention_idx;
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
