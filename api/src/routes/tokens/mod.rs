//! API tokens for machines: shown once at creation, stored as a SHA-256 hash.

pub mod create;
pub mod delete;
pub mod list;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use sluice_engine::{db::entity::api_token, domain::Role};
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Serialize, ToSchema)]
pub struct TokenResponse {
    pub id: Uuid,
    pub name: String,
    /// The most the token may do; never more than its owner's current role.
    pub role: Role,
    /// The owner: the token stops working when the owner is removed.
    pub user_id: Uuid,
    /// First characters of the token, to recognise it.
    pub prefix: String,
    pub expires_at: Option<DateTime<FixedOffset>>,
    pub last_used_at: Option<DateTime<FixedOffset>>,
    pub created_at: DateTime<FixedOffset>,
}

impl From<api_token::Model> for TokenResponse {
    fn from(t: api_token::Model) -> Self {
        Self {
            id: t.id,
            name: t.name,
            role: Role::from_db(&t.role).unwrap_or(Role::Viewer),
            user_id: t.user_id,
            prefix: t.prefix,
            expires_at: t.expires_at,
            last_used_at: t.last_used_at,
            created_at: t.created_at,
        }
    }
}
