use actix_web::{HttpRequest, HttpResponse, web};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde::Serialize;
use serde_json::value::RawValue;
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::{
    destination::{Column, Destination, is_timeout, read_error, values},
    params::Params,
};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, ErrorBody},
    state::AppState,
};

pub const DEFAULT_LIMIT: u64 = 100;
pub const MAX_LIMIT: u64 = 1000;

/// Query parameters of `GET /pipelines/{id}/data` (documentation; the route reads the query
/// string itself, refusing unknown parameters).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct DataQuery {
    /// Rows per page, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000, default = 100)]
    limit: Option<u64>,
    /// The `next_cursor` of the previous page (opaque).
    after: Option<String>,
    /// Comma-separated columns to return, in that order (default: every column but Sluice's
    /// bookkeeping ones, in table order).
    #[param(example = "date,cases")]
    columns: Option<String>,
    /// Primary-key order of the rows (default `asc`).
    #[param(inline)]
    order: Option<SortOrder>,
    /// `<column>:<op>:<value>` with op `eq`, `ne`, `lt`, `lte`, `gt`, `gte` (the last four on
    /// numbers, dates, times and text), or `<column>:null` / `<column>:not_null`. Repeat for
    /// several; all must hold. Values are written as in the rows (`2020-04-01`,
    /// `2020-04-01T06:00:00Z`, `42`).
    #[param(explode, example = json!(["date:gte:2020-04-01"]))]
    filter: Option<Vec<String>>,
    /// Include the `_sluice_*` bookkeeping columns (default false).
    bookkeeping: Option<bool>,
}

#[derive(ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum SortOrder {
    Asc,
    Desc,
}

/// One page of a destination table's rows.
#[derive(Serialize, ToSchema)]
pub struct DataPage {
    pub table: String,
    /// The columns each row has, in order.
    pub columns: Vec<DataColumn>,
    /// One object per row, keyed by column name. Numbers are JSON numbers, except integers
    /// beyond ±(2^53 − 1), which are strings (JavaScript cannot hold them exactly); dates are
    /// `YYYY-MM-DD`, timestamps ISO 8601 (`timestamptz` in UTC with `Z`); NULL is null.
    #[schema(value_type = Vec<Object>)]
    pub rows: Vec<Box<RawValue>>,
    /// Pass as `after` for the next page; null on the last one.
    pub next_cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct DataColumn {
    pub name: String,
    /// As PostgreSQL writes it (`bigint`, `date`, …).
    pub pg_type: String,
}

/// Read a pipeline's rows
///
/// The destination table's rows, a page at a time in primary-key order (keyset pagination: a
/// page never repeats or skips a row however the table changes between pages), with a choice
/// of columns and simple filters. Any role may read. 422 names the parameter that is wrong.
#[utoipa::path(
    get, path = "/api/v1/pipelines/{id}/data", tag = "data",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id"), DataQuery),
    responses(
        (status = 200, body = DataPage),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, description = "No such pipeline in the caller's tenant (`pipeline_not_found`), or it has not loaded its table yet (`table_not_found`)", body = ErrorBody),
        (status = 502, description = "The table is in a database of the tenant's own that could not be reached or refused Sluice (`destination_unavailable`)", body = ErrorBody),
        (status = 422, description = "A parameter is wrong (`validation_failed`, `details` names it), or the read ran past the server's limit (`read_timeout`)", body = ErrorBody),
    )
)]
pub async fn get_data(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    request: HttpRequest,
) -> ApiResult<HttpResponse> {
    let params = Params::parse(
        request.query_string(),
        &[
            "limit",
            "after",
            "columns",
            "order",
            "filter",
            "bookkeeping",
        ],
    )?;
    let pipeline = id.into_inner();
    let (table, cached) = Destination::cached(&state, caller.tenant_id, pipeline).await?;
    match page(&state, &params, &table).await {
        // A description kept from before a change no load announced (a column added, dropped
        // or retyped by hand) can refuse a good request or fail the read: read it again, once.
        Err(Failed::Request(_)) if cached => retry(&state, &caller, pipeline, &params).await,
        Err(Failed::Read(e)) if cached && !is_timeout(&e) => {
            retry(&state, &caller, pipeline, &params).await
        }
        result => result.map_err(Failed::into_api),
    }
}

async fn retry(
    state: &AppState,
    caller: &Caller,
    pipeline: Uuid,
    params: &Params,
) -> ApiResult<HttpResponse> {
    state.caches.forget_table(caller.tenant_id, pipeline);
    let (table, _) = Destination::cached(state, caller.tenant_id, pipeline).await?;
    page(state, params, &table).await.map_err(Failed::into_api)
}

/// Why a page was not read: the request (an [`ApiError`] to answer), or the read itself.
enum Failed {
    Request(ApiError),
    Read(sea_orm::DbErr),
}

impl From<ApiError> for Failed {
    fn from(e: ApiError) -> Self {
        Failed::Request(e)
    }
}

impl Failed {
    fn into_api(self) -> ApiError {
        match self {
            Failed::Request(e) => e,
            Failed::Read(e) => read_error(e, "filter the rows or ask for a smaller page"),
        }
    }
}

/// One page of `table`, in one statement.
async fn page(
    state: &AppState,
    params: &Params,
    table: &Destination,
) -> Result<HttpResponse, Failed> {
    let limit = params.integer("limit", 1..=MAX_LIMIT, DEFAULT_LIMIT)?;
    let descending = params.choice("order", &["asc", "desc"])? == "desc";
    let bookkeeping = params.boolean("bookkeeping", false)?;
    let columns: Vec<&Column> = match params.list("columns")? {
        Some(names) => {
            let mut picked: Vec<&Column> = Vec::with_capacity(names.len());
            for name in names {
                let column = table.column("columns", name)?;
                if !picked.iter().any(|c| c.name == column.name) {
                    picked.push(column);
                }
            }
            picked
        }
        None => table.visible(bookkeeping).collect(),
    };
    let mut binds = Vec::new();
    let mut conditions = table.filters(params.all("filter"), &mut binds)?;
    let key = table.key();
    if let Some(cursor) = params.one("after")? {
        conditions.push(after(&key, cursor, descending, &mut binds)?);
    }

    let direction = if descending { "DESC" } else { "ASC" };
    // Plain typed columns (`c0`…, then the key as `k0`…); the JSON is written here.
    let selected: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{} AS c{i}", c.typed()))
        .chain(
            key.iter()
                .enumerate()
                .map(|(i, c)| format!("{} AS k{i}", c.typed())),
        )
        .collect();
    let sql = format!(
        "SELECT {selected} FROM {qualified} WHERE {conditions} ORDER BY {order} LIMIT {fetch}",
        selected = selected.join(", "),
        qualified = table.qualified(),
        conditions = if conditions.is_empty() {
            "true".to_owned()
        } else {
            conditions.join(" AND ")
        },
        order = key
            .iter()
            .map(|c| format!("{} {direction}", c.quoted()))
            .collect::<Vec<_>>()
            .join(", "),
        fetch = limit + 1,
    );
    let found = table
        .db(state)
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            sql,
            values(binds),
        ))
        .await
        .map_err(Failed::Read)?;

    let names: Vec<String> = columns
        .iter()
        .map(|c| serde_json::Value::from(c.name.as_str()).to_string())
        .collect();
    let column_aliases: Vec<String> = (0..columns.len()).map(|i| format!("c{i}")).collect();
    let key_aliases: Vec<String> = (0..key.len()).map(|i| format!("k{i}")).collect();
    let mut rows = Vec::with_capacity(found.len());
    let mut last_key = None;
    let write = |row: &sea_orm::QueryResult| -> Result<(String, String), sea_orm::DbErr> {
        let mut object = String::with_capacity(32 * columns.len());
        object.push('{');
        for (i, (column, name)) in columns.iter().zip(&names).enumerate() {
            if i > 0 {
                object.push(',');
            }
            object.push_str(name);
            object.push(':');
            column.write_json(row, &column_aliases[i], &mut object)?;
        }
        object.push('}');
        let mut key_json = String::from("[");
        for (i, column) in key.iter().enumerate() {
            if i > 0 {
                key_json.push(',');
            }
            column.write_json(row, &key_aliases[i], &mut key_json)?;
        }
        key_json.push(']');
        Ok((object, key_json))
    };
    for row in found
        .iter()
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
    {
        let (object, key_json) = write(row).map_err(Failed::Read)?;
        rows.push(RawValue::from_string(object).map_err(ApiError::internal)?);
        last_key = Some(key_json);
    }
    let more = u64::try_from(found.len()).unwrap_or(u64::MAX) > limit;
    Ok(HttpResponse::Ok().json(DataPage {
        table: table.table.clone(),
        columns: columns
            .iter()
            .map(|c| DataColumn {
                name: c.name.clone(),
                pg_type: c.pg_type.clone(),
            })
            .collect(),
        rows,
        next_cursor: last_key
            .filter(|_| more)
            .map(|key| URL_SAFE_NO_PAD.encode(key)),
    }))
}

/// The keyset condition continuing after the row whose key `cursor` holds: the key's JSON
/// array (as the rows write it), base64url-encoded. Each value is checked against its
/// column's type, so a forged cursor is a 422 naming `after`, never a database error.
fn after(
    key: &[&Column],
    cursor: &str,
    descending: bool,
    binds: &mut Vec<String>,
) -> ApiResult<String> {
    let bad = |why: &str| {
        ApiError::invalid(
            "after",
            format!("not a cursor this table gave ({why}); pass a page's `next_cursor` unchanged"),
        )
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(cursor)
        .map_err(|_| bad("not base64url"))?;
    let text = String::from_utf8(bytes).map_err(|_| bad("not UTF-8"))?;
    let values: Vec<Box<RawValue>> =
        serde_json::from_str(&text).map_err(|_| bad("not a JSON array"))?;
    if values.len() != key.len() {
        return Err(bad(&format!(
            "{} values for a key of {} columns",
            values.len(),
            key.len()
        )));
    }
    let mut placeholders = Vec::with_capacity(key.len());
    for (column, value) in key.iter().zip(&values) {
        let raw = value.get();
        let value = if raw.starts_with('"') {
            serde_json::from_str::<String>(raw).map_err(|_| bad("a bad string"))?
        } else if raw.starts_with(['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
            || matches!(raw, "true" | "false")
        {
            raw.to_owned()
        } else {
            return Err(bad("a value that is not a string or a number"));
        };
        let value = column
            .kind
            .parse(&value)
            .map_err(|e| bad(&format!("column `{}`: {e}", column.name)))?;
        binds.push(value);
        placeholders.push(column.param(binds.len()));
    }
    Ok(format!(
        "({}) {} ({})",
        key.iter()
            .map(|c| c.quoted())
            .collect::<Vec<_>>()
            .join(", "),
        if descending { "<" } else { ">" },
        placeholders.join(", ")
    ))
}
