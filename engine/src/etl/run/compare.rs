//! Stage 3, compare, run on the transform thread for each chunk. Takes a transformed chunk and
//! the table's hashes (key -> row hash); guarantees that a primary key appears at most once in
//! the whole output (else `duplicate_key`; on a table this run creates, the primary key added
//! after the load checks that instead, and nothing per row is kept in memory), and keeps only
//! the rows the table lacks or holds differently, encoded for COPY. Against a table too large
//! for memory, the chunks are spilled to disk and compared at the end of the output, one key
//! partition at a time ([`crate::etl::spill`]): [`finish`] then yields the kept rows. Never
//! touches the database.

use polars::prelude::*;

use super::{RunError, RunErrorCode, failures::Reject};
use crate::{
    etl::{
        hash::{HashedSet, SEEN, TablePairs, hash_rows},
        load,
        spill::{self, OutputSpill, Partitions, Verdict},
    },
    spec::{LoadMode, PipelineSpec},
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
    /// Per data test of the spec, the rows of this chunk failing it.
    pub(super) tested: Vec<u64>,
    /// `mirror` only: the keys this chunk holds.
    pub(super) keys: Keys,
}

/// The keys of a chunk's rows, as `_sluice_key` hashes, which a `mirror` run keeps.
#[derive(Default)]
pub(super) struct Keys {
    /// Of every output row (loaded or unchanged).
    pub(super) output: Vec<u64>,
    /// Of the output rows rejected (data tests, null key parts): their table rows stay as
    /// they are.
    pub(super) rejected: Vec<u64>,
    /// Rows rejected before the output (a failed cast or date), whose key is unknown.
    pub(super) unknown: u64,
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

/// What the compare keeps from chunk to chunk, once the load has looked at the table.
pub(super) enum Dedup {
    /// A table this run creates: every row is new and sent, without the run's stamp
    /// ([`load::stamp_new_table`]); the primary key, added after the load, refuses two rows
    /// with one key. Nothing is kept per row.
    NewTable,
    /// A table that exists: the `(key, hash)` of each row it holds, in its order (a key the
    /// output has is marked seen in place), and the keys of the output's rows it lacks. While
    /// the table's pairs are still being read, `rest` brings the slices not yet taken: see
    /// [`find`].
    Existing {
        table: TablePairs,
        rest: Option<load::RestOfPairs>,
        new_keys: HashedSet,
    },
    /// A table too large for memory, split into partitions on disk: the output is spilled too
    /// (opened at the first chunk), and compared at its end.
    Spilled {
        table: Option<Partitions>,
        output: Option<OutputSpill>,
        /// The quoted column names of the spilled COPY tuples.
        columns: Vec<String>,
    },
}

impl Dedup {
    pub(super) fn spilled(table: Partitions) -> Self {
        Dedup::Spilled {
            table: Some(table),
            output: None,
            columns: Vec::new(),
        }
    }
}

/// The stored row hash of `key` in the table's pairs (with its [`SEEN`] bit), taking the
/// slices still being read from `rest` only as the compare needs them: a key where the table's
/// order puts it is answered by the slices in memory, and one just past them by the next
/// slice, so a feed in the table's order is compared while the rest of the table is read. A
/// key anywhere else (a row the table does not hold, or holds elsewhere, or a second time)
/// takes every slice first: only all of them can say where it is, or that it is not there.
pub(super) fn find<'t>(
    table: &'t mut TablePairs,
    rest: &mut Option<load::RestOfPairs>,
    key: u64,
) -> Result<Option<&'t mut u64>, RunError> {
    while let Some(more) = rest.as_mut() {
        if table.is_next(key) {
            break;
        }
        let all = !table.at_end();
        loop {
            match more.next_blocking().map_err(RunError::load)? {
                Some(slice) => table.extend(slice),
                None => {
                    *rest = None;
                    break;
                }
            }
            if !all {
                break;
            }
        }
    }
    Ok(table.get_mut(key))
}

/// Takes the slices of the table's pairs not taken yet, once the output has ended (even an
/// output of no rows), so that the table has been read whole when the load moves on.
fn take_rest(dedup: &mut DedupSource) -> Result<(), RunError> {
    if let Dedup::Existing { table, rest, .. } = dedup.get()? {
        while let Some(more) = rest.as_mut() {
            match more.next_blocking().map_err(RunError::load)? {
                Some(slice) => table.extend(slice),
                None => *rest = None,
            }
        }
    }
    Ok(())
}

fn spill_failed(e: std::io::Error) -> RunError {
    RunError::load(load::LoadError::Data(format!(
        "comparing with the table through temporary files: {e}"
    )))
}

/// The rows of a compare that was spilled, once the output has ended: each chunk the kept rows
/// of about `batch_rows` output rows, the first also counting the unchanged ones; nothing when
/// the compare was not spilled. `send` returns `false` when the load has stopped listening.
pub(super) fn finish(
    dedup: &mut DedupSource,
    planned: &[(String, DataType)],
    spec: &PipelineSpec,
    batch_rows: usize,
    mut send: impl FnMut(Chunk) -> bool,
) -> Result<(), RunError> {
    take_rest(dedup)?;
    let DedupSource::Ready(Dedup::Spilled {
        output: Some(output),
        columns,
        ..
    }) = dedup
    else {
        return Ok(());
    };
    let (keep, mut unchanged) = match output.compare().map_err(spill_failed)? {
        Verdict::Keep { bits, unchanged } => (bits, unchanged),
        Verdict::Duplicate(ordinal) => {
            let mut key = Vec::new();
            output
                .read_back(|i, tuple| {
                    if i < ordinal {
                        return true;
                    }
                    let fields = spill::fields(tuple);
                    key = spec
                        .destination
                        .primary_key
                        .iter()
                        .map(|c| {
                            let at = planned.iter().position(|(n, _)| n == c.as_str());
                            let value = match at {
                                Some(at) => show(&planned[at].1, fields.get(at).copied().flatten()),
                                None => String::new(),
                            };
                            (c.to_string(), value)
                        })
                        .collect();
                    false
                })
                .map_err(spill_failed)?;
            return Err(RunError::load(load::LoadError::DuplicateKey(key)));
        }
    };
    let empty = || load::Encoded {
        columns: columns.clone(),
        body: b"PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0".to_vec(),
        rows: 0,
    };
    let mut encoded = empty();
    let mut read = 0usize;
    let mut stopped = false;
    let mut flush = |encoded: &mut load::Encoded, unchanged: &mut u64| {
        let mut full = std::mem::replace(encoded, empty());
        full.body.extend_from_slice(&(-1i16).to_be_bytes());
        let chunk = Chunk {
            encoded: full,
            extracted: 0,
            unchanged: std::mem::take(unchanged),
            rejects: Vec::new(),
            cursor_max: None,
            columns: planned.to_vec(),
            tested: Vec::new(),
            keys: Keys::default(),
        };
        send(chunk)
    };
    output
        .read_back(|i, tuple| {
            if keep[(i / 64) as usize] & (1 << (i % 64)) != 0 {
                encoded.body.extend_from_slice(tuple);
                encoded.rows += 1;
            }
            read += 1;
            if read >= batch_rows {
                read = 0;
                if !flush(&mut encoded, &mut unchanged) {
                    stopped = true;
                    return false;
                }
            }
            true
        })
        .map_err(spill_failed)?;
    if !stopped {
        flush(&mut encoded, &mut unchanged);
    }
    Ok(())
}

/// A binary COPY field of type `dtype`, as text (for naming a duplicate key).
fn show(dtype: &DataType, field: Option<&[u8]>) -> String {
    fn array<const N: usize>(b: &[u8]) -> [u8; N] {
        let mut out = [0u8; N];
        if b.len() == N {
            out.copy_from_slice(b);
        }
        out
    }
    let Some(b) = field else {
        return "null".into();
    };
    let epoch = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    match dtype {
        DataType::Boolean => (b.first() == Some(&1)).to_string(),
        d if d.is_integer() => i64::from_be_bytes(array(b)).to_string(),
        d if d.is_float() => f64::from_be_bytes(array(b)).to_string(),
        DataType::Date => {
            (epoch + chrono::Duration::days(i32::from_be_bytes(array(b)).into())).to_string()
        }
        DataType::Datetime(..) => (epoch.and_hms_opt(0, 0, 0).unwrap_or_default()
            + chrono::Duration::microseconds(i64::from_be_bytes(array(b))))
        .to_string(),
        _ => String::from_utf8_lossy(b).into_owned(),
    }
}

/// Hashes the output, refuses duplicate keys, and keeps the rows the table lacks or differs on.
pub(super) fn compare(
    output: DataFrame,
    columns: Vec<(String, DataType)>,
    rejects: Vec<Reject>,
    cursor_max: Option<AnyValue<'static>>,
    dedup: &mut DedupSource,
    spec: &PipelineSpec,
    stamp: load::Stamp,
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
    let chunk_keys = Keys {
        output: match spec.destination.mode {
            LoadMode::Mirror => keys.clone(),
            _ => Vec::new(),
        },
        ..Keys::default()
    };
    let mut mask = Vec::new();
    let mut unchanged = 0u64;
    // Hashing is done; now the table's hashes are needed.
    let d = dedup.get()?;
    // A new table's rows go without the stamp: the load gives it to all of them at once.
    let stamp = (!matches!(d, Dedup::NewTable)).then_some(stamp);
    if let Dedup::Spilled {
        table,
        output: spilled,
        columns: spilled_columns,
    } = d
    {
        // Every row goes to disk; which are sent is decided at the end.
        if spilled.is_none() {
            let partitions = table
                .take()
                .ok_or_else(|| spill_failed(std::io::Error::other("no table partitions")))?;
            *spilled = Some(OutputSpill::new(partitions).map_err(spill_failed)?);
        }
        let mut send = output;
        add_hash_columns(&mut send, &keys, &hashes).map_err(fail)?;
        let encoded = load::encode_binary(&send, stamp).map_err(RunError::load)?;
        let tuples = &encoded.body[19..encoded.body.len() - 2];
        if let Some(spilled) = spilled {
            spilled.push(tuples, &keys, &hashes).map_err(spill_failed)?;
        }
        *spilled_columns = encoded.columns;
        return Ok(Chunk {
            encoded: load::Encoded {
                columns: Vec::new(),
                body: Vec::new(),
                rows: 0,
            },
            extracted: 0,
            unchanged: 0,
            rejects,
            cursor_max,
            columns,
            tested: Vec::new(),
            keys: chunk_keys,
        });
    }
    if let Dedup::Existing {
        table,
        rest,
        new_keys,
    } = d
    {
        mask.reserve(output.height());
        for (i, (k, h)) in keys.iter().zip(&hashes).enumerate() {
            // A key the table holds is marked seen in place (the top bit of its stored hash);
            // only new keys go to the `new_keys` set.
            let (duplicate, keep) = match find(table, rest, *k)? {
                Some(stored) => {
                    let duplicate = *stored & SEEN != 0;
                    let keep = *stored & !SEEN != h & !SEEN;
                    *stored |= SEEN;
                    (duplicate, keep)
                }
                None => (!new_keys.insert(*k), true),
            };
            if duplicate {
                let key = pk
                    .iter()
                    .map(|c| {
                        let value = match output.column(c).and_then(|s| s.get(i)) {
                            Ok(AnyValue::Null) => "null".to_owned(),
                            Ok(v) => super::transform::text(&v),
                            Err(_) => String::new(),
                        };
                        (c.clone(), value)
                    })
                    .collect::<Vec<_>>();
                return Err(RunError::load(load::LoadError::DuplicateKey(key)));
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
    add_hash_columns(&mut send, &keys, &hashes).map_err(fail)?;
    let encoded = load::encode_binary(&send, stamp).map_err(RunError::load)?;
    Ok(Chunk {
        encoded,
        extracted: 0,
        unchanged,
        rejects,
        cursor_max,
        columns,
        tested: Vec::new(),
        keys: chunk_keys,
    })
}

/// Adds `_sluice_key` and `_sluice_hash` to the rows to send.
fn add_hash_columns(df: &mut DataFrame, keys: &[u64], hashes: &[u64]) -> PolarsResult<()> {
    df.with_column(Column::new(
        "_sluice_key".into(),
        keys.iter().map(|k| *k as i64).collect::<Vec<_>>(),
    ))?;
    df.with_column(Column::new(
        "_sluice_hash".into(),
        hashes.iter().map(|h| *h as i64).collect::<Vec<_>>(),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::etl::load::{LoadError, RestOfPairs};

    /// Pairs of the keys in `keys`, each row's hash ten times its key.
    fn pairs(keys: std::ops::Range<u64>) -> Vec<(u64, u64)> {
        keys.map(|k| (k, k * 10)).collect()
    }

    /// The table's first slice (keys 0..3) and two more on their way (3..6, 6..9).
    fn reading() -> (TablePairs, Option<RestOfPairs>) {
        let mut table = TablePairs::default();
        table.extend(pairs(0..3));
        let rest = RestOfPairs::of(vec![pairs(3..6), pairs(6..9)], None);
        (table, Some(rest))
    }

    fn found(table: &mut TablePairs, rest: &mut Option<RestOfPairs>, key: u64) -> Option<u64> {
        find(table, rest, key).unwrap().map(|h| *h & !SEEN)
    }

    #[test]
    fn keys_in_the_table_s_order_take_the_slices_still_read_one_at_a_time() {
        let (mut table, mut rest) = reading();
        let waiting = |rest: &Option<RestOfPairs>| rest.as_ref().map(RestOfPairs::waiting);
        for key in 0..3 {
            assert_eq!(found(&mut table, &mut rest, key), Some(key * 10));
        }
        assert_eq!(
            waiting(&rest),
            Some(2),
            "the first slice answered its own keys"
        );
        assert_eq!(found(&mut table, &mut rest, 3), Some(30));
        assert_eq!(waiting(&rest), Some(1), "the next key took the next slice");
        for key in 4..9 {
            assert_eq!(found(&mut table, &mut rest, key), Some(key * 10));
        }
        assert_eq!(waiting(&rest), Some(0));
        assert!(!table.indexed(), "in order, no index of positions");
        // A key after the table's last (a new row): only the end of the pairs says so.
        assert_eq!(found(&mut table, &mut rest, 100), None);
        assert!(rest.is_none());
    }

    #[test]
    fn a_key_out_of_the_table_s_order_takes_every_slice_first() {
        let (mut table, mut rest) = reading();
        assert_eq!(found(&mut table, &mut rest, 0), Some(0));
        // Key 7 is not just after key 0: it may be anywhere, or nowhere. (Marked seen, as the
        // compare marks every key it finds.)
        let stored = find(&mut table, &mut rest, 7).unwrap().unwrap();
        assert_eq!(*stored, 70);
        *stored |= SEEN;
        assert!(rest.is_none(), "every slice was taken");
        assert_eq!(table.len(), 9);
        assert!(table.indexed());
        assert_eq!(found(&mut table, &mut rest, 8), Some(80));
        assert_eq!(found(&mut table, &mut rest, 1), Some(10));
        // A key the table does not hold, in the middle of the order.
        assert_eq!(found(&mut table, &mut rest, 55), None);
        // Key 7 a second time answers with the mark: the compare's duplicate.
        let stored = find(&mut table, &mut rest, 7).unwrap().unwrap();
        assert_eq!(*stored, 70 | SEEN);
    }

    #[test]
    fn a_key_new_to_the_table_before_the_rest_arrives_waits_for_all_of_it() {
        let (mut table, mut rest) = reading();
        // Not at the cursor, which is at the start: every slice first, then the index says no.
        assert_eq!(found(&mut table, &mut rest, 1_000), None);
        assert!(rest.is_none());
        assert_eq!(table.len(), 9);
        for key in 0..9 {
            assert_eq!(found(&mut table, &mut rest, key), Some(key * 10));
        }
    }

    #[test]
    fn a_failed_read_of_the_rest_fails_the_compare_that_needs_it() {
        let mut table = TablePairs::default();
        table.extend(pairs(0..3));
        let mut rest = Some(RestOfPairs::of(
            vec![pairs(3..6)],
            Some(LoadError::Data("the connection was closed".into())),
        ));
        for key in 0..6 {
            assert_eq!(found(&mut table, &mut rest, key), Some(key * 10));
        }
        let error = find(&mut table, &mut rest, 6).unwrap_err();
        assert!(
            error.message.contains("the connection was closed"),
            "{error}"
        );
    }
}
