//! Destinations: PostgreSQL databases the tenant owns, where its pipelines may load
//! (docs/DESTINATIONS.md). Anyone in the tenant may read them (never the password); admins
//! create, change and delete them, since they hold a database login; members may check them.

pub mod apply;
pub mod check;
pub mod create;
pub mod credentials;
pub mod delete;
pub mod get;
pub mod list;
pub mod update;

use chrono::{DateTime, FixedOffset};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sluice_engine::{
    crypto::Encryptor,
    db::entity::{destination, pipeline},
    destination::{SslMode, Target, check::DestinationCheck, sealing_context},
    domain::ResourceName,
};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::{ApiError, Code};
use sluice_engine::spec::SpecError;

/// The port PostgreSQL listens on unless told otherwise.
const DEFAULT_PORT: u32 = 5432;
/// The schema used when the document names none.
const DEFAULT_SCHEMA: &str = "public";

#[derive(Serialize, ToSchema)]
pub struct DestinationResponse {
    pub id: Uuid,
    pub name: String,
    pub host: String,
    pub port: u16,
    pub database: String,
    pub user: String,
    pub sslmode: SslMode,
    /// The schema Sluice's tables go in.
    pub schema: String,
    /// Whether a password is stored; the password itself is never returned.
    pub has_password: bool,
    pub last_checked_at: Option<DateTime<FixedOffset>>,
    /// Outcome of the last check, when there was one.
    #[schema(value_type = Option<DestinationCheck>)]
    pub last_check: Option<serde_json::Value>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl From<destination::Model> for DestinationResponse {
    fn from(d: destination::Model) -> Self {
        Self {
            id: d.id,
            name: d.name,
            host: d.host,
            port: u16::try_from(d.port).unwrap_or(0),
            database: d.database,
            user: d.username,
            sslmode: SslMode::from_db(&d.sslmode).unwrap_or_default(),
            schema: d.schema_name,
            has_password: d.password.is_some(),
            last_checked_at: d.last_checked_at,
            last_check: d.last_check,
            created_at: d.created_at,
            updated_at: d.updated_at,
        }
    }
}

/// The body of `POST /destinations` and `PUT /destinations/{id}`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DestinationRequest {
    /// Unique in the tenant; pipelines will name the destination by it.
    #[schema(example = "warehouse")]
    pub name: String,
    /// A DNS name or an IP address. Only public addresses, unless the operator allows the host
    /// or its network (`destinations.allow_hosts`, `destinations.allow_networks`).
    #[schema(example = "warehouse.example.com")]
    pub host: String,
    /// Default 5432.
    #[schema(example = 5432, minimum = 1, maximum = 65535)]
    pub port: Option<u32>,
    #[schema(example = "analytics")]
    pub database: String,
    #[schema(example = "sluice_loader")]
    pub user: String,
    /// Stored encrypted, never returned. On update: omit to keep the stored one, `null` to
    /// remove it.
    #[serde(default, deserialize_with = "crate::routes::sources::present")]
    #[schema(value_type = Option<String>, example = "s3cr3t")]
    pub password: Option<Option<SecretString>>,
    /// Default `require` (encrypted, the certificate not verified).
    pub sslmode: Option<SslMode>,
    /// Where Sluice's tables go; default `public`. Created on the first load when missing.
    #[schema(example = "sluice")]
    pub schema: Option<String>,
}

/// A destination request after validation.
pub struct ValidDestination {
    pub name: ResourceName,
    pub target: Target,
    /// Absent: keep the stored password; `Some(None)`: remove it.
    pub password: Option<Option<SecretString>>,
}

impl DestinationRequest {
    /// Every field checked; all the problems are reported at once, each at its field.
    pub fn validate(self) -> Result<ValidDestination, ApiError> {
        let mut errors = Vec::new();
        let name = ResourceName::parse(&self.name)
            .map_err(|e| errors.push(SpecError::new("name", e.0)))
            .ok();
        let target = Target::parse(
            &self.host,
            self.port.unwrap_or(DEFAULT_PORT),
            &self.database,
            &self.user,
            self.password.clone().flatten(),
            self.sslmode.unwrap_or_default(),
            self.schema.as_deref().unwrap_or(DEFAULT_SCHEMA),
        )
        .map_err(|invalid| {
            errors.extend(
                invalid
                    .into_iter()
                    .map(|f| SpecError::new(f.field, f.message)),
            )
        })
        .ok();
        match (name, target) {
            (Some(name), Some(target)) if errors.is_empty() => Ok(ValidDestination {
                name,
                target,
                password: self.password,
            }),
            _ => Err(ApiError::validation(errors)),
        }
    }
}

impl ValidDestination {
    /// A new row of `tenant_id` holding these values, the password sealed.
    pub fn new_row(&self, tenant_id: Uuid, encryptor: &Encryptor) -> destination::ActiveModel {
        let id = Uuid::now_v7();
        let now = chrono::Utc::now().fixed_offset();
        let mut row = destination::ActiveModel {
            id: Set(id),
            tenant_id: Set(tenant_id),
            name: Set(self.name.to_string()),
            password: Set(None),
            last_checked_at: Set(None),
            last_check: Set(None),
            created_at: Set(now),
            ..Default::default()
        };
        self.write_to(&mut row, id, encryptor);
        row
    }

    /// Writes the connection details and the password (absent keeps the stored one, null
    /// removes it) onto `row`, and stamps `updated_at`. A change of the details forgets the
    /// last check, which was about the old ones. The name is the caller's.
    pub fn write_to(&self, row: &mut destination::ActiveModel, id: Uuid, encryptor: &Encryptor) {
        let t = &self.target;
        row.host = Set(t.host.clone());
        row.port = Set(i32::from(t.port));
        row.database = Set(t.database.clone());
        row.username = Set(t.user.clone());
        row.sslmode = Set(t.sslmode.as_str().to_owned());
        row.schema_name = Set(t.schema.clone());
        match &self.password {
            None => {}
            Some(None) => row.password = Set(None),
            Some(Some(p)) => {
                row.password = Set(Some(
                    encryptor.seal(p.expose_secret().as_bytes(), &sealing_context(id)),
                ))
            }
        }
        if row.is_changed() {
            row.last_checked_at = Set(None);
            row.last_check = Set(None);
        }
        row.updated_at = Set(chrono::Utc::now().fixed_offset());
    }
}

/// The names of the pipelines that load into destination `id`.
pub(crate) async fn pipelines_using(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Vec<String>, ApiError> {
    use sea_orm::QueryOrder;
    Ok(pipeline::Entity::find()
        .filter(pipeline::Column::DestinationId.eq(id))
        .order_by_asc(pipeline::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.name)
        .collect())
}

/// 409 `destination_in_use`: what cannot be done to destination `name` while `pipelines`
/// load into it.
pub(crate) fn in_use(name: &str, what: &str, pipelines: &[String]) -> ApiError {
    ApiError::new(
        Code::DestinationInUse,
        format!(
            "destination `{name}` cannot be {what}: pipeline(s) {} load into it; change or delete them first",
            pipelines.join(", ")
        ),
    )
    .with_details(crate::error::ErrorDetails::SourceInUse(
        crate::error::SourceInUseDetails {
            pipelines: pipelines.to_vec(),
        },
    ))
}

/// The stored row as connection details, its password opened.
pub(crate) fn target_of(
    row: &destination::Model,
    encryptor: &Encryptor,
) -> Result<Target, ApiError> {
    Target::of_row(row, encryptor).map_err(ApiError::internal)
}

/// Inserts a new destination; a name the tenant already uses is 409
/// `destination_name_taken`.
pub(crate) async fn insert(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    valid: &ValidDestination,
    encryptor: &Encryptor,
) -> Result<destination::Model, ApiError> {
    valid
        .new_row(tenant_id, encryptor)
        .insert(db)
        .await
        .map_err(|e| {
            if crate::error::is_unique_violation(&e) {
                name_taken(&valid.name)
            } else {
                e.into()
            }
        })
}

pub(crate) fn not_found(id: Uuid) -> ApiError {
    ApiError::new(
        Code::DestinationNotFound,
        format!("no destination {id} in this tenant"),
    )
}

pub(crate) fn name_taken(name: &ResourceName) -> ApiError {
    ApiError::new(
        Code::DestinationNameTaken,
        format!("a destination named `{name}` already exists in this tenant"),
    )
}

pub(crate) async fn find(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    id: Uuid,
) -> Result<destination::Model, ApiError> {
    destination::Entity::find_by_id(id)
        .filter(destination::Column::TenantId.eq(tenant_id))
        .one(db)
        .await?
        .ok_or_else(|| not_found(id))
}
