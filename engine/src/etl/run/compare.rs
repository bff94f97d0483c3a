//! Stage 3, compare, run on the transform thread for each chunk. Takes a transformed chunk and
//! the table's hashes (key -> row hash); guarantees that a primary key appears at most once in
//! the whole output (else `duplicate_key`), and keeps only the rows the table lacks or holds
//! differently, encoded for COPY. Never touches the database.

use polars::prelude::*;

use super::{RunError, RunErrorCode, failures::Reject};
use crate::{
    etl::{
        hash::{HashedMap, HashedSet, SEEN, hash_rows},
        load,
    },
    spec::PipelineSpec,
};

/// Rows of one step of the load, computed off the async executor.
pub(super) struct Chunk {
    /// The new and changed rows, encoded for COPY.
    pub(super) encoded: load::Encoded,
    /// Source rows read for this chunk.
    pub(super) extracted: u64,
    pub(super) unchanged: u64,
    pub(super) rejects: Vec<Reject>,
    pub(super) cursor_max: Option<AnyValue<'static>>,
    pub(super) columns: Vec<(String, DataType)>,
}

/// The hash state, once the table's hashes have arrived.
pub(super) enum DedupSource {
    Pending(std::sync::mpsc::Receiver<Dedup>),
    Ready(Dedup),
}

impl DedupSource {
    /// Waits for the table's hashes on first use.
    fn get(&mut self) -> Result<&mut Dedup, RunError> {
        if let DedupSource::Pending(rx) = self {
            let dedup = rx
                .recv()
                .map_err(|_| RunError::db("the load stopped before comparing"))?;
            *self = DedupSource::Ready(dedup);
        }
        match self {
            DedupSource::Ready(d) => Ok(d),
            DedupSource::Pending(_) => Err(RunError::db("the load stopped before comparing")),
        }
    }
}

/// Hash state carried from chunk to chunk.
pub(super) struct Dedup {
    pub(super) existing: HashedMap<u64>,
    pub(super) seen: HashedSet,
}

/// Hashes the output, refuses duplicate keys, and keeps the rows the table lacks or differs on.
pub(super) fn compare(
    output: DataFrame,
    columns: Vec<(String, DataType)>,
    rejects: Vec<Reject>,
    cursor_max: Option<AnyValue<'static>>,
    dedup: &mut DedupSource,
    spec: &PipelineSpec,
) -> Result<Chunk, RunError> {
    let pk: Vec<String> = spec
        .destination
        .primary_key
        .iter()
        .map(|c| c.to_string())
        .collect();
    let all: Vec<String> = columns.iter().map(|(c, _)| c.clone()).collect();
    let fail =
        |e: PolarsError| RunError::permanent("load", RunErrorCode::LoadRefused, e.to_string());
    let keys = hash_rows(&output, &pk).map_err(fail)?;
    let hashes = hash_rows(&output, &all).map_err(fail)?;
    let mut mask = Vec::with_capacity(output.height());
    let mut unchanged = 0u64;
    // Hashing is done; now the table's hashes are needed.
    {
        let d = dedup.get()?;
        for (i, (k, h)) in keys.iter().zip(&hashes).enumerate() {
            // A key the table holds is marked seen in place (the top bit of its stored hash);
            // only new keys go to the `seen` set.
            let (duplicate, keep) = match d.existing.get_mut(k) {
                Some(stored) => {
                    let duplicate = *stored & SEEN != 0;
                    let keep = *stored & !SEEN != h & !SEEN;
                    *stored |= SEEN;
                    (duplicate, keep)
                }
                None => (!d.seen.insert(*k), true),
            };
            if duplicate {
                let values: Vec<String> = pk
                    .iter()
                    .map(|c| {
                        format!(
                            "{c}={}",
                            output
                                .column(c)
                                .and_then(|s| s.get(i))
                                .map(|v| v.to_string())
                                .unwrap_or_default()
                        )
                    })
                    .collect();
                return Err(RunError::permanent(
                    "load",
                    RunErrorCode::DuplicateKey,
                    format!(
                        "the output has more than one row with primary key {}; add a dedupe step",
                        values.join(", ")
                    ),
                ));
            }
            if !keep {
                unchanged += 1;
            }
            mask.push(keep);
        }
    }
    // Keep only the new and changed rows, then add their hashes.
    let (mut send, keys, hashes) = if unchanged == 0 {
        (output, keys, hashes)
    } else {
        let kept = |v: &[u64]| -> Vec<u64> {
            v.iter()
                .zip(&mask)
                .filter(|(_, m)| **m)
                .map(|(x, _)| *x)
                .collect()
        };
        let send = output
            .filter(&BooleanChunked::from_slice("keep".into(), &mask))
            .map_err(fail)?;
        (send, kept(&keys), kept(&hashes))
    };
    send.with_column(Column::new(
        "_sluice_key".into(),
        keys.iter().map(|k| *k as i64).collect::<Vec<_>>(),
    ))
    .map_err(fail)?;
    send.with_column(Column::new(
        "_sluice_hash".into(),
        hashes.iter().map(|h| *h as i64).collect::<Vec<_>>(),
    ))
    .map_err(fail)?;
    let encoded = load::encode_binary(&send).map_err(RunError::load)?;
    Ok(Chunk {
        encoded,
        extracted: 0,
        unchanged,
        rejects,
        cursor_max,
        columns,
    })
}
