//! The compare of a rerun against a table too large to hold in memory: both sides split by
//! their key's top bits into partitions on disk, then compared one partition at a time.
//!
//! The table's `(key, hash)` pairs go to one file per partition ([`PartitionWriter`]) as they
//! are read. The output's rows, already encoded for COPY, go to one file in their order, and
//! their `(key, hash, ordinal)` to one file per partition ([`OutputSpill`]). At the end of the
//! output, each partition of the table is loaded as a [`KeyHashes`] (16 bytes a row) and the
//! output's entries of that partition are looked up in it: two output rows with one key are
//! refused; a row is kept when the table lacks its key or holds another hash. Then the kept rows
//! are read back in order and sent. Memory: one partition of the table, one of the output's new
//! keys, and one bit per output row, whatever the sizes; disk: 16 bytes per table row, the
//! encoded output, and 24 bytes per output row, deleted with the temporary folder.

use std::{
    fs::File,
    io::{self, BufReader, BufWriter, Read, Write},
    path::{Path, PathBuf},
};

use super::hash::{HashedSet, KeyHashes, SEEN};

/// The table's `(key, hash)` pairs, split into `1 << bits` partition files.
pub struct Partitions {
    dir: tempfile::TempDir,
    bits: u32,
    rows: u64,
}

impl Partitions {
    pub fn len(&self) -> u64 {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    fn count(&self) -> usize {
        1 << self.bits
    }

    fn of(&self, key: u64) -> usize {
        (key >> (64 - self.bits)) as usize
    }

    fn path(&self, name: &str, partition: usize) -> PathBuf {
        self.dir.path().join(format!("{name}-{partition}"))
    }

    /// Partition `p` of the table, in memory.
    fn load(&self, p: usize) -> io::Result<KeyHashes> {
        let path = self.path("table", p);
        let bytes = std::fs::metadata(&path)?.len() as usize;
        let mut entries = Vec::with_capacity(bytes / 16);
        let mut reader = BufReader::with_capacity(1 << 20, File::open(&path)?);
        let mut pair = [0u8; 16];
        loop {
            match reader.read_exact(&mut pair) {
                Ok(()) => entries.push(split(&pair)),
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break,
                Err(e) => return Err(e),
            }
        }
        KeyHashes::new(entries).map_err(io::Error::other)
    }
}

fn split(pair: &[u8; 16]) -> (u64, u64) {
    let mut k = [0u8; 8];
    let mut h = [0u8; 8];
    k.copy_from_slice(&pair[..8]);
    h.copy_from_slice(&pair[8..]);
    (u64::from_le_bytes(k), u64::from_le_bytes(h))
}

/// Writes the table's pairs into partitions sized for `rows_per_partition` of `expected` rows.
pub struct PartitionWriter {
    partitions: Partitions,
    files: Vec<BufWriter<File>>,
}

impl PartitionWriter {
    pub fn new(expected: u64, rows_per_partition: u64) -> io::Result<Self> {
        let wanted = expected.div_ceil(rows_per_partition.max(1)).max(2);
        let bits = wanted.next_power_of_two().ilog2().clamp(1, 12);
        let partitions = Partitions {
            dir: tempfile::Builder::new()
                .prefix("sluice-compare-")
                .tempdir()?,
            bits,
            rows: 0,
        };
        let files = (0..partitions.count())
            .map(|p| {
                File::create(partitions.path("table", p))
                    .map(|f| BufWriter::with_capacity(1 << 16, f))
            })
            .collect::<io::Result<Vec<_>>>()?;
        Ok(Self { partitions, files })
    }

    pub fn push(&mut self, key: u64, hash: u64) -> io::Result<()> {
        let file = &mut self.files[self.partitions.of(key)];
        file.write_all(&key.to_le_bytes())?;
        file.write_all(&(hash & !SEEN).to_le_bytes())?;
        self.partitions.rows += 1;
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<Partitions> {
        for f in &mut self.files {
            f.flush()?;
        }
        Ok(self.partitions)
    }
}

/// What the compare of a spilled output found.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// One bit per output row, in order: send it.
    Keep { bits: Vec<u64>, unchanged: u64 },
    /// The output row with this ordinal has the key of an earlier one.
    Duplicate(u64),
}

/// The output of a rerun, spilled as it is transformed.
pub struct OutputSpill {
    table: Partitions,
    rows: BufWriter<File>,
    entries: Vec<BufWriter<File>>,
    count: u64,
}

impl OutputSpill {
    pub fn new(table: Partitions) -> io::Result<Self> {
        let rows = BufWriter::with_capacity(1 << 20, File::create(table.path("rows", 0))?);
        let entries = (0..table.count())
            .map(|p| {
                File::create(table.path("output", p)).map(|f| BufWriter::with_capacity(1 << 16, f))
            })
            .collect::<io::Result<Vec<_>>>()?;
        Ok(Self {
            table,
            rows,
            entries,
            count: 0,
        })
    }

    /// Appends rows: their COPY tuples (binary format, without header or trailer), in order,
    /// with each one's key and hash.
    pub fn push(&mut self, tuples: &[u8], keys: &[u64], hashes: &[u64]) -> io::Result<()> {
        self.rows.write_all(tuples)?;
        for (k, h) in keys.iter().zip(hashes) {
            let file = &mut self.entries[self.table.of(*k)];
            file.write_all(&k.to_le_bytes())?;
            file.write_all(&h.to_le_bytes())?;
            file.write_all(&self.count.to_le_bytes())?;
            self.count += 1;
        }
        Ok(())
    }

    pub fn rows(&self) -> u64 {
        self.count
    }

    /// Compares the output with the table, one partition at a time.
    pub fn compare(&mut self) -> io::Result<Verdict> {
        self.rows.flush()?;
        for f in &mut self.entries {
            f.flush()?;
        }
        let mut bits = vec![0u64; self.count.div_ceil(64) as usize];
        let mut unchanged = 0u64;
        for p in 0..self.table.count() {
            let mut table = self.table.load(p)?;
            let mut new_keys = HashedSet::default();
            let mut reader =
                BufReader::with_capacity(1 << 20, File::open(self.table.path("output", p))?);
            let mut entry = [0u8; 24];
            loop {
                match reader.read_exact(&mut entry) {
                    Ok(()) => {}
                    Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break,
                    Err(e) => return Err(e),
                }
                let (k, h) = split(entry[..16].try_into().map_err(io::Error::other)?);
                let mut ordinal = [0u8; 8];
                ordinal.copy_from_slice(&entry[16..]);
                let ordinal = u64::from_le_bytes(ordinal);
                let (duplicate, keep) = match table.get_mut(k) {
                    Some(stored) => {
                        let duplicate = *stored & SEEN != 0;
                        let keep = *stored & !SEEN != h & !SEEN;
                        *stored |= SEEN;
                        (duplicate, keep)
                    }
                    None => (!new_keys.insert(k), true),
                };
                if duplicate {
                    return Ok(Verdict::Duplicate(ordinal));
                }
                if keep {
                    bits[(ordinal / 64) as usize] |= 1 << (ordinal % 64);
                } else {
                    unchanged += 1;
                }
            }
        }
        Ok(Verdict::Keep { bits, unchanged })
    }

    /// Reads the spilled rows back in order: calls `each` with every row's ordinal and tuple
    /// until it returns `false`.
    pub fn read_back(&self, mut each: impl FnMut(u64, &[u8]) -> bool) -> io::Result<()> {
        read_tuples(&self.table.path("rows", 0), self.count, &mut each)
    }
}

/// Reads `count` binary COPY tuples from `path`.
fn read_tuples(
    path: &Path,
    count: u64,
    each: &mut impl FnMut(u64, &[u8]) -> bool,
) -> io::Result<()> {
    let mut reader = BufReader::with_capacity(1 << 20, File::open(path)?);
    let mut tuple = Vec::new();
    for ordinal in 0..count {
        tuple.clear();
        let mut width = [0u8; 2];
        reader.read_exact(&mut width)?;
        tuple.extend_from_slice(&width);
        for _ in 0..i16::from_be_bytes(width) {
            let mut len = [0u8; 4];
            reader.read_exact(&mut len)?;
            tuple.extend_from_slice(&len);
            let len = i32::from_be_bytes(len);
            if len > 0 {
                let start = tuple.len();
                tuple.resize(start + len as usize, 0);
                reader.read_exact(&mut tuple[start..])?;
            }
        }
        if !each(ordinal, &tuple) {
            break;
        }
    }
    Ok(())
}

/// The fields of one binary COPY tuple: `None` for a null.
pub fn fields(tuple: &[u8]) -> Vec<Option<&[u8]>> {
    let mut out = Vec::new();
    if tuple.len() < 2 {
        return out;
    }
    let width = i16::from_be_bytes([tuple[0], tuple[1]]);
    let mut at = 2usize;
    for _ in 0..width {
        let Some(len) = tuple.get(at..at + 4) else {
            break;
        };
        let len = i32::from_be_bytes([len[0], len[1], len[2], len[3]]);
        at += 4;
        if len < 0 {
            out.push(None);
        } else {
            out.push(tuple.get(at..at + len as usize));
            at += len as usize;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tuple(values: &[Option<&[u8]>]) -> Vec<u8> {
        let mut t = (values.len() as i16).to_be_bytes().to_vec();
        for v in values {
            match v {
                None => t.extend_from_slice(&(-1i32).to_be_bytes()),
                Some(b) => {
                    t.extend_from_slice(&(b.len() as i32).to_be_bytes());
                    t.extend_from_slice(b);
                }
            }
        }
        t
    }

    /// The table (key -> hash) and an output of (key, hash) rows, compared spilled.
    fn spilled(table: &[(u64, u64)], output: &[(u64, u64)], per_partition: u64) -> Verdict {
        let mut writer = PartitionWriter::new(table.len() as u64, per_partition).unwrap();
        for (k, h) in table {
            writer.push(*k, *h).unwrap();
        }
        let mut spill = OutputSpill::new(writer.finish().unwrap()).unwrap();
        for (i, (k, h)) in output.iter().enumerate() {
            let t = tuple(&[Some(&(i as u64).to_be_bytes()), None]);
            spill.push(&t, &[*k], &[*h]).unwrap();
        }
        spill.compare().unwrap()
    }

    #[test]
    fn a_spilled_compare_keeps_new_and_changed_rows_and_finds_duplicates() {
        // Keys spread over the whole key space, so every partition has some.
        let key = |i: u64| i.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let table: Vec<(u64, u64)> = (0..1000).map(|i| (key(i), i)).collect();
        let mut output = table.clone();
        output[10].1 = 99_999; // changed
        output.push((key(5000), 1)); // new
        for per_partition in [1000, 100, 7] {
            let Verdict::Keep { bits, unchanged } = spilled(&table, &output, per_partition) else {
                panic!("no duplicate here");
            };
            assert_eq!(unchanged, 999);
            let kept: Vec<u64> = (0..output.len() as u64)
                .filter(|i| bits[(*i / 64) as usize] & (1 << (i % 64)) != 0)
                .collect();
            assert_eq!(kept, [10, 1000], "rows per partition {per_partition}");
        }
        // A key the table holds, twice; a new key, twice.
        let mut twice = output.clone();
        twice.push(output[3]);
        assert_eq!(spilled(&table, &twice, 100), Verdict::Duplicate(1001));
        let mut twice = output.clone();
        twice.push((key(5000), 2));
        assert_eq!(spilled(&table, &twice, 100), Verdict::Duplicate(1001));
    }

    #[test]
    fn spilled_rows_read_back_whole_and_in_order() {
        let writer = PartitionWriter::new(0, 10).unwrap();
        let mut spill = OutputSpill::new(writer.finish().unwrap()).unwrap();
        let rows = [
            tuple(&[Some(b"abc"), None, Some(b"")]),
            tuple(&[None, Some(&[1, 2, 3, 4]), Some(b"x")]),
        ];
        spill
            .push(
                &[rows[0].clone(), rows[1].clone()].concat(),
                &[1, u64::MAX],
                &[0, 0],
            )
            .unwrap();
        assert!(matches!(
            spill.compare().unwrap(),
            Verdict::Keep { unchanged: 0, .. }
        ));
        let mut back = Vec::new();
        spill
            .read_back(|i, t| {
                back.push((i, t.to_vec()));
                true
            })
            .unwrap();
        assert_eq!(back, [(0, rows[0].clone()), (1, rows[1].clone())]);
        assert_eq!(fields(&rows[0]), [Some(&b"abc"[..]), None, Some(&b""[..])]);
    }
}
