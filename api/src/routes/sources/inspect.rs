//! Check and preview: fetch the beginning of a source under the same rules as runs, and parse
//! it with the source's format.

use actix_web::{HttpResponse, web};
use chrono::{DateTime, FixedOffset, Utc};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use sluice_engine::{
    db::entity::source,
    domain::{FrameName, Role},
    etl::{
        extract::ExtractError,
        inspect::{self, Preview},
        off_runtime,
    },
    spec::{Format, SourceFormat},
};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::find;
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    state::AppState,
};

/// Bytes read for a check or a preview.
const PREFIX_BYTES: u64 = 1024 * 1024;
const SAMPLE_ROWS: usize = 1000;

/// Why a source did not check out.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckProblem {
    /// `source_refused`, `source_unavailable` or `malformed_source`.
    pub code: Code,
    pub message: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SourceCheck {
    /// Reachable, allowed, and the beginning parses in the source's format.
    pub ok: bool,
    pub checked_at: DateTime<FixedOffset>,
    /// Bytes read (the first MiB at most).
    pub bytes_checked: u64,
    /// Whether the source is longer than what was checked.
    pub truncated: bool,
    /// Columns found, when the beginning parsed.
    pub columns: Vec<String>,
    pub problem: Option<CheckProblem>,
}

fn extract_problem(e: &ExtractError) -> ApiError {
    let code = if e.is_recoverable() {
        Code::SourceUnavailable
    } else {
        Code::SourceRefused
    };
    ApiError::new(code, e.to_string())
}

/// The beginning of a source, fetched under the same rules as runs and cut back to its last
/// whole line: at most 1 MiB (16 MiB for a JSON array, which only parses whole).
pub(crate) struct Head {
    pub download: sluice_engine::etl::extract::Download,
    pub format: Format,
    pub bytes: u64,
    pub truncated: bool,
}

pub(crate) async fn fetch_head(state: &AppState, source: &source::Model) -> Result<Head, ApiError> {
    let kind = SourceFormat::from_db(&source.format)
        .ok_or_else(|| ApiError::internal("unknown stored format"))?;
    let format =
        Format::from_parts(kind, &source.options).map_err(|e| ApiError::validation(vec![e]))?;
    let auth = match &source.auth_header {
        Some(sealed) => Some(SecretString::from(
            state
                .encryptor
                .open_string(sealed, &format!("source:{}", source.id))
                .map_err(ApiError::internal)?,
        )),
        None => None,
    };
    let limit = match format {
        Format::Json => state.settings.extract.max_bytes.min(16 * PREFIX_BYTES),
        _ => PREFIX_BYTES,
    };
    let download = state
        .fetcher
        .fetch_prefix(&source.url, auth.as_ref(), limit)
        .await
        .map_err(|e| extract_problem(&e))?;
    let truncated = download.bytes >= limit;
    if truncated && matches!(format, Format::Json) {
        return Err(ApiError::new(
            Code::MalformedSource,
            format!(
                "the JSON array is larger than {limit} bytes; a preview needs it whole (use ndjson for large files)"
            ),
        ));
    }
    if truncated {
        let path = download.path().to_path_buf();
        off_runtime(move || inspect::trim_to_last_line(&path))
            .await
            .map_err(ApiError::internal)?
            .map_err(ApiError::internal)?;
    }
    let bytes = download.bytes;
    Ok(Head {
        download,
        format,
        bytes,
        truncated,
    })
}

/// Fetches the beginning of `source` and previews it.
async fn inspect_source(
    state: &AppState,
    source: &source::Model,
    shown: usize,
) -> Result<(Preview, u64, bool), ApiError> {
    let head = fetch_head(state, source).await?;
    let path = head.download.path().to_path_buf();
    let format = head.format.clone();
    let preview = off_runtime(move || {
        inspect::preview(&path, &format, SAMPLE_ROWS, shown).map_err(|e| e.to_string())
    })
    .await
    .map_err(ApiError::internal)?
    .map_err(|message| {
        ApiError::new(
            Code::MalformedSource,
            format!("source `{}` is malformed at {message}", source.name),
        )
    })?;
    Ok((preview, head.bytes, head.truncated))
}

/// Check a source (member or admin)
///
/// Fetches the first MiB under the same address rules as runs and parses it with the source's
/// format. The outcome is stored as the source's `last_check`. Answers 200 either way; `ok`
/// and `problem` say how it went.
#[utoipa::path(
    post, path = "/api/v1/sources/{id}/check", tag = "sources",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Source id")),
    responses(
        (status = 200, body = SourceCheck),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    )
)]
pub async fn check_source(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let source = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    let checked_at = Utc::now().fixed_offset();
    let check = match inspect_source(&state, &source, 0).await {
        Ok((preview, bytes, truncated)) => {
            let problem = pipeline_problem(&state, &source, &preview).await?;
            let columns: Vec<String> = preview.columns.into_iter().map(|c| c.name).collect();
            SourceCheck {
                ok: problem.is_none(),
                checked_at,
                bytes_checked: bytes,
                truncated,
                columns,
                problem,
            }
        }
        Err(e)
            if matches!(
                e.code,
                Code::MalformedSource
                    | Code::SourceRefused
                    | Code::SourceUnavailable
                    | Code::ValidationFailed
            ) =>
        {
            SourceCheck {
                ok: false,
                checked_at,
                bytes_checked: 0,
                truncated: false,
                columns: Vec::new(),
                problem: Some(CheckProblem {
                    code: e.code,
                    message: e.message,
                }),
            }
        }
        Err(e) => return Err(e),
    };
    let mut model = source.into_active_model();
    model.last_checked_at = Set(Some(checked_at));
    model.last_check = Set(Some(serde_json::to_value(&check).unwrap_or_default()));
    model.update(&state.db).await?;
    Ok(HttpResponse::Ok().json(check))
}

/// The first pipeline step that cannot run on the columns the source has (a required column
/// missing, say), among the pipelines that read the source.
async fn pipeline_problem(
    state: &AppState,
    source: &source::Model,
    preview: &Preview,
) -> Result<Option<CheckProblem>, ApiError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use sluice_engine::db::entity::{pipeline, pipeline_source};
    let links = pipeline_source::Entity::find()
        .filter(pipeline_source::Column::SourceId.eq(source.id))
        .all(&state.db)
        .await?;
    for link in links {
        let Some(p) = pipeline::Entity::find_by_id(link.pipeline_id)
            .filter(pipeline::Column::TenantId.eq(source.tenant_id))
            .one(&state.db)
            .await?
        else {
            continue;
        };
        let Ok(spec) = sluice_engine::spec::PipelineSpec::parse(&p.spec) else {
            continue;
        };
        let frame = link.frame.clone();
        // The columns with the types the pipeline's runs read them as.
        let columns = preview.frame_columns(spec.infers_types(&frame));
        let result = off_runtime(move || {
            sluice_engine::etl::transform::check_frame(&spec, &frame, &columns)
        })
        .await
        .map_err(ApiError::internal)?;
        if let Err(e) = result {
            return Ok(Some(CheckProblem {
                code: Code::MalformedSource,
                message: format!("pipeline `{}` cannot read this source: {e}", p.name),
            }));
        }
    }
    Ok(None)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PreviewQuery {
    /// Rows to return, 1 to 100 (default 20); other values are refused with 422. Types are
    /// inferred from up to 1000 rows.
    #[param(minimum = 1, maximum = 100, default = 20)]
    pub rows: Option<usize>,
}

/// Preview a source's first rows and inferred column types
///
/// Reads the beginning of the source (at most 1 MiB), returns `rows` rows as text and, per
/// column, the type a run reads it as (from up to 1000 rows; runs decide from every row), with
/// the `parse_date` format of text columns whose values are dates in another form.
#[utoipa::path(
    get, path = "/api/v1/sources/{id}/preview", tag = "sources",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Source id"), PreviewQuery),
    responses(
        (status = 200, body = Preview),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, description = "Malformed or refused source, or `rows` out of bounds", body = ErrorBody),
        (status = 502, description = "The source could not be fetched", body = ErrorBody),
    )
)]
pub async fn preview_source(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    query: web::Query<PreviewQuery>,
) -> ApiResult<HttpResponse> {
    let source = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    let shown = match query.rows {
        None => 20,
        Some(rows @ 1..=100) => rows,
        Some(rows) => {
            return Err(ApiError::invalid(
                "rows",
                format!("must be from 1 to 100, not {rows}"),
            ));
        }
    };
    let (preview, _, _) = inspect_source(&state, &source, shown).await?;
    Ok(HttpResponse::Ok().json(preview))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestQuery {
    /// The frame the steps apply to (default: the source's name, with characters a frame name
    /// cannot have replaced by `_`).
    #[param(example = "nyt")]
    pub frame: Option<String>,
}

/// Suggest transform steps from a source's preview
///
/// Previews the source as `GET /sources/{id}/preview` does and returns the steps that make its
/// columns land typed: a `rename` of the column names a table cannot have, a `parse_date` per
/// date column (with the format found), a `cast` of the integer, float, boolean and date-time
/// columns. Inference already reads ISO dates and those columns typed (their steps are then
/// no-ops that keep the types whatever later files hold, and with `infer_types: false`).
/// Nothing is stored: put the steps in a pipeline's `transform`.
#[utoipa::path(
    post, path = "/api/v1/sources/{id}/suggest", tag = "sources",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Source id"), SuggestQuery),
    responses(
        (status = 200, body = inspect::Suggestion),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, description = "Malformed or refused source, or a `frame` that is not a frame name", body = ErrorBody),
        (status = 502, description = "The source could not be fetched", body = ErrorBody),
    )
)]
pub async fn suggest_steps(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    query: web::Query<SuggestQuery>,
) -> ApiResult<HttpResponse> {
    let source = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    let frame = match &query.frame {
        Some(frame) => FrameName::parse(frame).map_err(|e| ApiError::invalid("frame", e.0))?,
        None => {
            let mut name: String = source
                .name
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            if name.starts_with(|c: char| c.is_ascii_digit()) {
                name.insert(0, '_');
            }
            name.truncate(63);
            FrameName::parse(&name).map_err(|e| ApiError::internal(e.0))?
        }
    };
    let (preview, _, _) = inspect_source(&state, &source, 0).await?;
    Ok(HttpResponse::Ok().json(inspect::suggest(&preview, &frame)))
}
