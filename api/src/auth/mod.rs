//! Who is calling: a user with an access token (JWT) or a machine with an API token
//! (`slc_…`). Either way the caller's tenant and role come from the database: read on a
//! request, kept by the process until PostgreSQL announces a change to the user or its tenant
//! (`crate::cache`), so a removed user, a changed role or a revoked session takes effect at
//! once. An API token's own row is read on every request.

pub mod jwt;
pub mod password;
pub mod rate_limit;

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, http::header, web};
use chrono::Utc;
use futures::future::LocalBoxFuture;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr, sqlx};
use sluice_engine::{crypto::sha256_hex, db::entity::api_token, domain::Role};
use uuid::Uuid;

use crate::{cache::Identity, error::ApiError, state::AppState, telemetry::CallerTenant};

/// Prefix of API tokens; anything else in the `Authorization` header is read as a JWT.
pub const API_TOKEN_PREFIX: &str = "slc_";

/// The authenticated caller of a request.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user_id: Uuid,
    pub tenant_id: Uuid,
    pub role: Role,
    pub email: String,
    /// The API token used, when the caller is a machine.
    pub token_id: Option<Uuid>,
}

impl Caller {
    /// 403 unless the caller has at least `role`.
    pub fn require(&self, role: Role) -> Result<(), ApiError> {
        if self.role >= role {
            Ok(())
        } else {
            Err(ApiError::forbidden(format!(
                "this needs the {} role; the caller is {}",
                role.as_str(),
                self.role.as_str()
            )))
        }
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let request = req.clone();
        let header = req
            .headers()
            .get(header::AUTHORIZATION)
            .map(|v| v.to_str().map(str::to_owned));
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::internal("application state missing"))?;
            let header = match header {
                None => {
                    return Err(ApiError::unauthorized(
                        "missing `Authorization: Bearer <token>` header",
                    ));
                }
                Some(Err(_)) => {
                    return Err(ApiError::unauthorized("malformed Authorization header"));
                }
                Some(Ok(h)) => h,
            };
            let token = header
                .strip_prefix("Bearer ")
                .or_else(|| header.strip_prefix("bearer "))
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .ok_or_else(|| {
                    ApiError::unauthorized("the Authorization header must be `Bearer <token>`")
                })?;
            // The lookup runs to its end in a task of its own. A request's extractors run side
            // by side and the first error ends the request: a body refused while the lookup
            // waits on PostgreSQL would otherwise cancel the query mid-flight, leaving its
            // connection to be repaired or closed by the pool.
            let token = token.to_owned();
            let caller = tokio::spawn(async move {
                if token.starts_with(API_TOKEN_PREFIX) {
                    api_token_caller(&state, &token).await
                } else {
                    jwt_caller(&state, &token).await
                }
            })
            .await
            .map_err(|e| ApiError::internal(format!("authenticating: {e}")))??;
            // The request's log lines from here on, and its access line, name the tenant.
            tracing::Span::current().record("tenant_id", tracing::field::display(caller.tenant_id));
            request
                .extensions_mut()
                .insert(CallerTenant(caller.tenant_id));
            Ok(caller)
        })
    }
}

async fn jwt_caller(state: &AppState, token: &str) -> Result<Caller, ApiError> {
    let claims = state.jwt.verify(token).map_err(|e| {
        tracing::debug!(error = %e, "access token refused");
        ApiError::unauthorized("the access token is invalid or expired")
    })?;
    let user = identity(state, claims.sub)
        .await?
        .filter(|u| u.tenant_id == claims.tid)
        .ok_or_else(|| ApiError::unauthorized("the access token's user no longer exists"))?;
    if claims.sv != user.session_version {
        return Err(ApiError::unauthorized(
            "the access token was revoked (the password changed); sign in again",
        ));
    }
    Ok(Caller {
        user_id: claims.sub,
        tenant_id: user.tenant_id,
        role: user.role,
        email: user.email,
        token_id: None,
    })
}

/// User `id` as authentication needs it: from this process's cache, which a change to the
/// user or its tenant empties at once (`crate::cache`), else read from PostgreSQL (without the
/// password hash) and kept.
async fn identity(state: &AppState, id: Uuid) -> Result<Option<Identity>, ApiError> {
    let caches = &state.caches;
    if let Some(found) = caches.get(&caches.users, &id) {
        return Ok(Some(found));
    }
    let ticket = caches.ticket();
    let row: Option<(Uuid, String, String, i32)> =
        sqlx::query_as("SELECT tenant_id, role, email, session_version FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(state.db.get_postgres_connection_pool())
            .await
            .map_err(ApiError::internal)?;
    let Some((tenant_id, role, email, session_version)) = row else {
        return Ok(None);
    };
    let role = Role::from_db(&role)
        .ok_or_else(|| ApiError::internal(format!("user {id} has unknown role {role}")))?;
    let found = Identity {
        tenant_id,
        role,
        email,
        session_version,
    };
    caches.put(ticket, &caches.users, id, found.clone());
    Ok(Some(found))
}

async fn api_token_caller(state: &AppState, token: &str) -> Result<Caller, ApiError> {
    let invalid = || ApiError::unauthorized("the API token is invalid, expired or revoked");
    let token_row = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(sha256_hex(token.as_bytes())))
        .one(&state.db)
        .await?
        .ok_or_else(invalid)?;
    // The token's row is read every time (a revoked or expired token stops at once); its
    // owner may come from the cache.
    let owner = identity(state, token_row.user_id)
        .await?
        .filter(|u| u.tenant_id == token_row.tenant_id)
        .ok_or_else(invalid)?;
    let now = Utc::now();
    if token_row.expires_at.is_some_and(|t| t <= now) {
        return Err(invalid());
    }
    // A token never has more power than its owner has now.
    let role = match Role::from_db(&token_row.role) {
        Some(t) => t.min(owner.role),
        None => return Err(invalid()),
    };
    // Record use at most once a minute, so reads don't each cost a write.
    let stale = token_row
        .last_used_at
        .is_none_or(|t| now.signed_duration_since(t).num_seconds() >= 60);
    if stale {
        let result = api_token::Entity::update_many()
            .col_expr(api_token::Column::LastUsedAt, Expr::value(now))
            .filter(api_token::Column::Id.eq(token_row.id))
            .exec(&state.db)
            .await;
        if let Err(e) = result {
            tracing::warn!(error = %e, "could not record API token use");
        }
    }
    Ok(Caller {
        user_id: token_row.user_id,
        tenant_id: owner.tenant_id,
        role,
        email: owner.email,
        token_id: Some(token_row.id),
    })
}
