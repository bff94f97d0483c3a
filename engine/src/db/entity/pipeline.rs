//! `pipelines` table.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "pipelines")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub name: String,
    pub description: String,
    #[sea_orm(column_type = "JsonBinary")]
    pub spec: Json,
    pub enabled: bool,
    pub destination_table: String,
    /// The tenant's destination the table is in (`spec.destination.database`); none for the
    /// built-in database.
    pub destination_id: Option<Uuid>,
    pub schedule_cron: Option<String>,
    pub timezone: Option<String>,
    pub next_run_at: Option<DateTimeWithTimeZone>,
    #[sea_orm(column_type = "JsonBinary")]
    pub state: Json,
    pub version: i32,
    #[sea_orm(column_type = "JsonBinary")]
    pub notify: Json,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
