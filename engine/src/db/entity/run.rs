//! `runs` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "runs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub pipeline_id: Uuid,
    pub status: String,
    pub trigger: String,
    pub full_reload: bool,
    pub scheduled_for: Option<DateTimeWithTimeZone>,
    pub attempt: i32,
    pub worker_id: Option<String>,
    pub heartbeat_at: Option<DateTimeWithTimeZone>,
    pub cancel_requested: bool,
    pub queued_at: DateTimeWithTimeZone,
    pub started_at: Option<DateTimeWithTimeZone>,
    pub finished_at: Option<DateTimeWithTimeZone>,
    pub rows_extracted: i64,
    pub rows_inserted: i64,
    pub rows_updated: i64,
    pub rows_unchanged: i64,
    pub rows_failed: i64,
    pub rows_retried: i64,
    pub rows_resolved: i64,
    pub rows_warned: i64,
    pub rows_deleted: i64,
    pub progress_rows: i64,
    #[sea_orm(column_type = "JsonBinary")]
    pub timings: Json,
    #[sea_orm(column_type = "JsonBinary")]
    pub step_log: Json,
    pub error: Option<String>,
    pub error_code: Option<String>,
    pub created_at: DateTimeWithTimeZone,
    pub enqueued_at: Option<DateTimeWithTimeZone>,
    pub retry_at: Option<DateTimeWithTimeZone>,
    pub traceparent: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
