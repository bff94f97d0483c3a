//! The tenant's users. Everyone may list them; only admins add, change or remove them.

pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod update;

use chrono::{DateTime, FixedOffset};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter, Statement,
};
use serde::Serialize;
use sluice_engine::{db::entity::user, domain::Role};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::{ApiError, Code};

#[derive(Serialize, ToSchema)]
pub struct UserResponse {
    pub id: Uuid,
    pub email: String,
    pub role: Role,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl From<user::Model> for UserResponse {
    fn from(u: user::Model) -> Self {
        Self {
            id: u.id,
            email: u.email,
            role: Role::from_db(&u.role).unwrap_or(Role::Viewer),
            created_at: u.created_at,
            updated_at: u.updated_at,
        }
    }
}

pub(crate) fn not_found(id: Uuid) -> ApiError {
    ApiError::new(Code::UserNotFound, format!("no user {id} in this tenant"))
}

/// Locks the tenant's row for the transaction, so concurrent role changes and removals are
/// decided one after the other (no two admins removing each other at once).
pub(crate) async fn lock_tenant(
    txn: &impl ConnectionTrait,
    tenant_id: Uuid,
) -> Result<(), ApiError> {
    txn.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT 1 FROM tenants WHERE id = $1 FOR UPDATE",
        [tenant_id.into()],
    ))
    .await?;
    Ok(())
}

pub(crate) async fn admin_count(
    txn: &impl ConnectionTrait,
    tenant_id: Uuid,
) -> Result<u64, ApiError> {
    Ok(user::Entity::find()
        .filter(user::Column::TenantId.eq(tenant_id))
        .filter(user::Column::Role.eq(Role::Admin.as_str()))
        .count(txn)
        .await?)
}
