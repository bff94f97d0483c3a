use actix_web::{HttpResponse, web};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, Statement, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use sluice_engine::{
    db::entity::{pipeline, tenant},
    domain::Role,
    etl::load::quote,
};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::find_for_update;
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code, ErrorBody},
    state::AppState,
};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct DeleteQuery {
    /// Also drop the destination table, in the same transaction (default false: the table
    /// and its rows stay).
    #[serde(default)]
    pub drop_table: bool,
}

/// What a deletion did with the pipeline's table.
#[derive(Serialize, ToSchema)]
pub struct DeletedPipeline {
    pub id: Uuid,
    /// The destination table, in the tenant's schema.
    pub table: String,
    /// Whether the table was dropped. When kept, its rows stay readable (psql, BI tools), and a
    /// new pipeline may load into it again with `"adopt": true`.
    pub table_dropped: bool,
    /// The same, in a sentence.
    pub message: String,
}

/// How long a deletion that drops the table waits for a run that is loading it.
const DROP_LOCK_TIMEOUT_MS: u32 = 5000;

/// Delete a pipeline (member or admin)
///
/// Its runs, failed records and deliveries go with it. The destination table and its rows stay
/// unless `drop_table=true`, which drops it in the same transaction (409 `table_busy`, nothing
/// deleted, when a run holds the table for more than 5 s).
#[utoipa::path(
    delete, path = "/api/v1/pipelines/{id}", tag = "pipelines",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Pipeline id"), DeleteQuery),
    responses(
        (status = 200, description = "Deleted; says whether the table was kept", body = DeletedPipeline),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "A run is loading the table (`table_busy`), or the table is in a database of the tenant's own, which Sluice does not drop (`external_destination`); nothing was deleted", body = ErrorBody),
    )
)]
pub async fn delete_pipeline(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    query: web::Query<DeleteQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let txn = state.db.begin().await?;
    let pipeline = find_for_update(&txn, caller.tenant_id, id.into_inner()).await?;
    pipeline::Entity::delete_many()
        .filter(pipeline::Column::Id.eq(pipeline.id))
        .filter(pipeline::Column::TenantId.eq(caller.tenant_id))
        .exec(&txn)
        .await?;
    let table = pipeline.destination_table;
    if query.drop_table && pipeline.destination_id.is_some() {
        // Sluice does not drop tables in a tenant's own database: the tenant does.
        let database = pipeline
            .spec
            .pointer("/destination/database")
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        return Err(ApiError::new(
            Code::ExternalDestination,
            format!(
                "table `{table}` is in destination `{database}`, a database of this tenant's own, \
                 where Sluice does not drop tables: delete the pipeline without drop_table and drop it there"
            ),
        ));
    }
    if query.drop_table {
        let schema = tenant::Entity::find_by_id(caller.tenant_id)
            .one(&txn)
            .await?
            .ok_or_else(|| ApiError::internal("the caller's tenant has no row"))?
            .schema_name;
        txn.execute_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("SET LOCAL lock_timeout = {DROP_LOCK_TIMEOUT_MS}"),
        ))
        .await?;
        txn.execute_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("DROP TABLE IF EXISTS {}.{}", quote(&schema), quote(&table)),
        ))
        .await
        .map_err(|e| {
            if e.to_string().contains("lock timeout") {
                ApiError::new(
                    Code::TableBusy,
                    format!("a run is loading table `{table}`; nothing was deleted, retry when it has finished"),
                )
            } else {
                e.into()
            }
        })?;
    }
    txn.commit().await?;
    let message = if query.drop_table {
        format!("pipeline deleted and table `{table}` dropped")
    } else if pipeline.destination_id.is_some() {
        format!(
            "pipeline deleted; table `{table}` in the tenant's own database was kept, as it always is"
        )
    } else {
        format!(
            "pipeline deleted; table `{table}` and its rows were kept (a new pipeline may load it with \"adopt\": true; delete with ?drop_table=true to drop it)"
        )
    };
    Ok(HttpResponse::Ok().json(DeletedPipeline {
        id: pipeline.id,
        table,
        table_dropped: query.drop_table,
        message,
    }))
}
