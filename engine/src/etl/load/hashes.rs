//! The `(key, hash)` pairs of the rows already in a table, which a rerun compares its output
//! with: read in slices of the table's pages, kept in memory or spilled to partitions on disk.

use std::sync::{
    Arc,
    atomic::{AtomicU64, Ordering},
};

use sea_orm::sqlx::{self, AssertSqlSafe, Row, ValueRef, postgres::PgValueRef};

use super::{LoadError, Target};
use crate::etl::{
    hash::TablePairs,
    spill::{PartitionWriter, Partitions},
};

/// The table's `(key, hash)` pairs: in memory in the table's order (all of them, or the first
/// slices with the rest on their way), or split into partitions on disk when there are more
/// than the caller holds in memory.
pub enum TableHashes {
    InMemory(TablePairs),
    /// The first slices, and the rest as they are read: a compare can start with the first.
    Reading(TablePairs, RestOfPairs),
    Spilled(Partitions),
}

impl TableHashes {
    /// The table's rows read, counted as the rest arrives: all of them once the rest is read.
    pub fn rows_read(&self) -> RowsRead {
        match self {
            TableHashes::InMemory(h) => RowsRead(h.len() as u64, None),
            TableHashes::Reading(h, rest) => RowsRead(h.len() as u64, Some(rest.rows.clone())),
            TableHashes::Spilled(p) => RowsRead(p.len(), None),
        }
    }

    /// Every pair, waiting for the rest: to be called before the run's transaction takes a
    /// lock on the table that would stop the reading (`ALTER TABLE`).
    pub async fn complete(self) -> Result<TableHashes, LoadError> {
        match self {
            TableHashes::Reading(mut pairs, mut rest) => {
                while let Some(slice) = rest.rx.recv().await.transpose()? {
                    pairs.extend(slice);
                }
                Ok(TableHashes::InMemory(pairs))
            }
            done => Ok(done),
        }
    }
}

/// A count of the table's rows read: the first slices', and the rest's as it arrives.
pub struct RowsRead(u64, Option<Arc<AtomicU64>>);

impl RowsRead {
    pub fn get(&self) -> u64 {
        self.0
            + self
                .1
                .as_ref()
                .map_or(0, |rest| rest.load(Ordering::Relaxed))
    }
}

/// The slices of a table's pairs after the first ones, in the table's order, read by a task of
/// its own and kept until taken; dropped, the reading stops.
pub struct RestOfPairs {
    rx: tokio::sync::mpsc::UnboundedReceiver<Result<Vec<(u64, u64)>, LoadError>>,
    /// The reading task (none in tests).
    task: Option<tokio::task::JoinHandle<()>>,
    rows: Arc<AtomicU64>,
}

impl RestOfPairs {
    /// The next slice, waiting for it (on a thread outside the async runtime); `None` after
    /// the last.
    pub fn next_blocking(&mut self) -> Result<Option<Vec<(u64, u64)>>, LoadError> {
        self.rx.blocking_recv().transpose()
    }

    /// Slices already read, sent by a test in place of a table: `slices`, then the end (or
    /// `error` in its place).
    #[cfg(test)]
    pub fn of(slices: Vec<Vec<(u64, u64)>>, error: Option<LoadError>) -> Self {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let rows = Arc::new(AtomicU64::new(0));
        for slice in slices {
            rows.fetch_add(slice.len() as u64, Ordering::Relaxed);
            let _ = tx.send(Ok(slice));
        }
        if let Some(error) = error {
            let _ = tx.send(Err(error));
        }
        Self {
            rx,
            task: None,
            rows,
        }
    }

    /// Slices not taken yet (for tests).
    #[cfg(test)]
    pub fn waiting(&self) -> usize {
        self.rx.len()
    }
}

impl Drop for RestOfPairs {
    fn drop(&mut self) {
        if let Some(task) = &self.task {
            task.abort();
        }
    }
}

/// `(_sluice_key, _sluice_hash)` of every row already in the table. Read in slices of
/// `pages_per_slice` of the table's pages (TID range scans), two slices at a time on
/// connections of the pool, each slice as two `bigint[]` in one row: a COPY would send one
/// message per row, and decoding millions of them cost more than the comparison itself. The
/// slices are kept in the table's order ([`TablePairs`]). Call it before the load writes
/// anything: it reads what is committed. Up to `in_memory_rows` rows are kept in memory (16
/// bytes each); a larger table (judged from its first slice) is split into partitions of about
/// that many rows on disk ([`crate::etl::spill`]) and returned once all are written. In memory,
/// it returns as soon as the first whole slice has decided it, with the rest still being read
/// ([`TableHashes::Reading`]): a compare that takes the table's pairs in order needs the first
/// slices first.
pub async fn existing_hashes(
    pool: &sqlx::PgPool,
    target: &Target,
    in_memory_rows: u64,
    pages_per_slice: i64,
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
        return Ok(TableHashes::InMemory(TablePairs::default()));
    };
    let per_slice = pages_per_slice.max(1);
    // The last slice is open-ended, so rows on pages added meanwhile are not missed.
    let slices: Vec<(i64, Option<i64>)> = (0..=pages / per_slice)
        .map(|i| {
            let low = i * per_slice;
            let high = low + per_slice;
            (low, (high <= pages).then_some(high))
        })
        .collect();
    let fetch = {
        let (pool, table) = (pool.clone(), table.clone());
        move |(low, high): (i64, Option<i64>)| {
            let (pool, table) = (pool.clone(), table.clone());
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
                Ok::<_, LoadError>((high.is_some(), query.fetch_one(&pool).await?))
            }
        }
    };
    let name = target.table.clone();
    let failed = move |e: String| LoadError::Data(format!("comparing with table {name}: {e}"));
    let unexpected = "PostgreSQL sent a slice of the table's pairs in an unexpected form";
    // Positions in memory are 32-bit.
    let in_memory_rows = in_memory_rows.min(TablePairs::MAX_ROWS);
    // In memory: the pairs in the table's order (the slices arrive in order, two read at a
    // time), sized from the estimate or from the rows per page of the first whole slice (so
    // that they are never copied to grow). On disk: a writer thread.
    let mut pairs = TablePairs::with_capacity(estimate.max(0.0) as usize);
    let mut spill: Option<Spiller> = None;
    let mut slices = futures::stream::iter(slices).map(fetch).buffered(2);
    while let Some((whole, row)) = slices.try_next().await? {
        let (keys, hashes) = Int8Array::pair(&row)?.ok_or_else(|| failed(unexpected.into()))?;
        if whole && spill.is_none() && pairs.is_empty() {
            // The first whole slice decides.
            let per_page = keys.len() as f64 / per_slice as f64;
            let expected = ((per_page * pages as f64).max(f64::from(estimate)) * 1.05) as u64
                + per_slice as u64;
            if expected > in_memory_rows {
                let mut spiller =
                    Spiller::start(expected, in_memory_rows).map_err(|e| failed(e.to_string()))?;
                spiller.send(keys.zip(hashes).collect()).await?;
                spill = Some(spiller);
                continue;
            }
            pairs.reserve((expected as usize).saturating_sub(pairs.len()));
            pairs.extend(keys.zip(hashes));
            // In memory: the rest is read on a task of its own, and taken as it comes.
            let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
            let rows = Arc::new(AtomicU64::new(0));
            let counted = rows.clone();
            let task = tokio::spawn(async move {
                loop {
                    let slice = match slices.try_next().await {
                        Ok(None) => return,
                        Ok(Some((_, row))) => match Int8Array::pair(&row) {
                            Ok(Some((keys, hashes))) => Ok(keys.zip(hashes).collect::<Vec<_>>()),
                            Ok(None) => Err(failed(unexpected.into())),
                            Err(e) => Err(LoadError::from(e)),
                        },
                        Err(e) => Err(e),
                    };
                    let end = slice.is_err();
                    if let Ok(slice) = &slice {
                        counted.fetch_add(slice.len() as u64, Ordering::Relaxed);
                    }
                    if tx.send(slice).is_err() || end {
                        return;
                    }
                }
            });
            return Ok(TableHashes::Reading(
                pairs,
                RestOfPairs {
                    rx,
                    task: Some(task),
                    rows,
                },
            ));
        }
        let slice = keys.zip(hashes);
        match &mut spill {
            Some(spiller) => spiller.send(slice.collect()).await?,
            None => pairs.extend(slice),
        }
    }
    if spill.is_none() && pairs.len() as u64 > in_memory_rows {
        // A small table, so no whole slice: the same rule, judged at the end.
        let mut spiller = Spiller::start(pairs.len() as u64, in_memory_rows)
            .map_err(|e| failed(e.to_string()))?;
        spiller.send(pairs.take()).await?;
        spill = Some(spiller);
    }
    match spill {
        Some(spiller) => Ok(TableHashes::Spilled(
            spiller.finish().await.map_err(|e| failed(e.to_string()))?,
        )),
        None => Ok(TableHashes::InMemory(pairs)),
    }
}

/// The values of a one-dimensional `bigint[]` without nulls, read from its binary form as the
/// iterator goes (sqlx's decoding into a `Vec<i64>` cost more than the reading of the table
/// took on its side): `None` for another form. An array of no rows is `NULL`, read as empty.
struct Int8Array<'r> {
    /// The elements: each a 4-byte length (8) and the 8-byte value, big-endian.
    elements: &'r [u8],
}

impl<'r> Int8Array<'r> {
    const INT8_OID: u32 = 20;

    fn new(value: PgValueRef<'r>) -> Option<Self> {
        if value.is_null() {
            return Some(Self { elements: &[] });
        }
        Self::parse(value.as_bytes().ok()?)
    }

    fn parse(bytes: &'r [u8]) -> Option<Self> {
        let word = |at: usize| -> Option<u32> {
            Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
        };
        // Dimensions, a has-nulls flag, the element type; then per dimension its length and
        // lower bound.
        let (dimensions, nulls, element) = (word(0)?, word(4)?, word(8)?);
        if element != Self::INT8_OID || nulls != 0 {
            return None;
        }
        let (len, elements) = match dimensions {
            0 => (0, &bytes[12..]),
            1 => (word(12)? as usize, bytes.get(20..)?),
            _ => return None,
        };
        (elements.len() == len * 12
            && elements
                .chunks_exact(12)
                .all(|e| e[..4] == 8u32.to_be_bytes()))
        .then_some(Self { elements })
    }

    fn len(&self) -> usize {
        self.elements.len() / 12
    }

    /// The row's two arrays, of equal lengths (`_sluice_key` and `_sluice_hash` of a slice).
    fn pair(row: &'r sqlx::postgres::PgRow) -> Result<Option<(Self, Self)>, sqlx::Error> {
        let keys = Self::new(row.try_get_raw(0)?);
        let hashes = Self::new(row.try_get_raw(1)?);
        Ok(match (keys, hashes) {
            (Some(keys), Some(hashes)) if keys.len() == hashes.len() => Some((keys, hashes)),
            _ => None,
        })
    }
}

impl Iterator for Int8Array<'_> {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let (element, rest) = self.elements.split_at_checked(12)?;
        self.elements = rest;
        Some(u64::from_be_bytes(element[4..].try_into().ok()?))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A `bigint[]` in PostgreSQL's binary form.
    fn array(dimensions: u32, nulls: u32, element: u32, values: &[i64]) -> Vec<u8> {
        let mut out = Vec::new();
        for word in [dimensions, nulls, element] {
            out.extend_from_slice(&word.to_be_bytes());
        }
        if dimensions == 1 {
            out.extend_from_slice(&(values.len() as u32).to_be_bytes());
            out.extend_from_slice(&1u32.to_be_bytes());
        }
        for v in values {
            out.extend_from_slice(&8u32.to_be_bytes());
            out.extend_from_slice(&v.to_be_bytes());
        }
        out
    }

    #[test]
    fn an_int8_array_reads_as_its_values_and_any_other_form_is_refused() {
        let values = [0, 1, -1, i64::MIN, i64::MAX];
        let bytes = array(1, 0, 20, &values);
        let read = Int8Array::parse(&bytes).unwrap();
        assert_eq!(read.len(), 5);
        let expected: Vec<u64> = values.iter().map(|v| *v as u64).collect();
        assert_eq!(read.collect::<Vec<_>>(), expected);
        assert_eq!(Int8Array::parse(&array(0, 0, 20, &[])).unwrap().len(), 0);
        // Another element type, a null, two dimensions, a cut or an element of another width.
        assert!(Int8Array::parse(&array(1, 0, 23, &values)).is_none());
        assert!(Int8Array::parse(&array(1, 1, 20, &values)).is_none());
        assert!(Int8Array::parse(&array(2, 0, 20, &values)).is_none());
        assert!(Int8Array::parse(&bytes[..bytes.len() - 1]).is_none());
        assert!(Int8Array::parse(&bytes[..10]).is_none());
        let mut wide = bytes.clone();
        wide[20..24].copy_from_slice(&4u32.to_be_bytes());
        assert!(Int8Array::parse(&wide).is_none());
    }
}
