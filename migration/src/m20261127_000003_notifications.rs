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

-- One event per finished run that the pipeline's `notify.on` asks for: `run.succeeded`,
-- `run.failed`, `run.skipped`, or `run.recovered` (a success after a failed run). One delivery
-- per e-mail recipient and per webhook, all sharing the event id and the payload.
CREATE FUNCTION sluice_run_finished() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    p          pipelines%ROWTYPE;
    wants      jsonb;
    event_type text;
    previous   text;
    event_id   uuid := gen_random_uuid();
    payload    jsonb;
BEGIN
    SELECT * INTO p FROM pipelines WHERE id = NEW.pipeline_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    wants := coalesce(p.notify -> 'on', '[]'::jsonb);
    IF NEW.status = 'succeeded' THEN
        SELECT status INTO previous FROM runs
        WHERE pipeline_id = NEW.pipeline_id AND id <> NEW.id AND status IN ('succeeded', 'failed')
        ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT 1;
        IF previous = 'failed' AND wants ? 'recovered' THEN
            event_type := 'run.recovered';
        ELSIF wants ? 'success' THEN
            event_type := 'run.succeeded';
        END IF;
    ELSIF NEW.status = 'failed' AND wants ? 'failure' THEN
        event_type := 'run.failed';
    ELSIF NEW.status = 'skipped' AND wants ? 'skipped' THEN
        event_type := 'run.skipped';
    END IF;
    IF event_type IS NULL THEN
        RETURN NULL;
    END IF;
    payload := jsonb_build_object(
        'id', event_id,
        'type', event_type,
        'created_at', now(),
        'tenant', jsonb_build_object('id', NEW.tenant_id, 'name', (SELECT name FROM tenants WHERE id = NEW.tenant_id)),
        'pipeline', jsonb_build_object('id', p.id, 'name', p.name, 'next_run_at', p.next_run_at),
        'run', jsonb_build_object(
            'id', NEW.id,
            'status', NEW.status,
            'trigger', NEW.trigger,
            'attempt', NEW.attempt,
            'started_at', NEW.started_at,
            'finished_at', NEW.finished_at,
            'duration_ms', (extract(epoch FROM NEW.finished_at - NEW.started_at) * 1000)::bigint,
            'counts', jsonb_build_object(
                'extracted', NEW.rows_extracted, 'inserted', NEW.rows_inserted,
                'updated', NEW.rows_updated, 'unchanged', NEW.rows_unchanged,
                'failed', NEW.rows_failed, 'retried', NEW.rows_retried),
            'open_failed_records', (SELECT count(*) FROM failed_records
                                    WHERE pipeline_id = NEW.pipeline_id AND status = 'open'),
            'error', NEW.error,
            'error_code', NEW.error_code));
    INSERT INTO deliveries (id, tenant_id, pipeline_id, run_id, channel, target, event_id, event_type, payload)
    SELECT gen_random_uuid(), NEW.tenant_id, NEW.pipeline_id, NEW.id, 'email', address, event_id, event_type, payload
    FROM jsonb_array_elements_text(coalesce(p.notify -> 'email', '[]'::jsonb)) AS address;
    INSERT INTO deliveries (id, tenant_id, pipeline_id, run_id, channel, target, event_id, event_type, payload)
    SELECT gen_random_uuid(), NEW.tenant_id, NEW.pipeline_id, NEW.id, 'webhook', hook ->> 'url', event_id, event_type, payload
    FROM jsonb_array_elements(coalesce(p.notify -> 'webhooks', '[]'::jsonb)) AS hook;
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
