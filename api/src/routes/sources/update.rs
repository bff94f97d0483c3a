use actix_web::{HttpResponse, web};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set, TransactionTrait};
use sluice_engine::domain::Role;
use uuid::Uuid;

use super::{SourceRequest, SourceResponse, find, in_use, name_taken, pipelines_using};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody, is_unique_violation},
    request::ApiJson,
    state::AppState,
};

/// Replace a source (member or admin)
///
/// `auth_header`: omit to keep the stored header, `null` to remove it, a string to replace it.
/// A source that pipelines use cannot be renamed (409 `source_in_use`).
#[utoipa::path(
    put, path = "/api/v1/sources/{id}", tag = "sources",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Source id")),
    request_body = SourceRequest,
    responses(
        (status = 200, body = SourceResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn update_source(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    ApiJson(body): ApiJson<SourceRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let valid = body.validate(&state.settings)?;
    let txn = state.db.begin().await?;
    let current = find(&txn, caller.tenant_id, id.into_inner()).await?;
    if current.name != valid.name.as_str() {
        let users = pipelines_using(&txn, current.id).await?;
        if !users.is_empty() {
            return Err(in_use(&current.name, &users));
        }
    }
    let source_id = current.id;
    let mut model = current.into_active_model();
    model.name = Set(valid.name.to_string());
    valid.write_to(&mut model, source_id, &state.encryptor);
    let updated = model.update(&txn).await.map_err(|e| {
        if is_unique_violation(&e) {
            name_taken(&valid.name)
        } else {
            e.into()
        }
    })?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(SourceResponse::from(updated)))
}
