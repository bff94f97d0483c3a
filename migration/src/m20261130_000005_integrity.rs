//! Invariants the database holds whatever the code does (issue 12, items 12, 14 and 15):
//! - e-mails are stored lower-case and unique as stored, so login's `email = $1` is an index
//!   lookup;
//! - a user's `session_version` is carried by their access tokens: bumping it (a password
//!   change) ends every session at once;
//! - a tenant's row references its parent by `(tenant_id, id)`, so it can never point into
//!   another tenant;
//! - every foreign key has an index to find its rows from the parent's side;
//! - a pipeline has at most one run queued, retrying or running (`runs_one_active`).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) const UP: &str = r#"
-- E-mails: lower-case by constraint, unique as queried.
UPDATE users SET email = lower(email) WHERE email <> lower(email);
ALTER TABLE users ADD CONSTRAINT users_email_lower CHECK (email = lower(email));
DROP INDEX users_email_key;
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);

-- Sessions: an access token is valid while it carries its user's current version.
ALTER TABLE users ADD COLUMN session_version integer NOT NULL DEFAULT 0;

-- Parents' (tenant_id, id) keys; each replaces a plain index on the same columns.
ALTER TABLE users ADD CONSTRAINT users_tenant_id_id_key UNIQUE (tenant_id, id);
DROP INDEX users_tenant_idx;
ALTER TABLE sources ADD CONSTRAINT sources_tenant_id_id_key UNIQUE (tenant_id, id);
DROP INDEX sources_tenant_idx;
ALTER TABLE pipelines ADD CONSTRAINT pipelines_tenant_id_id_key UNIQUE (tenant_id, id);
DROP INDEX pipelines_tenant_idx;
ALTER TABLE runs ADD CONSTRAINT runs_tenant_id_id_key UNIQUE (tenant_id, id);
DROP INDEX runs_tenant_idx;

-- Children reference (tenant_id, id).
ALTER TABLE api_tokens
    DROP CONSTRAINT api_tokens_user_id_fkey,
    ADD CONSTRAINT api_tokens_user_fkey FOREIGN KEY (tenant_id, user_id)
        REFERENCES users (tenant_id, id) ON DELETE CASCADE;
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

ALTER TABLE pipeline_sources ADD COLUMN tenant_id uuid;
UPDATE pipeline_sources ps SET tenant_id = p.tenant_id FROM pipelines p WHERE p.id = ps.pipeline_id;
ALTER TABLE pipeline_sources
    ALTER COLUMN tenant_id SET NOT NULL,
    DROP CONSTRAINT pipeline_sources_pipeline_id_fkey,
    DROP CONSTRAINT pipeline_sources_source_id_fkey,
    ADD CONSTRAINT pipeline_sources_pipeline_fkey FOREIGN KEY (tenant_id, pipeline_id)
        REFERENCES pipelines (tenant_id, id) ON DELETE CASCADE,
    ADD CONSTRAINT pipeline_sources_source_fkey FOREIGN KEY (tenant_id, source_id)
        REFERENCES sources (tenant_id, id) ON DELETE RESTRICT;

ALTER TABLE runs
    DROP CONSTRAINT runs_pipeline_id_fkey,
    ADD CONSTRAINT runs_pipeline_fkey FOREIGN KEY (tenant_id, pipeline_id)
        REFERENCES pipelines (tenant_id, id) ON DELETE CASCADE;

-- A deleted run leaves its failed records (only the reference goes), as before.
ALTER TABLE failed_records
    DROP CONSTRAINT failed_records_pipeline_id_fkey,
    DROP CONSTRAINT failed_records_run_id_fkey,
    DROP CONSTRAINT failed_records_resolved_run_id_fkey,
    ADD CONSTRAINT failed_records_pipeline_fkey FOREIGN KEY (tenant_id, pipeline_id)
        REFERENCES pipelines (tenant_id, id) ON DELETE CASCADE,
    ADD CONSTRAINT failed_records_run_fkey FOREIGN KEY (tenant_id, run_id)
        REFERENCES runs (tenant_id, id) ON DELETE SET NULL (run_id),
    ADD CONSTRAINT failed_records_resolved_run_fkey FOREIGN KEY (tenant_id, resolved_run_id)
        REFERENCES runs (tenant_id, id) ON DELETE SET NULL (resolved_run_id);
CREATE INDEX failed_records_run_idx ON failed_records (run_id);
CREATE INDEX failed_records_resolved_run_idx ON failed_records (resolved_run_id) WHERE resolved_run_id IS NOT NULL;
CREATE INDEX failed_records_tenant_idx ON failed_records (tenant_id, id);

ALTER TABLE deliveries
    DROP CONSTRAINT deliveries_pipeline_id_fkey,
    DROP CONSTRAINT deliveries_run_id_fkey,
    ADD CONSTRAINT deliveries_pipeline_fkey FOREIGN KEY (tenant_id, pipeline_id)
        REFERENCES pipelines (tenant_id, id) ON DELETE CASCADE,
    ADD CONSTRAINT deliveries_run_fkey FOREIGN KEY (tenant_id, run_id)
        REFERENCES runs (tenant_id, id) ON DELETE CASCADE;
CREATE INDEX deliveries_pipeline_idx ON deliveries (pipeline_id);
CREATE INDEX deliveries_tenant_idx ON deliveries (tenant_id, id);

-- One active run per pipeline. Runs already queued behind another active run of their
-- pipeline (the scheduler used to stack them) are canceled: the running one, or else the
-- oldest, stays.
UPDATE runs r SET status = 'canceled', finished_at = now(),
    error = 'canceled on upgrade: the pipeline had another run queued or executing'
WHERE r.status IN ('queued', 'retrying')
  AND EXISTS (SELECT 1 FROM runs o
              WHERE o.pipeline_id = r.pipeline_id AND o.id <> r.id
                AND (o.status = 'running' OR (o.status IN ('queued', 'retrying') AND o.id < r.id)));
CREATE UNIQUE INDEX runs_one_active ON runs (pipeline_id) WHERE status IN ('queued', 'retrying', 'running');
-- Implied by runs_one_active.
DROP INDEX runs_one_running;
"#;

const DOWN: &str = r#"
CREATE UNIQUE INDEX runs_one_running ON runs (pipeline_id) WHERE status = 'running';
DROP INDEX runs_one_active;

DROP INDEX deliveries_tenant_idx;
DROP INDEX deliveries_pipeline_idx;
ALTER TABLE deliveries
    DROP CONSTRAINT deliveries_run_fkey,
    DROP CONSTRAINT deliveries_pipeline_fkey,
    ADD CONSTRAINT deliveries_pipeline_id_fkey FOREIGN KEY (pipeline_id)
        REFERENCES pipelines (id) ON DELETE CASCADE,
    ADD CONSTRAINT deliveries_run_id_fkey FOREIGN KEY (run_id)
        REFERENCES runs (id) ON DELETE CASCADE;

DROP INDEX failed_records_tenant_idx;
DROP INDEX failed_records_resolved_run_idx;
DROP INDEX failed_records_run_idx;
ALTER TABLE failed_records
    DROP CONSTRAINT failed_records_resolved_run_fkey,
    DROP CONSTRAINT failed_records_run_fkey,
    DROP CONSTRAINT failed_records_pipeline_fkey,
    ADD CONSTRAINT failed_records_pipeline_id_fkey FOREIGN KEY (pipeline_id)
        REFERENCES pipelines (id) ON DELETE CASCADE,
    ADD CONSTRAINT failed_records_run_id_fkey FOREIGN KEY (run_id)
        REFERENCES runs (id) ON DELETE SET NULL,
    ADD CONSTRAINT failed_records_resolved_run_id_fkey FOREIGN KEY (resolved_run_id)
        REFERENCES runs (id) ON DELETE SET NULL;

ALTER TABLE runs
    DROP CONSTRAINT runs_pipeline_fkey,
    ADD CONSTRAINT runs_pipeline_id_fkey FOREIGN KEY (pipeline_id)
        REFERENCES pipelines (id) ON DELETE CASCADE;

ALTER TABLE pipeline_sources
    DROP CONSTRAINT pipeline_sources_source_fkey,
    DROP CONSTRAINT pipeline_sources_pipeline_fkey,
    ADD CONSTRAINT pipeline_sources_pipeline_id_fkey FOREIGN KEY (pipeline_id)
        REFERENCES pipelines (id) ON DELETE CASCADE,
    ADD CONSTRAINT pipeline_sources_source_id_fkey FOREIGN KEY (source_id)
        REFERENCES sources (id) ON DELETE RESTRICT,
    DROP COLUMN tenant_id;

DROP INDEX api_tokens_user_idx;
ALTER TABLE api_tokens
    DROP CONSTRAINT api_tokens_user_fkey,
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE;

CREATE INDEX runs_tenant_idx ON runs (tenant_id, id DESC);
ALTER TABLE runs DROP CONSTRAINT runs_tenant_id_id_key;
CREATE INDEX pipelines_tenant_idx ON pipelines (tenant_id, id);
ALTER TABLE pipelines DROP CONSTRAINT pipelines_tenant_id_id_key;
CREATE INDEX sources_tenant_idx ON sources (tenant_id, id);
ALTER TABLE sources DROP CONSTRAINT sources_tenant_id_id_key;
CREATE INDEX users_tenant_idx ON users (tenant_id, id);
ALTER TABLE users DROP CONSTRAINT users_tenant_id_id_key;

ALTER TABLE users DROP COLUMN session_version;

ALTER TABLE users DROP CONSTRAINT users_email_key;
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
ALTER TABLE users DROP CONSTRAINT users_email_lower;
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
