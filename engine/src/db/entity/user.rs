//! `users` table.

use sea_orm::entity::prelude::*;

use crate::domain::Email;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub email: String,
    pub password_hash: String,
    pub role: String,
    /// Access tokens carry the version they were issued under; a password change bumps it,
    /// which ends every session issued before.
    pub session_version: i32,
    pub created_at: DateTimeWithTimeZone,
    pub updated_at: DateTimeWithTimeZone,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Entity {
    /// The account of `email`. Addresses are stored lower-case (`users_email_lower`), as
    /// `Email` holds them, so this is one lookup in the unique index `users_email_key`.
    pub fn find_by_email(email: &Email) -> Select<Entity> {
        Self::find().filter(Column::Email.eq(email.as_str()))
    }
}
