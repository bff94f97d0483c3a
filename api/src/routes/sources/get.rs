use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::{SourceResponse, find};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    state::AppState,
};

/// Get one source
///
/// With the outcome of its last check, when it had one.
#[utoipa::path(
    get, path = "/api/v1/sources/{id}", tag = "sources",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Source id")),
    responses((status = 200, body = SourceResponse), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody))
)]
pub async fn get_source(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let found = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(SourceResponse::from(found)))
}
