use actix_web::{HttpResponse, web};

use super::{WarehouseConnection, context};
use crate::{auth::Caller, error::ApiResult, error::ErrorBody, state::AppState};

/// How BI tools connect (admin)
///
/// Whether the tenant's read-only PostgreSQL role exists, and the host, port, database, schema
/// and user to connect with, with a `psql` command and a JDBC URL. The password is never shown
/// again: rotate it with `POST` when it is lost.
#[utoipa::path(
    get, path = "/api/v1/warehouse/credentials", tag = "warehouse",
    security(("bearer" = [])),
    responses(
        (status = 200, body = WarehouseConnection),
        (status = 401, body = ErrorBody),
        (status = 403, description = "The caller is not an admin (`forbidden`)", body = ErrorBody),
        (status = 409, description = "Read-only SQL access cannot be managed on this server: the service's database user may not create roles (`message` says what to grant), or the tenant's role name is taken by a role that is not its own (`warehouse_unavailable`)", body = ErrorBody),
    )
)]
pub async fn get_warehouse_credentials(
    state: web::Data<AppState>,
    caller: Caller,
) -> ApiResult<HttpResponse> {
    let context = context(&state, &caller).await?;
    super::describe(&state, context).await
}
