//! Stable 64-bit hashes of rows and of their primary keys (xxh3, seeded by the previous
//! column's hash). They are stored with each loaded row (`_sluice_key`, `_sluice_hash`) so that
//! a rerun sends PostgreSQL only the rows that are new or changed.

use std::{
    collections::HashSet,
    hash::{BuildHasherDefault, Hasher},
};

use polars::prelude::*;
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// A `Hasher` for keys that already are uniform 64-bit hashes: it passes them through instead
/// of hashing them again (SipHash cost a tenth of a 5-million-row rerun).
#[derive(Default, Clone, Copy)]
pub struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Top bit of a row hash held in memory: the run has seen its key. Row hashes are compared
/// without it (63 bits are plenty to tell a changed row).
pub const SEEN: u64 = 1 << 63;
pub type HashedSet = HashSet<u64, BuildHasherDefault<PreHashed>>;

/// The `(key, row hash)` pairs of one partition of a table compared on disk
/// ([`crate::etl::spill`]), in 16 bytes a row: one array sorted by key, and a directory from a
/// key's top bits to where its run of entries starts. Keys are uniform hashes, so a run averages
/// 4 entries (one cache line). Built all at once from a file; a table compared in memory is kept
/// in its own order instead ([`TablePairs`]).
#[derive(Default)]
pub struct KeyHashes {
    /// `(key, row hash)`, sorted by key; the row hash's top bit is [`SEEN`].
    entries: Vec<(u64, u64)>,
    /// `directory[b]..directory[b + 1]`: the entries whose key's top bits are `b`.
    directory: Vec<u32>,
    shift: u32,
}

impl KeyHashes {
    /// Sorts `entries` in place (no second copy) and indexes them. Refuses more than
    /// `u32::MAX` rows.
    pub fn new(mut entries: Vec<(u64, u64)>) -> Result<Self, String> {
        let len = u32::try_from(entries.len())
            .map_err(|_| format!("{} rows are too many to compare", entries.len()))?;
        entries.sort_unstable_by_key(|e| e.0);
        for e in entries.iter_mut() {
            e.1 &= !SEEN;
        }
        // About four entries per directory slot: 1 to 24 bits.
        let bits = (len / 4).max(2).ilog2().clamp(1, 24);
        let shift = 64 - bits;
        let mut directory = Vec::with_capacity((1usize << bits) + 1);
        let mut i = 0usize;
        for bucket in 0..(1u64 << bits) {
            while i < entries.len() && (entries[i].0 >> shift) < bucket {
                i += 1;
            }
            directory.push(i as u32);
        }
        directory.push(len);
        entries.shrink_to_fit();
        Ok(Self {
            entries,
            directory,
            shift,
        })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The stored row hash of `key` (with its [`SEEN`] bit), to read and mark.
    pub fn get_mut(&mut self, key: u64) -> Option<&mut u64> {
        if self.entries.is_empty() {
            return None;
        }
        let bucket = (key >> self.shift) as usize;
        let (start, end) = (
            self.directory[bucket] as usize,
            self.directory[bucket + 1] as usize,
        );
        self.entries[start..end]
            .iter_mut()
            .find(|e| e.0 == key)
            .map(|e| &mut e.1)
    }
}

/// The `(key, row hash)` pairs of a table compared in memory, in the order its pages hold them.
/// A rerun's output mostly comes in that order: a table is loaded in its file's order, and a
/// feed keeps its order from one day to the next. So each key is looked for first just after
/// where the previous one was found: one comparison, memory read in sequence, no table probed.
/// Only a key not found there (a row inserted, deleted or moved since the table was loaded, a
/// new key, a duplicate) goes to an index of the keys' positions, built when the first such key
/// comes: a table loaded once and rerun in the same order never builds it. 16 bytes a row, and
/// about 6 more once the index exists (a hash map of the pairs took 27, filled at random).
#[derive(Default)]
pub struct TablePairs {
    keys: Vec<u64>,
    /// Row hashes, in the keys' order; the top bit is [`SEEN`].
    hashes: Vec<u64>,
    /// Where the next key is looked for first: just after the last one found.
    next: usize,
    index: Option<PositionIndex>,
}

impl TablePairs {
    /// Room for `rows` pairs. At most [`TablePairs::MAX_ROWS`] can be held.
    pub fn with_capacity(rows: usize) -> Self {
        Self {
            keys: Vec::with_capacity(rows),
            hashes: Vec::with_capacity(rows),
            next: 0,
            index: None,
        }
    }

    /// The most pairs a table compared in memory holds (positions are 32-bit).
    pub const MAX_ROWS: u64 = u32::MAX as u64 - 1;

    /// Room for `more` pairs besides those held.
    pub fn reserve(&mut self, more: usize) {
        self.keys.reserve(more);
        self.hashes.reserve(more);
    }

    /// Appends the `(key, row hash)` pairs of the table's next rows, in their order.
    pub fn extend(&mut self, pairs: impl IntoIterator<Item = (u64, u64)>) {
        for (key, hash) in pairs {
            self.keys.push(key);
            self.hashes.push(hash & !SEEN);
        }
        self.index = None;
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Takes every pair out, in the table's order.
    pub fn take(&mut self) -> Vec<(u64, u64)> {
        let pairs = self.keys.drain(..).zip(self.hashes.drain(..)).collect();
        *self = Self::default();
        pairs
    }

    /// Whether `key` is where the order puts it: just after the last key found.
    pub fn is_next(&self, key: u64) -> bool {
        self.keys.get(self.next) == Some(&key)
    }

    /// Whether the last key found is the last pair held: the next is in pairs not yet read.
    pub fn at_end(&self) -> bool {
        self.next >= self.keys.len()
    }

    /// Whether the index of positions has been built (a key was not where the order put it).
    pub fn indexed(&self) -> bool {
        self.index.is_some()
    }

    /// The stored row hash of `key` (with its [`SEEN`] bit), to read and mark.
    pub fn get_mut(&mut self, key: u64) -> Option<&mut u64> {
        let at = if self.keys.get(self.next) == Some(&key) {
            self.next
        } else {
            let keys = &self.keys;
            self.index
                .get_or_insert_with(|| PositionIndex::new(keys))
                .find(keys, key)?
        };
        self.next = at + 1;
        Some(&mut self.hashes[at])
    }
}

/// Positions of keys (uniform 64-bit hashes) in a slice, in an open-addressing table probed
/// linearly: 4 bytes a slot, at most two thirds full. A key's home slot is its top bits scaled
/// to the table's size.
struct PositionIndex {
    slots: Vec<u32>,
}

impl PositionIndex {
    const EMPTY: u32 = u32::MAX;

    fn new(keys: &[u64]) -> Self {
        let mut slots = vec![Self::EMPTY; (keys.len() + keys.len() / 2).max(8)];
        for (at, key) in keys.iter().enumerate() {
            let mut slot = Self::home(*key, slots.len());
            while slots[slot] != Self::EMPTY {
                slot = if slot + 1 == slots.len() { 0 } else { slot + 1 };
            }
            slots[slot] = at as u32;
        }
        Self { slots }
    }

    fn home(key: u64, len: usize) -> usize {
        ((u128::from(key) * len as u128) >> 64) as usize
    }

    fn find(&self, keys: &[u64], key: u64) -> Option<usize> {
        let mut slot = Self::home(key, self.slots.len());
        loop {
            let at = self.slots[slot];
            if at == Self::EMPTY {
                return None;
            }
            if keys[at as usize] == key {
                return Some(at as usize);
            }
            slot = if slot + 1 == self.slots.len() {
                0
            } else {
                slot + 1
            };
        }
    }
}

const NULL_MARK: &[u8] = b"\x00sluice-null\x00";

/// One hash per row over `columns`, in order. The seed covers the column names and types,
/// so adding, renaming or retyping a column changes every hash.
pub fn hash_rows(df: &DataFrame, columns: &[String]) -> PolarsResult<Vec<u64>> {
    let mut seed_text = String::new();
    for name in columns {
        let dtype = df.column(name)?.dtype();
        seed_text.push_str(name);
        seed_text.push(':');
        seed_text.push_str(&dtype.to_string());
        seed_text.push(';');
    }
    let seed = xxh3_64_with_seed(seed_text.as_bytes(), 0x5eed);
    let mut hashes = vec![seed; df.height()];
    for name in columns {
        fold_column(df.column(name)?.as_materialized_series(), &mut hashes)?;
    }
    Ok(hashes)
}

fn fold(h: &mut u64, bytes: Option<&[u8]>) {
    *h = xxh3_64_with_seed(bytes.unwrap_or(NULL_MARK), *h);
}

fn fold_column(s: &Series, hashes: &mut [u64]) -> PolarsResult<()> {
    match s.dtype() {
        DataType::String => {
            for (h, v) in hashes.iter_mut().zip(s.str()?.iter()) {
                fold(h, v.map(str::as_bytes));
            }
        }
        DataType::Boolean => {
            for (h, v) in hashes.iter_mut().zip(s.bool()?.iter()) {
                fold(h, v.map(|b| if b { &[1u8][..] } else { &[0u8][..] }));
            }
        }
        DataType::Float64 | DataType::Float32 => {
            let s = s.cast(&DataType::Float64)?;
            for (h, v) in hashes.iter_mut().zip(s.f64()?.iter()) {
                fold(
                    h,
                    v.map(|f| f.to_bits().to_le_bytes())
                        .as_ref()
                        .map(|b| &b[..]),
                );
            }
        }
        dt if dt.is_integer() || dt.is_temporal() => {
            let physical = s.to_physical_repr().cast(&DataType::Int64)?;
            for (h, v) in hashes.iter_mut().zip(physical.i64()?.iter()) {
                fold(h, v.map(i64::to_le_bytes).as_ref().map(|b| &b[..]));
            }
        }
        _ => {
            let text = s.cast(&DataType::String)?;
            for (h, v) in hashes.iter_mut().zip(text.str()?.iter()) {
                fold(h, v.map(str::as_bytes));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn df() -> DataFrame {
        df!(
            "k" => [1i64, 2, 3],
            "s" => [Some("a"), None, Some("c")],
            "f" => [1.5f64, 2.0, 2.0],
        )
        .unwrap()
    }

    fn cols(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn hashes_are_stable_and_sensitive() {
        let a = hash_rows(&df(), &cols(&["k", "s", "f"])).unwrap();
        assert_eq!(
            a,
            hash_rows(&df(), &cols(&["k", "s", "f"])).unwrap(),
            "deterministic"
        );
        assert_ne!(a[1], a[2]);
        let mut changed = df();
        changed
            .replace("f", Column::new("f".into(), [1.5f64, 2.0, 2.5]))
            .unwrap();
        let b = hash_rows(&changed, &cols(&["k", "s", "f"])).unwrap();
        assert_eq!(a[..2], b[..2]);
        assert_ne!(a[2], b[2]);
        // Column order and the set of columns matter.
        assert_ne!(a, hash_rows(&df(), &cols(&["s", "k", "f"])).unwrap());
        assert_ne!(a, hash_rows(&df(), &cols(&["k", "s"])).unwrap());
    }

    #[test]
    fn key_hashes_find_every_key_and_only_those() {
        // Uniform keys, as the key hashes are; also the extremes of the key space.
        let mut entries: Vec<(u64, u64)> = (0..10_000u64)
            .map(|i| (xxh3_64_with_seed(&i.to_le_bytes(), 1), i | SEEN))
            .collect();
        entries.push((0, 7));
        entries.push((u64::MAX, 8));
        let expected: HashMap<u64, u64> = entries.iter().map(|(k, h)| (*k, *h & !SEEN)).collect();
        let mut table = KeyHashes::new(entries).unwrap();
        assert_eq!(table.len(), 10_002);
        for (k, h) in &expected {
            assert_eq!(table.get_mut(*k).copied(), Some(*h), "key {k}");
        }
        for i in 0..10_000u64 {
            let absent = xxh3_64_with_seed(&i.to_le_bytes(), 2);
            assert_eq!(table.get_mut(absent), None);
        }
        // Marks stick.
        *table.get_mut(0).unwrap() |= SEEN;
        assert_eq!(table.get_mut(0).copied(), Some(7 | SEEN));
        assert_eq!(KeyHashes::default().get_mut(3), None);
        assert_eq!(
            KeyHashes::new(vec![(5, 1)]).unwrap().get_mut(5).copied(),
            Some(1)
        );
    }

    #[test]
    fn table_pairs_in_the_table_s_order_are_found_without_an_index() {
        let key = |i: u64| xxh3_64_with_seed(&i.to_le_bytes(), 1);
        let mut table = TablePairs::default();
        table.extend((0..10_000u64).map(|i| (key(i), i | SEEN)));
        assert_eq!(table.len(), 10_000);
        for i in 0..10_000u64 {
            // The SEEN bit the pairs arrived with is dropped.
            assert_eq!(table.get_mut(key(i)).copied(), Some(i), "key {i}");
        }
        assert!(!table.indexed(), "every key was just after the last one");
        // The first key out of order (here: asked again) builds the index, and is found.
        assert_eq!(table.get_mut(key(3)).copied(), Some(3));
        assert!(table.indexed());
    }

    #[test]
    fn table_pairs_answer_as_a_map_does_in_any_order() {
        let key = |i: u64| xxh3_64_with_seed(&i.to_le_bytes(), 1);
        let mut pairs: Vec<(u64, u64)> = (0..10_000u64).map(|i| (key(i), i)).collect();
        // The extremes of the key space, where the home slot is the first and the last.
        pairs.push((0, 10_000));
        pairs.push((u64::MAX, 10_001));
        let expected: HashMap<u64, u64> = pairs.iter().copied().collect();
        let asked = |order: &[u64]| {
            let mut table = TablePairs::default();
            table.extend(pairs.iter().copied());
            for k in order {
                assert_eq!(
                    table.get_mut(*k).copied(),
                    expected.get(k).copied(),
                    "key {k}"
                );
            }
            table
        };
        // As a rerun's output may come: every 7th row gone, every row ending in 50 moved to
        // the end, a new key after every 100th, and the extremes.
        let mut order: Vec<u64> = Vec::new();
        let mut moved = Vec::new();
        for i in 0..10_000u64 {
            match i {
                i if i % 7 == 0 => {}
                i if i % 100 == 50 => moved.push(key(i)),
                i => order.push(key(i)),
            }
            if i % 100 == 0 {
                order.push(xxh3_64_with_seed(&i.to_le_bytes(), 2));
            }
        }
        order.extend(moved);
        order.extend([0, u64::MAX]);
        assert!(asked(&order).indexed());
        // A shuffled order, with every key of the table and as many absent ones.
        let mut shuffled: Vec<u64> = (0..20_002u64)
            .map(|i| match i {
                i if i < 10_000 => key(i),
                10_000 => 0,
                10_001 => u64::MAX,
                i => xxh3_64_with_seed(&i.to_le_bytes(), 2),
            })
            .collect();
        shuffled.sort_unstable_by_key(|k| xxh3_64_with_seed(&k.to_le_bytes(), 3));
        asked(&shuffled);
        // Marks stick, whichever way the key is found.
        let mut table = asked(&[]);
        *table.get_mut(key(0)).unwrap() |= SEEN;
        *table.get_mut(key(500)).unwrap() |= SEEN;
        assert_eq!(table.get_mut(key(0)).copied(), Some(SEEN));
        assert_eq!(table.get_mut(key(500)).copied(), Some(500 | SEEN));
        assert_eq!(TablePairs::default().get_mut(3), None);
    }

    #[test]
    fn null_differs_from_empty_text() {
        let d = df!("s" => [Some(""), None]).unwrap();
        let h = hash_rows(&d, &cols(&["s"])).unwrap();
        assert_ne!(h[0], h[1]);
    }
}
