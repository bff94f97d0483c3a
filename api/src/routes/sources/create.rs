use actix_web::{HttpResponse, web};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, Set};
use sluice_engine::{db::entity::source, domain::Role};
use uuid::Uuid;

use super::{SourceRequest, SourceResponse, name_taken, seal_auth_header};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody, is_unique_violation},
    extract::ApiJson,
    state::AppState,
};

/// Register a source (member or admin)
///
/// The URL is checked against the server's rules (public addresses only, unless allowed) but
/// not fetched; `POST /sources/{id}/check` fetches it.
#[utoipa::path(
    post, path = "/api/v1/sources", tag = "sources",
    security(("bearer" = [])),
    request_body = SourceRequest,
    responses(
        (status = 201, body = SourceResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, description = "Name taken", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn create_source(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<SourceRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let valid = body.validate(&state.settings)?;
    let id = Uuid::now_v7();
    let now = Utc::now().fixed_offset();
    let auth_header = valid
        .auth_header
        .flatten()
        .map(|h| seal_auth_header(&state.encryptor, id, &h));
    let created = source::ActiveModel {
        id: Set(id),
        tenant_id: Set(caller.tenant_id),
        name: Set(valid.name.to_string()),
        url: Set(valid.url.as_str().to_owned()),
        format: Set(valid.format.kind().as_str().to_owned()),
        options: Set(valid.format.options_json()),
        auth_header: Set(auth_header),
        last_checked_at: Set(None),
        last_check: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&state.db)
    .await
    .map_err(|e| {
        if is_unique_violation(&e) {
            name_taken(&valid.name)
        } else {
            e.into()
        }
    })?;
    Ok(HttpResponse::Created().json(SourceResponse::from(created)))
}
