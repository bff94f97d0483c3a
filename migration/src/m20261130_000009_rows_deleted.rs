//! One more count of a run (issue 15): `deleted`, the rows a `mirror` load deleted from the
//! table, or marked deleted (`soft_delete`), because the output no longer had their key. The
//! event a notification carries gains it.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) const UP: &str = r#"
ALTER TABLE runs ADD COLUMN rows_deleted bigint NOT NULL DEFAULT 0;

-- The event of a finished run, as notifications carry it.
CREATE OR REPLACE FUNCTION sluice_run_event(r runs, event_type text, event_id uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', event_id,
        'type', event_type,
        'created_at', now(),
        'tenant', jsonb_build_object('id', r.tenant_id, 'name', (SELECT name FROM tenants WHERE id = r.tenant_id)),
        'pipeline', (SELECT jsonb_build_object('id', p.id, 'name', p.name, 'next_run_at', p.next_run_at)
                     FROM pipelines p WHERE p.id = r.pipeline_id),
        'run', jsonb_build_object(
            'id', r.id,
            'status', r.status,
            'trigger', r.trigger,
            'attempt', r.attempt,
            'started_at', r.started_at,
            'finished_at', r.finished_at,
            'duration_ms', (extract(epoch FROM r.finished_at - r.started_at) * 1000)::bigint,
            'counts', jsonb_build_object(
                'extracted', r.rows_extracted, 'inserted', r.rows_inserted,
                'updated', r.rows_updated, 'unchanged', r.rows_unchanged,
                'failed', r.rows_failed, 'retried', r.rows_retried,
                'resolved', r.rows_resolved, 'warned', r.rows_warned,
                'deleted', r.rows_deleted),
            'open_failed_records', (SELECT count(*) FROM failed_records
                                    WHERE pipeline_id = r.pipeline_id AND status = 'open'),
            'error', r.error,
            'error_code', r.error_code))
$$;
"#;

// The function as m20261130_000008 left it.
const DOWN: &str = r#"
-- The event of a finished run, as notifications carry it.
CREATE OR REPLACE FUNCTION sluice_run_event(r runs, event_type text, event_id uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', event_id,
        'type', event_type,
        'created_at', now(),
        'tenant', jsonb_build_object('id', r.tenant_id, 'name', (SELECT name FROM tenants WHERE id = r.tenant_id)),
        'pipeline', (SELECT jsonb_build_object('id', p.id, 'name', p.name, 'next_run_at', p.next_run_at)
                     FROM pipelines p WHERE p.id = r.pipeline_id),
        'run', jsonb_build_object(
            'id', r.id,
            'status', r.status,
            'trigger', r.trigger,
            'attempt', r.attempt,
            'started_at', r.started_at,
            'finished_at', r.finished_at,
            'duration_ms', (extract(epoch FROM r.finished_at - r.started_at) * 1000)::bigint,
            'counts', jsonb_build_object(
                'extracted', r.rows_extracted, 'inserted', r.rows_inserted,
                'updated', r.rows_updated, 'unchanged', r.rows_unchanged,
                'failed', r.rows_failed, 'retried', r.rows_retried,
                'resolved', r.rows_resolved, 'warned', r.rows_warned),
            'open_failed_records', (SELECT count(*) FROM failed_records
                                    WHERE pipeline_id = r.pipeline_id AND status = 'open'),
            'error', r.error,
            'error_code', r.error_code))
$$;
ALTER TABLE runs DROP COLUMN rows_deleted;
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
