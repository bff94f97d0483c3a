use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;
use sluice_engine::db::entity::failed_record;
use utoipa::IntoParams;
use uuid::Uuid;

use super::{FailedRecordResponse, FailedStatus};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::{
        pagination::{PageQuery, finish, page_type},
        pipelines::find,
    },
    state::AppState,
};

page_type!(FailedRecordPage, FailedRecordResponse);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FailedFilter {
    /// `open` (default), `resolved` or `discarded`.
    pub status: Option<FailedStatus>,
}

/// List a pipeline's failed records
///
/// Rows a run could not load, with the source line, the raw values and the reason; `status`
/// filters (open ones are re-checked on every run). `after` continues from `next_cursor`.
#[utoipa::path(
    get, path = "/api/v1/pipelines/{id}/failed-records", tag = "failed-records",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id"), FailedFilter, PageQuery),
    responses((status = 200, body = FailedRecordPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, description = "`limit` out of bounds", body = ErrorBody))
)]
pub async fn list_failed_records(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    filter: web::Query<FailedFilter>,
    page: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let pipeline = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    let status = filter.status.unwrap_or(FailedStatus::Open);
    let limit = page.limit()?;
    let mut query = failed_record::Entity::find()
        .filter(failed_record::Column::TenantId.eq(caller.tenant_id))
        .filter(failed_record::Column::PipelineId.eq(pipeline.id))
        .filter(failed_record::Column::Status.eq(status.as_str()));
    if let Some(after) = page.after {
        query = query.filter(failed_record::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(failed_record::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let (rows, next_cursor) = finish(rows, limit, |r| r.id);
    Ok(HttpResponse::Ok().json(FailedRecordPage {
        items: rows.into_iter().map(FailedRecordResponse::from).collect(),
        next_cursor,
    }))
}
