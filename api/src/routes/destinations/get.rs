use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::{DestinationResponse, find};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    state::AppState,
};

/// Get one destination
///
/// With the outcome of its last check, when it had one; never the password.
#[utoipa::path(
    get, path = "/api/v1/destinations/{id}", tag = "destinations",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Destination id")),
    responses((status = 200, body = DestinationResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
pub async fn get_destination(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let found = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(DestinationResponse::from(found)))
}
