//! Load: the destination table in the tenant's schema, and the bulk path into it.
//!
//! The table is created from the output's schema with the declared primary key and four
//! bookkeeping columns: `_sluice_key` and `_sluice_hash` (64-bit hashes of the key and the
//! row), `_sluice_run_id` and `_sluice_loaded_at`. Later runs add new columns (nullable) and
//! refuse incompatible type changes. Rows go through `COPY … FORMAT binary`: straight into a
//! table this load creates, otherwise into a temporary staging table merged with one
//! `INSERT … ON CONFLICT … DO UPDATE … WHERE hash differs`, whose `RETURNING (xmax = 0)` gives
//! exact inserted and updated counts. Only new and changed rows are sent at all: the caller
//! compares hashes with [`existing_hashes`] first. Rows sent to staging carry the run's id and
//! time in the COPY stream (a column default evaluated per row cost a sixth of the server's
//! time). A new table's rows carry neither: it is created without those two columns, which
//! [`stamp_new_table`] adds after the load with the run's values as every row's value, kept once
//! in the catalog rather than in each row (24 of a row's 40 bookkeeping bytes).
//!
//! `append` merges with `ON CONFLICT DO NOTHING`; `mirror` sends every output key
//! ([`create_keep`], [`copy_keys`]) and then deletes, or marks in the fifth bookkeeping
//! column `_sluice_deleted_at` (`soft_delete`), the rows whose key is not among them
//! ([`mirror`]).
//!
//! The parts: the table and its preparation here; the `(key, hash)` pairs already in it
//! ([`hashes`]); rows in COPY's binary format ([`binary`]); staging, the merge and `mirror`'s
//! deletions ([`merge`]).

mod binary;
mod hashes;
mod merge;

pub use binary::{Encoded, Stamp, copy_encoded, encode_binary};
pub use hashes::{RestOfPairs, RowsRead, TableHashes, existing_hashes};
pub use merge::{
    KEEP, Mirrored, OnConflict, STAGING, clear_staging, copy_keys, create_keep, create_staging,
    merge, mirror,
};

use std::collections::HashMap;

use polars::prelude::*;
// Identifiers in the dynamic SQL below are validated names, always quoted; values are
// bound parameters.
use sea_orm::sqlx::{self, AssertSqlSafe, PgConnection, Row};

/// The destination: `"schema"."table"` with its primary key. Names are validated
/// (`TableName`, `ColumnName`) before they get here, and always quoted.
#[derive(Debug, Clone)]
pub struct Target {
    pub schema: String,
    pub table: String,
    pub primary_key: Vec<String>,
}

pub fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

impl Target {
    pub fn qualified(&self) -> String {
        format!("{}.{}", quote(&self.schema), quote(&self.table))
    }

    /// The table a `replace` run loads beside this one, named after the run.
    pub fn aside(&self, run_id: uuid::Uuid) -> Target {
        Target {
            schema: self.schema.clone(),
            table: format!("_sluice_replace_{}", run_id.simple()),
            primary_key: self.primary_key.clone(),
        }
    }
}

/// The name PostgreSQL gives the primary key of `table` (the table's part cut to fit 63 bytes;
/// table names are ASCII).
fn primary_key_name(table: &str) -> String {
    format!("{}_pkey", &table[..table.len().min(58)])
}

/// Puts `aside` (loaded and keyed) in the place of `target`, in the caller's transaction: the
/// old table is dropped, which waits for the transactions reading it, and the new one takes its
/// name. Readers see the old table until the commit and the new one after, never a half-loaded
/// one. A view or another object that depends on the old table makes PostgreSQL refuse the
/// drop, and the run fails with its message.
pub async fn swap(
    conn: &mut PgConnection,
    target: &Target,
    aside: &Target,
) -> Result<(), LoadError> {
    sqlx::query(AssertSqlSafe(format!(
        "DROP TABLE IF EXISTS {}",
        target.qualified()
    )))
    .execute(&mut *conn)
    .await?;
    sqlx::query(AssertSqlSafe(format!(
        "ALTER TABLE {} RENAME TO {}",
        aside.qualified(),
        quote(&target.table)
    )))
    .execute(&mut *conn)
    .await?;
    sqlx::query(AssertSqlSafe(format!(
        "ALTER TABLE {} RENAME CONSTRAINT {} TO {}",
        target.qualified(),
        quote(&primary_key_name(&aside.table)),
        quote(&primary_key_name(&target.table))
    )))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The output does not fit the table (types, primary key): fails the same way every time.
    #[error("{0}")]
    Incompatible(String),
    #[error("database error while loading: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Data(String),
    /// The output holds two rows with one primary key: `(column, value)` of that key.
    #[error("{}", duplicate_key_message(.0))]
    DuplicateKey(Vec<(String, String)>),
}

/// The error of an output with two rows of one primary key, whichever step finds it.
pub fn duplicate_key_message(key: &[(String, String)]) -> String {
    let values: Vec<String> = key.iter().map(|(c, v)| format!("{c}={v}")).collect();
    format!(
        "the output has more than one row with primary key {}; add a dedupe step",
        values.join(", ")
    )
}

impl LoadError {
    pub fn is_recoverable(&self) -> bool {
        match self {
            LoadError::Incompatible(_) | LoadError::Data(_) | LoadError::DuplicateKey(_) => false,
            // PostgreSQL refusing the data is permanent; PostgreSQL going away is not.
            LoadError::Database(e) => {
                !matches!(e, sqlx::Error::Database(_)) || crate::db::is_unavailable(e)
            }
        }
    }
}

/// PostgreSQL type of a polars type, and its `information_schema` spelling.
pub fn pg_type(dtype: &DataType) -> (&'static str, &'static str) {
    match dtype {
        DataType::Boolean => ("boolean", "boolean"),
        d if d.is_integer() => ("bigint", "bigint"),
        d if d.is_float() => ("double precision", "double precision"),
        DataType::Date => ("date", "date"),
        DataType::Datetime(_, Some(_)) => ("timestamptz", "timestamp with time zone"),
        DataType::Datetime(_, None) => ("timestamp", "timestamp without time zone"),
        _ => ("text", "text"),
    }
}

/// Completes a table created by [`prepare`] and filled by this load (rows sent without a
/// [`Stamp`]): adds `_sluice_run_id` and `_sluice_loaded_at`, whose values in every row loaded
/// so far are the run's id and time, then [`DELETED_AT`] when `soft_delete` asks for it. A
/// column added with a constant default costs no write: PostgreSQL records the value once in
/// the catalog (`attmissingval`, PostgreSQL 11 and later; an older server rewrites the table)
/// and every row written before reads it; rows written later store their own. The defaults
/// left are those of a table created whole: `now()` for `_sluice_loaded_at`, none for
/// `_sluice_run_id`.
pub async fn stamp_new_table(
    conn: &mut PgConnection,
    target: &Target,
    stamp: Stamp,
    soft_delete: bool,
) -> Result<(), LoadError> {
    let table = target.qualified();
    // Literals of a uuid and a timestamp, both printed by their types: constant defaults, so
    // no row is rewritten. The defaults the table keeps are set after.
    let mut add = format!(
        "ALTER TABLE {table} ADD COLUMN _sluice_run_id uuid DEFAULT '{}'::uuid, \
         ADD COLUMN _sluice_loaded_at timestamptz NOT NULL DEFAULT '{}'::timestamptz",
        stamp.run_id,
        stamp
            .loaded_at
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
    );
    if soft_delete {
        add.push_str(&format!(", ADD COLUMN {DELETED_AT} timestamptz"));
    }
    sqlx::query(AssertSqlSafe(add)).execute(&mut *conn).await?;
    sqlx::query(AssertSqlSafe(format!(
        "ALTER TABLE {table} ALTER COLUMN _sluice_run_id DROP DEFAULT, \
         ALTER COLUMN _sluice_loaded_at SET DEFAULT now()"
    )))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Adds the primary key to a table created (and filled) by this load. The key is what catches
/// two output rows with one key on a first load (nothing in memory tracks the keys then): that
/// refusal becomes [`LoadError::DuplicateKey`], naming one such key. Call it inside the run's
/// transaction, which the error then rolls back whole.
pub async fn add_primary_key(conn: &mut PgConnection, target: &Target) -> Result<(), LoadError> {
    let pk: Vec<String> = target.primary_key.iter().map(|c| quote(c)).collect();
    sqlx::query("SAVEPOINT sluice_primary_key")
        .execute(&mut *conn)
        .await?;
    let added = sqlx::query(AssertSqlSafe(format!(
        "ALTER TABLE {} ADD PRIMARY KEY ({})",
        target.qualified(),
        pk.join(", ")
    )))
    .execute(&mut *conn)
    .await;
    match added {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            // Back to before the ALTER, to find which key (the run fails and rolls back).
            sqlx::query("ROLLBACK TO SAVEPOINT sluice_primary_key")
                .execute(&mut *conn)
                .await?;
            let texts: Vec<String> = pk.iter().map(|c| format!("{c}::text")).collect();
            let row = sqlx::query(AssertSqlSafe(format!(
                "SELECT {} FROM {} GROUP BY {} HAVING count(*) > 1 LIMIT 1",
                texts.join(", "),
                target.qualified(),
                pk.join(", ")
            )))
            .fetch_one(&mut *conn)
            .await?;
            let key = target
                .primary_key
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let value: Option<String> = row.get(i);
                    (c.clone(), value.unwrap_or_else(|| "null".into()))
                })
                .collect();
            Err(LoadError::DuplicateKey(key))
        }
        Err(e) => Err(e.into()),
    }
}

/// Makes sure the tenant's schema exists (sign-up creates it; this covers older tenants).
/// Outside the load's transaction, so concurrent loads of one tenant never wait on each other.
pub async fn ensure_schema(pool: &sqlx::PgPool, schema: &str) -> Result<(), LoadError> {
    let exists: Option<i32> = sqlx::query_scalar("SELECT 1 FROM pg_namespace WHERE nspname = $1")
        .bind(schema)
        .fetch_optional(pool)
        .await?;
    if exists.is_some() {
        return Ok(());
    }
    match sqlx::query(AssertSqlSafe(format!(
        "CREATE SCHEMA IF NOT EXISTS {}",
        quote(schema)
    )))
    .execute(pool)
    .await
    {
        Ok(_) => Ok(()),
        // Two loads raced to create it: it exists either way.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// The table's columns and their `information_schema` type names, in order; empty when the
/// table does not exist.
pub async fn existing_columns<'e>(
    exec: impl sqlx::PgExecutor<'e>,
    target: &Target,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT column_name::text, data_type::text FROM information_schema.columns \
         WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position",
    )
    .bind(&target.schema)
    .bind(&target.table)
    .fetch_all(exec)
    .await?
    .iter()
    .map(|r| (r.get::<String, _>(0), r.get::<String, _>(1)))
    .collect())
}

/// The bookkeeping column of `mirror` with `soft_delete`: when the row's key disappeared
/// from the output; NULL while it is there.
pub const DELETED_AT: &str = "_sluice_deleted_at";

/// What [`Preparation::apply`] found or made.
#[derive(Debug, Clone, Copy)]
pub struct Prepared {
    /// The table was created by this load.
    pub created: bool,
    /// The table has [`DELETED_AT`] (asked for now, or kept from an earlier `soft_delete`).
    pub deleted_at: bool,
}

/// What a load does to its table before the rows, decided by [`plan`] (every check made)
/// without changing it: the statement [`Preparation::apply`] runs, if any, and what it finds
/// or makes.
pub struct Preparation {
    ddl: Option<String>,
    prepared: Prepared,
}

impl Preparation {
    /// Whether it changes a table that exists (`ALTER TABLE`, whose lock holds every other
    /// reader of the table off until the run commits).
    pub fn alters(&self) -> bool {
        self.ddl.is_some() && !self.prepared.created
    }

    pub async fn apply(self, conn: &mut PgConnection) -> Result<Prepared, LoadError> {
        if let Some(ddl) = self.ddl {
            sqlx::query(AssertSqlSafe(ddl)).execute(conn).await?;
        }
        Ok(self.prepared)
    }
}

/// Decides to create the table, or checks it and decides to extend it. `soft_delete`: the
/// table needs [`DELETED_AT`] (added when missing). A table created here lacks the columns of
/// [`stamp_new_table`] until that is called, after its rows are loaded.
pub async fn plan(
    conn: &mut PgConnection,
    target: &Target,
    columns: &[(String, DataType)],
    soft_delete: bool,
) -> Result<Preparation, LoadError> {
    let existing = existing_columns(&mut *conn, target).await?;

    if existing.is_empty() {
        let mut defs: Vec<String> = columns
            .iter()
            .map(|(name, dtype)| {
                let not_null = if target.primary_key.contains(name) {
                    " NOT NULL"
                } else {
                    ""
                };
                format!("{} {}{not_null}", quote(name), pg_type(dtype).0)
            })
            .collect();
        defs.push("_sluice_key bigint NOT NULL".into());
        defs.push("_sluice_hash bigint NOT NULL".into());
        // `_sluice_run_id`, `_sluice_loaded_at` and `DELETED_AT` follow the load, in this
        // order ([`stamp_new_table`]).
        // The primary key is added after the first load (`add_primary_key`): building the
        // index once over the loaded rows is much cheaper than maintaining it row by row.
        // Room on each page for the new version of a row, so that updates stay on the page
        // (HOT) and leave the primary key index alone.
        let ddl = format!(
            "CREATE TABLE {} ({}) WITH (fillfactor = 90)",
            target.qualified(),
            defs.join(", ")
        );
        return Ok(Preparation {
            ddl: Some(ddl),
            prepared: Prepared {
                created: true,
                deleted_at: soft_delete,
            },
        });
    }

    let types: HashMap<&str, &str> = existing
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    if !types.contains_key("_sluice_hash") || !types.contains_key("_sluice_key") {
        return Err(LoadError::Incompatible(format!(
            "table {} exists but was not created by Sluice (it has no _sluice_key/_sluice_hash columns); choose another destination table",
            target.table
        )));
    }
    let pk: Vec<String> = sqlx::query(
        "SELECT a.attname::text FROM pg_index i \
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) \
         WHERE i.indrelid = to_regclass($1) AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)",
    )
    .bind(target.qualified())
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| r.get::<String, _>(0))
    .collect();
    if pk != target.primary_key {
        return Err(LoadError::Incompatible(format!(
            "table {} has primary key ({}) but the pipeline declares ({}); load into a new table (another `spec.destination.table`) or keep the key",
            target.table,
            pk.join(", "),
            target.primary_key.join(", ")
        )));
    }
    let mut added = Vec::new();
    for (name, dtype) in columns {
        let (sql_type, info_name) = pg_type(dtype);
        match types.get(name.as_str()) {
            Some(found) if *found == info_name => {}
            Some(found) => {
                return Err(LoadError::Incompatible(format!(
                    "column `{name}` is {found} in table {} but the output makes it {sql_type}; cast it in the transform or load into a new table",
                    target.table
                )));
            }
            None => added.push(format!("ADD COLUMN {} {sql_type}", quote(name))),
        }
    }
    let deleted_at = types.contains_key(DELETED_AT);
    if soft_delete && !deleted_at {
        added.push(format!("ADD COLUMN {DELETED_AT} timestamptz"));
    }
    // Columns the output no longer has stay, and must accept nulls for new rows.
    for (name, _) in &existing {
        let kept = columns.iter().any(|(c, _)| c == name) || name.starts_with("_sluice");
        if !kept && target.primary_key.contains(name) {
            return Err(LoadError::Incompatible(format!(
                "primary key column `{name}` is missing from the output"
            )));
        }
    }
    Ok(Preparation {
        ddl: (!added.is_empty())
            .then(|| format!("ALTER TABLE {} {}", target.qualified(), added.join(", "))),
        prepared: Prepared {
            created: false,
            deleted_at: deleted_at || soft_delete,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_quoted() {
        assert_eq!(quote("a\"b"), "\"a\"\"b\"");
        let t = Target {
            schema: "t_1".into(),
            table: "us_covid".into(),
            primary_key: vec!["date".into()],
        };
        assert_eq!(t.qualified(), "\"t_1\".\"us_covid\"");
    }
}
