use actix_web::{HttpResponse, web};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set, TransactionTrait};
use sluice_engine::domain::Role;
use uuid::Uuid;

use super::{DestinationRequest, DestinationResponse, find, in_use, name_taken, pipelines_using};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody, is_unique_violation},
    request::ApiJson,
    state::AppState,
};

/// Replace a destination (admin)
///
/// `password`: omit to keep the stored one, `null` to remove it, a string to replace it. A
/// change to the connection details clears the last check, which was about the old ones. A
/// destination that pipelines load into keeps its name (409 `destination_in_use`).
#[utoipa::path(
    put, path = "/api/v1/destinations/{id}", tag = "destinations",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Destination id")),
    request_body = DestinationRequest,
    responses(
        (status = 200, body = DestinationResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn update_destination(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    ApiJson(body): ApiJson<DestinationRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Admin)?;
    let valid = body.validate()?;
    super::check::refuse_literal_address(&state, &valid.target)?;
    let txn = state.db.begin().await?;
    let current = find(&txn, caller.tenant_id, id.into_inner()).await?;
    let destination_id = current.id;
    // Pipelines name their destination: a rename would leave them pointing at nothing.
    if current.name != valid.name.as_str() {
        let users = pipelines_using(&txn, destination_id).await?;
        if !users.is_empty() {
            return Err(in_use(&current.name, "renamed", &users));
        }
    }
    let mut model = current.into_active_model();
    model.name = Set(valid.name.to_string());
    valid.write_to(&mut model, destination_id, &state.encryptor);
    let updated = model.update(&txn).await.map_err(|e| {
        if is_unique_violation(&e) {
            name_taken(&valid.name)
        } else {
            e.into()
        }
    })?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(DestinationResponse::from(updated)))
}
