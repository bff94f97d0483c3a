use actix_web::{HttpResponse, web};
use sea_orm::ModelTrait;
use sluice_engine::domain::Role;
use uuid::Uuid;

use super::{find, in_use, pipelines_using};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody, is_foreign_key_violation},
    state::AppState,
};

/// Delete a destination (admin)
///
/// Forgets the connection details and the stored password; the database and what was loaded
/// into it are not touched. Refused with 409 `destination_in_use` while pipelines load into
/// it.
#[utoipa::path(
    delete, path = "/api/v1/destinations/{id}", tag = "destinations",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Destination id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    )
)]
pub async fn delete_destination(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Admin)?;
    let found = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    let (name, destination_id) = (found.name.clone(), found.id);
    if let Err(e) = found.delete(&state.db).await {
        if is_foreign_key_violation(&e) {
            let users = pipelines_using(&state.db, destination_id).await?;
            return Err(in_use(&name, "deleted", &users));
        }
        return Err(e.into());
    }
    state.external.forget(destination_id);
    Ok(HttpResponse::NoContent().finish())
}
