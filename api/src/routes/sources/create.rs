use actix_web::{HttpResponse, web};
use sluice_engine::domain::Role;

use super::{SourceRequest, SourceResponse, insert};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    request::ApiJson,
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
    let created = insert(&state.db, caller.tenant_id, &valid, &state.encryptor).await?;
    Ok(HttpResponse::Created().json(SourceResponse::from(created)))
}
