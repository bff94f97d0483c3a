//! Read-only SQL access for BI tools: each tenant may have one PostgreSQL login role that can
//! only read the tenant's own schema, now and for the tables loaded later. Its admins create it
//! (or rotate its password), look up how to connect, and drop it; its password is shown once.

pub mod create;
pub mod delete;
pub mod get;
mod reader;
pub mod scram;

use std::time::Duration;

use actix_web::HttpResponse;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, RuntimeErr, SqlxPostgresConnector, sqlx};
use serde::Serialize;
use sluice_engine::{
    db::entity::tenant,
    destination::{SslMode, address::HostRules, connect},
    domain::Role,
};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::{
    auth::Caller,
    error::{ApiError, ApiResult, Code},
    external,
    routes::destinations,
    state::AppState,
};
use reader::{Reader, ReaderError, ServiceUser};

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
    /// A destination's `sslmode`, which the URI and the JDBC URL carry too; absent for the
    /// built-in database.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sslmode: Option<SslMode>,
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

/// What every warehouse route establishes first: an admin calls, the server may manage roles,
/// and which role is the tenant's. The server is the built-in database's
/// (`/warehouse/credentials`) or a destination's (`/destinations/{id}/credentials`).
pub(crate) struct Context {
    /// Where the role lives, connected as the user that creates the tables there.
    db: DatabaseConnection,
    place: Place,
    service: ServiceUser,
    schema: String,
    role: String,
    comment: String,
    endpoint: Endpoint,
}

enum Place {
    BuiltIn,
    /// A destination, by name; its connection is this request's own.
    Destination(String),
}

/// Where BI tools connect.
struct Endpoint {
    host: String,
    port: u16,
    database: String,
    /// A destination's `sslmode`, which the tool should use too; none for the built-in.
    sslmode: Option<SslMode>,
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
        sslmode: None,
    };
    Ok(Context {
        db: state.db.clone(),
        place: Place::BuiltIn,
        role: reader::role_name(&tenant.schema_name),
        comment: reader::comment(tenant.id, &service.database),
        schema: tenant.schema_name,
        service,
        endpoint,
    })
}

/// The context of destination `id`'s reader: a connection of its own to the destination, as
/// its user, under the operator's host rules.
pub(crate) async fn destination_context(
    state: &AppState,
    caller: &Caller,
    id: Uuid,
) -> ApiResult<Context> {
    caller.require(Role::Admin)?;
    let row = destinations::find(&state.db, caller.tenant_id, id).await?;
    let target = destinations::target_of(&row, &state.encryptor)?;
    let settings = &state.settings.destinations;
    let pool = connect::pool(
        &target,
        &HostRules::new(settings),
        Duration::from_secs(settings.connect_timeout_secs),
        1,
        None,
    )
    .await
    .map_err(|e| external::unreachable(&row.name, &e))?;
    let db = SqlxPostgresConnector::from_sqlx_postgres_pool(pool);
    let place = Place::Destination(row.name.clone());
    let service = match ServiceUser::current(&db).await {
        Ok(service) => service,
        Err(e) => {
            let _ = db.close().await;
            return Err(place.failed(e.into()));
        }
    };
    if !service.may_manage_roles() {
        let _ = db.close().await;
        return Err(ApiError::new(
            Code::WarehouseUnavailable,
            format!(
                "read-only SQL access on destination `{name}` needs its user, {user}, to create \
                 roles, and it may not; an administrator of that server must run \
                 `ALTER ROLE {quoted} CREATEROLE;`, then retry",
                name = row.name,
                user = service.name,
                quoted = service.quoted
            ),
        ));
    }
    Ok(Context {
        db,
        place,
        role: reader::destination_role_name(row.id),
        comment: reader::destination_comment(caller.tenant_id, row.id, &service.database),
        schema: target.schema,
        service,
        endpoint: Endpoint {
            host: target.host,
            port: target.port,
            database: target.database,
            sslmode: Some(target.sslmode),
        },
    })
}

impl Place {
    fn failed(&self, e: ReaderError) -> ApiError {
        match e {
            ReaderError::NotOurs { name, comment } => ApiError::new(
                Code::WarehouseUnavailable,
                format!(
                    "the PostgreSQL server{} already has a role named {name} that is not this \
                     tenant's (its comment is {}); an operator must drop or rename it",
                    self.on(),
                    comment.map_or_else(|| "empty".to_owned(), |c| format!("`{c}`"))
                ),
            ),
            ReaderError::Db(e) => match self {
                Place::BuiltIn => e.into(),
                Place::Destination(name) => match database_message(&e) {
                    // The tenant's server said no: a privilege, a setting, a name in use.
                    Some(message) if !external::is_lost(&e) => ApiError::new(
                        Code::WarehouseUnavailable,
                        format!("destination `{name}` refused: {message}"),
                    ),
                    _ => external::failed(name, e),
                },
            },
        }
    }

    /// " of destination `x`", or nothing for the built-in database.
    fn on(&self) -> String {
        match self {
            Place::BuiltIn => String::new(),
            Place::Destination(name) => format!(" of destination `{name}`"),
        }
    }
}

/// What the server said, when the error is the server's answer to a statement.
fn database_message(e: &DbErr) -> Option<String> {
    match e {
        DbErr::Query(RuntimeErr::SqlxError(e)) | DbErr::Exec(RuntimeErr::SqlxError(e)) => {
            match e.as_ref() {
                sqlx::Error::Database(db) => Some(db.message().to_owned()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Creates the reader or rotates its password: 201 or 200 with the password, shown this once.
pub(crate) async fn create(
    state: &AppState,
    caller: &Caller,
    context: Context,
) -> ApiResult<HttpResponse> {
    let result = async {
        let password = scram::generate_password();
        let settings = &state.settings.warehouse;
        let created = reader::create_or_rotate(
            &context.db,
            &reader::ReaderSpec {
                name: &context.role,
                schema: &context.schema,
                comment: &context.comment,
                service: &context.service,
                connection_limit: settings.connection_limit,
                statement_timeout_ms: settings.statement_timeout_ms,
                verifier: &scram::verifier(&password),
            },
        )
        .await?;
        let found = reader::find(&context.db, &context.role, &context.comment).await?;
        Ok::<_, ReaderError>((created, found, password))
    }
    .await;
    let (created, found, password) = context.finish(result).await?;
    tracing::info!(
        tenant_id = %caller.tenant_id, role = %context.role, created,
        "read-only SQL credentials{} {}", context.place.on(),
        if created { "created" } else { "rotated" }
    );
    let body = WarehouseCredentials {
        connection: context.connection(state, found.as_ref()),
        password,
    };
    Ok(if created {
        HttpResponse::Created().json(body)
    } else {
        HttpResponse::Ok().json(body)
    })
}

/// Whether the reader exists, and how BI tools connect.
pub(crate) async fn describe(state: &AppState, context: Context) -> ApiResult<HttpResponse> {
    let found = reader::find(&context.db, &context.role, &context.comment).await;
    let found = context.finish(found).await?;
    Ok(HttpResponse::Ok().json(context.connection(state, found.as_ref())))
}

/// Drops the reader, its sessions ended: 204, or 404 when there is none.
pub(crate) async fn revoke(caller: &Caller, context: Context) -> ApiResult<HttpResponse> {
    let dropped = reader::drop_reader(
        &context.db,
        &context.role,
        &context.schema,
        &context.comment,
        &context.service,
    )
    .await;
    if !context.finish(dropped).await? {
        return Err(ApiError::new(
            Code::WarehouseCredentialsNotFound,
            format!(
                "the tenant has no read-only SQL credentials{}; POST creates them",
                context.place.on()
            ),
        ));
    }
    tracing::info!(
        tenant_id = %caller.tenant_id, role = %context.role,
        "read-only SQL credentials{} dropped", context.place.on()
    );
    Ok(HttpResponse::NoContent().finish())
}

impl Context {
    /// `result` as the API answers it. A destination's connection, this request's own, is
    /// closed here.
    async fn finish<T>(&self, result: Result<T, ReaderError>) -> ApiResult<T> {
        if let Place::Destination(_) = self.place {
            let _ = self.db.clone().close().await;
        }
        result.map_err(|e| self.place.failed(e))
    }

    /// The connection details, with the role's limits as PostgreSQL has them, or as the
    /// settings will make them when it does not exist.
    fn connection(&self, state: &AppState, reader: Option<&Reader>) -> WarehouseConnection {
        let settings = &state.settings.warehouse;
        let Endpoint {
            host,
            port,
            database,
            sslmode,
        } = &self.endpoint;
        let host_in_url = if host.contains(':') {
            format!("[{host}]")
        } else {
            host.clone()
        };
        let authority = format!("{host_in_url}:{port}/{}", percent_encode(database));
        let ssl = sslmode.map(|m| format!("sslmode={}", m.as_str()));
        let uri = format!(
            "postgresql://{}@{authority}{}",
            percent_encode(&self.role),
            ssl.as_ref().map(|s| format!("?{s}")).unwrap_or_default()
        );
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
                "jdbc:postgresql://{authority}?currentSchema={}{}",
                percent_encode(&self.schema),
                ssl.as_ref().map(|s| format!("&{s}")).unwrap_or_default()
            ),
            sslmode: *sslmode,
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
