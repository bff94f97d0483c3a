use actix_web::{HttpResponse, web};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set, TransactionTrait};
use sluice_engine::domain::Role;
use uuid::Uuid;

use super::{PipelineResponse, find_for_update};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    state::AppState,
};

/// Reset a pipeline's incremental state (member or admin)
///
/// Forgets the sources' ETags and hashes and the cursor: the next run fetches and considers
/// every row again. Rows already loaded stay; unchanged ones are still not rewritten.
#[utoipa::path(
    post, path = "/api/v1/pipelines/{id}/reset", tag = "pipelines",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id")),
    responses(
        (status = 200, body = PipelineResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    )
)]
pub async fn reset_pipeline(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let txn = state.db.begin().await?;
    let current = find_for_update(&txn, caller.tenant_id, id.into_inner()).await?;
    let mut model = current.into_active_model();
    model.state = Set(serde_json::json!({}));
    model.updated_at = Set(Utc::now().fixed_offset());
    let row = model.update(&txn).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(PipelineResponse::from(row)))
}
