use actix_web::{HttpResponse, web};

use super::context;
use crate::{
    auth::Caller,
    error::{ApiResult, ErrorBody},
    state::AppState,
};

/// Revoke read-only SQL credentials (admin)
///
/// Ends the role's open sessions and drops it: its password stops working at once.
#[utoipa::path(
    delete, path = "/api/v1/warehouse/credentials", tag = "warehouse",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Dropped; its sessions were ended"),
        (status = 401, body = ErrorBody),
        (status = 403, description = "The caller is not an admin (`forbidden`)", body = ErrorBody),
        (status = 404, description = "The tenant has no read-only role (`warehouse_credentials_not_found`)", body = ErrorBody),
        (status = 409, description = "Read-only SQL access cannot be managed on this server: the service's database user may not create roles (`message` says what to grant), or the tenant's role name is taken by a role that is not its own (`warehouse_unavailable`)", body = ErrorBody),
    )
)]
pub async fn delete_warehouse_credentials(
    state: web::Data<AppState>,
    caller: Caller,
) -> ApiResult<HttpResponse> {
    let context = context(&state, &caller).await?;
    super::revoke(&caller, context).await
}
