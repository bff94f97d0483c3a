//! The whole control-plane model (docs/ARCHITECTURE.md). Later migrations add columns, not tables.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) const UP: &str = r#"
CREATE TABLE tenants (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    schema_name text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email         text NOT NULL,
    password_hash text NOT NULL,
    role          text NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_tenant_idx ON users (tenant_id, id);

CREATE TABLE api_tokens (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role         text NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
    token_hash   text NOT NULL UNIQUE,
    prefix       text NOT NULL,
    expires_at   timestamptz,
    last_used_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_tokens_tenant_idx ON api_tokens (tenant_id, id);

CREATE TABLE sources (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name            text NOT NULL,
    url             text NOT NULL,
    format          text NOT NULL CHECK (format IN ('csv', 'json', 'ndjson')),
    options         jsonb NOT NULL DEFAULT '{}',
    auth_header     bytea,
    last_checked_at timestamptz,
    last_check      jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, name)
);
CREATE INDEX sources_tenant_idx ON sources (tenant_id, id);

CREATE TABLE pipelines (
    id                uuid PRIMARY KEY,
    tenant_id         uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name              text NOT NULL,
    description       text NOT NULL DEFAULT '',
    spec              jsonb NOT NULL,
    enabled           boolean NOT NULL DEFAULT true,
    destination_table text NOT NULL,
    schedule_cron     text,
    timezone          text,
    next_run_at       timestamptz,
    state             jsonb NOT NULL DEFAULT '{}',
    version           integer NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, name)
);
CREATE INDEX pipelines_tenant_idx ON pipelines (tenant_id, id);
-- Two pipelines writing one table would overwrite each other's rows.
CREATE UNIQUE INDEX pipelines_destination_key ON pipelines (tenant_id, destination_table);
CREATE INDEX pipelines_due_idx ON pipelines (next_run_at) WHERE enabled AND next_run_at IS NOT NULL;

-- Which registered source feeds which frame of a pipeline: a source in use cannot be deleted.
CREATE TABLE pipeline_sources (
    pipeline_id uuid NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    frame       text NOT NULL,
    source_id   uuid NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
    PRIMARY KEY (pipeline_id, frame)
);
CREATE INDEX pipeline_sources_source_idx ON pipeline_sources (source_id);

CREATE TABLE runs (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    pipeline_id      uuid NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    status           text NOT NULL CHECK (status IN ('queued', 'running', 'retrying', 'succeeded', 'failed', 'skipped', 'canceled')),
    trigger          text NOT NULL CHECK (trigger IN ('manual', 'schedule', 'retry')),
    full_reload      boolean NOT NULL DEFAULT false,
    scheduled_for    timestamptz,
    attempt          integer NOT NULL DEFAULT 0,
    worker_id        text,
    heartbeat_at     timestamptz,
    cancel_requested boolean NOT NULL DEFAULT false,
    queued_at        timestamptz NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    rows_extracted   bigint NOT NULL DEFAULT 0,
    rows_inserted    bigint NOT NULL DEFAULT 0,
    rows_updated     bigint NOT NULL DEFAULT 0,
    rows_unchanged   bigint NOT NULL DEFAULT 0,
    rows_failed      bigint NOT NULL DEFAULT 0,
    rows_retried     bigint NOT NULL DEFAULT 0,
    progress_rows    bigint NOT NULL DEFAULT 0,
    timings          jsonb NOT NULL DEFAULT '{}',
    step_log         jsonb NOT NULL DEFAULT '[]',
    error            text,
    error_code       text,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX runs_pipeline_idx ON runs (pipeline_id, id DESC);
CREATE INDEX runs_tenant_idx ON runs (tenant_id, id DESC);
CREATE INDEX runs_unfinished_idx ON runs (status, queued_at) WHERE status IN ('queued', 'running', 'retrying');
-- One tick of a schedule makes exactly one run.
CREATE UNIQUE INDEX runs_scheduled_key ON runs (pipeline_id, scheduled_for) WHERE scheduled_for IS NOT NULL;
-- A pipeline has at most one run executing.
CREATE UNIQUE INDEX runs_one_running ON runs (pipeline_id) WHERE status = 'running';

CREATE TABLE failed_records (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    pipeline_id     uuid NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    run_id          uuid REFERENCES runs (id) ON DELETE SET NULL,
    source          text NOT NULL,
    row_number      bigint,
    raw_record      jsonb NOT NULL,
    record_hash     text NOT NULL,
    reason          text NOT NULL,
    status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'discarded')),
    attempts        integer NOT NULL DEFAULT 1,
    retry_requested boolean NOT NULL DEFAULT false,
    resolved_at     timestamptz,
    resolved_run_id uuid REFERENCES runs (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX failed_records_pipeline_idx ON failed_records (pipeline_id, status, id);
-- Runs match open records to source rows by (source, row number).
CREATE INDEX failed_records_open_row_idx ON failed_records (pipeline_id, source, row_number) WHERE status = 'open';

CREATE TABLE deliveries (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    pipeline_id     uuid NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    run_id          uuid NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    channel         text NOT NULL CHECK (channel IN ('email', 'webhook')),
    target          text NOT NULL,
    event_id        uuid NOT NULL,
    event_type      text NOT NULL,
    payload         jsonb NOT NULL,
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
    attempts        integer NOT NULL DEFAULT 0,
    attempt_log     jsonb NOT NULL DEFAULT '[]',
    last_error      text,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deliveries_run_idx ON deliveries (run_id, id);
CREATE INDEX deliveries_pending_idx ON deliveries (next_attempt_at) WHERE status IN ('pending', 'sending');
"#;

const DOWN: &str = r#"
DROP TABLE deliveries;
DROP TABLE failed_records;
DROP TABLE runs;
DROP TABLE pipeline_sources;
DROP TABLE pipelines;
DROP TABLE sources;
DROP TABLE api_tokens;
DROP TABLE users;
DROP TABLE tenants;
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
