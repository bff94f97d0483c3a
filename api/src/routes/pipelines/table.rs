use actix_web::{HttpResponse, web};
use chrono::{DateTime, FixedOffset};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::destination::Destination;
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, ErrorBody},
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
        (status = 502, description = "The table is in a database of the tenant's own that could not be reached or refused Sluice (`destination_unavailable`)", body = ErrorBody),
    )
)]
pub async fn get_table(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let pipeline_id = id.into_inner();
    let table = Destination::load(&state, caller.tenant_id, pipeline_id, true).await?;
    let estimated_rows = table.estimated_rows();
    let columns = table
        .columns
        .into_iter()
        .map(|c| TableColumn {
            name: c.name,
            pg_type: c.pg_type,
            nullable: c.nullable,
            primary_key: c.primary_key,
            bookkeeping: c.bookkeeping,
        })
        .collect();
    let last_changed_by = state
        .db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT id, finished_at FROM runs \
             WHERE pipeline_id = $1 AND status = 'succeeded' AND rows_inserted + rows_updated > 0 \
             ORDER BY finished_at DESC NULLS LAST LIMIT 1",
            [pipeline_id.into()],
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
        schema: table.schema,
        table: table.table,
        columns,
        estimated_rows,
        last_changed_by,
    }))
}
