use actix_web::{HttpResponse, web};

use super::{WarehouseCredentials, context};
use crate::{auth::Caller, error::ApiResult, error::ErrorBody, state::AppState};

/// Create read-only SQL credentials, or rotate their password (admin)
///
/// Creates the tenant's PostgreSQL login role, which may only `SELECT` from the tenant's schema
/// (tables loaded later included), with `warehouse.connection_limit` sessions at most and
/// `warehouse.statement_timeout_ms` per statement; 201. When it exists, gives it a new password
/// (the old one stops working) and re-applies the limits; 200. The password is in this answer
/// only: Sluice sends PostgreSQL its SCRAM-SHA-256 verifier and keeps nothing.
#[utoipa::path(
    post, path = "/api/v1/warehouse/credentials", tag = "warehouse",
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Role created; the password is shown this once", body = WarehouseCredentials),
        (status = 200, description = "Password rotated (the old one no longer works); shown this once", body = WarehouseCredentials),
        (status = 401, body = ErrorBody),
        (status = 403, description = "The caller is not an admin (`forbidden`)", body = ErrorBody),
        (status = 409, description = "Read-only SQL access cannot be managed on this server: the service's database user may not create roles (`message` says what to grant), or the tenant's role name is taken by a role that is not its own (`warehouse_unavailable`)", body = ErrorBody),
    )
)]
pub async fn create_warehouse_credentials(
    state: web::Data<AppState>,
    caller: Caller,
) -> ApiResult<HttpResponse> {
    let context = context(&state, &caller).await?;
    super::create(&state, &caller, context).await
}
