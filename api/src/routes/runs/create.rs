use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use opentelemetry::propagation::Injector;
use sea_orm::EntityTrait;
use serde::Deserialize;
use sluice_engine::{
    db::entity::run,
    domain::Role,
    run_records::{self, CreateError},
};
use tracing_opentelemetry::OpenTelemetrySpanExt;
use utoipa::ToSchema;
use uuid::Uuid;

use super::RunResponse;
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody, ErrorDetails, RunInProgressDetails},
    request::OptionalJson,
    routes::pipelines,
    state::AppState,
};

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct CreateRunRequest {
    /// Ignore the incremental state for this run: fetch every source and consider every row
    /// (still writing only what changed).
    #[serde(default)]
    pub full_reload: bool,
}

struct Carrier(HashMap<String, String>);

impl Injector for Carrier {
    fn set(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
}

/// The W3C trace context of the current request, for the worker's spans.
fn traceparent() -> Option<String> {
    let mut carrier = Carrier(HashMap::new());
    let context = tracing::Span::current().context();
    opentelemetry::global::get_text_map_propagator(|p| p.inject_context(&context, &mut carrier));
    carrier.0.remove("traceparent")
}

/// Start a run of a pipeline now (member or admin)
///
/// Answers 202 with the queued run. A pipeline runs at most once at a time: while a run is
/// queued, retrying or executing, another trigger is refused with 409 `run_in_progress`
/// (`details.run_id` names the run to follow). Scheduled runs are not refused: they wait.
#[utoipa::path(
    post, path = "/api/v1/pipelines/{id}/runs", tag = "runs",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id")),
    request_body(content = Option<CreateRunRequest>, description = "Optional; `{}` for defaults"),
    responses(
        (status = 202, description = "Queued", body = RunResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "A run is already queued or executing", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
    )
)]
pub async fn create_run(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    OptionalJson(body): OptionalJson<CreateRunRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let pipeline_id = id.into_inner();
    let request = body.unwrap_or_default();
    let pool = state.db.get_postgres_connection_pool();
    let run_id = match run_records::create_manual(
        pool,
        caller.tenant_id,
        pipeline_id,
        request.full_reload,
        traceparent(),
    )
    .await
    {
        Ok(id) => id,
        Err(CreateError::NotFound) => return Err(pipelines::not_found(pipeline_id)),
        Err(CreateError::Active(active)) => {
            return Err(ApiError::new(
                Code::RunInProgress,
                format!("pipeline {pipeline_id} already has run {active} queued or executing; follow it or cancel it"),
            )
            .with_details(ErrorDetails::RunInProgress(RunInProgressDetails { run_id: active })));
        }
        Err(CreateError::Database(e)) => return Err(ApiError::internal(e)),
    };
    let pushed = state.producer.lock().await.push(&[run_id]).await;
    if let Err(e) = run_records::mark_enqueued(pool, &pushed).await {
        tracing::warn!(error = %e, "recording an enqueued run failed");
    }
    let row = run::Entity::find_by_id(run_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| super::not_found(run_id))?;
    tracing::info!(%run_id, %pipeline_id, "run queued");
    Ok(HttpResponse::Accepted().json(RunResponse::from(row)))
}
