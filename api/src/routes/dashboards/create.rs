use actix_web::{HttpResponse, web};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, Set};
use sluice_engine::{db::entity::dashboard, domain::Role};
use uuid::Uuid;

use super::{DashboardRequest, DashboardResponse, conflict, validate};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, ErrorBody},
    request::ApiJson,
    state::AppState,
};

/// Create a dashboard (member or admin)
///
/// Every chart's pipeline must be the tenant's; 422 lists each problem by path
/// (`charts[2].y[0]`).
#[utoipa::path(
    post, path = "/api/v1/dashboards", tag = "dashboards",
    security(("bearer" = [])),
    request_body = DashboardRequest,
    responses(
        (status = 201, body = DashboardResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, description = "The name is taken (`dashboard_name_taken`)", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, description = "Invalid dashboard; `details` lists each problem", body = ErrorBody),
    )
)]
pub async fn create_dashboard(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<DashboardRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let name = validate(&state.db, caller.tenant_id, &body).await?;
    let now = Utc::now().fixed_offset();
    let row = dashboard::ActiveModel {
        id: Set(Uuid::now_v7()),
        tenant_id: Set(caller.tenant_id),
        name: Set(name.clone()),
        description: Set(body.description),
        charts: Set(serde_json::to_value(&body.charts).map_err(ApiError::internal)?),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&state.db)
    .await
    .map_err(|e| conflict(e, &name))?;
    Ok(HttpResponse::Created().json(DashboardResponse::from(row)))
}
