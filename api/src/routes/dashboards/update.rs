use actix_web::{HttpResponse, web};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use sluice_engine::domain::Role;
use uuid::Uuid;

use super::{DashboardRequest, DashboardResponse, conflict, find, validate};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, ErrorBody},
    request::ApiJson,
    state::AppState,
};

/// Replace a dashboard (member or admin)
///
/// The name, description and charts are replaced as sent; `version` increments.
#[utoipa::path(
    put, path = "/api/v1/dashboards/{id}", tag = "dashboards",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Dashboard id")),
    request_body = DashboardRequest,
    responses(
        (status = 200, body = DashboardResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "The name is taken (`dashboard_name_taken`)", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, description = "Invalid dashboard; `details` lists each problem", body = ErrorBody),
    )
)]
pub async fn update_dashboard(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    ApiJson(body): ApiJson<DashboardRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let current = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    let name = validate(&state.db, caller.tenant_id, &body).await?;
    let version = current.version + 1;
    let mut model = current.into_active_model();
    model.name = Set(name.clone());
    model.description = Set(body.description);
    model.charts = Set(serde_json::to_value(&body.charts).map_err(ApiError::internal)?);
    model.version = Set(version);
    model.updated_at = Set(Utc::now().fixed_offset());
    let row = model
        .update(&state.db)
        .await
        .map_err(|e| conflict(e, &name))?;
    Ok(HttpResponse::Ok().json(DashboardResponse::from(row)))
}
