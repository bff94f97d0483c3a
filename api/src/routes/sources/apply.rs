use actix_web::{HttpResponse, web};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QuerySelect,
    TransactionTrait,
};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use sluice_engine::{db::entity::source, domain::Role};
use utoipa::ToSchema;

use super::{SourceRequest, SourceResponse, ValidSource, insert};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    request::ApiJson,
    state::AppState,
};

/// A source as code: the same document as `POST /sources`, the name optional (it comes from
/// the path).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceApplyRequest {
    /// When present, must equal the name in the path.
    pub name: Option<String>,
    /// `http`, `https`, or `file` (only under the operator's `extract.local_dir`).
    pub url: String,
    pub format: sluice_engine::spec::SourceFormat,
    /// Reader options; for CSV see `CsvOptions`. Defaults when omitted.
    #[serde(default)]
    #[schema(value_type = Option<sluice_engine::spec::CsvOptions>)]
    pub options: Option<serde_json::Value>,
    /// Sent as the `Authorization` header when fetching, stored encrypted, never returned.
    /// Omit to keep the stored one (none for a new source), `null` to remove it; the same
    /// header again is no change.
    #[serde(default, deserialize_with = "super::present")]
    #[schema(value_type = Option<String>, example = "Bearer s3cr3t")]
    pub auth_header: Option<Option<SecretString>>,
}

/// Create or update a source by name (idempotent apply; member or admin)
///
/// 201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
/// `created`, `updated` or `unchanged`, and an unchanged source keeps its `updated_at`. Like
/// `PUT /sources/{id}`, the URL is checked against the server's rules but not fetched. A
/// script or a deployment can run it every time: the result is the same wherever it runs.
#[utoipa::path(
    put, path = "/api/v1/sources/by-name/{name}", tag = "sources",
    security(("bearer" = [])),
    params(("name" = String, Path, description = "Source name")),
    request_body = SourceApplyRequest,
    responses(
        (status = 200, description = "Updated or unchanged", body = SourceResponse,
         headers(("Sluice-Apply" = String, description = "`updated` or `unchanged`"))),
        (status = 201, description = "Created", body = SourceResponse,
         headers(("Sluice-Apply" = String, description = "`created`"))),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn apply_source(
    state: web::Data<AppState>,
    caller: Caller,
    name: web::Path<String>,
    ApiJson(body): ApiJson<SourceApplyRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let name = name.into_inner();
    if body.name.as_ref().is_some_and(|n| *n != name) {
        return Err(ApiError::invalid(
            "name",
            format!("must equal the name in the path, `{name}`"),
        ));
    }
    let valid = SourceRequest {
        name: name.clone(),
        url: body.url,
        format: body.format,
        options: body.options,
        auth_header: body.auth_header,
    }
    .validate(&state.settings)?;
    // A concurrent apply of the same new name loses the insert race; the retry finds the row.
    for attempt in 0..2 {
        let txn = state.db.begin().await?;
        let current = source::Entity::find()
            .filter(source::Column::TenantId.eq(caller.tenant_id))
            .filter(source::Column::Name.eq(valid.name.as_str()))
            .lock_exclusive()
            .one(&txn)
            .await?;
        let Some(current) = current else {
            match insert(&txn, caller.tenant_id, &valid, &state.encryptor).await {
                Ok(created) => {
                    txn.commit().await?;
                    return Ok(HttpResponse::Created()
                        .insert_header(("Sluice-Apply", "created"))
                        .json(SourceResponse::from(created)));
                }
                Err(e) if attempt == 0 && e.code == Code::SourceNameTaken => continue,
                Err(e) => return Err(e),
            }
        };
        if unchanged(&state, &current, &valid) {
            return Ok(HttpResponse::Ok()
                .insert_header(("Sluice-Apply", "unchanged"))
                .json(SourceResponse::from(current)));
        }
        let source_id = current.id;
        let mut model = current.into_active_model();
        valid.write_to(&mut model, source_id, &state.encryptor);
        let updated = model.update(&txn).await?;
        txn.commit().await?;
        return Ok(HttpResponse::Ok()
            .insert_header(("Sluice-Apply", "updated"))
            .json(SourceResponse::from(updated)));
    }
    Err(ApiError::new(
        Code::SourceNameTaken,
        format!("source `{name}` is being changed concurrently; retry"),
    ))
}

/// Whether applying `valid` would leave `current` as it is. The stored auth header is sealed
/// with a fresh nonce each time, so it is compared opened.
fn unchanged(state: &AppState, current: &source::Model, valid: &ValidSource) -> bool {
    let header_same = match (&valid.auth_header, &current.auth_header) {
        (None, _) | (Some(None), None) => true,
        (Some(None), Some(_)) | (Some(Some(_)), None) => false,
        (Some(Some(given)), Some(sealed)) => state
            .encryptor
            .open_string(sealed, &format!("source:{}", current.id))
            .is_ok_and(|stored| stored == given.expose_secret()),
    };
    header_same
        && current.url == valid.url.as_str()
        && current.format == valid.format.kind().as_str()
        && current.options == valid.format.options_json()
}
