//! Load: the destination table in the tenant's schema, and the bulk path into it.
//!
//! The table is created from the output's schema with the declared primary key and four
//! bookkeeping columns: `_sluice_key` and `_sluice_hash` (64-bit hashes of the key and the
//! row), `_sluice_run_id` and `_sluice_loaded_at`. Later runs add new columns (nullable) and
//! refuse incompatible type changes. Rows go through `COPY … FORMAT binary`: straight into an
//! empty table, otherwise into a temporary staging table merged with one
//! `INSERT … ON CONFLICT … DO UPDATE … WHERE hash differs`, whose `RETURNING (xmax = 0)` gives
//! exact inserted and updated counts. Only new and changed rows are sent at all: the caller
//! compares hashes with [`existing_hashes`] first.

use std::collections::HashMap;

use polars::prelude::*;
// Identifiers in the dynamic SQL below are validated names, always quoted; values are
// bound parameters or COPY data.
use sea_orm::sqlx::{self, AssertSqlSafe, PgConnection, Row};

use super::hash::{HashedMap, SEEN};

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
}

pub const STAGING: &str = "_sluice_stage";

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The output does not fit the table (types, primary key): fails the same way every time.
    #[error("{0}")]
    Incompatible(String),
    #[error("database error while loading: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Data(String),
}

impl LoadError {
    pub fn is_recoverable(&self) -> bool {
        match self {
            LoadError::Incompatible(_) | LoadError::Data(_) => false,
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

/// Adds the primary key to a table created (and filled) by this load.
pub async fn add_primary_key(conn: &mut PgConnection, target: &Target) -> Result<(), LoadError> {
    let pk: Vec<String> = target.primary_key.iter().map(|c| quote(c)).collect();
    sqlx::query(AssertSqlSafe(format!(
        "ALTER TABLE {} ADD PRIMARY KEY ({})",
        target.qualified(),
        pk.join(", ")
    )))
    .execute(&mut *conn)
    .await?;
    Ok(())
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

/// Creates the table, or checks and extends it. Returns whether it was created.
pub async fn prepare(
    conn: &mut PgConnection,
    target: &Target,
    columns: &[(String, DataType)],
) -> Result<bool, LoadError> {
    let existing: Vec<(String, String)> = sqlx::query(
        "SELECT column_name::text, data_type::text FROM information_schema.columns \
         WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position",
    )
    .bind(&target.schema)
    .bind(&target.table)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| (r.get::<String, _>(0), r.get::<String, _>(1)))
    .collect();

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
        defs.push(
            "_sluice_run_id uuid DEFAULT NULLIF(current_setting('sluice.run_id', true), '')::uuid"
                .into(),
        );
        defs.push("_sluice_loaded_at timestamptz NOT NULL DEFAULT now()".into());
        // The primary key is added after the first load (`add_primary_key`): building the
        // index once over the loaded rows is much cheaper than maintaining it row by row.
        sqlx::query(AssertSqlSafe(format!(
            // Room on each page for the new version of a row, so that updates stay on the
            // page (HOT) and leave the primary key index alone.
            "CREATE TABLE {} ({}) WITH (fillfactor = 90)",
            target.qualified(),
            defs.join(", ")
        )))
        .execute(&mut *conn)
        .await?;
        return Ok(true);
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
    if !added.is_empty() {
        sqlx::query(AssertSqlSafe(format!(
            "ALTER TABLE {} {}",
            target.qualified(),
            added.join(", ")
        )))
        .execute(&mut *conn)
        .await?;
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
    Ok(false)
}

/// `_sluice_key -> _sluice_hash` of every row already in the table. Read in slices of the
/// table's pages (TID range scans), two slices at a time on connections of the pool, each slice
/// as two `bigint[]` in one row: a COPY would send one message per row, and decoding millions
/// of them cost more than the comparison itself. Call it before the load writes anything: it
/// reads what is committed.
pub async fn existing_hashes(
    pool: &sqlx::PgPool,
    target: &Target,
) -> Result<HashedMap<u64>, LoadError> {
    use futures::{StreamExt, TryStreamExt};
    let table = target.qualified();
    // A table that does not exist yet, or lacks the hash columns (prepare refuses it), holds
    // nothing to compare with.
    let found: Option<(i64, f32)> = sqlx::query_as(
        "SELECT (pg_relation_size(c.oid) / current_setting('block_size')::bigint), c.reltuples \
         FROM pg_class c WHERE c.oid = to_regclass($1) \
           AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = '_sluice_hash' AND NOT a.attisdropped)",
    )
    .bind(&table)
    .fetch_optional(pool)
    .await?;
    let Some((pages, estimate)) = found else {
        return Ok(HashedMap::default());
    };
    const PAGES_PER_SLICE: i64 = 4096;
    // The last slice is open-ended, so rows on pages added meanwhile are not missed.
    let slices: Vec<(i64, Option<i64>)> = (0..=pages / PAGES_PER_SLICE)
        .map(|i| {
            let low = i * PAGES_PER_SLICE;
            let high = low + PAGES_PER_SLICE;
            (low, (high <= pages).then_some(high))
        })
        .collect();
    let fetch = |(low, high): (i64, Option<i64>)| {
        let table = table.clone();
        async move {
            let sql = match high {
                Some(_) => format!(
                    "SELECT array_agg(_sluice_key), array_agg(_sluice_hash) FROM {table} WHERE ctid >= $1::tid AND ctid < $2::tid"
                ),
                None => format!(
                    "SELECT array_agg(_sluice_key), array_agg(_sluice_hash) FROM {table} WHERE ctid >= $1::tid"
                ),
            };
            let mut query = sqlx::query(AssertSqlSafe(sql)).bind(format!("({low},0)"));
            if let Some(high) = high {
                query = query.bind(format!("({high},0)"));
            }
            let row = query.fetch_one(pool).await?;
            let keys: Option<Vec<i64>> = row.get(0);
            let hashes: Option<Vec<i64>> = row.get(1);
            Ok::<_, LoadError>((keys.unwrap_or_default(), hashes.unwrap_or_default()))
        }
    };
    let mut map =
        HashedMap::with_capacity_and_hasher(estimate.max(0.0) as usize, Default::default());
    let mut slices = futures::stream::iter(slices).map(fetch).buffer_unordered(2);
    while let Some((keys, hashes)) = slices.try_next().await? {
        for (k, h) in keys.into_iter().zip(hashes) {
            map.insert(k as u64, (h as u64) & !SEEN);
        }
    }
    Ok(map)
}

/// Rows encoded for `COPY … FORMAT binary`, with the columns they fill.
pub struct Encoded {
    pub columns: Vec<String>,
    pub body: Vec<u8>,
    pub rows: u64,
}

/// Days from 1970-01-01 (polars) to 2000-01-01 (PostgreSQL's epoch).
const PG_EPOCH_DAYS: i32 = 10_957;
const PG_EPOCH_MICROS: i64 = 946_684_800_000_000;

/// One column's values, in PostgreSQL's binary representation of its type.
enum BinaryColumn {
    Bool(BooleanChunked),
    Int(Int64Chunked),
    Float(Float64Chunked),
    /// Days since 1970-01-01.
    Date(Int32Chunked),
    /// Microseconds since 1970-01-01.
    Timestamp(Int64Chunked),
    Text(StringChunked),
}

impl BinaryColumn {
    fn of(column: &Column) -> PolarsResult<Self> {
        let s = column.as_materialized_series();
        Ok(match s.dtype() {
            DataType::Boolean => BinaryColumn::Bool(s.bool()?.rechunk().into_owned()),
            d if d.is_integer() => {
                BinaryColumn::Int(s.cast(&DataType::Int64)?.i64()?.rechunk().into_owned())
            }
            d if d.is_float() => {
                BinaryColumn::Float(s.cast(&DataType::Float64)?.f64()?.rechunk().into_owned())
            }
            DataType::Date => {
                BinaryColumn::Date(s.to_physical_repr().i32()?.rechunk().into_owned())
            }
            DataType::Datetime(..) => {
                let micros = s.cast(&DataType::Datetime(TimeUnit::Microseconds, None))?;
                BinaryColumn::Timestamp(micros.to_physical_repr().i64()?.rechunk().into_owned())
            }
            _ => BinaryColumn::Text(s.cast(&DataType::String)?.str()?.rechunk().into_owned()),
        })
    }

    fn write(&self, i: usize, out: &mut Vec<u8>) {
        fn field(out: &mut Vec<u8>, bytes: Option<&[u8]>) {
            match bytes {
                None => out.extend_from_slice(&(-1i32).to_be_bytes()),
                Some(b) => {
                    out.extend_from_slice(&(b.len() as i32).to_be_bytes());
                    out.extend_from_slice(b);
                }
            }
        }
        match self {
            BinaryColumn::Bool(c) => field(
                out,
                c.get(i).map(|b| if b { &[1u8][..] } else { &[0u8][..] }),
            ),
            BinaryColumn::Int(c) => {
                field(out, c.get(i).map(i64::to_be_bytes).as_ref().map(|b| &b[..]))
            }
            BinaryColumn::Float(c) => {
                field(out, c.get(i).map(f64::to_be_bytes).as_ref().map(|b| &b[..]))
            }
            BinaryColumn::Date(c) => field(
                out,
                c.get(i)
                    .map(|d| (d - PG_EPOCH_DAYS).to_be_bytes())
                    .as_ref()
                    .map(|b| &b[..]),
            ),
            BinaryColumn::Timestamp(c) => field(
                out,
                c.get(i)
                    .map(|t| (t - PG_EPOCH_MICROS).to_be_bytes())
                    .as_ref()
                    .map(|b| &b[..]),
            ),
            BinaryColumn::Text(c) => field(out, c.get(i).map(str::as_bytes)),
        }
    }
}

/// Encodes `df` (the output columns, then `_sluice_key` and `_sluice_hash`) in COPY's binary
/// format, which PostgreSQL reads faster than text: no dates or numbers to parse. CPU work:
/// call it off the async executor.
pub fn encode_binary(df: &DataFrame) -> Result<Encoded, LoadError> {
    let columns: Vec<String> = df.get_column_names().iter().map(|c| quote(c)).collect();
    let rows = df.height() as u64;
    let encoders = df
        .columns()
        .iter()
        .map(BinaryColumn::of)
        .collect::<PolarsResult<Vec<_>>>()
        .map_err(|e| LoadError::Data(format!("encoding rows for COPY: {e}")))?;
    let mut body = Vec::with_capacity(19 + df.height() * (2 + encoders.len() * 12) + 2);
    body.extend_from_slice(b"PGCOPY\n\xff\r\n\0");
    body.extend_from_slice(&0i32.to_be_bytes());
    body.extend_from_slice(&0i32.to_be_bytes());
    let width = encoders.len() as i16;
    for i in 0..df.height() {
        body.extend_from_slice(&width.to_be_bytes());
        for encoder in &encoders {
            encoder.write(i, &mut body);
        }
    }
    body.extend_from_slice(&(-1i16).to_be_bytes());
    Ok(Encoded {
        columns,
        body,
        rows,
    })
}

/// Sends encoded rows to `table` with COPY; returns the rows PostgreSQL took.
pub async fn copy_encoded(
    conn: &mut PgConnection,
    table: &str,
    encoded: &Encoded,
) -> Result<u64, LoadError> {
    if encoded.rows == 0 {
        return Ok(0);
    }
    let sql = format!(
        "COPY {table} ({}) FROM STDIN (FORMAT binary)",
        encoded.columns.join(", ")
    );
    let mut copy = conn.copy_in_raw(&sql).await?;
    for chunk in encoded.body.chunks(1 << 20) {
        copy.send(chunk).await?;
    }
    Ok(copy.finish().await?)
}

pub async fn create_staging(conn: &mut PgConnection, target: &Target) -> Result<(), LoadError> {
    sqlx::query(AssertSqlSafe(format!(
        "CREATE TEMP TABLE {STAGING} (LIKE {} INCLUDING DEFAULTS) ON COMMIT DROP",
        target.qualified()
    )))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Upserts the staging table into the target; returns (inserted, updated).
pub async fn merge(
    conn: &mut PgConnection,
    target: &Target,
    columns: &[String],
) -> Result<(u64, u64), LoadError> {
    let mut all: Vec<String> = columns.iter().map(|c| quote(c)).collect();
    all.push("_sluice_key".into());
    all.push("_sluice_hash".into());
    let mut sets: Vec<String> = columns
        .iter()
        .filter(|c| !target.primary_key.contains(c))
        .map(|c| format!("{0} = EXCLUDED.{0}", quote(c)))
        .collect();
    for c in [
        "_sluice_key",
        "_sluice_hash",
        "_sluice_run_id",
        "_sluice_loaded_at",
    ] {
        sets.push(format!("{c} = EXCLUDED.{c}"));
    }
    let pk: Vec<String> = target.primary_key.iter().map(|c| quote(c)).collect();
    let sql = format!(
        "WITH merged AS (\
           INSERT INTO {table} AS t ({cols}) SELECT {cols} FROM {STAGING} \
           ON CONFLICT ({pk}) DO UPDATE SET {sets} \
           WHERE t._sluice_hash IS DISTINCT FROM EXCLUDED._sluice_hash \
           RETURNING (xmax = 0) AS inserted) \
         SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged",
        table = target.qualified(),
        cols = all.join(", "),
        pk = pk.join(", "),
        sets = sets.join(", "),
    );
    let row = sqlx::query(AssertSqlSafe(sql))
        .fetch_one(&mut *conn)
        .await?;
    let inserted: i64 = row.get(0);
    let updated: i64 = row.get(1);
    Ok((inserted as u64, updated as u64))
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
