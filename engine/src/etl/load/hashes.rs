//! The `(key, hash)` pairs of the rows already in a table, which a rerun compares its output
//! with: read in slices of the table's pages, kept in memory or spilled to partitions on disk.

use sea_orm::sqlx::{self, AssertSqlSafe, Row, ValueRef, postgres::PgValueRef};

use super::{LoadError, Target};
use crate::etl::{
    hash::TablePairs,
    spill::{PartitionWriter, Partitions},
};

/// The table's `(key, hash)` pairs: in memory in the table's order, or split into partitions on
/// disk when there are more than the caller holds in memory.
pub enum TableHashes {
    InMemory(TablePairs),
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
/// of them cost more than the comparison itself. The slices are kept in the table's order
/// ([`TablePairs`]). Call it before the load writes anything: it reads what is committed. Up to
/// `in_memory_rows` rows are kept in memory (16 bytes each);
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
        return Ok(TableHashes::InMemory(TablePairs::default()));
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
            Ok::<_, LoadError>((high.is_some(), query.fetch_one(pool).await?))
        }
    };
    let name = target.table.clone();
    let failed = move |e: String| LoadError::Data(format!("comparing with table {name}: {e}"));
    // Positions in memory are 32-bit.
    let in_memory_rows = in_memory_rows.min(TablePairs::MAX_ROWS);
    // In memory: the pairs in the table's order (the slices arrive in order, two read at a
    // time), sized from the estimate or from the rows per page of the first whole slice (so
    // that they are never copied to grow). On disk: a writer thread.
    let mut pairs = TablePairs::with_capacity(estimate.max(0.0) as usize);
    let mut spill: Option<Spiller> = None;
    let mut decided = false;
    let mut slices = futures::stream::iter(slices).map(fetch).buffered(2);
    while let Some((whole, row)) = slices.try_next().await? {
        let (keys, hashes) = Int8Array::pair(&row)?.ok_or_else(|| {
            failed("PostgreSQL sent a slice of the table's pairs in an unexpected form".into())
        })?;
        if !decided && whole {
            let per_page = keys.len() as f64 / PAGES_PER_SLICE as f64;
            let expected = ((per_page * pages as f64).max(f64::from(estimate)) * 1.05) as u64
                + PAGES_PER_SLICE as u64;
            if expected > in_memory_rows {
                let mut spiller =
                    Spiller::start(expected, in_memory_rows).map_err(|e| failed(e.to_string()))?;
                spiller.send(pairs.take()).await?;
                spill = Some(spiller);
            } else {
                pairs.reserve((expected as usize).saturating_sub(pairs.len()));
            }
            decided = true;
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
