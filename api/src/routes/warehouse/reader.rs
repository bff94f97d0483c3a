//! The tenant's read-only PostgreSQL role, its "reader": its name, and the statements that find,
//! create or rotate, and drop it.
//!
//! Role names are cluster-wide while tenants live in one database, so each role's comment
//! records the tenant and the database it belongs to, and a role of the same name that records
//! anything else is never touched. Statements are built from generated names only, quoted all
//! the same.

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, Statement,
    TransactionTrait,
};
use sluice_engine::etl::load::quote;
use uuid::Uuid;

/// First key of the transaction-level advisory lock taken on a role's name (the second is the
/// name's hash), so that concurrent requests for one tenant take turns.
const LOCK_CLASS: i32 = 7316;

/// How long the drop waits for each of the role's sessions to end.
const TERMINATE_WAIT_MS: i64 = 5000;

/// The PostgreSQL user the service connects as, and whether it may manage roles.
pub struct ServiceUser {
    pub name: String,
    /// The name as SQL needs it (`quote_ident`), for statements shown to operators.
    pub quoted: String,
    pub database: String,
    pub superuser: bool,
    pub createrole: bool,
}

impl ServiceUser {
    pub async fn current(db: &impl ConnectionTrait) -> Result<Self, DbErr> {
        let row = db
            .query_one_raw(Statement::from_string(
                DbBackend::Postgres,
                "SELECT current_user::text AS name, quote_ident(current_user) AS quoted, \
                        current_database()::text AS database, r.rolsuper, r.rolcreaterole \
                 FROM pg_roles r WHERE r.rolname = current_user",
            ))
            .await?
            .ok_or_else(|| DbErr::RecordNotFound("the current user in pg_roles".into()))?;
        Ok(Self {
            name: row.try_get("", "name")?,
            quoted: row.try_get("", "quoted")?,
            database: row.try_get("", "database")?,
            superuser: row.try_get("", "rolsuper")?,
            createrole: row.try_get("", "rolcreaterole")?,
        })
    }

    pub fn may_manage_roles(&self) -> bool {
        self.superuser || self.createrole
    }
}

/// The reader of a tenant whose data lives in `schema`: `<schema>_reader`, cut to PostgreSQL's
/// 63 bytes (a tenant's schema, `t_<32 hex digits>`, gives 41).
pub fn role_name(schema: &str) -> String {
    const SUFFIX: &str = "_reader";
    let mut end = schema.len().min(63 - SUFFIX.len());
    while !schema.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{SUFFIX}", &schema[..end])
}

/// The comment that marks a role as the reader of `tenant_id` in `database`.
pub fn comment(tenant_id: Uuid, database: &str) -> String {
    format!("Sluice read-only SQL access of tenant {tenant_id} in database {database}")
}

/// The reader of destination `id` on the tenant's own server: `sluice_<id>_reader` (46 bytes).
/// The id, not the destination's schema, names it: two destinations on one server may use the
/// same schema in different databases, and a tenant's own `public_reader` is left alone.
pub fn destination_role_name(id: Uuid) -> String {
    format!("sluice_{}_reader", id.simple())
}

/// The comment that marks a role as the reader of destination `id` of `tenant_id`.
pub fn destination_comment(tenant_id: Uuid, id: Uuid, database: &str) -> String {
    format!(
        "Sluice read-only SQL access of tenant {tenant_id} to destination {id} in database {database}"
    )
}

/// Why a reader could not be found, made or dropped.
pub enum ReaderError {
    /// The server refused a statement, or did not answer.
    Db(DbErr),
    /// A role of the reader's name exists and is not this reader (its comment says otherwise).
    NotOurs {
        name: String,
        comment: Option<String>,
    },
}

impl From<DbErr> for ReaderError {
    fn from(e: DbErr) -> Self {
        Self::Db(e)
    }
}

/// The role as PostgreSQL has it.
pub struct Reader {
    pub connection_limit: i32,
    /// The role's own `statement_timeout`; `None` when it has none, or one in a form this does
    /// not read.
    pub statement_timeout_ms: Option<i64>,
}

/// What the service needs to create or rotate a tenant's reader.
pub struct ReaderSpec<'a> {
    pub name: &'a str,
    pub schema: &'a str,
    pub comment: &'a str,
    pub service: &'a ServiceUser,
    pub connection_limit: i32,
    pub statement_timeout_ms: u32,
    /// The SCRAM-SHA-256 verifier of the new password.
    pub verifier: &'a str,
}

/// The tenant's reader, if it exists; [`ReaderError::NotOurs`] when a role of that name exists
/// but belongs to something else.
pub async fn find(
    db: &impl ConnectionTrait,
    name: &str,
    comment: &str,
) -> Result<Option<Reader>, ReaderError> {
    let Some(row) = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT r.rolconnlimit, shobj_description(r.oid, 'pg_authid') AS comment, \
                    (SELECT substr(c, length('statement_timeout=') + 1) \
                     FROM unnest(r.rolconfig) AS c WHERE c LIKE 'statement_timeout=%') \
                     AS statement_timeout \
             FROM pg_roles r WHERE r.rolname = $1",
            [name.into()],
        ))
        .await?
    else {
        return Ok(None);
    };
    let found: Option<String> = row.try_get("", "comment")?;
    if found.as_deref() != Some(comment) {
        return Err(ReaderError::NotOurs {
            name: name.to_owned(),
            comment: found,
        });
    }
    let timeout: Option<String> = row.try_get("", "statement_timeout")?;
    Ok(Some(Reader {
        connection_limit: row.try_get("", "rolconnlimit")?,
        statement_timeout_ms: timeout.as_deref().and_then(duration_ms),
    }))
}

/// Creates the reader, or rotates its password (the old one stops working), in one
/// transaction; either way its limits, settings and grants are (re)applied. `true` when it was
/// created.
pub async fn create_or_rotate(
    db: &DatabaseConnection,
    spec: &ReaderSpec<'_>,
) -> Result<bool, ReaderError> {
    let txn = db.begin().await?;
    lock(&txn, spec.name).await?;
    let exists = find(&txn, spec.name, spec.comment).await?.is_some();
    // `CREATE SCHEMA IF NOT EXISTS` needs CREATE on the database even when the schema exists,
    // which a destination's user may well not have.
    let schema_exists = txn
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT 1 AS found FROM pg_namespace WHERE nspname = $1",
            [spec.schema.into()],
        ))
        .await?
        .is_some();
    let role = quote(spec.name);
    let schema = quote(spec.schema);
    let service = quote(&spec.service.name);
    let (limit, verifier) = (spec.connection_limit, literal(spec.verifier));
    let mut statements = vec![if exists {
        format!("ALTER ROLE {role} WITH LOGIN CONNECTION LIMIT {limit} PASSWORD {verifier}")
    } else {
        format!(
            "CREATE ROLE {role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT \
             NOREPLICATION NOBYPASSRLS CONNECTION LIMIT {limit} PASSWORD {verifier}"
        )
    }];
    if !schema_exists {
        // Sign-up creates it, and a destination's first load; as the loads do, this covers
        // older tenants and destinations nothing has loaded into yet.
        statements.push(format!("CREATE SCHEMA {schema}"));
    }
    statements.extend([
        format!(
            "ALTER ROLE {role} SET statement_timeout = {}",
            spec.statement_timeout_ms
        ),
        format!("ALTER ROLE {role} SET search_path = {schema}"),
        format!("ALTER ROLE {role} SET default_transaction_read_only = on"),
        format!("COMMENT ON ROLE {role} IS {}", literal(spec.comment)),
        format!("GRANT USAGE ON SCHEMA {schema} TO {role}"),
        format!("GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}"),
        // Tables the service creates later (the worker's loads) are readable too.
        format!(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {service} IN SCHEMA {schema} \
             GRANT SELECT ON TABLES TO {role}"
        ),
    ]);
    if !spec.service.superuser {
        // Without superuser, ending the role's sessions (on drop) needs membership in it.
        statements.push(format!("GRANT {role} TO {service}"));
    }
    for statement in statements {
        txn.execute_unprepared(&statement).await?;
    }
    txn.commit().await?;
    Ok(!exists)
}

/// Drops the reader: refuses new sessions, ends the open ones, then revokes its grants and
/// drops it. `false` when there was none.
pub async fn drop_reader(
    db: &DatabaseConnection,
    name: &str,
    schema: &str,
    comment: &str,
    service: &ServiceUser,
) -> Result<bool, ReaderError> {
    let role = quote(name);
    let txn = db.begin().await?;
    lock(&txn, name).await?;
    if find(&txn, name, comment).await?.is_none() {
        return Ok(false);
    }
    txn.execute_unprepared(&format!("ALTER ROLE {role} WITH NOLOGIN"))
        .await?;
    txn.commit().await?;

    // Committed: no new session can start, so those ended here are the last.
    db.query_all_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_terminate_backend(pid, $2) FROM pg_stat_activity WHERE usename = $1",
        [name.into(), TERMINATE_WAIT_MS.into()],
    ))
    .await?;

    let txn = db.begin().await?;
    lock(&txn, name).await?;
    if find(&txn, name, comment).await?.is_none() {
        return Ok(true);
    }
    let schema = quote(schema);
    let service = quote(&service.name);
    for statement in [
        format!(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {service} IN SCHEMA {schema} \
             REVOKE ALL ON TABLES FROM {role}"
        ),
        format!("REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role}"),
        format!("REVOKE ALL ON SCHEMA {schema} FROM {role}"),
        format!("DROP ROLE {role}"),
    ] {
        txn.execute_unprepared(&statement).await?;
    }
    txn.commit().await?;
    Ok(true)
}

async fn lock(txn: &DatabaseTransaction, name: &str) -> Result<(), DbErr> {
    txn.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock($1, hashtext($2))",
        [LOCK_CLASS.into(), name.into()],
    ))
    .await?;
    Ok(())
}

/// A string literal, as PostgreSQL's `quote_literal` writes it (an `E''` string when it holds a
/// backslash, so the result does not depend on `standard_conforming_strings`).
fn literal(text: &str) -> String {
    let quoted = text.replace('\'', "''");
    if quoted.contains('\\') {
        format!("E'{}'", quoted.replace('\\', "\\\\"))
    } else {
        format!("'{quoted}'")
    }
}

/// A duration setting as PostgreSQL stores it (`30000`, `30s`, `2min`) in milliseconds.
fn duration_ms(value: &str) -> Option<i64> {
    let value = value.trim().trim_matches('"');
    let digits = value
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(digits);
    let factor = match unit.trim() {
        "" | "ms" => 1,
        "s" => 1000,
        "min" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        _ => return None,
    };
    number.parse::<i64>().ok()?.checked_mul(factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_fit_postgresql() {
        let schema = format!("t_{}", Uuid::now_v7().simple());
        let name = role_name(&schema);
        assert_eq!(name, format!("{schema}_reader"));
        assert_eq!(name.len(), 41);
        let long = "é".repeat(40);
        let name = role_name(&long);
        assert!(name.len() <= 63 && name.ends_with("_reader"), "{name}");
    }

    #[test]
    fn literals_are_quoted_like_quote_literal() {
        assert_eq!(literal("plain"), "'plain'");
        assert_eq!(literal("it's"), "'it''s'");
        assert_eq!(literal(r"a\'b"), r"E'a\\''b'");
    }

    #[test]
    fn durations_are_read_in_milliseconds() {
        assert_eq!(duration_ms("30000"), Some(30_000));
        assert_eq!(duration_ms("30s"), Some(30_000));
        assert_eq!(duration_ms("2min"), Some(120_000));
        assert_eq!(duration_ms("1h"), Some(3_600_000));
        assert_eq!(duration_ms("soon"), None);
    }
}
