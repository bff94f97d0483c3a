use actix_web::{HttpResponse, web};
use sea_orm::{ModelTrait, TransactionTrait};
use sluice_engine::domain::Role;
use uuid::Uuid;

use super::{find, in_use, pipelines_using};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody, is_foreign_key_violation},
    state::AppState,
};

/// Delete a source (member or admin)
///
/// Refused with 409 `source_in_use` while pipelines read it.
#[utoipa::path(
    delete, path = "/api/v1/sources/{id}", tag = "sources",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Source id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    )
)]
pub async fn delete_source(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let txn = state.db.begin().await?;
    let found = find(&txn, caller.tenant_id, id.into_inner()).await?;
    let name = found.name.clone();
    let source_id = found.id;
    if let Err(e) = found.delete(&txn).await {
        if is_foreign_key_violation(&e) {
            drop(txn);
            let users = pipelines_using(&state.db, source_id).await?;
            return Err(in_use(&name, &users));
        }
        return Err(e.into());
    }
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
