//! Reads of a tenant's own destination databases (docs/DESTINATIONS.md): the data routes read a
//! table that a pipeline loads there through a small pool per destination, whose connections
//! only read (`default_transaction_read_only`) and whose statements are bounded by
//! `application.read_timeout_ms` like the built-in database's. A pool is kept while the
//! destination's details stay as they were (its `updated_at`), and opened again under the
//! operator's host rules when they change.

use std::{collections::HashMap, sync::Mutex, time::Duration};

use chrono::{DateTime, FixedOffset};
use sea_orm::{DatabaseConnection, DbErr, RuntimeErr, SqlxPostgresConnector};
use sluice_engine::{
    db::entity::destination,
    destination::{
        Target,
        address::HostRules,
        connect::{self, DestinationError},
    },
};
use uuid::Uuid;

use crate::{
    error::{ApiError, ApiResult, Code},
    state::AppState,
};

/// Connections per destination in one API process.
const CONNECTIONS: u32 = 4;

#[derive(Default)]
pub struct ExternalReads {
    pools: Mutex<HashMap<Uuid, (DateTime<FixedOffset>, DatabaseConnection)>>,
}

impl ExternalReads {
    /// A read-only connection to destination `row`.
    pub async fn connection(
        &self,
        state: &AppState,
        row: &destination::Model,
    ) -> ApiResult<DatabaseConnection> {
        if let Some((at, db)) = self.lock().get(&row.id)
            && *at == row.updated_at
        {
            return Ok(db.clone());
        }
        let target = Target::of_row(row, &state.encryptor).map_err(ApiError::internal)?;
        let settings = &state.settings;
        let pool = connect::pool(
            &target,
            &HostRules::new(&settings.destinations),
            Duration::from_secs(settings.destinations.connect_timeout_secs),
            CONNECTIONS,
            Some(Duration::from_millis(settings.application.read_timeout_ms)),
        )
        .await
        .map_err(|e| unreachable(&row.name, &e))?;
        let db = SqlxPostgresConnector::from_sqlx_postgres_pool(pool);
        self.lock().insert(row.id, (row.updated_at, db.clone()));
        Ok(db)
    }

    /// Forgets destination `id`'s pool (it was deleted).
    pub fn forget(&self, id: Uuid) {
        self.lock().remove(&id);
    }

    fn lock(
        &self,
    ) -> std::sync::MutexGuard<'_, HashMap<Uuid, (DateTime<FixedOffset>, DatabaseConnection)>> {
        self.pools.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// 502 `destination_unavailable`: destination `name` could not be reached or refused Sluice.
pub fn unreachable(name: &str, e: &DestinationError) -> ApiError {
    ApiError::new(
        Code::DestinationUnavailable,
        format!("destination `{name}`: {e}"),
    )
}

/// A read on destination `name` that failed: the connection lost is a 502
/// `destination_unavailable`, anything else is the caller's to see as the route sees it.
pub fn failed(name: &str, e: DbErr) -> ApiError {
    if is_lost(&e) {
        return ApiError::new(
            Code::DestinationUnavailable,
            format!("destination `{name}` did not answer: {e}"),
        );
    }
    e.into()
}

/// Whether `e` says the connection was lost or never made, rather than a statement refused.
pub fn is_lost(e: &DbErr) -> bool {
    match e {
        DbErr::Conn(_) | DbErr::ConnectionAcquire(_) => true,
        DbErr::Query(RuntimeErr::SqlxError(e)) | DbErr::Exec(RuntimeErr::SqlxError(e)) => {
            sluice_engine::db::is_unavailable(e)
        }
        _ => false,
    }
}
