use std::time::Duration;

use actix_web::{HttpResponse, web};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use sluice_engine::{
    destination::{
        Target,
        address::HostRules,
        check::{DestinationCheck, check},
    },
    domain::Role,
};
use uuid::Uuid;

use super::{find, target_of};
use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, ErrorBody},
    state::AppState,
};

/// The server's rules for destination hosts.
fn rules(state: &AppState) -> HostRules {
    HostRules::new(&state.settings.destinations)
}

/// A host written as an address is refused at once when the rules do not allow it (a name is
/// checked when it resolves).
pub(super) fn refuse_literal_address(state: &AppState, target: &Target) -> Result<(), ApiError> {
    match target.host.parse::<std::net::IpAddr>() {
        Ok(ip) => rules(state)
            .permits(&target.host, ip)
            .map_err(|message| ApiError::invalid("host", message)),
        Err(_) => Ok(()),
    }
}

/// Check a destination (member or admin)
///
/// Connects with the stored details under the server's address rules and reports, step by
/// step, what the destination allows: the login (and whether it is encrypted), writes (not a
/// standby), creating tables in the schema or the schema itself, and COPY into a table made
/// there. The table is made in a transaction that is rolled back. The outcome is stored as
/// the destination's `last_check`. Answers 200 either way; `ok` and `steps` say how it went.
#[utoipa::path(
    post, path = "/api/v1/destinations/{id}/check", tag = "destinations",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "Destination id")),
    responses(
        (status = 200, body = DestinationCheck),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    )
)]
pub async fn check_destination(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    caller.require(Role::Member)?;
    let found = find(&state.db, caller.tenant_id, id.into_inner()).await?;
    let target = target_of(&found, &state.encryptor)?;
    let timeout = Duration::from_secs(state.settings.destinations.connect_timeout_secs);
    let report = check(&target, &rules(&state), timeout).await;
    let mut row = found.into_active_model();
    row.last_checked_at = Set(Some(report.checked_at));
    row.last_check = Set(Some(
        serde_json::to_value(&report).map_err(ApiError::internal)?,
    ));
    row.update(&state.db).await?;
    Ok(HttpResponse::Ok().json(report))
}
