//! Read-only SQL access for BI tools: each tenant may have one PostgreSQL login role that can
//! only read the tenant's own schema, now and for the tables loaded later. Its admins create it
//! (or rotate its password), look up how to connect, and drop it; its password is shown once.

pub mod create;
pub mod delete;
pub mod get;
mod reader;
pub mod scram;

use sea_orm::EntityTrait;
use serde::Serialize;
use sluice_engine::{db::entity::tenant, domain::Role};
use utoipa::ToSchema;

use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code},
    state::AppState,
};
use reader::{Reader, ServiceUser};

/// How a BI tool connects to the tenant's tables as its read-only role.
#[derive(Serialize, ToSchema)]
pub struct WarehouseConnection {
    /// Whether the role exists. Until it does, the fields below say what it will be.
    pub exists: bool,
    /// Where BI tools connect (`warehouse.host`, by default the service's database host).
    #[schema(example = "db.example.com")]
    pub host: String,
    #[schema(example = 5432)]
    pub port: u16,
    #[schema(example = "sluice")]
    pub database: String,
    /// The tenant's schema: the only one the role reads, and its `search_path`.
    #[schema(example = "t_0195c3a5e0a07b3c9d2e4f6a8b0c1d2e")]
    pub schema: String,
    /// The role's name, the user to log in as.
    #[schema(example = "t_0195c3a5e0a07b3c9d2e4f6a8b0c1d2e_reader")]
    pub user: String,
    /// Sessions the role may hold at once (PostgreSQL's `rolconnlimit`; -1 would be none).
    pub connection_limit: i32,
    /// The role's `statement_timeout` in milliseconds: longer statements are cancelled. Null if
    /// an operator changed it to something this does not read.
    pub statement_timeout_ms: Option<i64>,
    /// A libpq connection URI without the password (psql, pgcli, Grafana, most drivers).
    #[schema(
        example = "postgresql://t_0195c3a5e0a07b3c9d2e4f6a8b0c1d2e_reader@db.example.com:5432/sluice"
    )]
    pub uri: String,
    /// A `psql` command line that connects (it asks for the password, or reads `PGPASSWORD`).
    #[schema(
        example = "psql 'postgresql://t_0195c3a5e0a07b3c9d2e4f6a8b0c1d2e_reader@db.example.com:5432/sluice'"
    )]
    pub psql: String,
    /// A JDBC URL (Metabase, DBeaver, other Java tools), the user and password given apart.
    #[schema(
        example = "jdbc:postgresql://db.example.com:5432/sluice?currentSchema=t_0195c3a5e0a07b3c9d2e4f6a8b0c1d2e"
    )]
    pub jdbc_url: String,
}

/// The connection details and the new password, shown this once.
#[derive(Serialize, ToSchema)]
pub struct WarehouseCredentials {
    #[serde(flatten)]
    pub connection: WarehouseConnection,
    /// The role's password, shown in this answer only: Sluice does not keep it. 32 letters and
    /// digits.
    pub password: String,
}

/// What every warehouse route establishes first: an admin calls, the service may manage roles,
/// and which role is the tenant's.
struct Context {
    service: ServiceUser,
    schema: String,
    role: String,
    comment: String,
    endpoint: Endpoint,
}

/// Where BI tools connect.
struct Endpoint {
    host: String,
    port: u16,
    database: String,
}

async fn context(state: &AppState, caller: &Caller) -> ApiResult<Context> {
    caller.require(Role::Admin)?;
    let service = ServiceUser::current(&state.db).await?;
    if !service.may_manage_roles() {
        return Err(ApiError::new(
            Code::WarehouseUnavailable,
            format!(
                "read-only SQL access needs the service's PostgreSQL user, {name}, to create \
                 roles, and it may not; a superuser must run `ALTER ROLE {quoted} CREATEROLE;`, \
                 then retry",
                name = service.name,
                quoted = service.quoted
            ),
        ));
    }
    let tenant = tenant::Entity::find_by_id(caller.tenant_id)
        .one(&state.db)
        .await?
        .ok_or_else(|| ApiError::internal(format!("tenant {} not found", caller.tenant_id)))?;
    // A database URL may name no host (a Unix socket) or no database: then localhost, and the
    // database the service is connected to.
    let endpoint = state.settings.warehouse_endpoint();
    let endpoint = Endpoint {
        host: endpoint.host.unwrap_or_else(|| "localhost".to_owned()),
        port: endpoint.port,
        database: endpoint
            .database
            .unwrap_or_else(|| service.database.clone()),
    };
    Ok(Context {
        role: reader::role_name(&tenant.schema_name),
        comment: reader::comment(tenant.id, &service.database),
        schema: tenant.schema_name,
        service,
        endpoint,
    })
}

impl Context {
    /// The connection details, with the role's limits as PostgreSQL has them, or as the
    /// settings will make them when it does not exist.
    fn connection(&self, state: &AppState, reader: Option<&Reader>) -> WarehouseConnection {
        let settings = &state.settings.warehouse;
        let Endpoint {
            host,
            port,
            database,
        } = &self.endpoint;
        let host_in_url = if host.contains(':') {
            format!("[{host}]")
        } else {
            host.clone()
        };
        let authority = format!("{host_in_url}:{port}/{}", percent_encode(database));
        let uri = format!("postgresql://{}@{authority}", percent_encode(&self.role));
        WarehouseConnection {
            exists: reader.is_some(),
            host: host.clone(),
            port: *port,
            database: database.clone(),
            schema: self.schema.clone(),
            user: self.role.clone(),
            connection_limit: reader.map_or(settings.connection_limit, |r| r.connection_limit),
            statement_timeout_ms: match reader {
                Some(r) => r.statement_timeout_ms,
                None => Some(i64::from(settings.statement_timeout_ms)),
            },
            psql: format!("psql '{uri}'"),
            jdbc_url: format!(
                "jdbc:postgresql://{authority}?currentSchema={}",
                percent_encode(&self.schema)
            ),
            uri,
        }
    }
}

/// Every byte but RFC 3986's unreserved characters as `%XX` (so the result is also safe inside
/// single quotes in a shell).
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::percent_encode;

    #[test]
    fn names_are_percent_encoded() {
        assert_eq!(percent_encode("t_abc_reader"), "t_abc_reader");
        assert_eq!(percent_encode("my db's"), "my%20db%27s");
        assert_eq!(percent_encode("é"), "%C3%A9");
    }
}
