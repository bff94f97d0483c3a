//! A pipeline's destination table as the read routes (`table`, `data`, `series`, `export`) see
//! it: its columns with their types, read from PostgreSQL's catalog, and the SQL pieces those
//! routes build from them.
//!
//! Every identifier put into SQL here is a column name read from the catalog and checked
//! against it (never the caller's spelling), always quoted; every value the caller gives is a
//! bound parameter, parsed in Rust first so that a bad one is a 422 naming the parameter, not a
//! database error.

use std::{sync::Arc, time::Instant};

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement, Value};
use sluice_engine::{domain::BOOKKEEPING_PREFIX, etl::load::quote};
use uuid::Uuid;

use crate::{
    cache,
    error::{ApiError, ApiResult, Code},
    state::AppState,
};

/// Integers whose magnitude is above this are written as JSON strings: JavaScript's numbers
/// (IEEE doubles) hold every integer only up to 2^53 − 1.
pub const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;

/// What a column's type allows: how its values are written in JSON, parsed from a query
/// parameter, compared and charted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Float,
    Numeric,
    Boolean,
    Date,
    Timestamp,
    TimestampTz,
    Text,
    /// Anything else (json, uuid, bytea, arrays, …): read and exported, not filtered or charted.
    Other,
}

impl Kind {
    fn of(pg_type: &str) -> Self {
        match pg_type {
            "bigint" | "integer" | "smallint" => Kind::Integer,
            "double precision" | "real" => Kind::Float,
            "boolean" => Kind::Boolean,
            "date" => Kind::Date,
            "timestamp without time zone" => Kind::Timestamp,
            "timestamp with time zone" => Kind::TimestampTz,
            "text" => Kind::Text,
            t if t.starts_with("numeric") => Kind::Numeric,
            t if t.starts_with("character varying") || t.starts_with("character(") => Kind::Text,
            _ => Kind::Other,
        }
    }

    pub fn is_numeric(self) -> bool {
        matches!(self, Kind::Integer | Kind::Float | Kind::Numeric)
    }

    pub fn is_temporal(self) -> bool {
        matches!(self, Kind::Date | Kind::Timestamp | Kind::TimestampTz)
    }

    /// Whether `<`, `>` and ranges mean something for it.
    pub fn is_ordered(self) -> bool {
        self.is_numeric() || self.is_temporal() || self == Kind::Text
    }

    /// The PostgreSQL type a bound text value is cast to for comparing with this column.
    fn cast(self) -> &'static str {
        match self {
            Kind::Integer => "bigint",
            Kind::Float => "double precision",
            Kind::Numeric => "numeric",
            Kind::Boolean => "boolean",
            Kind::Date => "date",
            Kind::Timestamp => "timestamp",
            Kind::TimestampTz => "timestamptz",
            Kind::Text | Kind::Other => "text",
        }
    }

    /// Checks `raw` as a value of this kind and returns it as PostgreSQL's input spelling
    /// (bound as text, cast with [`Kind::cast`]); the message says what was expected.
    pub fn parse(self, raw: &str) -> Result<String, String> {
        let ok = match self {
            Kind::Integer => raw.parse::<i64>().is_ok(),
            Kind::Float => raw.parse::<f64>().is_ok_and(|v| !v.is_nan()),
            Kind::Numeric => is_decimal(raw),
            Kind::Boolean => matches!(raw, "true" | "false"),
            Kind::Date => NaiveDate::parse_from_str(raw, "%Y-%m-%d").is_ok(),
            Kind::Timestamp => parse_timestamp(raw).is_some(),
            Kind::TimestampTz => DateTime::parse_from_rfc3339(raw).is_ok(),
            Kind::Text => true,
            Kind::Other => return Err("this column's type cannot be compared".to_owned()),
        };
        if ok {
            Ok(raw.to_owned())
        } else {
            Err(format!(
                "`{}` is not {}",
                raw.escape_debug(),
                self.expected()
            ))
        }
    }

    fn expected(self) -> &'static str {
        match self {
            Kind::Integer => "a 64-bit integer",
            Kind::Float | Kind::Numeric => "a number",
            Kind::Boolean => "`true` or `false`",
            Kind::Date => "a date (YYYY-MM-DD)",
            Kind::Timestamp => "a timestamp (YYYY-MM-DDTHH:MM:SS[.ffffff])",
            Kind::TimestampTz => "an RFC 3339 timestamp with an offset (2020-04-01T00:00:00Z)",
            Kind::Text | Kind::Other => "text",
        }
    }
}

fn is_decimal(raw: &str) -> bool {
    let digits = raw.strip_prefix(['-', '+']).unwrap_or(raw);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    !(whole.is_empty() && fraction.is_empty())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

fn parse_timestamp(raw: &str) -> Option<NaiveDateTime> {
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(raw, f).ok())
        .or_else(|| {
            NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    /// As PostgreSQL writes it (`format_type`).
    pub pg_type: String,
    pub kind: Kind,
    pub nullable: bool,
    pub primary_key: bool,
    pub bookkeeping: bool,
}

impl Column {
    pub fn quoted(&self) -> String {
        quote(&self.name)
    }

    /// A bound parameter `$n` read as this column's type.
    pub fn param(&self, n: usize) -> String {
        format!("${n}::{}", self.kind.cast())
    }

    /// The column as a JSON value: numbers as numbers, except integers beyond 2^53 − 1
    /// (strings); dates and times in ISO 8601 (`timestamptz` in UTC with `Z`).
    pub fn json(&self) -> String {
        json_of(&self.quoted(), self.kind)
    }
}

impl Column {
    /// The column as selected for [`Column::write_json`] to read: in a type the binary
    /// protocol hands over cheaply (PostgreSQL builds no JSON, which costs it five times the
    /// plain read of a page).
    pub fn typed(&self) -> String {
        let c = self.quoted();
        match self.kind {
            Kind::Integer => format!("{c}::bigint"),
            Kind::Float => format!("{c}::float8"),
            Kind::Boolean | Kind::Date | Kind::Timestamp | Kind::TimestampTz => c,
            Kind::Numeric | Kind::Text | Kind::Other => format!("{c}::text"),
        }
    }

    /// Appends the value selected by [`Column::typed`] as `alias` to `out`, as JSON written
    /// the way [`Column::json`] says.
    pub fn write_json(
        &self,
        row: &sea_orm::QueryResult,
        alias: &str,
        out: &mut String,
    ) -> Result<(), sea_orm::DbErr> {
        use std::fmt::Write;
        fn text(out: &mut String, value: &str) {
            out.push_str(&serde_json::Value::from(value).to_string());
        }
        let unsafe_integer = |v: i64| !(-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(&v);
        match self.kind {
            Kind::Integer => match row.try_get::<Option<i64>>("", alias)? {
                None => out.push_str("null"),
                Some(v) if unsafe_integer(v) => {
                    let _ = write!(out, "\"{v}\"");
                }
                Some(v) => {
                    let _ = write!(out, "{v}");
                }
            },
            Kind::Float => match row.try_get::<Option<f64>>("", alias)? {
                None => out.push_str("null"),
                Some(v) if v.is_finite() => out.push_str(&serde_json::Value::from(v).to_string()),
                Some(v) if v.is_nan() => out.push_str("\"NaN\""),
                Some(v) if v > 0.0 => out.push_str("\"Infinity\""),
                Some(_) => out.push_str("\"-Infinity\""),
            },
            Kind::Numeric => match row.try_get::<Option<String>>("", alias)? {
                None => out.push_str("null"),
                Some(v) => {
                    let integral = !v.contains('.');
                    let big = v
                        .trim_start_matches('-')
                        .parse::<u64>()
                        .map_or(integral, |n| n > MAX_SAFE_INTEGER.unsigned_abs());
                    if !is_decimal(&v) || (integral && big) {
                        text(out, &v);
                    } else {
                        out.push_str(&v);
                    }
                }
            },
            Kind::Boolean => match row.try_get::<Option<bool>>("", alias)? {
                None => out.push_str("null"),
                Some(v) => out.push_str(if v { "true" } else { "false" }),
            },
            Kind::Date => match row.try_get::<Option<NaiveDate>>("", alias)? {
                None => out.push_str("null"),
                Some(v) => {
                    let _ = write!(out, "\"{}\"", v.format("%Y-%m-%d"));
                }
            },
            Kind::Timestamp => match row.try_get::<Option<NaiveDateTime>>("", alias)? {
                None => out.push_str("null"),
                Some(v) => {
                    let _ = write!(out, "\"{}\"", v.format("%Y-%m-%dT%H:%M:%S%.6f"));
                }
            },
            Kind::TimestampTz => {
                match row.try_get::<Option<DateTime<chrono::FixedOffset>>>("", alias)? {
                    None => out.push_str("null"),
                    Some(v) => {
                        let _ = write!(
                            out,
                            "\"{}\"",
                            v.with_timezone(&chrono::Utc)
                                .format("%Y-%m-%dT%H:%M:%S%.6fZ")
                        );
                    }
                }
            }
            Kind::Text | Kind::Other => match row.try_get::<Option<String>>("", alias)? {
                None => out.push_str("null"),
                Some(v) => text(out, &v),
            },
        }
        Ok(())
    }
}

/// `expr` (of kind `kind`) as a `jsonb` value, written the way [`Column::json`] says.
pub fn json_of(expr: &str, kind: Kind) -> String {
    match kind {
        // `NOT BETWEEN` rather than `abs()`, which overflows on bigint's minimum.
        Kind::Integer => format!(
            "CASE WHEN {expr} NOT BETWEEN -{MAX_SAFE_INTEGER} AND {MAX_SAFE_INTEGER} \
             THEN to_jsonb({expr}::text) ELSE to_jsonb({expr}) END"
        ),
        Kind::Numeric => format!(
            "CASE WHEN {expr} NOT BETWEEN -{MAX_SAFE_INTEGER} AND {MAX_SAFE_INTEGER} \
             AND {expr} = trunc({expr}) THEN to_jsonb({expr}::text) ELSE to_jsonb({expr}) END"
        ),
        Kind::TimestampTz | Kind::Timestamp => format!("to_jsonb({})", iso_text(expr, kind, true)),
        _ => format!("to_jsonb({expr})"),
    }
}

/// `expr` (a date or a timestamp of `kind`) as ISO 8601 text whatever the session's
/// `DateStyle`: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS`, and `timestamptz` in UTC with `Z`; with
/// `fraction`, to the microsecond. Every reader of a table writes dates and times this way.
pub fn iso_text(expr: &str, kind: Kind, fraction: bool) -> String {
    let us = if fraction { ".US" } else { "" };
    match kind {
        Kind::Date => format!("to_char({expr}, 'YYYY-MM-DD')"),
        Kind::TimestampTz => {
            format!("to_char({expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS{us}\"Z\"')")
        }
        _ => format!("to_char({expr}, 'YYYY-MM-DD\"T\"HH24:MI:SS{us}')"),
    }
}

/// The table with its columns in table order.
#[derive(Debug, Clone)]
pub struct Destination {
    pub schema: String,
    pub table: String,
    pub columns: Vec<Column>,
    pub reltuples: i64,
    pub live_rows: i64,
    /// A read-only connection to the tenant's destination the table is in; `None` for the
    /// built-in database.
    pub external: Option<DatabaseConnection>,
}

/// The catalog's row estimates, when asked for: the selected expressions and their join.
fn estimates(stats: bool) -> (&'static str, &'static str) {
    if stats {
        (
            "c.reltuples::bigint AS reltuples, coalesce(s.n_live_tup, 0)::bigint AS live",
            "LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid",
        )
    } else {
        ("-1::bigint AS reltuples, 0::bigint AS live", "")
    }
}

impl Destination {
    /// Reads pipeline `pipeline_id`'s table from the catalog, in one query with the pipeline
    /// itself: 404 `pipeline_not_found` when the tenant has no such pipeline,
    /// `table_not_found` before its first load. With `stats`, also PostgreSQL's row estimates
    /// (`reltuples`, the statistics' live rows), which only the table's description shows. A
    /// table in a database of the tenant's own is described from that database's catalog,
    /// through the process's read-only pool on it ([`crate::external`]).
    pub async fn load(
        state: &AppState,
        tenant_id: Uuid,
        pipeline_id: Uuid,
        stats: bool,
    ) -> ApiResult<Self> {
        let (estimates, join) = estimates(stats);
        // The schema is the tenant's own, read from its row: a caller never names it.
        let rows = state
            .db
            .query_all_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                format!(
                    "SELECT p.destination_table AS table_name, t.schema_name AS schema, a.attname::text AS name, \
                            format_type(a.atttypid, a.atttypmod) AS pg_type, NOT a.attnotnull AS nullable, \
                            coalesce(a.attnum = ANY (i.indkey), false) AS primary_key, {estimates}, \
                            p.destination_id \
                     FROM pipelines p \
                     JOIN tenants t ON t.id = p.tenant_id \
                     LEFT JOIN pg_namespace n ON n.nspname = t.schema_name AND p.destination_id IS NULL \
                     LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = p.destination_table \
                                          AND c.relkind = 'r' \
                     LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped \
                     LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary \
                     {join} \
                     WHERE p.id = $1 AND p.tenant_id = $2 ORDER BY a.attnum"
                ),
                [pipeline_id.into(), tenant_id.into()],
            ))
            .await?;
        let Some(first) = rows.first() else {
            return Err(super::not_found(pipeline_id));
        };
        let table: String = first
            .try_get("", "table_name")
            .map_err(ApiError::internal)?;
        let elsewhere: Option<Uuid> = first
            .try_get("", "destination_id")
            .map_err(ApiError::internal)?;
        if let Some(destination) = elsewhere {
            return Self::load_external(state, tenant_id, destination, pipeline_id, table, stats)
                .await;
        }
        let schema: String = first.try_get("", "schema").map_err(ApiError::internal)?;
        Self::described(&rows, pipeline_id, schema, table, None)
    }

    /// The table of pipeline `pipeline_id` in the tenant's destination `destination`.
    async fn load_external(
        state: &AppState,
        tenant_id: Uuid,
        destination: Uuid,
        pipeline_id: Uuid,
        table: String,
        stats: bool,
    ) -> ApiResult<Self> {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        use sluice_engine::db::entity::destination as database;
        let row = database::Entity::find_by_id(destination)
            .filter(database::Column::TenantId.eq(tenant_id))
            .one(&state.db)
            .await?
            .ok_or_else(|| super::not_found(pipeline_id))?;
        let db = state.external.connection(state, &row).await?;
        let (estimates, join) = estimates(stats);
        let rows = db
            .query_all_raw(Statement::from_sql_and_values(
                DbBackend::Postgres,
                format!(
                    "SELECT a.attname::text AS name, format_type(a.atttypid, a.atttypmod) AS pg_type, \
                            NOT a.attnotnull AS nullable, \
                            coalesce(a.attnum = ANY (i.indkey), false) AS primary_key, {estimates} \
                     FROM pg_namespace n \
                     JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = $2 AND c.relkind = 'r' \
                     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped \
                     LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary \
                     {join} \
                     WHERE n.nspname = $1 ORDER BY a.attnum"
                ),
                [row.schema_name.clone().into(), table.clone().into()],
            ))
            .await
            .map_err(|e| crate::external::failed(&row.name, e))?;
        Self::described(&rows, pipeline_id, row.schema_name, table, Some(db))
    }

    /// The description from the catalog's `rows` (none, or one without a column name: the
    /// table does not exist yet).
    fn described(
        rows: &[sea_orm::QueryResult],
        pipeline_id: Uuid,
        schema: String,
        table: String,
        external: Option<DatabaseConnection>,
    ) -> ApiResult<Self> {
        let named = rows.first().is_some_and(|first| {
            matches!(first.try_get::<Option<String>>("", "name"), Ok(Some(_)))
        });
        if !named {
            return Err(ApiError::new(
                Code::TableNotFound,
                format!(
                    "pipeline {pipeline_id} has not loaded its table `{table}` yet; run it first"
                ),
            ));
        }
        let read = || -> Result<Self, sea_orm::DbErr> {
            let columns = rows
                .iter()
                .map(|row| {
                    let name: String = row.try_get("", "name")?;
                    let pg_type: String = row.try_get("", "pg_type")?;
                    Ok(Column {
                        bookkeeping: name.starts_with(BOOKKEEPING_PREFIX),
                        kind: Kind::of(&pg_type),
                        name,
                        pg_type,
                        nullable: row.try_get("", "nullable")?,
                        primary_key: row.try_get("", "primary_key")?,
                    })
                })
                .collect::<Result<Vec<_>, sea_orm::DbErr>>()?;
            let first = &rows[0];
            Ok(Self {
                schema: schema.clone(),
                table: table.clone(),
                columns,
                reltuples: first.try_get::<Option<i64>>("", "reltuples")?.unwrap_or(-1),
                live_rows: first.try_get::<Option<i64>>("", "live")?.unwrap_or(0),
                external: external.clone(),
            })
        };
        read().map_err(ApiError::internal)
    }

    /// The connection the table is read through: the built-in database's, or the read-only
    /// pool on the tenant's destination.
    pub fn db<'a>(&'a self, state: &'a AppState) -> &'a DatabaseConnection {
        self.external.as_ref().unwrap_or(&state.db)
    }

    /// [`Destination::load`] without the estimates, through the process's cache: kept per
    /// (tenant, pipeline) until the pipeline changes, a load alters the table, or
    /// [`cache::TABLE_MAX_AGE`] passes (`crate::cache`). Also says whether it came from the
    /// cache, so that a read that fails on it can read the description again.
    pub async fn cached(
        state: &AppState,
        tenant_id: Uuid,
        pipeline_id: Uuid,
    ) -> ApiResult<(Arc<Self>, bool)> {
        let caches = &state.caches;
        let key = (tenant_id, pipeline_id);
        if let Some(found) = caches.get(&caches.tables, &key)
            && found.read_at.elapsed() < cache::TABLE_MAX_AGE
        {
            return Ok((found.table, true));
        }
        let ticket = caches.ticket();
        let read_at = Instant::now();
        let table = Arc::new(Self::load(state, tenant_id, pipeline_id, false).await?);
        caches.put(
            ticket,
            &caches.tables,
            key,
            cache::CachedTable {
                table: table.clone(),
                read_at,
            },
        );
        Ok((table, false))
    }

    pub fn qualified(&self) -> String {
        format!("{}.{}", quote(&self.schema), quote(&self.table))
    }

    /// The column named `name`, or a 422 naming `parameter`. Bookkeeping columns are found
    /// too: they are hidden from reads by default, not forbidden.
    pub fn column(&self, parameter: &str, name: &str) -> ApiResult<&Column> {
        self.columns.iter().find(|c| c.name == name).ok_or_else(|| {
            ApiError::invalid(
                parameter,
                format!(
                    "table `{}` has no column `{}`; it has {}",
                    self.table,
                    name.escape_debug(),
                    self.visible(false)
                        .map(|c| format!("`{}`", c.name))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
    }

    /// The columns in table order, the bookkeeping ones only when asked for.
    pub fn visible(&self, bookkeeping: bool) -> impl Iterator<Item = &Column> {
        self.columns
            .iter()
            .filter(move |c| bookkeeping || !c.bookkeeping)
    }

    /// The columns rows are ordered and paged by: the primary key, or `_sluice_key` (unique
    /// per row) for a table whose key was dropped by hand.
    pub fn key(&self) -> Vec<&Column> {
        let key: Vec<&Column> = self.columns.iter().filter(|c| c.primary_key).collect();
        if key.is_empty() {
            self.columns
                .iter()
                .filter(|c| c.name == "_sluice_key")
                .collect()
        } else {
            key
        }
    }

    /// The estimated row count: PostgreSQL's planner estimate, or the statistics' live rows
    /// before the table was first analyzed (`reltuples` is -1 then).
    pub fn estimated_rows(&self) -> i64 {
        if self.reltuples >= 0 {
            self.reltuples
        } else {
            self.live_rows
        }
    }
}

/// The comparisons a `filter` parameter may use: `<column>:<op>:<value>`, or `<column>:null`
/// and `<column>:not_null`.
const FILTER_OPS: [(&str, &str); 6] = [
    ("eq", "="),
    ("ne", "<>"),
    ("lt", "<"),
    ("lte", "<="),
    ("gt", ">"),
    ("gte", ">="),
];

impl Destination {
    /// The SQL conditions of `filter` parameters, their values pushed onto `binds` (`$n` is
    /// the bind's position). Each bad filter is a 422 naming `filter` and saying which one.
    pub fn filters(&self, filters: &[String], binds: &mut Vec<String>) -> ApiResult<Vec<String>> {
        filters
            .iter()
            .map(|raw| {
                self.filter(raw, binds).map_err(|message| {
                    ApiError::invalid("filter", format!("`{}`: {message}", raw.escape_debug()))
                })
            })
            .collect()
    }

    fn filter(&self, raw: &str, binds: &mut Vec<String>) -> Result<String, String> {
        let mut parts = raw.splitn(3, ':');
        let (name, op, value) = (parts.next().unwrap_or_default(), parts.next(), parts.next());
        let column = self
            .columns
            .iter()
            .find(|c| c.name == name)
            .ok_or_else(|| {
                format!(
                    "no column `{}` in table `{}`",
                    name.escape_debug(),
                    self.table
                )
            })?;
        match (op, value) {
            (Some("null"), None) => return Ok(format!("{} IS NULL", column.quoted())),
            (Some("not_null"), None) => return Ok(format!("{} IS NOT NULL", column.quoted())),
            _ => {}
        }
        let (Some(op), Some(value)) = (op, value) else {
            return Err(
                "expected `<column>:<op>:<value>` with op one of eq, ne, lt, lte, gt, gte, or `<column>:null` / `<column>:not_null`"
                    .to_owned(),
            );
        };
        let sql_op = FILTER_OPS
            .iter()
            .find(|(name, _)| *name == op)
            .map(|(_, sql)| *sql)
            .ok_or_else(|| {
                format!(
                    "unknown comparison `{}`; use eq, ne, lt, lte, gt, gte, null or not_null",
                    op.escape_debug()
                )
            })?;
        if !matches!(op, "eq" | "ne") && !column.kind.is_ordered() {
            return Err(format!(
                "column `{}` is {}, which has no order; only eq and ne apply",
                column.name, column.pg_type
            ));
        }
        binds.push(
            column
                .kind
                .parse(value)
                .map_err(|e| format!("column `{}` is {}: {e}", column.name, column.pg_type))?,
        );
        Ok(format!(
            "{} {sql_op} {}",
            column.quoted(),
            column.param(binds.len())
        ))
    }
}

/// Maps a read's database error: a statement cancelled by the timeout is a 422 naming what to
/// narrow; anything else goes the usual way.
pub fn read_error(e: sea_orm::DbErr, narrow: &str) -> ApiError {
    if is_timeout(&e) {
        return ApiError::new(
            Code::ReadTimeout,
            format!("the read took longer than the server allows; {narrow}"),
        );
    }
    e.into()
}

/// Whether a read was cancelled by the statement timeout.
pub fn is_timeout(e: &sea_orm::DbErr) -> bool {
    e.to_string()
        .contains("canceling statement due to statement timeout")
}

/// Text values bound as parameters, in order.
pub fn values(params: Vec<String>) -> Vec<Value> {
    params.into_iter().map(Value::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_against_the_column_kind() {
        assert!(Kind::Integer.parse("42").is_ok());
        assert!(Kind::Integer.parse("4.2").is_err());
        assert!(Kind::Integer.parse("1; DROP TABLE x").is_err());
        assert!(Kind::Float.parse("4.2e3").is_ok());
        assert!(Kind::Float.parse("NaN").is_err());
        assert!(Kind::Numeric.parse("-12.50").is_ok());
        assert!(Kind::Numeric.parse(".").is_err());
        assert!(Kind::Numeric.parse("1e5").is_err());
        assert!(Kind::Date.parse("2020-04-01").is_ok());
        assert!(Kind::Date.parse("2020-13-01").is_err());
        assert!(Kind::Timestamp.parse("2020-04-01T06:00:00").is_ok());
        assert!(Kind::Timestamp.parse("2020-04-01").is_ok());
        assert!(Kind::TimestampTz.parse("2020-04-01T06:00:00+02:00").is_ok());
        assert!(Kind::TimestampTz.parse("2020-04-01T06:00:00").is_err());
        assert!(Kind::Boolean.parse("yes").is_err());
        assert!(Kind::Other.parse("x").is_err());
        let message = Kind::Date.parse("April").unwrap_err();
        assert!(message.contains("YYYY-MM-DD"), "{message}");
    }

    #[test]
    fn catalog_types_map_to_kinds() {
        assert_eq!(Kind::of("bigint"), Kind::Integer);
        assert_eq!(Kind::of("numeric(10,2)"), Kind::Numeric);
        assert_eq!(Kind::of("character varying(20)"), Kind::Text);
        assert_eq!(Kind::of("timestamp with time zone"), Kind::TimestampTz);
        assert_eq!(Kind::of("jsonb"), Kind::Other);
        assert!(Kind::Date.is_ordered() && !Kind::Boolean.is_ordered());
    }
}
