//! Destinations: PostgreSQL databases a tenant owns, where its pipelines may load instead of
//! the built-in database (docs/DESTINATIONS.md). The password is sealed by the service
//! (`destination:<id>`), like a source's auth header.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) const UP: &str = r#"
CREATE TABLE destinations (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name            text NOT NULL,
    host            text NOT NULL,
    port            integer NOT NULL CHECK (port BETWEEN 1 AND 65535),
    database        text NOT NULL,
    username        text NOT NULL,
    password        bytea,
    sslmode         text NOT NULL CHECK (sslmode IN ('disable', 'require', 'verify-ca', 'verify-full')),
    schema_name     text NOT NULL,
    last_checked_at timestamptz,
    last_check      jsonb,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT destinations_name_key UNIQUE (tenant_id, name),
    -- What a pipeline's reference to its destination will name, so that it cannot point into
    -- another tenant (as pipeline_sources does for sources).
    CONSTRAINT destinations_tenant_id_id_key UNIQUE (tenant_id, id)
);
"#;

const DOWN: &str = "DROP TABLE destinations;";

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
