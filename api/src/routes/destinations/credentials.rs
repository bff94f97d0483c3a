//! Read-only SQL access to a destination's tables for BI tools: the same reader as
//! `/warehouse/credentials` gives on the built-in database, made on the tenant's own server as
//! the destination's user, which must be allowed to create roles there.

use actix_web::{HttpResponse, web};
use uuid::Uuid;

use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    routes::warehouse::{self, WarehouseConnection, WarehouseCredentials},
    state::AppState,
};

/// How BI tools connect to a destination's tables (admin)
///
/// Whether the destination's read-only role exists, and the host, port, database, schema, user
/// and `sslmode` to connect with, with a `psql` command and a JDBC URL. The password is never
/// shown again: rotate it with `POST` when it is lost.
#[utoipa::path(
    get, path = "/api/v1/destinations/{id}/credentials", tag = "destinations",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Destination id")),
    responses(
        (status = 200, body = WarehouseConnection),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, description = "The caller is not an admin (`forbidden`)", body = ErrorBody),
        (status = 404, description = "No such destination in this tenant (`destination_not_found`)", body = ErrorBody),
        (status = 409, description = "Read-only SQL access cannot be managed there: the destination's user may not create roles (`message` says what to grant), its server refused a statement, or the role's name is taken by a role that is not this destination's (`warehouse_unavailable`)", body = ErrorBody),
        (status = 502, description = "The destination could not be reached or refused the login (`destination_unavailable`)", body = ErrorBody),
    )
)]
pub async fn get_destination_credentials(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let context = warehouse::destination_context(&state, &caller, id.into_inner()).await?;
    warehouse::describe(&state, context).await
}

/// Create read-only SQL credentials on a destination, or rotate their password (admin)
///
/// Creates, on the destination's server, a login role that may only `SELECT` from the
/// destination's schema (tables loaded later included: the destination's user grants them by
/// default), read-only, with `warehouse.connection_limit` sessions and
/// `warehouse.statement_timeout_ms` per statement; 201. When it exists, gives it a new password
/// (the old one stops working) and re-applies the limits; 200. The role is
/// `sluice_<destination id>_reader`. The password is in this answer only: Sluice sends the
/// server its SCRAM-SHA-256 verifier and keeps nothing.
#[utoipa::path(
    post, path = "/api/v1/destinations/{id}/credentials", tag = "destinations",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Destination id")),
    responses(
        (status = 201, description = "Role created; the password is shown this once", body = WarehouseCredentials),
        (status = 200, description = "Password rotated (the old one no longer works); shown this once", body = WarehouseCredentials),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, description = "The caller is not an admin (`forbidden`)", body = ErrorBody),
        (status = 404, description = "No such destination in this tenant (`destination_not_found`)", body = ErrorBody),
        (status = 409, description = "Read-only SQL access cannot be managed there: the destination's user may not create roles (`message` says what to grant), its server refused a statement, or the role's name is taken by a role that is not this destination's (`warehouse_unavailable`)", body = ErrorBody),
        (status = 502, description = "The destination could not be reached or refused the login (`destination_unavailable`)", body = ErrorBody),
    )
)]
pub async fn create_destination_credentials(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let context = warehouse::destination_context(&state, &caller, id.into_inner()).await?;
    warehouse::create(&state, &caller, context).await
}

/// Revoke a destination's read-only SQL credentials (admin)
///
/// Ends the role's open sessions on the destination's server and drops it: its password stops
/// working at once. Deleting the destination does not do this (its server may be gone by then):
/// revoke first.
#[utoipa::path(
    delete, path = "/api/v1/destinations/{id}/credentials", tag = "destinations",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Destination id")),
    responses(
        (status = 204, description = "Dropped; its sessions were ended"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, description = "The caller is not an admin (`forbidden`)", body = ErrorBody),
        (status = 404, description = "No such destination in this tenant (`destination_not_found`), or it has no read-only role (`warehouse_credentials_not_found`)", body = ErrorBody),
        (status = 409, description = "Read-only SQL access cannot be managed there: the destination's user may not create roles (`message` says what to grant), its server refused a statement, or the role's name is taken by a role that is not this destination's (`warehouse_unavailable`)", body = ErrorBody),
        (status = 502, description = "The destination could not be reached or refused the login (`destination_unavailable`)", body = ErrorBody),
    )
)]
pub async fn delete_destination_credentials(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let context = warehouse::destination_context(&state, &caller, id.into_inner()).await?;
    warehouse::revoke(&caller, context).await
}
