use actix_web::{HttpResponse, web};
use uuid::Uuid;

use super::{DashboardResponse, find};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    state::AppState,
};

/// Get a dashboard
///
/// Its charts in display order, each the parameters of a `GET /pipelines/{id}/series` call.
#[utoipa::path(
    get, path = "/api/v1/dashboards/{id}", tag = "dashboards",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Dashboard id")),
    responses(
        (status = 200, body = DashboardResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
    )
)]
pub async fn get_dashboard(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let row = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(DashboardResponse::from(row)))
}
