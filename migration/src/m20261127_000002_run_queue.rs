//! What the run queue needs on `runs`: when a run was last handed to the queue, when a retry is
//! due, and the caller's trace context.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) const UP: &str = r#"
ALTER TABLE runs
    ADD COLUMN enqueued_at timestamptz,
    ADD COLUMN retry_at    timestamptz,
    ADD COLUMN traceparent text;
CREATE INDEX runs_retry_due_idx ON runs (retry_at) WHERE status = 'retrying';
CREATE INDEX runs_tenant_running_idx ON runs (tenant_id) WHERE status = 'running';
"#;

const DOWN: &str = r#"
DROP INDEX runs_tenant_running_idx;
DROP INDEX runs_retry_due_idx;
ALTER TABLE runs DROP COLUMN traceparent, DROP COLUMN retry_at, DROP COLUMN enqueued_at;
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
