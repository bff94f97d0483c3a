use std::collections::HashMap;

use actix_web::{HttpResponse, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;
use sluice_engine::{
    db::entity::source,
    domain::Role,
    etl::{
        dry_run::{self, DryRun, DryRunError},
        off_runtime,
    },
    spec::{PipelineSpec, SpecError},
};
use utoipa::ToSchema;

use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    request::ApiJson,
    routes::sources::inspect::fetch_head,
    state::AppState,
};

pub const DEFAULT_ROWS: usize = 200;
pub const MAX_ROWS: usize = 1000;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DryRunRequest {
    /// A pipeline spec, as `POST /pipelines` takes it; not saved.
    #[schema(value_type = PipelineSpec)]
    pub spec: serde_json::Value,
    /// Rows read from the start of each source, 1 to 1000 (default 200).
    #[schema(minimum = 1, maximum = 1000, default = 200)]
    pub rows: Option<usize>,
}

/// Try a transform on the first rows of its sources (member or admin)
///
/// Fetches the beginning of each source (at most 1 MiB) under the same rules as runs, reads
/// the first `rows` rows of each and runs the spec's transform over them: the output's
/// columns with the PostgreSQL types the table would get, its rows, and the rows that would
/// become failed records with their reasons. Nothing is loaded or stored. A spec that does
/// not validate, or a step that cannot run on the sources' columns, is a 422 naming its path
/// (`spec.transform[3]`).
#[utoipa::path(
    post, path = "/api/v1/pipelines/dry-run", tag = "pipelines",
    security(("bearer" = [])),
    request_body = DryRunRequest,
    responses(
        (status = 200, body = DryRun),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, description = "Invalid spec or `rows` (`validation_failed`, `details` by path), or a source that is malformed or refused", body = ErrorBody),
        (status = 502, description = "A source could not be fetched", body = ErrorBody),
    )
)]
pub async fn dry_run(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<DryRunRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let rows = match body.rows {
        None => DEFAULT_ROWS,
        Some(n @ 1..=MAX_ROWS) => n,
        Some(n) => {
            return Err(ApiError::invalid(
                "rows",
                format!("must be from 1 to {MAX_ROWS}, not {n}"),
            ));
        }
    };
    let spec = PipelineSpec::parse(&body.spec).map_err(|errors| {
        ApiError::validation(errors.into_iter().map(|e| e.within("spec")).collect())
    })?;
    let names: Vec<String> = spec
        .sources
        .values()
        .map(|n| n.source.to_string())
        .collect();
    let found: HashMap<String, source::Model> = source::Entity::find()
        .filter(source::Column::TenantId.eq(caller.tenant_id))
        .filter(source::Column::Name.is_in(names))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|s| (s.name.clone(), s))
        .collect();
    let missing: Vec<SpecError> = spec
        .sources
        .iter()
        .filter(|(_, f)| !found.contains_key(f.source.as_str()))
        .map(|(frame, f)| {
            let name = &f.source;
            SpecError::new(
                &format!("spec.sources.{frame}"),
                format!(
                    "no source named `{name}` in this tenant; register it with POST /api/v1/sources"
                ),
            )
        })
        .collect();
    if !missing.is_empty() {
        return Err(ApiError::validation(missing));
    }
    let mut heads = Vec::with_capacity(spec.sources.len());
    for (frame, f) in &spec.sources {
        let name = &f.source;
        let source = &found[name.as_str()];
        let head = fetch_head(&state, source).await.map_err(|mut e| {
            e.message = format!("source `{name}` (frame `{frame}`): {}", e.message);
            e
        })?;
        heads.push((frame.to_string(), head));
    }
    let files = heads
        .iter()
        .map(|(frame, head)| {
            (
                frame.clone(),
                (head.download.path().to_path_buf(), head.format.clone()),
            )
        })
        .collect();
    let outcome: Result<DryRun, DryRunError> =
        off_runtime(move || dry_run::dry_run(&spec, &files, rows))
            .await
            .map_err(ApiError::internal)?;
    drop(heads);
    match outcome {
        Ok(result) => Ok(HttpResponse::Ok().json(result)),
        Err(e @ DryRunError::Read { .. }) => {
            Err(ApiError::new(Code::MalformedSource, e.to_string()))
        }
        Err(DryRunError::Transform(e)) => {
            // `transform[3] (filter on jhu)` names the step: `spec.transform[3]`.
            let path = match e.location.split_once(' ') {
                Some((step, _)) if step.starts_with("transform[") => format!("spec.{step}"),
                _ if e.location == "output" => "spec.output".to_owned(),
                _ => "spec.transform".to_owned(),
            };
            Err(ApiError::validation(vec![SpecError::new(
                &path,
                format!("{}: {}", e.location, e.message),
            )]))
        }
    }
}
