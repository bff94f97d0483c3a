//! Typed by default (issue 15): a source frame's columns are now read as the types their values
//! have unless the frame says `"infer_types": false`. Pipelines stored before keep loading text
//! columns: each of their source frames is written `{"source": name, "infer_types": false}`
//! (the spec's stored form for it; `spec_text` follows, being generated from `spec`), and the
//! pipeline's version moves on, as for any change of its spec. `down` writes the frames back as
//! names, the only form the code before understands.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

pub(crate) const UP: &str = r#"
UPDATE pipelines
SET spec = jsonb_set(spec, '{sources}', (
        SELECT jsonb_object_agg(frame,
            CASE WHEN jsonb_typeof(source) = 'string'
                 THEN jsonb_build_object('source', source, 'infer_types', false)
                 ELSE source END)
        FROM jsonb_each(spec->'sources') AS s(frame, source))),
    version = version + 1
WHERE jsonb_typeof(spec->'sources') = 'object'
  AND EXISTS (SELECT 1 FROM jsonb_each(spec->'sources') AS s(frame, source)
              WHERE jsonb_typeof(source) = 'string');
"#;

const DOWN: &str = r#"
UPDATE pipelines
SET spec = jsonb_set(spec, '{sources}', (
        SELECT jsonb_object_agg(frame,
            CASE WHEN jsonb_typeof(source) = 'object' THEN source->'source' ELSE source END)
        FROM jsonb_each(spec->'sources') AS s(frame, source))),
    version = version + 1
WHERE jsonb_typeof(spec->'sources') = 'object'
  AND EXISTS (SELECT 1 FROM jsonb_each(spec->'sources') AS s(frame, source)
              WHERE jsonb_typeof(source) = 'object');
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
