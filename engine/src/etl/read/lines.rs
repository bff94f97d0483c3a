//! The batches of a CSV file in which no field can hold a line end (no quote character occurs
//! in it, or quoting is off, and its lines end in `\n`): a record is a line and its fields are
//! cut at the delimiter, as the csv crate would cut them, found with `memchr` instead of the
//! crate's state machine (which took a third of a rerun's reading). What a record holds is then
//! checked and appended exactly as on the other path ([`super::Record::append`]).

use std::{
    fs::File,
    io::{Read, Seek, SeekFrom},
    ops::Range,
    path::Path,
};

/// The lines of a file from a byte offset on, one at a time, through a buffer.
pub(super) struct Lines {
    file: File,
    buf: Vec<u8>,
    /// `buf[pos..filled]` is read from the file and not handed out yet.
    pos: usize,
    filled: usize,
    end_of_file: bool,
    /// The number of the next line.
    line: u64,
    /// The line last handed out: its range in `buf`.
    current: Range<usize>,
}

impl Lines {
    /// Reads the file at `path` from byte `start`, the start of a line.
    pub(super) fn open(path: &Path, start: u64) -> std::io::Result<Self> {
        let mut file = File::open(path)?;
        // The lines before: numbers count from the file's first line.
        let mut before = 0;
        let mut buf = vec![0; 1 << 20];
        let mut head = (&mut file).take(start);
        loop {
            let n = head.read(&mut buf)?;
            if n == 0 {
                break;
            }
            before += memchr::memchr_iter(b'\n', &buf[..n]).count() as u64;
        }
        file.seek(SeekFrom::Start(start))?;
        Ok(Self {
            file,
            buf,
            pos: 0,
            filled: 0,
            end_of_file: false,
            line: before + 1,
            current: 0..0,
        })
    }

    /// The bytes of the line last handed out, without its `\n`.
    pub(super) fn current(&self) -> &[u8] {
        &self.buf[self.current.clone()]
    }

    /// The next line that is not empty: its number, and in `fields` the ranges of its fields
    /// in [`Lines::current`] (cut at `delimiter`); `None` at the end of the file. An empty line
    /// is no record, as for the csv crate; a last line without a `\n` is one.
    pub(super) fn next(
        &mut self,
        delimiter: u8,
        fields: &mut Vec<Range<usize>>,
    ) -> std::io::Result<Option<u64>> {
        loop {
            let (start, end) = match memchr::memchr(b'\n', &self.buf[self.pos..self.filled]) {
                Some(i) => (self.pos, self.pos + i),
                None if self.end_of_file => {
                    if self.pos == self.filled {
                        return Ok(None);
                    }
                    (self.pos, self.filled)
                }
                None => {
                    self.fill()?;
                    continue;
                }
            };
            self.pos = (end + 1).min(self.filled);
            let line = self.line;
            self.line += 1;
            if start == end {
                continue;
            }
            self.current = start..end;
            let bytes = &self.buf[start..end];
            fields.clear();
            let mut from = 0;
            for at in memchr::memchr_iter(delimiter, bytes) {
                fields.push(from..at);
                from = at + 1;
            }
            fields.push(from..bytes.len());
            return Ok(Some(line));
        }
    }

    /// Moves what is left to the buffer's start and reads more after it (a line longer than
    /// the buffer doubles it).
    fn fill(&mut self) -> std::io::Result<()> {
        self.buf.copy_within(self.pos..self.filled, 0);
        self.filled -= self.pos;
        self.pos = 0;
        if self.filled == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        let n = self.file.read(&mut self.buf[self.filled..])?;
        self.filled += n;
        self.end_of_file = n == 0;
        Ok(())
    }
}
