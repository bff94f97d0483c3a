//! The tenant as shown to its members.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use sluice_engine::db::entity::tenant;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Serialize, ToSchema)]
pub struct TenantResponse {
    pub id: Uuid,
    pub name: String,
    /// PostgreSQL schema holding the tenant's destination tables.
    pub schema: String,
    pub created_at: DateTime<FixedOffset>,
}

impl From<tenant::Model> for TenantResponse {
    fn from(t: tenant::Model) -> Self {
        Self {
            id: t.id,
            name: t.name,
            schema: t.schema_name,
            created_at: t.created_at,
        }
    }
}
