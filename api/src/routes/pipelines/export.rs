use actix_web::{
    HttpRequest, HttpResponse,
    http::header::{ContentDisposition, DispositionParam, DispositionType},
    web,
};
use bytes::{Bytes, BytesMut};
use futures::StreamExt;
use sea_orm::sqlx::{self, postgres::PgPool};
use tokio::sync::{mpsc, oneshot};
use utoipa::IntoParams;
use uuid::Uuid;

use super::{
    destination::{Column, Destination, Kind, iso_text},
    params::Params,
};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    state::AppState,
};

/// Bytes gathered from PostgreSQL (which sends one message per row) before they are handed to
/// the response; with [`CHUNKS_IN_FLIGHT`], what an export holds in memory at most.
const CHUNK_BYTES: usize = 64 * 1024;
const CHUNKS_IN_FLIGHT: usize = 4;

/// Query parameters of `GET /pipelines/{id}/export`.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct ExportQuery {
    /// `csv` (default; a header line, RFC 4180 quoting) or `ndjson` (one JSON object per line,
    /// values written as `/data` writes them).
    #[param(inline)]
    format: Option<ExportFormat>,
    /// Comma-separated columns, in that order (default: every column but the bookkeeping ones).
    columns: Option<String>,
    /// Include the `_sluice_*` bookkeeping columns (default false).
    bookkeeping: Option<bool>,
}

#[derive(utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum ExportFormat {
    Csv,
    Ndjson,
}

/// Export a pipeline's table
///
/// The whole destination table in primary-key order, streamed from PostgreSQL's `COPY` as it
/// is read, so memory stays constant whatever the table's size. Any role may export. A failure
/// after the first bytes cuts the response short (the transfer is not completed), so a
/// truncated file is never mistaken for a whole one.
#[utoipa::path(
    get, path = "/api/v1/pipelines/{id}/export", tag = "data",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id"), ExportQuery),
    responses(
        (status = 200, description = "The table, as an attachment named after it",
            content((String = "text/csv"), (String = "application/x-ndjson")),
            headers(("Content-Disposition" = String, description = "`attachment; filename=\"<table>.csv\"` (or `.ndjson`)"))),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, description = "No such pipeline in the caller's tenant (`pipeline_not_found`), or it has not loaded its table yet (`table_not_found`)", body = ErrorBody),
        (status = 502, description = "The table is in a database of the tenant's own that could not be reached or refused Sluice (`destination_unavailable`)", body = ErrorBody),
        (status = 422, description = "A parameter is wrong (`validation_failed`, `details` names it)", body = ErrorBody),
    )
)]
pub async fn export_table(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    request: HttpRequest,
) -> ApiResult<HttpResponse> {
    let params = Params::parse(
        request.query_string(),
        &["format", "columns", "bookkeeping"],
    )?;
    let table = Destination::load(&state, caller.tenant_id, id.into_inner(), false).await?;
    let format = params.choice("format", &["csv", "ndjson"])?;
    let bookkeeping = params.boolean("bookkeeping", false)?;
    let columns: Vec<&Column> = match params.list("columns")? {
        Some(names) => names
            .into_iter()
            .map(|name| table.column("columns", name))
            .collect::<ApiResult<_>>()?,
        None => table.visible(bookkeeping).collect(),
    };
    let order = table
        .key()
        .iter()
        .map(|c| c.quoted())
        .collect::<Vec<_>>()
        .join(", ");
    let (sql, content_type) = if format == "csv" {
        let fields: Vec<String> = columns
            .iter()
            .map(|c| format!("{} AS {}", csv_field(c), c.quoted()))
            .collect();
        (
            format!(
                "COPY (SELECT {} FROM {} ORDER BY {order}) TO STDOUT WITH (FORMAT csv, HEADER true)",
                fields.join(", "),
                table.qualified()
            ),
            "text/csv; charset=utf-8",
        )
    } else {
        let fields: Vec<String> = columns
            .iter()
            .map(|c| format!("{} AS {}", c.json(), c.quoted()))
            .collect();
        // CSV with a quote and a delimiter that JSON text never holds (it escapes every
        // control character), so each line is the JSON exactly: text format would double
        // JSON's backslashes.
        (
            format!(
                "COPY (SELECT (SELECT row_to_json(v) FROM (SELECT {}) v)::text FROM {} ORDER BY {order}) \
                 TO STDOUT WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')",
                fields.join(", "),
                table.qualified()
            ),
            "application/x-ndjson",
        )
    };
    let body = stream(table.db(&state).get_postgres_connection_pool().clone(), sql).await?;
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(format!(
                "{}.{format}",
                table.table
            ))],
        })
        .streaming(body))
}

/// A column as COPY's CSV should write it: dates and times in ISO 8601 (as `/data` writes
/// them, whatever the session's `DateStyle`), booleans as `true`/`false`.
fn csv_field(column: &Column) -> String {
    let c = column.quoted();
    match column.kind {
        Kind::Date | Kind::Timestamp | Kind::TimestampTz => iso_text(&c, column.kind, true),
        Kind::Boolean => format!("CASE WHEN {c} THEN 'true' WHEN NOT {c} THEN 'false' END"),
        _ => c,
    }
}

/// Runs `sql` (a `COPY … TO STDOUT`) on a pooled connection in a task of its own and streams
/// its output in chunks of [`CHUNK_BYTES`]. Answers once the COPY has started, so an error
/// before the first byte is an ordinary error response. When the client goes away the task
/// stops reading and closes the connection instead of returning it mid-COPY to the pool.
async fn stream(
    pool: PgPool,
    sql: String,
) -> ApiResult<impl futures::Stream<Item = Result<Bytes, std::io::Error>>> {
    let (chunks, receiver) = mpsc::channel::<Result<Bytes, std::io::Error>>(CHUNKS_IN_FLIGHT);
    let (started, start) = oneshot::channel::<Result<(), sqlx::Error>>();
    tokio::spawn(async move {
        let mut conn = match pool.acquire().await {
            Ok(conn) => conn,
            Err(e) => {
                let _ = started.send(Err(e));
                return;
            }
        };
        // The pool bounds every statement (`application.read_timeout_ms`); an export, which
        // takes as long as the client reads, lifts the bound for its own transaction.
        for statement in ["BEGIN READ ONLY", "SET LOCAL statement_timeout = 0"] {
            if let Err(e) = sqlx::query(statement).execute(&mut *conn).await {
                conn.close_on_drop();
                let _ = started.send(Err(e));
                return;
            }
        }
        let mut complete = false;
        {
            let mut copy = match conn.copy_out_raw(&sql).await {
                Ok(copy) => {
                    let _ = started.send(Ok(()));
                    copy
                }
                Err(e) => {
                    let _ = started.send(Err(e));
                    return;
                }
            };
            let mut buffer = BytesMut::with_capacity(CHUNK_BYTES);
            loop {
                match copy.next().await {
                    Some(Ok(bytes)) => {
                        buffer.extend_from_slice(&bytes);
                        if buffer.len() >= CHUNK_BYTES
                            && chunks.send(Ok(buffer.split().freeze())).await.is_err()
                        {
                            break; // the client went away
                        }
                    }
                    Some(Err(e)) => {
                        tracing::error!(error = %e, "export failed mid-stream");
                        let _ = chunks.send(Err(std::io::Error::other(e))).await;
                        break;
                    }
                    None => {
                        complete = buffer.is_empty()
                            || chunks.send(Ok(buffer.split().freeze())).await.is_ok();
                        break;
                    }
                }
            }
        }
        if !complete || sqlx::query("COMMIT").execute(&mut *conn).await.is_err() {
            conn.close_on_drop();
        }
    });
    match start.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            return Err(match e {
                sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
                    ApiError::new(
                        Code::Unavailable,
                        "the database is unavailable; retry shortly",
                    )
                }
                other => ApiError::internal(other),
            });
        }
        Err(_) => return Err(ApiError::internal("export task ended before starting")),
    }
    Ok(futures::stream::unfold(receiver, |mut receiver| async {
        receiver.recv().await.map(|chunk| (chunk, receiver))
    }))
}
