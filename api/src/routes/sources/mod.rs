//! Registered sources: reusable across pipelines, referred to by name in pipeline specs.

pub mod apply;
pub mod create;
pub mod delete;
pub mod get;
pub mod inspect;
pub mod list;
pub mod update;

use chrono::{DateTime, FixedOffset};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize};
use sluice_engine::{
    crypto::Encryptor,
    db::entity::source,
    domain::{ResourceName, SourceUrl},
    spec::{Format, SourceFormat},
};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    error::{ApiError, Code},
    settings::Settings,
};

#[derive(Serialize, ToSchema)]
pub struct SourceResponse {
    pub id: Uuid,
    pub name: String,
    pub url: String,
    pub format: SourceFormat,
    /// Reader options, every default spelled out: `CsvOptions` for CSV, `{}` for JSON and
    /// NDJSON.
    #[schema(value_type = sluice_engine::spec::CsvOptions)]
    pub options: serde_json::Value,
    /// Whether an auth header is stored; the header itself is never returned.
    pub has_auth_header: bool,
    pub last_checked_at: Option<DateTime<FixedOffset>>,
    /// Outcome of the last check, when there was one.
    #[schema(value_type = Option<inspect::SourceCheck>)]
    pub last_check: Option<serde_json::Value>,
    pub created_at: DateTime<FixedOffset>,
    pub updated_at: DateTime<FixedOffset>,
}

impl From<source::Model> for SourceResponse {
    fn from(s: source::Model) -> Self {
        Self {
            id: s.id,
            name: s.name,
            url: s.url,
            format: SourceFormat::from_db(&s.format).unwrap_or(SourceFormat::Csv),
            options: s.options,
            has_auth_header: s.auth_header.is_some(),
            last_checked_at: s.last_checked_at,
            last_check: s.last_check,
            created_at: s.created_at,
            updated_at: s.updated_at,
        }
    }
}

/// The body of `POST /sources` and `PUT /sources/{id}`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceRequest {
    /// Unique in the tenant; pipelines refer to the source by it.
    #[schema(example = "nyt-us")]
    pub name: String,
    /// `http`, `https`, or `file` (only under the operator's `extract.local_dir`).
    #[schema(example = "https://raw.githubusercontent.com/nytimes/covid-19-data/master/us.csv")]
    pub url: String,
    pub format: SourceFormat,
    /// Reader options; for CSV see `CsvOptions` (JSON and NDJSON take none). Defaults when
    /// omitted.
    #[serde(default)]
    #[schema(value_type = Option<sluice_engine::spec::CsvOptions>)]
    pub options: Option<serde_json::Value>,
    /// Sent as the `Authorization` header when fetching, stored encrypted, never returned.
    /// On update: omit to keep the stored one, `null` to remove it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, example = "Bearer s3cr3t")]
    pub auth_header: Option<Option<SecretString>>,
}

/// Tells "absent" (`None`) from "null" (`Some(None)`).
pub(crate) fn present<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Option<SecretString>>, D::Error> {
    Option::<SecretString>::deserialize(d).map(Some)
}

/// A source request after validation.
pub struct ValidSource {
    pub name: ResourceName,
    pub url: SourceUrl,
    pub format: Format,
    pub auth_header: Option<Option<SecretString>>,
}

impl SourceRequest {
    pub fn validate(self, settings: &Settings) -> Result<ValidSource, ApiError> {
        let name = ResourceName::parse(&self.name).map_err(|e| ApiError::invalid("name", e.0))?;
        let url = SourceUrl::parse(&self.url).map_err(|e| ApiError::invalid("url", e.0))?;
        if url.as_url().scheme() == "file" && settings.extract.local_dir.is_none() {
            return Err(ApiError::invalid(
                "url",
                "local files are switched off on this server (extract.local_dir is not set)",
            ));
        }
        let options = self.options.unwrap_or(serde_json::Value::Null);
        let format =
            Format::from_parts(self.format, &options).map_err(|e| ApiError::validation(vec![e]))?;
        if let Some(Some(header)) = &self.auth_header {
            let h = header.expose_secret();
            if h.is_empty() || h.len() > 4096 || h.chars().any(|c| c.is_control()) {
                return Err(ApiError::invalid(
                    "auth_header",
                    "must be 1 to 4096 characters without control characters",
                ));
            }
        }
        Ok(ValidSource {
            name,
            url,
            format,
            auth_header: self.auth_header,
        })
    }
}

impl ValidSource {
    /// A new source row of `tenant_id` holding these values, its auth header sealed.
    pub fn new_row(&self, tenant_id: Uuid, encryptor: &Encryptor) -> source::ActiveModel {
        let id = Uuid::now_v7();
        let now = chrono::Utc::now().fixed_offset();
        let mut row = source::ActiveModel {
            id: Set(id),
            tenant_id: Set(tenant_id),
            name: Set(self.name.to_string()),
            last_checked_at: Set(None),
            last_check: Set(None),
            created_at: Set(now),
            auth_header: Set(None),
            ..Default::default()
        };
        self.write_to(&mut row, id, encryptor);
        row
    }

    /// Writes the URL, format, options and auth header onto `row` (the header: absent keeps
    /// the stored one, null removes it), and stamps `updated_at`. The name is the caller's.
    pub fn write_to(&self, row: &mut source::ActiveModel, id: Uuid, encryptor: &Encryptor) {
        row.url = Set(self.url.as_str().to_owned());
        row.format = Set(self.format.kind().as_str().to_owned());
        row.options = Set(self.format.options_json());
        match &self.auth_header {
            None => {}
            Some(None) => row.auth_header = Set(None),
            Some(Some(h)) => row.auth_header = Set(Some(seal_auth_header(encryptor, id, h))),
        }
        row.updated_at = Set(chrono::Utc::now().fixed_offset());
    }
}

/// Inserts a new source; a name the tenant already uses is 409 `source_name_taken`.
pub(crate) async fn insert(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    valid: &ValidSource,
    encryptor: &Encryptor,
) -> Result<source::Model, ApiError> {
    use sea_orm::ActiveModelTrait;
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

/// The sealed form of an auth header, bound to its source.
pub fn seal_auth_header(encryptor: &Encryptor, source_id: Uuid, header: &SecretString) -> Vec<u8> {
    encryptor.seal(
        header.expose_secret().as_bytes(),
        &format!("source:{source_id}"),
    )
}

pub(crate) fn not_found(id: Uuid) -> ApiError {
    ApiError::new(
        Code::SourceNotFound,
        format!("no source {id} in this tenant"),
    )
}

pub(crate) fn name_taken(name: &ResourceName) -> ApiError {
    ApiError::new(
        Code::SourceNameTaken,
        format!("a source named `{name}` already exists in this tenant"),
    )
}

pub(crate) async fn find(
    db: &impl ConnectionTrait,
    tenant_id: Uuid,
    id: Uuid,
) -> Result<source::Model, ApiError> {
    source::Entity::find_by_id(id)
        .filter(source::Column::TenantId.eq(tenant_id))
        .one(db)
        .await?
        .ok_or_else(|| not_found(id))
}

/// Names of the tenant's pipelines that read `source_id`.
pub(crate) async fn pipelines_using(
    db: &impl ConnectionTrait,
    source_id: Uuid,
) -> Result<Vec<String>, ApiError> {
    use sea_orm::{DbBackend, Statement};
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT DISTINCT p.name FROM pipeline_sources ps JOIN pipelines p ON p.id = ps.pipeline_id \
             WHERE ps.source_id = $1 ORDER BY p.name",
            [source_id.into()],
        ))
        .await?;
    Ok(rows
        .iter()
        .filter_map(|r| r.try_get::<String>("", "name").ok())
        .collect())
}

pub(crate) fn in_use(name: &str, pipelines: &[String]) -> ApiError {
    ApiError::new(
        Code::SourceInUse,
        format!(
            "source `{name}` is used by pipeline(s) {}; change or delete them first",
            pipelines.join(", ")
        ),
    )
    .with_details(crate::error::ErrorDetails::SourceInUse(
        crate::error::SourceInUseDetails {
            pipelines: pipelines.to_vec(),
        },
    ))
}
