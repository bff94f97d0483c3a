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

use std::collections::HashMap;

use polars::prelude::*;
// Identifiers in the dynamic SQL below are validated names, always quoted; values are
// bound parameters or COPY data.
use sea_orm::sqlx::{self, AssertSqlSafe, PgConnection, Row};

use super::{
    hash::{HashedMap, SEEN},
    spill::{PartitionWriter, Partitions},
};

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

/// What [`prepare`] found or made.
#[derive(Debug, Clone, Copy)]
pub struct Prepared {
    /// The table was created by this load.
    pub created: bool,
    /// The table has [`DELETED_AT`] (asked for now, or kept from an earlier `soft_delete`).
    pub deleted_at: bool,
}

/// Creates the table, or checks and extends it. `soft_delete`: the table needs
/// [`DELETED_AT`] (added when missing). A table created here lacks the columns of
/// [`stamp_new_table`] until that is called, after its rows are loaded.
pub async fn prepare(
    conn: &mut PgConnection,
    target: &Target,
    columns: &[(String, DataType)],
    soft_delete: bool,
) -> Result<Prepared, LoadError> {
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
        sqlx::query(AssertSqlSafe(format!(
            // Room on each page for the new version of a row, so that updates stay on the
            // page (HOT) and leave the primary key index alone.
            "CREATE TABLE {} ({}) WITH (fillfactor = 90)",
            target.qualified(),
            defs.join(", ")
        )))
        .execute(&mut *conn)
        .await?;
        return Ok(Prepared {
            created: true,
            deleted_at: soft_delete,
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
    Ok(Prepared {
        created: false,
        deleted_at: deleted_at || soft_delete,
    })
}

/// The table's `(key, hash)` pairs: in memory (key -> hash), or split into partitions on disk
/// when there are more than the caller holds in memory.
pub enum TableHashes {
    InMemory(HashedMap<u64>),
    Spilled(Partitions),
}

impl TableHashes {
    pub fn len(&self) -> u64 {
        match self {
            TableHashes::InMemory(h) => h.len() as u64,
            TableHashes::Spilled(p) => p.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `(_sluice_key, _sluice_hash)` of every row already in the table. Read in slices of the
/// table's pages (TID range scans), two slices at a time on connections of the pool, each slice
/// as two `bigint[]` in one row: a COPY would send one message per row, and decoding millions
/// of them cost more than the comparison itself. Call it before the load writes anything: it
/// reads what is committed. Up to `in_memory_rows` rows are kept in memory (16 bytes each);
/// a larger table (judged from its first slice) is split into partitions of about that many
/// rows on disk ([`crate::etl::spill`]).
pub async fn existing_hashes(
    pool: &sqlx::PgPool,
    target: &Target,
    in_memory_rows: u64,
) -> Result<TableHashes, LoadError> {
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
        return Ok(TableHashes::InMemory(HashedMap::default()));
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
            let pairs: Vec<(u64, u64)> = keys
                .unwrap_or_default()
                .into_iter()
                .zip(hashes.unwrap_or_default())
                .map(|(k, h)| (k as u64, h as u64))
                .collect();
            Ok::<_, LoadError>((high.is_some(), pairs))
        }
    };
    let name = target.table.clone();
    let failed = move |e: String| LoadError::Data(format!("comparing with table {name}: {e}"));
    // In memory: a map filled as the slices arrive, sized from the estimate or from the rows
    // per page of the first whole slice (so that it never doubles). On disk: a writer thread.
    let mut map =
        HashedMap::with_capacity_and_hasher(estimate.max(0.0) as usize, Default::default());
    let mut spill: Option<Spiller> = None;
    let mut decided = false;
    let mut slices = futures::stream::iter(slices).map(fetch).buffer_unordered(2);
    while let Some((whole, pairs)) = slices.try_next().await? {
        if !decided && whole {
            let per_page = pairs.len() as f64 / PAGES_PER_SLICE as f64;
            let expected = ((per_page * pages as f64).max(f64::from(estimate)) * 1.05) as u64
                + PAGES_PER_SLICE as u64;
            if expected > in_memory_rows {
                let mut spiller =
                    Spiller::start(expected, in_memory_rows).map_err(|e| failed(e.to_string()))?;
                spiller
                    .send(std::mem::take(&mut map).into_iter().collect())
                    .await?;
                spill = Some(spiller);
            } else {
                map.reserve((expected as usize).saturating_sub(map.len()));
            }
            decided = true;
        }
        match &mut spill {
            Some(spiller) => spiller.send(pairs).await?,
            None => {
                for (k, h) in pairs {
                    map.insert(k, h & !SEEN);
                }
            }
        }
    }
    if spill.is_none() && map.len() as u64 > in_memory_rows {
        // A small table, so no whole slice: the same rule, judged at the end.
        let mut spiller =
            Spiller::start(map.len() as u64, in_memory_rows).map_err(|e| failed(e.to_string()))?;
        spiller
            .send(std::mem::take(&mut map).into_iter().collect())
            .await?;
        spill = Some(spiller);
    }
    match spill {
        Some(spiller) => Ok(TableHashes::Spilled(
            spiller.finish().await.map_err(|e| failed(e.to_string()))?,
        )),
        None => Ok(TableHashes::InMemory(map)),
    }
}

/// The table's pairs on their way to partition files, written on a thread of their own.
struct Spiller {
    tx: tokio::sync::mpsc::Sender<Vec<(u64, u64)>>,
    thread: tokio::sync::oneshot::Receiver<std::io::Result<Partitions>>,
}

impl Spiller {
    fn start(expected: u64, rows_per_partition: u64) -> std::io::Result<Self> {
        let mut writer = PartitionWriter::new(expected, rows_per_partition)?;
        let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<(u64, u64)>>(2);
        let (done, thread) = tokio::sync::oneshot::channel();
        std::thread::Builder::new()
            .name("sluice-spill".into())
            .spawn(move || {
                let result = (|| {
                    while let Some(pairs) = rx.blocking_recv() {
                        for (k, h) in pairs {
                            writer.push(k, h)?;
                        }
                    }
                    writer.finish()
                })();
                let _ = done.send(result);
            })?;
        Ok(Self { tx, thread })
    }

    async fn send(&mut self, pairs: Vec<(u64, u64)>) -> Result<(), LoadError> {
        // The thread only stops early on a write error, which `finish` reports.
        let _ = self.tx.send(pairs).await;
        Ok(())
    }

    async fn finish(self) -> std::io::Result<Partitions> {
        drop(self.tx);
        self.thread
            .await
            .unwrap_or_else(|_| Err(std::io::Error::other("the spill thread stopped")))
    }
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

/// What every row a run writes carries besides its values: the run's id and its transaction's
/// time (`now()`), sent in the COPY stream to staging, or given to a new table's rows at once
/// by [`stamp_new_table`]. As column defaults evaluated for every row they cost a sixth of the
/// server's time.
#[derive(Debug, Clone, Copy)]
pub struct Stamp {
    pub run_id: uuid::Uuid,
    pub loaded_at: chrono::DateTime<chrono::Utc>,
}

impl Stamp {
    /// Both fields in COPY's binary format: length and value, twice.
    fn fields(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        out[..4].copy_from_slice(&16i32.to_be_bytes());
        out[4..20].copy_from_slice(self.run_id.as_bytes());
        out[20..24].copy_from_slice(&8i32.to_be_bytes());
        let micros = self.loaded_at.timestamp_micros() - PG_EPOCH_MICROS;
        out[24..].copy_from_slice(&micros.to_be_bytes());
        out
    }
}

/// Encodes `df` (the output columns, then `_sluice_key` and `_sluice_hash`) and, in every row,
/// the `stamp` if given (`_sluice_run_id`, `_sluice_loaded_at`; a new table's rows go without,
/// see [`stamp_new_table`]), in COPY's binary format, which PostgreSQL reads faster than text:
/// no dates or numbers to parse. CPU work: call it off the async executor.
pub fn encode_binary(df: &DataFrame, stamp: Option<Stamp>) -> Result<Encoded, LoadError> {
    let mut columns: Vec<String> = df.get_column_names().iter().map(|c| quote(c)).collect();
    if stamp.is_some() {
        columns.push("_sluice_run_id".into());
        columns.push("_sluice_loaded_at".into());
    }
    let rows = df.height() as u64;
    let encoders = df
        .columns()
        .iter()
        .map(BinaryColumn::of)
        .collect::<PolarsResult<Vec<_>>>()
        .map_err(|e| LoadError::Data(format!("encoding rows for COPY: {e}")))?;
    let mut body = Vec::with_capacity(19 + df.height() * (34 + encoders.len() * 12) + 2);
    body.extend_from_slice(b"PGCOPY\n\xff\r\n\0");
    body.extend_from_slice(&0i32.to_be_bytes());
    body.extend_from_slice(&0i32.to_be_bytes());
    let stamp = stamp.map(|s| s.fields());
    let width = encoders.len() as i16 + if stamp.is_some() { 2 } else { 0 };
    for i in 0..df.height() {
        body.extend_from_slice(&width.to_be_bytes());
        for encoder in &encoders {
            encoder.write(i, &mut body);
        }
        if let Some(stamp) = &stamp {
            body.extend_from_slice(stamp);
        }
    }
    body.extend_from_slice(&(-1i16).to_be_bytes());
    Ok(Encoded {
        columns,
        body,
        rows,
    })
}

/// Sends encoded rows to `table` with COPY; returns the rows PostgreSQL took. `freeze`: the
/// table was created in this transaction, so its rows can be written frozen (`COPY … FREEZE`):
/// visible once committed without the hint bits and the freezing vacuum that the first reads
/// and later vacuums would otherwise write to every page.
pub async fn copy_encoded(
    conn: &mut PgConnection,
    table: &str,
    encoded: &Encoded,
    freeze: bool,
) -> Result<u64, LoadError> {
    if encoded.rows == 0 {
        return Ok(0);
    }
    let sql = format!(
        "COPY {table} ({}) FROM STDIN (FORMAT binary{})",
        encoded.columns.join(", "),
        if freeze { ", FREEZE" } else { "" }
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

/// How [`merge`] treats a row whose key the table already holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    /// Updated when its hash differs; [`DELETED_AT`] cleared when `clear_deleted_at`.
    Update { clear_deleted_at: bool },
    /// Left as it is (`append`).
    Nothing,
}

/// Upserts the staging table into the target; returns (inserted, updated).
pub async fn merge(
    conn: &mut PgConnection,
    target: &Target,
    columns: &[String],
    on_conflict: OnConflict,
) -> Result<(u64, u64), LoadError> {
    let mut all: Vec<String> = columns.iter().map(|c| quote(c)).collect();
    all.push("_sluice_key".into());
    all.push("_sluice_hash".into());
    all.push("_sluice_run_id".into());
    all.push("_sluice_loaded_at".into());
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
    let action = match on_conflict {
        OnConflict::Update { clear_deleted_at } => {
            if clear_deleted_at {
                sets.push(format!("{DELETED_AT} = NULL"));
            }
            format!(
                "DO UPDATE SET {} WHERE t._sluice_hash IS DISTINCT FROM EXCLUDED._sluice_hash",
                sets.join(", ")
            )
        }
        OnConflict::Nothing => "DO NOTHING".to_owned(),
    };
    let sql = format!(
        "WITH merged AS (\
           INSERT INTO {table} AS t ({cols}) SELECT {cols} FROM {STAGING} \
           ON CONFLICT ({pk}) {action} \
           RETURNING (xmax = 0) AS inserted) \
         SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged",
        table = target.qualified(),
        cols = all.join(", "),
        pk = pk.join(", "),
    );
    let row = sqlx::query(AssertSqlSafe(sql))
        .fetch_one(&mut *conn)
        .await?;
    let inserted: i64 = row.get(0);
    let updated: i64 = row.get(1);
    Ok((inserted as u64, updated as u64))
}

/// The keys a `mirror` run keeps: each output key (`loaded`) and each key of a row this run
/// rejected from its output (not `loaded`: kept as it was).
pub const KEEP: &str = "_sluice_keep";

pub async fn create_keep(conn: &mut PgConnection) -> Result<(), LoadError> {
    sqlx::query(AssertSqlSafe(format!(
        "CREATE TEMP TABLE {KEEP} (key bigint NOT NULL, loaded boolean NOT NULL) ON COMMIT DROP"
    )))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Sends `keys` (the `_sluice_key` hashes) to [`KEEP`] with COPY.
pub async fn copy_keys(
    conn: &mut PgConnection,
    keys: &[u64],
    loaded: bool,
) -> Result<(), LoadError> {
    if keys.is_empty() {
        return Ok(());
    }
    let mut body = Vec::with_capacity(19 + keys.len() * 19 + 2);
    body.extend_from_slice(b"PGCOPY\n\xff\r\n\0");
    body.extend_from_slice(&0i32.to_be_bytes());
    body.extend_from_slice(&0i32.to_be_bytes());
    for key in keys {
        body.extend_from_slice(&2i16.to_be_bytes());
        body.extend_from_slice(&8i32.to_be_bytes());
        body.extend_from_slice(&(*key as i64).to_be_bytes());
        body.extend_from_slice(&1i32.to_be_bytes());
        body.push(u8::from(loaded));
    }
    body.extend_from_slice(&(-1i16).to_be_bytes());
    let mut copy = conn
        .copy_in_raw(&format!(
            "COPY {KEEP} (key, loaded) FROM STDIN (FORMAT binary)"
        ))
        .await?;
    for chunk in body.chunks(1 << 20) {
        copy.send(chunk).await?;
    }
    copy.finish().await?;
    Ok(())
}

/// What [`mirror`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mirrored {
    /// Rows deleted, or newly marked in [`DELETED_AT`].
    pub deleted: u64,
    /// Rows marked before whose key is loaded again: the mark cleared.
    pub revived: u64,
}

/// After the merge, in the run's transaction: with `deleted_at` (the table has [`DELETED_AT`]),
/// clears the mark of every row whose key this run loaded; with `delete`, deletes the rows whose
/// key is not in [`KEEP`] (`soft`: marks them with the transaction's time instead, the
/// `_sluice_loaded_at` of the rows this run loads, unless marked already, so the mark says
/// when the row disappeared). Keys are compared as `_sluice_key`
/// hashes, like the compare does; after the merge each loaded row's `_sluice_key` is this run's.
pub async fn mirror(
    conn: &mut PgConnection,
    target: &Target,
    run_id: uuid::Uuid,
    deleted_at: bool,
    delete: bool,
    soft: bool,
) -> Result<Mirrored, LoadError> {
    let table = target.qualified();
    sqlx::query(AssertSqlSafe(format!("ANALYZE {KEEP}")))
        .execute(&mut *conn)
        .await?;
    let mut done = Mirrored::default();
    if deleted_at {
        done.revived = sqlx::query(AssertSqlSafe(format!(
            "UPDATE {table} AS t SET {DELETED_AT} = NULL, _sluice_run_id = $1, _sluice_loaded_at = now() \
             WHERE t.{DELETED_AT} IS NOT NULL \
               AND EXISTS (SELECT 1 FROM {KEEP} k WHERE k.key = t._sluice_key AND k.loaded)"
        )))
        .bind(run_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    }
    if !delete {
        return Ok(done);
    }
    let missing = format!("NOT EXISTS (SELECT 1 FROM {KEEP} k WHERE k.key = t._sluice_key)");
    done.deleted = if soft {
        sqlx::query(AssertSqlSafe(format!(
            "UPDATE {table} AS t SET {DELETED_AT} = now() WHERE t.{DELETED_AT} IS NULL AND {missing}"
        )))
        .execute(&mut *conn)
        .await?
        .rows_affected()
    } else {
        sqlx::query(AssertSqlSafe(format!(
            "DELETE FROM {table} AS t WHERE {missing}"
        )))
        .execute(&mut *conn)
        .await?
        .rows_affected()
    };
    Ok(done)
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
