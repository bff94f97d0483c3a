//! The inference pass over a CSV file: every value of its data records, straight from its
//! bytes and without building frames, on every core when the file can be cut at line ends.

use std::{fs::File, io::BufReader, path::Path};

use super::{ReadError, count_byte, cr_only, csv_builder, read_record, without_cr};
use crate::spec::CsvOptions;

/// Hands every value of a CSV file's data records to `visit(state, column, value)`, as the
/// batches would hold it (nulls and blank lines left out), without building frames: the
/// inference pass over a whole file before it is read ([`crate::etl::infer::Scan::of_csv`]).
/// The file is cut at line ends into `parts` pieces, each walked on a thread of its own with
/// a state of its own, when no line end can be inside a field: no quote character occurs in
/// it (or quoting is off) and its lines end in `\n`; otherwise it is one piece. A piece stops
/// early once `done(state)`. Records the batches refuse (ragged, a NUL, invalid UTF-8) are
/// passed over here: reading the file reports them where they are. Returns the states, one
/// per piece, for the caller to merge.
pub fn walk_csv_values<S: Send>(
    path: &Path,
    options: &CsvOptions,
    width: usize,
    parts: usize,
    new: impl Fn() -> S + Sync,
    visit: impl Fn(&mut S, usize, &str) + Sync,
    done: impl Fn(&S) -> bool + Sync,
) -> Result<Vec<S>, ReadError> {
    use std::io::{Read, Seek, SeekFrom};
    let unreadable = |e: std::io::Error| ReadError::at("the file", format!("cannot be read: {e}"));
    let cr_only = cr_only(path)?;
    let builder = csv_builder(options, cr_only);
    // Where the data starts: after the skipped lines and the header.
    let start = {
        let file = File::open(path).map_err(unreadable)?;
        let mut reader = builder.from_reader(BufReader::with_capacity(1 << 16, file));
        let mut record = csv::ByteRecord::new();
        for _ in 0..options.skip_rows + usize::from(options.has_header) {
            if !read_record(&mut reader, &mut record)? {
                return Ok(Vec::new());
            }
        }
        reader.position().byte()
    };
    let len = std::fs::metadata(path).map_err(unreadable)?.len();
    let splittable = !cr_only
        && match options.quote_char {
            Some(q) => count_byte(path, q as u8)? == 0,
            None => true,
        };
    // Piece boundaries: the byte after the first `\n` at or after each even cut.
    let mut bounds = vec![start];
    if splittable {
        let mut file = File::open(path).map_err(unreadable)?;
        let mut buf = vec![0u8; 1 << 16];
        for k in 1..parts.max(1) as u64 {
            let mut at =
                (start + (len - start) * k / parts as u64).max(*bounds.last().unwrap_or(&start));
            file.seek(SeekFrom::Start(at)).map_err(unreadable)?;
            let bound = loop {
                let n = file.read(&mut buf).map_err(unreadable)?;
                if n == 0 {
                    break len;
                }
                if let Some(i) = memchr::memchr(b'\n', &buf[..n]) {
                    break at + i as u64 + 1;
                }
                at += n as u64;
            };
            if bound > *bounds.last().unwrap_or(&start) && bound < len {
                bounds.push(bound);
            }
        }
    }
    bounds.push(len);
    let pieces: Vec<(u64, u64)> = bounds.windows(2).map(|w| (w[0], w[1])).collect();
    let walk = |(from, to): (u64, u64)| -> Result<S, ReadError> {
        let mut file = File::open(path).map_err(unreadable)?;
        file.seek(SeekFrom::Start(from)).map_err(unreadable)?;
        if splittable {
            let mut state = new();
            walk_lines(
                file.take(to - from),
                options,
                width,
                &mut state,
                &visit,
                &done,
            )
            .map_err(unreadable)?;
            return Ok(state);
        }
        let mut reader =
            builder.from_reader(BufReader::with_capacity(1 << 20, file.take(to - from)));
        let mut record = csv::ByteRecord::new();
        let mut state = new();
        // A record the csv crate refuses ends the walk: reading the file reports it.
        while !done(&state) && reader.read_byte_record(&mut record).unwrap_or(false) {
            if record.len() != width || memchr::memchr(0, record.as_slice()).is_some() {
                continue;
            }
            for (i, field) in record.iter().enumerate() {
                let field = without_cr(field, i + 1 == width);
                if options.null_values.iter().any(|n| n.as_bytes() == field) {
                    continue;
                }
                if let Ok(text) = std::str::from_utf8(field) {
                    visit(&mut state, i, text);
                }
            }
        }
        Ok(state)
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = pieces
            .iter()
            .skip(1)
            .map(|piece| scope.spawn(move || walk(*piece)))
            .collect();
        let mut states = vec![walk(pieces[0])?];
        for handle in handles {
            states.push(handle.join().map_err(|_| {
                ReadError::at(
                    "the file",
                    "could not be scanned (a scanning thread failed)",
                )
            })??);
        }
        Ok(states)
    })
}

/// [`walk_csv_values`] over a piece of a file in which no field holds a line end: a record is
/// a line, its fields are cut at the delimiter, as the csv crate cuts them when no quote
/// character occurs (empty lines are no records; a `\r` before the `\n` is cut from the last
/// field).
fn walk_lines<S>(
    mut piece: impl std::io::Read,
    options: &CsvOptions,
    width: usize,
    state: &mut S,
    visit: &impl Fn(&mut S, usize, &str),
    done: &impl Fn(&S) -> bool,
) -> std::io::Result<()> {
    let delimiter = options.delimiter as u8;
    let mut buf = vec![0u8; 1 << 20];
    // Bytes at the start of `buf` that belong to a line not yet complete.
    let mut kept = 0;
    let mut fields: Vec<std::ops::Range<usize>> = Vec::with_capacity(width);
    loop {
        if kept == buf.len() {
            // A line longer than the buffer.
            buf.resize(buf.len() * 2, 0);
        }
        let n = piece.read(&mut buf[kept..])?;
        let end_of_piece = n == 0;
        let filled = kept + n;
        // Whole lines only, but at the end the last line may have no `\n`.
        let complete = if end_of_piece {
            filled
        } else {
            match memchr::memrchr(b'\n', &buf[..filled]) {
                Some(i) => i + 1,
                None => {
                    kept = filled;
                    continue;
                }
            }
        };
        let lines = &buf[..complete];
        // Checked as UTF-8 once; a field is a slice of this text unless some field is not.
        let text = std::str::from_utf8(lines).ok();
        // A line holding a NUL is passed over; looked for per line only when the bytes hold one.
        let nul = memchr::memchr(0, lines).is_some();
        let visit_line = |state: &mut S, fields: &[std::ops::Range<usize>]| {
            let (first, last) = (fields[0].start, fields[fields.len() - 1].end);
            if fields.len() != width
                || (fields.len() == 1 && first == last)
                || (nul && memchr::memchr(0, &lines[first..last]).is_some())
            {
                return;
            }
            for (i, range) in fields.iter().enumerate() {
                let field = without_cr(&lines[range.clone()], i + 1 == width);
                if options.null_values.iter().any(|n| n.as_bytes() == field) {
                    continue;
                }
                let value = match text.and_then(|t| t.get(range.start..range.start + field.len())) {
                    Some(value) => Some(value),
                    None => std::str::from_utf8(field).ok(),
                };
                if let Some(value) = value {
                    visit(state, i, value);
                }
            }
        };
        // One pass over the bytes finds every delimiter and line end.
        let mut from = 0;
        fields.clear();
        for at in memchr::memchr2_iter(delimiter, b'\n', lines) {
            fields.push(from..at);
            from = at + 1;
            if lines[at] == b'\n' {
                visit_line(state, &fields);
                fields.clear();
                if done(state) {
                    return Ok(());
                }
            }
        }
        // The last line of the file, without a `\n`.
        if from < complete {
            fields.push(from..complete);
            visit_line(state, &fields);
            fields.clear();
        }
        if end_of_piece {
            return Ok(());
        }
        buf.copy_within(complete..filled, 0);
        kept = filled - complete;
    }
}
