//! The API's read path (issue 14, item 14):
//! - `pipelines.spec_text`: the spec's text, kept by PostgreSQL beside the JSONB on every
//!   write (a stored generated column, filled for existing rows by this migration), so a list
//!   of pipelines reads text instead of converting each JSONB document back to text.
//! - Change notices on the channel [`crate::CHANGES_CHANNEL`]: each API process caches who a
//!   caller is, pages of the pipeline list and what a destination table's columns are, and
//!   drops an entry the moment one of
//!   these triggers says it changed. A notice is sent when the writing transaction commits.
//!   Payloads: `user:<id>`, `tenant:<id>`, `pipeline:<tenant id>:<id>`. (A load that creates
//!   or alters its table updates the pipeline's state in the same transaction.)

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) const UP: &str = r#"
ALTER TABLE pipelines ADD COLUMN spec_text text GENERATED ALWAYS AS (spec::text) STORED;

CREATE FUNCTION sluice_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- TG_ARGV[0] names what changed; OLD is the row as it was (the key a cache holds).
    PERFORM pg_notify('sluice_changes', TG_ARGV[0] || ':' || OLD.id::text);
    RETURN NULL;
END
$$;

-- Any change to a user (role, session_version, e-mail, tenant) or its removal.
CREATE TRIGGER users_announce_change AFTER UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION sluice_announce_change('user');
CREATE TRIGGER tenants_announce_change AFTER UPDATE OR DELETE ON tenants
    FOR EACH ROW EXECUTE FUNCTION sluice_announce_change('tenant');

-- Any pipeline written, changed (by the API, a run, the scheduler) or removed: its tenant's
-- cached lists and its table's description go.
CREATE FUNCTION sluice_announce_pipeline_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('sluice_changes', 'pipeline:' || NEW.tenant_id::text || ':' || NEW.id::text);
    ELSE
        PERFORM pg_notify('sluice_changes', 'pipeline:' || OLD.tenant_id::text || ':' || OLD.id::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER pipelines_announce_change AFTER INSERT OR UPDATE OR DELETE ON pipelines
    FOR EACH ROW EXECUTE FUNCTION sluice_announce_pipeline_change();
"#;

const DOWN: &str = r#"
DROP TRIGGER pipelines_announce_change ON pipelines;
DROP FUNCTION sluice_announce_pipeline_change();
DROP TRIGGER tenants_announce_change ON tenants;
DROP TRIGGER users_announce_change ON users;
DROP FUNCTION sluice_announce_change();
ALTER TABLE pipelines DROP COLUMN spec_text;
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_triggers_notify_the_channel_the_listeners_use() {
        let call = format!("pg_notify('{}',", crate::CHANGES_CHANNEL);
        assert_eq!(super::UP.matches("pg_notify(").count(), 3);
        assert_eq!(
            super::UP.matches(&call).count(),
            3,
            "every call must be {call}"
        );
    }
}
