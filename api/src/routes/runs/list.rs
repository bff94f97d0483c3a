use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;
use sluice_engine::db::entity::run;
use utoipa::IntoParams;
use uuid::Uuid;

use super::{RunResponse, RunStatus};
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::{
        pagination::{PageQuery, finish, page_type},
        pipelines::find,
    },
    state::AppState,
};

page_type!(RunPage, RunResponse);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RunFilter {
    /// Only runs with this status.
    pub status: Option<RunStatus>,
}

/// List a pipeline's runs, newest first
///
/// `after` continues from a page's `next_cursor` (older runs).
#[utoipa::path(
    get, path = "/api/v1/pipelines/{id}/runs", tag = "runs",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id"), RunFilter, PageQuery),
    responses((status = 200, body = RunPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, description = "`limit` out of bounds", body = ErrorBody))
)]
pub async fn list_runs(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    filter: web::Query<RunFilter>,
    page: web::Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let pipeline = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    let limit = page.limit()?;
    let mut query = run::Entity::find()
        .filter(run::Column::TenantId.eq(caller.tenant_id))
        .filter(run::Column::PipelineId.eq(pipeline.id));
    if let Some(status) = filter.status {
        query = query.filter(run::Column::Status.eq(status.as_str()));
    }
    if let Some(after) = page.after {
        query = query.filter(run::Column::Id.lt(after));
    }
    let rows = query
        .order_by_desc(run::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let (rows, next_cursor) = finish(rows, limit, |r| r.id);
    Ok(HttpResponse::Ok().json(RunPage {
        items: rows.into_iter().map(RunResponse::from).collect(),
        next_cursor,
    }))
}
