//! `failed_records` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "failed_records")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub pipeline_id: Uuid,
    pub run_id: Option<Uuid>,
    pub source: String,
    pub row_number: Option<i64>,
    #[sea_orm(column_type = "JsonBinary")]
    pub raw_record: Json,
    pub record_hash: String,
    pub reason: String,
    pub status: String,
    pub attempts: i32,
    pub retry_requested: bool,
    pub resolved_at: Option<DateTimeWithTimeZone>,
    pub resolved_run_id: Option<Uuid>,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
