//! What a destination allows, step by step, for `POST /destinations/{id}/check`: the host is
//! allowed, a login succeeds (and whether over TLS), the server is not a read-only standby, the
//! user may create tables in the schema (or the schema itself), and a table made there takes
//! rows by COPY. The table is made inside a transaction that is rolled back: a check leaves
//! nothing behind. Each step says what it found, or what is wrong and what to grant.

use std::time::Duration;

use chrono::{DateTime, FixedOffset, Utc};
// Identifiers in the SQL below are quoted by `quote`; values are bound.
use sea_orm::sqlx::{self, AssertSqlSafe, Connection, PgConnection, Row};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    Target,
    address::HostRules,
    connect::{DestinationError, close, connect},
};

/// One step of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CheckStepName {
    /// The host resolves to addresses the server's rules allow, and answers.
    Connect,
    /// The server accepts writes (it is not a read-only standby).
    Writable,
    /// The user may create tables in the schema, or create the schema.
    Schema,
    /// A table made in the schema takes rows by COPY (rolled back).
    Copy,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CheckStep {
    pub step: CheckStepName,
    pub ok: bool,
    /// What was found, or what is wrong and how to fix it.
    pub message: String,
    /// The kind of failure (`destination_refused`, `destination_unreachable`, `login_refused`,
    /// `database_missing`, `tls_failed`, `not_permitted`, `destination_failed`); absent when
    /// the step passed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// The outcome of a check.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DestinationCheck {
    /// Every step passed: pipelines can load here.
    pub ok: bool,
    pub checked_at: DateTime<FixedOffset>,
    /// `server_version` as the server reports it, once connected.
    pub server_version: Option<String>,
    /// Whether the connection is encrypted, once connected.
    pub tls: Option<bool>,
    /// The steps run, in order; the first that fails is the last.
    pub steps: Vec<CheckStep>,
}

fn passed(step: CheckStepName, message: String) -> CheckStep {
    CheckStep {
        step,
        ok: true,
        message,
        code: None,
    }
}

fn failed(step: CheckStepName, error: &DestinationError) -> CheckStep {
    CheckStep {
        step,
        ok: false,
        message: error.to_string(),
        code: Some(error.code().to_owned()),
    }
}

/// Runs the check; never fails itself: what went wrong is in the steps.
pub async fn check(target: &Target, rules: &HostRules, timeout: Duration) -> DestinationCheck {
    let mut report = DestinationCheck {
        ok: false,
        checked_at: Utc::now().fixed_offset(),
        server_version: None,
        tls: None,
        steps: Vec::new(),
    };
    let connected = match connect(target, rules, timeout).await {
        Ok(c) => c,
        Err(e) => {
            report.steps.push(failed(CheckStepName::Connect, &e));
            return report;
        }
    };
    let mut conn = connected.connection;
    let steps = tokio::time::timeout(
        timeout * 3,
        run_steps(&mut conn, target, connected.address, &mut report),
    )
    .await;
    if steps.is_err() {
        let error = DestinationError::Unreachable(format!(
            "the server stopped answering during the check (over {} s)",
            (timeout * 3).as_secs()
        ));
        let step = [
            CheckStepName::Connect,
            CheckStepName::Writable,
            CheckStepName::Schema,
            CheckStepName::Copy,
        ]
        .into_iter()
        .find(|s| !report.steps.iter().any(|done| done.step == *s))
        .unwrap_or(CheckStepName::Copy);
        report.steps.push(failed(step, &error));
    }
    report.ok = report.steps.len() == 4 && report.steps.iter().all(|s| s.ok);
    close(conn).await;
    report
}

async fn run_steps(
    conn: &mut PgConnection,
    target: &Target,
    address: std::net::SocketAddr,
    report: &mut DestinationCheck,
) {
    let err = |e: sqlx::Error| DestinationError::from_sqlx(target, &e);
    let facts = sqlx::query(
        "SELECT current_setting('server_version'), \
                COALESCE((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false), \
                pg_is_in_recovery() OR current_setting('transaction_read_only') = 'on'",
    )
    .fetch_one(&mut *conn)
    .await
    .map_err(err);
    let (version, tls, read_only): (String, bool, bool) = match facts {
        Ok(row) => (row.get(0), row.get(1), row.get(2)),
        Err(e) => {
            report.steps.push(failed(CheckStepName::Connect, &e));
            return;
        }
    };
    report.server_version = Some(version.clone());
    report.tls = Some(tls);
    report.steps.push(passed(
        CheckStepName::Connect,
        format!(
            "connected to {}:{} ({address}) as `{}`, database `{}`, PostgreSQL {version}, {}",
            target.host,
            target.port,
            target.user,
            target.database,
            if tls {
                "encrypted (TLS)"
            } else {
                "not encrypted"
            }
        ),
    ));
    if read_only {
        report.steps.push(failed(
            CheckStepName::Writable,
            &DestinationError::NotPermitted(
                "the server is read-only (a standby, or default_transaction_read_only is on): point the destination at the primary".into(),
            ),
        ));
        return;
    }
    report.steps.push(passed(
        CheckStepName::Writable,
        "the server accepts writes".into(),
    ));

    let privileges = sqlx::query(
        "SELECT to_regnamespace(quote_ident($1)) IS NOT NULL, \
                CASE WHEN to_regnamespace(quote_ident($1)) IS NOT NULL \
                     THEN has_schema_privilege(quote_ident($1), 'USAGE') AND has_schema_privilege(quote_ident($1), 'CREATE') \
                     ELSE false END, \
                has_database_privilege(current_database(), 'CREATE')",
    )
    .bind(&target.schema)
    .fetch_one(&mut *conn)
    .await
    .map_err(err);
    let (exists, may_create_in, may_create_schema): (bool, bool, bool) = match privileges {
        Ok(row) => (row.get(0), row.get(1), row.get(2)),
        Err(e) => {
            report.steps.push(failed(CheckStepName::Schema, &e));
            return;
        }
    };
    let (user, schema, database) = (&target.user, &target.schema, &target.database);
    let schema_step = match (exists, may_create_in, may_create_schema) {
        (true, true, _) => Ok(format!(
            "user `{user}` may create tables in schema `{schema}`"
        )),
        (true, false, _) => Err(format!(
            "user `{user}` may not create tables in schema `{schema}`: GRANT USAGE, CREATE ON SCHEMA {schema} TO {user};"
        )),
        (false, _, true) => Ok(format!(
            "schema `{schema}` does not exist yet; the first load creates it (user `{user}` may create schemas in `{database}`)"
        )),
        (false, _, false) => Err(format!(
            "schema `{schema}` does not exist and user `{user}` may not create it: CREATE SCHEMA {schema} AUTHORIZATION {user}; (or GRANT CREATE ON DATABASE {database} TO {user};)"
        )),
    };
    match schema_step {
        Ok(message) => report.steps.push(passed(CheckStepName::Schema, message)),
        Err(message) => {
            report.steps.push(failed(
                CheckStepName::Schema,
                &DestinationError::NotPermitted(message),
            ));
            return;
        }
    }
    match copy_probe(conn, target, exists).await {
        Ok(()) => report.steps.push(passed(
            CheckStepName::Copy,
            format!("a table made in `{schema}` took rows by COPY (then rolled back)"),
        )),
        Err(e) => report.steps.push(failed(CheckStepName::Copy, &err(e))),
    }
}

/// Makes a table in the schema (and the schema, when missing), COPYs two rows into it, reads
/// them back, and rolls everything back.
async fn copy_probe(
    conn: &mut PgConnection,
    target: &Target,
    schema_exists: bool,
) -> Result<(), sqlx::Error> {
    let schema = crate::etl::load::quote(&target.schema);
    let mut tx = conn.begin().await?;
    if !schema_exists {
        sqlx::query(AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
            .execute(&mut *tx)
            .await?;
    }
    let name = format!("_sluice_check_{}", uuid::Uuid::new_v4().simple());
    let table = format!("{schema}.{}", crate::etl::load::quote(&name));
    sqlx::query(AssertSqlSafe(format!(
        "CREATE TABLE {table} (n integer PRIMARY KEY)"
    )))
    .execute(&mut *tx)
    .await?;
    let mut copy = tx
        .copy_in_raw(&format!("COPY {table} (n) FROM STDIN"))
        .await?;
    copy.send(&b"1\n2\n"[..]).await?;
    copy.finish().await?;
    let count: i64 = sqlx::query_scalar(AssertSqlSafe(format!("SELECT count(*) FROM {table}")))
        .fetch_one(&mut *tx)
        .await?;
    tx.rollback().await?;
    if count != 2 {
        return Err(sqlx::Error::Protocol(format!(
            "COPY stored {count} rows of 2"
        )));
    }
    Ok(())
}
