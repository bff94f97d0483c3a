//! Notifications: per-pipeline settings, delivery bookkeeping, and the trigger that writes a
//! finished run's deliveries (the outbox) in the very transaction that finishes it, whatever
//! path finished it.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) const UP: &str = r#"
ALTER TABLE pipelines ADD COLUMN notify jsonb NOT NULL DEFAULT '{}';
ALTER TABLE deliveries
    ADD COLUMN enqueued_at timestamptz,
    ADD COLUMN claimed_by  text,
    ADD COLUMN claimed_at  timestamptz;
CREATE INDEX deliveries_sending_idx ON deliveries (claimed_at) WHERE status = 'sending';
-- A pipeline's latest finished runs (the recovered test, the test notification), without
-- reading its whole history.
CREATE INDEX runs_pipeline_finished_idx ON runs (pipeline_id, finished_at DESC NULLS LAST);

-- The event of a finished run, as notifications carry it.
CREATE FUNCTION sluice_run_event(r runs, event_type text, event_id uuid) RETURNS jsonb
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
                'failed', r.rows_failed, 'retried', r.rows_retried),
            'open_failed_records', (SELECT count(*) FROM failed_records
                                    WHERE pipeline_id = r.pipeline_id AND status = 'open'),
            'error', r.error,
            'error_code', r.error_code))
$$;

-- One delivery per e-mail recipient and per webhook of the pipeline's current settings, all
-- sharing the event id and the payload. Returns the deliveries written.
CREATE FUNCTION sluice_write_deliveries(r runs, event_type text) RETURNS SETOF uuid
LANGUAGE plpgsql AS $$
DECLARE
    settings jsonb := (SELECT notify FROM pipelines WHERE id = r.pipeline_id);
    event_id uuid := gen_random_uuid();
    payload  jsonb := sluice_run_event(r, event_type, event_id);
BEGIN
    RETURN QUERY
    INSERT INTO deliveries (id, tenant_id, pipeline_id, run_id, channel, target, event_id, event_type, payload)
    SELECT gen_random_uuid(), r.tenant_id, r.pipeline_id, r.id, 'email', address, event_id, event_type, payload
    FROM jsonb_array_elements_text(coalesce(settings -> 'email', '[]'::jsonb)) AS address
    RETURNING id;
    RETURN QUERY
    INSERT INTO deliveries (id, tenant_id, pipeline_id, run_id, channel, target, event_id, event_type, payload)
    SELECT gen_random_uuid(), r.tenant_id, r.pipeline_id, r.id, 'webhook', hook ->> 'url', event_id, event_type, payload
    FROM jsonb_array_elements(coalesce(settings -> 'webhooks', '[]'::jsonb)) AS hook
    RETURNING id;
END;
$$;

-- One event per finished run that the pipeline's `notify.on` asks for: `run.succeeded`,
-- `run.failed`, `run.skipped`, or `run.recovered` (a success after a failed run).
CREATE FUNCTION sluice_run_finished() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    wants      jsonb;
    event_type text;
    previous   text;
BEGIN
    SELECT coalesce(notify -> 'on', '[]'::jsonb) INTO wants FROM pipelines WHERE id = NEW.pipeline_id;
    IF NOT FOUND OR wants = '[]'::jsonb THEN
        RETURN NULL;
    END IF;
    IF NEW.status = 'succeeded' THEN
        IF wants ? 'recovered' THEN
            SELECT status INTO previous FROM runs
            WHERE pipeline_id = NEW.pipeline_id AND id <> NEW.id AND status IN ('succeeded', 'failed')
            ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT 1;
        END IF;
        IF previous = 'failed' THEN
            event_type := 'run.recovered';
        ELSIF wants ? 'success' THEN
            event_type := 'run.succeeded';
        END IF;
    ELSIF NEW.status = 'failed' AND wants ? 'failure' THEN
        event_type := 'run.failed';
    ELSIF NEW.status = 'skipped' AND wants ? 'skipped' THEN
        event_type := 'run.skipped';
    END IF;
    IF event_type IS NOT NULL THEN
        PERFORM sluice_write_deliveries(NEW, event_type);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER runs_finished_notify
    AFTER UPDATE OF status ON runs
    FOR EACH ROW
    WHEN (NEW.status IN ('succeeded', 'failed', 'skipped') AND OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION sluice_run_finished();
"#;

const DOWN: &str = r#"
DROP TRIGGER runs_finished_notify ON runs;
DROP FUNCTION sluice_run_finished();
DROP FUNCTION sluice_write_deliveries(runs, text);
DROP FUNCTION sluice_run_event(runs, text, uuid);
DROP INDEX runs_pipeline_finished_idx;
DROP INDEX deliveries_sending_idx;
ALTER TABLE deliveries DROP COLUMN claimed_at, DROP COLUMN claimed_by, DROP COLUMN enqueued_at;
ALTER TABLE pipelines DROP COLUMN notify;
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
