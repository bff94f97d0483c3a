use actix_web::{HttpResponse, web};
use sea_orm::EntityTrait;
use sluice_engine::{
    db::entity::delivery,
    domain::Role,
    notifications::deliveries::{self, Redeliver},
};
use uuid::Uuid;

use super::{DeliveryResponse, not_found};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    state::AppState,
};

/// Send a notification again (member or admin)
///
/// Same event id and payload as before; a fresh set of attempts. 409 `delivery_sending` while
/// it is being sent.
#[utoipa::path(
    post, path = "/api/v1/deliveries/{id}/redeliver", tag = "notifications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Delivery id")),
    responses(
        (status = 202, description = "Queued again", body = DeliveryResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    )
)]
pub async fn redeliver(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let id = id.into_inner();
    let pool = state.db.get_postgres_connection_pool();
    match deliveries::redeliver(pool, caller.tenant_id, id)
        .await
        .map_err(ApiError::internal)?
    {
        Redeliver::NotFound => return Err(not_found(id)),
        Redeliver::Sending => {
            return Err(ApiError::new(
                Code::DeliverySending,
                "the delivery is being sent right now",
            ));
        }
        Redeliver::Queued => {}
    }
    let row = delivery::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or_else(|| not_found(id))?;
    // Read before it is pushed: the answer is the delivery as queued, not whatever a fast
    // worker has made of it since.
    state.push_deliveries(&[id]).await;
    Ok(HttpResponse::Accepted().json(DeliveryResponse::new(
        row,
        &state.settings.application.base_url,
    )))
}
