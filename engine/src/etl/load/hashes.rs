//! The `(key, hash)` pairs of the rows already in a table, which a rerun compares its output
//! with: read in slices of the table's pages, kept in memory or spilled to partitions on disk.

use sea_orm::sqlx::{self, AssertSqlSafe, Row};

use super::{LoadError, Target};
use crate::etl::{
    hash::{HashedMap, SEEN},
    spill::{PartitionWriter, Partitions},
};

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
