use actix_web::{HttpResponse, web};
use chrono::{DateTime, FixedOffset};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde::Serialize;
use sluice_engine::domain::BOOKKEEPING_PREFIX;
use utoipa::ToSchema;
use uuid::Uuid;

use super::find;
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    state::AppState,
};

/// A pipeline's destination table as PostgreSQL has it now.
#[derive(Serialize, ToSchema)]
pub struct TableResponse {
    /// The tenant's schema.
    pub schema: String,
    pub table: String,
    /// In table order, Sluice's own bookkeeping columns (`_sluice_*`) included and marked.
    pub columns: Vec<TableColumn>,
    /// PostgreSQL's estimate (from its statistics), not an exact count.
    pub estimated_rows: i64,
    /// The latest run that inserted or updated rows, and when it finished.
    pub last_changed_by: Option<TableChange>,
}

#[derive(Serialize, ToSchema)]
pub struct TableColumn {
    pub name: String,
    /// As PostgreSQL writes it: `bigint`, `double precision`, `date`, `text`, …
    pub pg_type: String,
    pub nullable: bool,
    pub primary_key: bool,
    /// A column Sluice keeps for itself (`_sluice_key`, `_sluice_hash`, `_sluice_run_id`,
    /// `_sluice_loaded_at`), hidden from data reads unless asked for.
    pub bookkeeping: bool,
}

#[derive(Serialize, ToSchema)]
pub struct TableChange {
    pub run_id: Uuid,
    pub finished_at: DateTime<FixedOffset>,
}

/// Describe a pipeline's destination table
///
/// Its columns (type, nullability, primary key), an estimated row count and the last run that
/// changed it. 404 `table_not_found` until a run has created the table.
#[utoipa::path(
    get, path = "/api/v1/pipelines/{id}/table", tag = "pipelines",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id")),
    responses(
        (status = 200, body = TableResponse),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, description = "No such pipeline in the caller's tenant (`pipeline_not_found`), or it has not loaded its table yet (`table_not_found`)", body = ErrorBody),
    )
)]
pub async fn get_table(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let pipeline = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    // The schema is the tenant's own, read from the row: a caller never names it.
    let columns = state
        .db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT n.nspname AS schema, a.attname AS name, \
                    format_type(a.atttypid, a.atttypmod) AS pg_type, NOT a.attnotnull AS nullable, \
                    coalesce(a.attnum = ANY (i.indkey), false) AS primary_key, \
                    c.reltuples::bigint AS reltuples, \
                    coalesce(s.n_live_tup, 0)::bigint AS live \
             FROM tenants t \
             JOIN pg_namespace n ON n.nspname = t.schema_name \
             JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = $2 AND c.relkind = 'r' \
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped \
             LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary \
             LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid \
             WHERE t.id = $1 ORDER BY a.attnum",
            [
                caller.tenant_id.into(),
                pipeline.destination_table.clone().into(),
            ],
        ))
        .await?;
    let Some(first) = columns.first() else {
        return Err(ApiError::new(
            Code::TableNotFound,
            format!(
                "pipeline {} has not loaded its table `{}` yet; run it first",
                pipeline.id, pipeline.destination_table
            ),
        ));
    };
    let get_i64 = |column: &str| first.try_get::<i64>("", column).map_err(ApiError::internal);
    // reltuples is -1 until the table is first vacuumed or analyzed; the statistics' live
    // rows stand in until then.
    let estimated_rows = match get_i64("reltuples")? {
        n if n >= 0 => n,
        _ => get_i64("live")?,
    };
    let schema: String = first.try_get("", "schema").map_err(ApiError::internal)?;
    let columns = columns
        .iter()
        .map(|row| {
            let name: String = row.try_get("", "name")?;
            Ok(TableColumn {
                bookkeeping: name.starts_with(BOOKKEEPING_PREFIX),
                name,
                pg_type: row.try_get("", "pg_type")?,
                nullable: row.try_get("", "nullable")?,
                primary_key: row.try_get("", "primary_key")?,
            })
        })
        .collect::<Result<Vec<_>, sea_orm::DbErr>>()
        .map_err(ApiError::internal)?;
    let last_changed_by = state
        .db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT id, finished_at FROM runs \
             WHERE pipeline_id = $1 AND status = 'succeeded' AND rows_inserted + rows_updated > 0 \
             ORDER BY finished_at DESC NULLS LAST LIMIT 1",
            [pipeline.id.into()],
        ))
        .await?
        .map(|row| -> Result<TableChange, sea_orm::DbErr> {
            Ok(TableChange {
                run_id: row.try_get("", "id")?,
                finished_at: row.try_get("", "finished_at")?,
            })
        })
        .transpose()
        .map_err(ApiError::internal)?;
    Ok(HttpResponse::Ok().json(TableResponse {
        schema,
        table: pipeline.destination_table,
        columns,
        estimated_rows,
        last_changed_by,
    }))
}
