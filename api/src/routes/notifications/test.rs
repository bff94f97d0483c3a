use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use sluice_engine::{
    db::entity::delivery,
    domain::Role,
    notifications::deliveries::{self, TestEvent},
};
use uuid::Uuid;

use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    routes::{deliveries::DeliveryResponse, pipelines::not_found},
    state::AppState,
};

/// Send a test notification (member or admin)
///
/// A `test` event reporting the pipeline's latest finished run goes to every recipient and
/// webhook of the current settings, whatever outcomes they notify, through the same queue,
/// signing and retries as run notifications. The deliveries are listed with that run's.
/// 409 `no_finished_run` before the first run finishes, `no_notification_targets` when
/// nothing is set.
#[utoipa::path(
    post, path = "/api/v1/pipelines/{id}/notifications/test", tag = "notifications",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id")),
    responses(
        (status = 202, description = "Queued: one delivery per recipient and webhook", body = Vec<DeliveryResponse>),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    )
)]
pub async fn send_test(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let id = id.into_inner();
    let pool = state.db.get_postgres_connection_pool();
    let written = match deliveries::send_test(pool, caller.tenant_id, id)
        .await
        .map_err(ApiError::internal)?
    {
        TestEvent::Written(deliveries) => deliveries,
        TestEvent::NotFound => return Err(not_found(id)),
        TestEvent::NoFinishedRun => {
            return Err(ApiError::new(
                Code::NoFinishedRun,
                "the pipeline has not finished a run yet; a test notification reports the latest one",
            ));
        }
        TestEvent::NoTargets => {
            return Err(ApiError::new(
                Code::NoNotificationTargets,
                "the pipeline has no e-mail recipient and no webhook: set them with PUT /api/v1/pipelines/{id}/notifications",
            ));
        }
    };
    // Read before they are pushed: the answer is the deliveries as queued.
    let rows = delivery::Entity::find()
        .filter(delivery::Column::Id.is_in(written.iter().copied()))
        .order_by_asc(delivery::Column::Id)
        .all(&state.db)
        .await?;
    state.push_deliveries(&written).await;
    Ok(HttpResponse::Accepted().json(
        rows.into_iter()
            .map(|d| DeliveryResponse::new(d, &state.settings.application.base_url))
            .collect::<Vec<_>>(),
    ))
}
