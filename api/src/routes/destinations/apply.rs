use actix_web::{HttpResponse, web};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QuerySelect,
    TransactionTrait,
};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use sluice_engine::{
    db::entity::destination,
    destination::{SslMode, sealing_context},
    domain::Role,
};
use utoipa::ToSchema;

use super::{DestinationRequest, DestinationResponse, ValidDestination, insert};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    request::ApiJson,
    state::AppState,
};

/// A destination as code: the same document as `POST /destinations`, the name optional (it
/// comes from the path).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DestinationApplyRequest {
    /// When present, must equal the name in the path.
    pub name: Option<String>,
    pub host: String,
    /// Default 5432.
    #[schema(minimum = 1, maximum = 65535)]
    pub port: Option<u32>,
    pub database: String,
    pub user: String,
    /// Stored encrypted, never returned. Omit to keep the stored one (none for a new
    /// destination), `null` to remove it; the same password again is no change.
    #[serde(default, deserialize_with = "crate::routes::sources::present")]
    #[schema(value_type = Option<String>)]
    pub password: Option<Option<SecretString>>,
    /// Default `require`.
    pub sslmode: Option<SslMode>,
    /// Default `public`.
    pub schema: Option<String>,
}

/// Create or update a destination by name (idempotent apply; admin)
///
/// 201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
/// `created`, `updated` or `unchanged`, and an unchanged destination keeps its `updated_at`
/// and its last check.
#[utoipa::path(
    put, path = "/api/v1/destinations/by-name/{name}", tag = "destinations",
    security(("bearer" = [])),
    params(("name" = String, Path, description = "Destination name")),
    request_body = DestinationApplyRequest,
    responses(
        (status = 200, description = "Updated or unchanged", body = DestinationResponse,
         headers(("Sluice-Apply" = String, description = "`updated` or `unchanged`"))),
        (status = 201, description = "Created", body = DestinationResponse,
         headers(("Sluice-Apply" = String, description = "`created`"))),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn apply_destination(
    state: web::Data<AppState>,
    caller: Caller,
    name: web::Path<String>,
    ApiJson(body): ApiJson<DestinationApplyRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Admin)?;
    let name = name.into_inner();
    if body.name.as_ref().is_some_and(|n| *n != name) {
        return Err(ApiError::invalid(
            "name",
            format!("must equal the name in the path, `{name}`"),
        ));
    }
    let valid = DestinationRequest {
        name: name.clone(),
        host: body.host,
        port: body.port,
        database: body.database,
        user: body.user,
        password: body.password,
        sslmode: body.sslmode,
        schema: body.schema,
    }
    .validate()?;
    super::check::refuse_literal_address(&state, &valid.target)?;
    // A concurrent apply of the same new name loses the insert race; the retry finds the row.
    for attempt in 0..2 {
        let txn = state.db.begin().await?;
        let current = destination::Entity::find()
            .filter(destination::Column::TenantId.eq(caller.tenant_id))
            .filter(destination::Column::Name.eq(valid.name.as_str()))
            .lock_exclusive()
            .one(&txn)
            .await?;
        let Some(current) = current else {
            match insert(&txn, caller.tenant_id, &valid, &state.encryptor).await {
                Ok(created) => {
                    txn.commit().await?;
                    return Ok(HttpResponse::Created()
                        .insert_header(("Sluice-Apply", "created"))
                        .json(DestinationResponse::from(created)));
                }
                Err(e) if attempt == 0 && e.code == Code::DestinationNameTaken => continue,
                Err(e) => return Err(e),
            }
        };
        if unchanged(&state, &current, &valid) {
            return Ok(HttpResponse::Ok()
                .insert_header(("Sluice-Apply", "unchanged"))
                .json(DestinationResponse::from(current)));
        }
        let id = current.id;
        let mut model = current.into_active_model();
        valid.write_to(&mut model, id, &state.encryptor);
        let updated = model.update(&txn).await?;
        txn.commit().await?;
        return Ok(HttpResponse::Ok()
            .insert_header(("Sluice-Apply", "updated"))
            .json(DestinationResponse::from(updated)));
    }
    Err(ApiError::new(
        Code::DestinationNameTaken,
        format!("destination `{name}` is being changed concurrently; retry"),
    ))
}

/// Whether applying `valid` would leave `current` as it is. The stored password is sealed with
/// a fresh nonce each time, so it is compared opened.
fn unchanged(state: &AppState, current: &destination::Model, valid: &ValidDestination) -> bool {
    let password_same = match (&valid.password, &current.password) {
        (None, _) | (Some(None), None) => true,
        (Some(None), Some(_)) | (Some(Some(_)), None) => false,
        (Some(Some(given)), Some(sealed)) => state
            .encryptor
            .open_string(sealed, &sealing_context(current.id))
            .is_ok_and(|stored| stored == given.expose_secret()),
    };
    let t = &valid.target;
    password_same
        && current.host == t.host
        && current.port == i32::from(t.port)
        && current.database == t.database
        && current.username == t.user
        && current.sslmode == t.sslmode.as_str()
        && current.schema_name == t.schema
}
