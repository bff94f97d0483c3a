use actix_web::{HttpResponse, web};
use sluice_engine::domain::Role;

use super::{DestinationRequest, DestinationResponse, insert};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    request::ApiJson,
    state::AppState,
};

/// Register a destination database (admin)
///
/// The host is checked against the server's rules when it is an address; a name is checked
/// when it resolves, by `POST /destinations/{id}/check` and by every connection. Nothing is
/// connected to here.
#[utoipa::path(
    post, path = "/api/v1/destinations", tag = "destinations",
    security(("bearer" = [])),
    request_body = DestinationRequest,
    responses(
        (status = 201, body = DestinationResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, description = "Name taken", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn create_destination(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<DestinationRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Admin)?;
    let valid = body.validate()?;
    super::check::refuse_literal_address(&state, &valid.target)?;
    let created = insert(&state.db, caller.tenant_id, &valid, &state.encryptor).await?;
    Ok(HttpResponse::Created().json(DestinationResponse::from(created)))
}
