use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;
use sluice_engine::db::entity::pipeline;
use utoipa::IntoParams;

use super::PipelineResponse;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::pagination::{PageQuery, finish, page_type},
    state::AppState,
};

page_type!(PipelinePage, PipelineResponse);

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PipelineFilter {
    /// Only enabled (`true`) or disabled (`false`) pipelines.
    pub enabled: Option<bool>,
}

/// List the tenant's pipelines
#[utoipa::path(
    get, path = "/api/v1/pipelines", tag = "pipelines",
    security(("bearer" = [])),
    params(PageQuery, PipelineFilter),
    responses((status = 200, body = PipelinePage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody))
)]
pub async fn list_pipelines(
    state: web::Data<AppState>,
    caller: Caller,
    page: web::Query<PageQuery>,
    filter: web::Query<PipelineFilter>,
) -> ApiResult<HttpResponse> {
    let limit = page.limit();
    let mut query =
        pipeline::Entity::find().filter(pipeline::Column::TenantId.eq(caller.tenant_id));
    if let Some(enabled) = filter.enabled {
        query = query.filter(pipeline::Column::Enabled.eq(enabled));
    }
    if let Some(after) = page.after {
        query = query.filter(pipeline::Column::Id.gt(after));
    }
    let rows = query
        .order_by_asc(pipeline::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let (rows, next_cursor) = finish(rows, limit, |p| p.id);
    Ok(HttpResponse::Ok().json(PipelinePage {
        items: rows.into_iter().map(PipelineResponse::from).collect(),
        next_cursor,
    }))
}
