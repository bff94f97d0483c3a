//! Reading a downloaded source into polars frames of text columns.
//!
//! Every value is read as text (or null) so that conversions happen in the transform, where a
//! bad value rejects its row with a reason instead of failing the file; typing by inference
//! (`etl::infer`) converts only columns whose every value parses, so it never rejects a row. Each frame carries a
//! hidden column `__sluice_row_<frame>`: the source row of each record (its line number for
//! CSV and NDJSON, its position for a JSON array), which names the row in failed records.
//!
//! A malformed file (invalid UTF-8, ragged rows, an unbalanced quote, an empty file, a
//! duplicated header) is an error that says what and where; nothing of it is loaded.
//!
//! A CSV file in which no field can hold a line end (no quote character in it) is read a line
//! at a time ([`lines`]), any other through the csv crate; both check and append a record with
//! [`Record::append`], so they read the same rows and refuse the same records.

use std::{collections::HashMap, fs::File, io::BufReader, ops::Range, path::Path};

use polars::prelude::*;

use crate::{
    etl::infer::{self, ColumnBuilder, Observer, Scan},
    spec::{CsvOptions, DataType as SpecType, Format},
};

/// Prefix of the hidden row-origin columns.
pub const ROW_PREFIX: &str = "__sluice_row_";

pub fn row_column(frame: &str) -> String {
    format!("{ROW_PREFIX}{frame}")
}

/// A malformed source: where and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {message}")]
pub struct ReadError {
    /// `line 7`, `line 7, field 3`, `element 4`, or `the file`.
    pub location: String,
    pub message: String,
}

impl ReadError {
    fn at(location: impl Into<String>, message: impl Into<String>) -> Self {
        // Messages quote the file's own text (a column name, a key); a NUL in them would make
        // the run's error unstorable in PostgreSQL.
        Self {
            location: location.into(),
            message: message.into().replace('\0', "\\u0000"),
        }
    }
}

/// PostgreSQL's `text` cannot hold U+0000: a file that contains one is refused where it is,
/// rather than failing later as a database error with PostgreSQL's own line number.
const NUL_REFUSED: &str = "contains a NUL character (U+0000), which PostgreSQL text cannot store";

/// Reads a source in batches of at most `batch_rows` rows.
pub trait BatchReader: Send {
    /// The source's columns, in file order.
    fn columns(&self) -> &[String];
    /// The columns and the types the batches have them in: text, unless the reader types them
    /// (see [`crate::etl::infer::Typed`]).
    fn schema(&self) -> Vec<(String, DataType)> {
        self.columns()
            .iter()
            .map(|c| (c.clone(), DataType::String))
            .collect()
    }
    /// The next batch, or `None` at the end.
    fn next_batch(&mut self) -> Result<Option<DataFrame>, ReadError>;
    /// Makes the next batches hold the listed columns in these types, each value converted as
    /// it is read, so that no text column is built only to be converted; `false` when this
    /// reader cannot (then [`crate::etl::infer::Typed`] converts each batch).
    fn read_typed(&mut self, _types: &[(String, SpecType)]) -> bool {
        false
    }
    /// Makes the reader look at every value it reads as inference's first pass does, and
    /// leave what the values allow in `seen` once it has read the last record, so that types
    /// read without that pass are checked against every value; `false` when this reader
    /// cannot.
    fn observe_types(&mut self, _seen: SeenTypes) -> bool {
        false
    }
}

/// What a reader that observes its values ([`BatchReader::observe_types`]) found, set once it
/// has read the whole source.
pub type SeenTypes = std::sync::Arc<std::sync::OnceLock<Scan>>;

pub fn open(
    path: &Path,
    format: &Format,
    frame: &str,
    batch_rows: usize,
) -> Result<Box<dyn BatchReader>, ReadError> {
    let io = |e: std::io::Error| ReadError::at("the file", format!("cannot be read: {e}"));
    let len = std::fs::metadata(path).map_err(io)?.len();
    if len == 0 {
        return Err(ReadError::at("the file", "is empty"));
    }
    match format {
        Format::Csv(options) => Ok(Box::new(CsvBatches::open(
            path, options, frame, batch_rows, true,
        )?)),
        Format::Json | Format::Ndjson => {
            let df = read_json(path, matches!(format, Format::Ndjson), frame)?;
            Ok(Box::new(OneBatch::new(df)))
        }
    }
}

/// Reads the whole source as one frame.
pub fn read_all(path: &Path, format: &Format, frame: &str) -> Result<DataFrame, ReadError> {
    let mut reader = open(path, format, frame, usize::MAX)?;
    let mut frames = Vec::new();
    while let Some(df) = reader.next_batch()? {
        frames.push(df);
    }
    match frames.len() {
        0 => Ok(empty_frame(reader.columns(), frame)),
        1 => Ok(frames.remove(0)),
        _ => {
            let mut all = frames.remove(0);
            for df in frames {
                all.vstack_mut_owned(df)
                    .map_err(|e| ReadError::at("the file", e.to_string()))?;
            }
            Ok(all)
        }
    }
}

fn empty_frame(columns: &[String], frame: &str) -> DataFrame {
    let mut cols: Vec<Column> = columns
        .iter()
        .map(|c| Column::new_empty(c.as_str().into(), &DataType::String))
        .collect();
    cols.push(Column::new_empty(
        row_column(frame).into(),
        &DataType::Int64,
    ));
    DataFrame::new(0, cols).unwrap_or_default()
}

struct CsvBatches {
    reader: csv::Reader<BufReader<File>>,
    columns: Vec<String>,
    /// The type each column is read as (text until [`BatchReader::read_typed`]).
    types: Vec<SpecType>,
    null_values: Vec<Vec<u8>>,
    frame: String,
    batch_rows: usize,
    record: csv::ByteRecord,
    /// The first data record of a header-less file, read while looking for the columns.
    pending: Option<csv::ByteRecord>,
    /// The file holds an odd number of quote characters: a quoted field is never closed.
    unbalanced_quotes: bool,
    /// The file's size, and whether its last byte is `\n`: where the last record ends.
    file_len: u64,
    ends_with_newline: bool,
    last_line: u64,
    done: bool,
    /// The file's data records, when no field can hold a line end: read a line at a time
    /// instead of with [`CsvBatches::reader`] ([`lines`]).
    lines: Option<lines::Lines>,
    delimiter: u8,
    /// The fields of the record being read: their ranges in its bytes.
    fields: Vec<Range<usize>>,
    /// Looks at every value read, and where to leave what it saw at the end
    /// ([`BatchReader::observe_types`]).
    observer: Option<(Observer, SeenTypes)>,
}

/// The csv crate's reader as every pass over a CSV file reads it: records of any width (a
/// ragged one is refused with its line), and records ending at `\n`; a `\r` before it is cut
/// from the last field as it is read (the csv crate's own CRLF terminator leaves the `\n` of a
/// `\r\n` to the next record). A file whose lines end in `\r` alone (`cr_only`) keeps that
/// terminator.
fn csv_builder(options: &CsvOptions, cr_only: bool) -> csv::ReaderBuilder {
    let mut builder = csv::ReaderBuilder::new();
    builder
        .delimiter(options.delimiter as u8)
        .has_headers(false)
        .flexible(true)
        .double_quote(true);
    if !cr_only {
        builder.terminator(csv::Terminator::Any(b'\n'));
    }
    match options.quote_char {
        Some(q) => builder.quote(q as u8),
        None => builder.quoting(false),
    };
    builder
}

impl CsvBatches {
    /// `by_lines`: read a line at a time when the file allows it (always, but in the test that
    /// holds both ways equal).
    fn open(
        path: &Path,
        options: &CsvOptions,
        frame: &str,
        batch_rows: usize,
        by_lines: bool,
    ) -> Result<Self, ReadError> {
        let quotes = match options.quote_char {
            Some(q) => count_byte(path, q as u8)?,
            None => 0,
        };
        let unbalanced_quotes = quotes % 2 == 1;
        let unreadable =
            |e: std::io::Error| ReadError::at("the file", format!("cannot be read: {e}"));
        let file = File::open(path).map_err(unreadable)?;
        let cr_only = cr_only(path)?;
        let builder = csv_builder(options, cr_only);
        let (file_len, ends_with_newline) = last_byte(path)?;
        let mut reader = builder.from_reader(BufReader::with_capacity(1 << 20, file));
        let mut record = csv::ByteRecord::new();
        for _ in 0..options.skip_rows {
            if !read_record(&mut reader, &mut record)? {
                return Err(ReadError::at(
                    "the file",
                    format!("has fewer than {} lines to skip", options.skip_rows),
                ));
            }
        }
        let before_first = reader.position().byte();
        let mut first = csv::ByteRecord::new();
        if !read_record(&mut reader, &mut first)? {
            return Err(ReadError::at("the file", "is empty: no header and no rows"));
        }
        let blank = first.len() == 1
            && first
                .get(0)
                .is_some_and(|f| strip_bom(f).iter().all(u8::is_ascii_whitespace));
        if blank {
            return Err(ReadError::at("the file", "is empty"));
        }
        let last_line = first.position().map(|p| p.line()).unwrap_or(1);
        let (columns, pending) = if options.has_header {
            (header_names(&first)?, None)
        } else {
            (
                (1..=first.len()).map(|i| format!("column_{i}")).collect(),
                Some(first),
            )
        };
        // No field can hold a line end: the data records are read a line at a time, from the
        // first one (a header-less file's first record included).
        let lines = if by_lines && quotes == 0 && !cr_only {
            let start = if pending.is_some() {
                before_first
            } else {
                reader.position().byte()
            };
            Some(lines::Lines::open(path, start).map_err(unreadable)?)
        } else {
            None
        };
        let pending = if lines.is_some() { None } else { pending };
        Ok(Self {
            reader,
            types: vec![SpecType::String; columns.len()],
            columns,
            null_values: options
                .null_values
                .iter()
                .map(|v| v.as_bytes().to_vec())
                .collect(),
            frame: frame.to_owned(),
            batch_rows: batch_rows.max(1),
            record,
            pending,
            unbalanced_quotes,
            file_len,
            ends_with_newline,
            last_line,
            done: false,
            lines,
            delimiter: options.delimiter as u8,
            fields: Vec::with_capacity(64),
            observer: None,
        })
    }
}

/// Whether the file's first lines end in `\r` alone (no `\n` in its first 64 KiB, but a `\r`).
fn cr_only(path: &Path) -> Result<bool, ReadError> {
    use std::io::Read;
    let mut head = Vec::with_capacity(1 << 16);
    File::open(path)
        .and_then(|f| f.take(1 << 16).read_to_end(&mut head))
        .map_err(|e| ReadError::at("the file", format!("cannot be read: {e}")))?;
    Ok(memchr::memchr(b'\n', &head).is_none() && memchr::memchr(b'\r', &head).is_some())
}

/// The file's size and whether it ends with `\n`.
fn last_byte(path: &Path) -> Result<(u64, bool), ReadError> {
    use std::io::{Read, Seek, SeekFrom};
    let unreadable = |e: std::io::Error| ReadError::at("the file", format!("cannot be read: {e}"));
    let mut file = File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    if len == 0 {
        return Ok((0, false));
    }
    let mut last = [0u8; 1];
    file.seek(SeekFrom::End(-1)).map_err(unreadable)?;
    file.read_exact(&mut last).map_err(unreadable)?;
    Ok((len, last[0] == b'\n'))
}

/// The record's last field without the `\r` of a `\r\n` line end.
fn without_cr(field: &[u8], last: bool) -> &[u8] {
    if last {
        field.strip_suffix(b"\r").unwrap_or(field)
    } else {
        field
    }
}

fn count_byte(path: &Path, needle: u8) -> Result<u64, ReadError> {
    use std::io::Read;
    let mut file =
        File::open(path).map_err(|e| ReadError::at("the file", format!("cannot be read: {e}")))?;
    let mut buf = vec![0u8; 1 << 20];
    let mut count = 0u64;
    loop {
        let n = file
            .read(&mut buf)
            .map_err(|e| ReadError::at("the file", format!("cannot be read: {e}")))?;
        if n == 0 {
            return Ok(count);
        }
        count += memchr::memchr_iter(needle, &buf[..n]).count() as u64;
    }
}

fn read_record(
    reader: &mut csv::Reader<BufReader<File>>,
    record: &mut csv::ByteRecord,
) -> Result<bool, ReadError> {
    reader.read_byte_record(record).map_err(|e| {
        let location = e
            .position()
            .map(|p| format!("line {}", p.line()))
            .unwrap_or_else(|| "the file".into());
        ReadError::at(location, format!("is not valid CSV: {e}"))
    })
}

fn strip_bom(field: &[u8]) -> &[u8] {
    field.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(field)
}

fn header_names(record: &csv::ByteRecord) -> Result<Vec<String>, ReadError> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut names = Vec::with_capacity(record.len());
    for (i, raw) in record.iter().enumerate() {
        let raw = if i == 0 { strip_bom(raw) } else { raw };
        if raw.contains(&0) {
            return Err(ReadError::at(
                format!("line 1, field {}", i + 1),
                format!("the header {NUL_REFUSED}"),
            ));
        }
        let name = std::str::from_utf8(raw)
            .map_err(|_| {
                ReadError::at(
                    format!("line 1, field {}", i + 1),
                    "the header is not valid UTF-8",
                )
            })?
            .trim()
            .to_owned();
        let name = if name.is_empty() {
            format!("column_{}", i + 1)
        } else {
            name
        };
        if name.starts_with("__sluice") {
            return Err(ReadError::at(
                format!("line 1, field {}", i + 1),
                format!("column name `{name}` uses the reserved prefix `__sluice`"),
            ));
        }
        if let Some(prev) = seen.insert(name.clone(), i + 1) {
            return Err(ReadError::at(
                "line 1",
                format!(
                    "column `{name}` appears twice in the header (fields {prev} and {})",
                    i + 1
                ),
            ));
        }
        names.push(name);
    }
    Ok(names)
}

/// One record of a CSV file, read by either path: its bytes, its fields' ranges in them, and
/// the line it starts on.
struct Record<'a> {
    bytes: &'a [u8],
    fields: &'a [Range<usize>],
    line: u64,
}

impl Record<'_> {
    /// Appends the record's values to `builders`, one per column, and says whether it was a
    /// row: a blank line (one empty field, in a file of more than one column) is passed over.
    /// A record of another width, a NUL, invalid UTF-8 or a value that does not read as its
    /// column's type is an error naming the line and the field.
    /// Each non-null value is shown to `visit(column, value)` as it is appended, as the first
    /// pass shows it (see [`Observer`]); a reader that does not look passes a closure that
    /// does nothing, and compiles to the loop without it.
    fn append(
        &self,
        columns: &[String],
        null_values: &[Vec<u8>],
        builders: &mut [ColumnBuilder],
        visit: &mut impl FnMut(usize, &str),
    ) -> Result<bool, ReadError> {
        let (bytes, fields, line, width) = (self.bytes, self.fields, self.line, columns.len());
        let field = |i: usize| &bytes[fields[i].clone()];
        // A blank line reads as one empty field.
        if fields.len() == 1 && without_cr(field(0), true).is_empty() && width != 1 {
            return Ok(false);
        }
        if fields.len() != width {
            return Err(ReadError::at(
                format!("line {line}"),
                format!(
                    "has {} field(s) where the header has {width}; a row is ragged or a quote is unbalanced",
                    fields.len()
                ),
            ));
        }
        // One scan of the record's bytes; the field is looked for only when there is a NUL.
        if memchr::memchr(0, bytes).is_some()
            && let Some(at) = (0..width).position(|i| field(i).contains(&0))
        {
            return Err(ReadError::at(
                format!("line {line}, field {}", at + 1),
                NUL_REFUSED,
            ));
        }
        // The record's bytes are checked as UTF-8 once; a field is then a slice of that text
        // (`str::get` refuses a cut inside a character, which only a field that is not
        // valid UTF-8 by itself can need: that one is checked alone, to name it).
        let not_utf8 = |i: usize, e: std::str::Utf8Error| {
            ReadError::at(
                format!("line {line}, field {}", i + 1),
                format!(
                    "is not valid UTF-8 (byte {} of the field)",
                    e.valid_up_to() + 1
                ),
            )
        };
        let whole = std::str::from_utf8(bytes).ok();
        if whole.is_none() {
            // Named before any value is read as its type: the encoding is the record's
            // fault, whatever its values.
            if let Some((i, e)) =
                (0..width).find_map(|i| std::str::from_utf8(field(i)).err().map(|e| (i, e)))
            {
                return Err(not_utf8(i, e));
            }
        }
        for (i, (range, builder)) in fields.iter().zip(builders.iter_mut()).enumerate() {
            let value = without_cr(&bytes[range.clone()], i + 1 == width);
            if null_values.iter().any(|n| n.as_slice() == value) {
                builder.append_null();
                continue;
            }
            let text = whole.and_then(|w| w.get(range.start..range.start + value.len()));
            let text = match text {
                Some(text) => text,
                None => std::str::from_utf8(value).map_err(|e| not_utf8(i, e))?,
            };
            visit(i, text);
            if !builder.append(text) {
                return Err(ReadError::at(
                    format!("line {line}, field {}", i + 1),
                    format!(
                        "`{text}` does not read as the type found for column `{}`",
                        columns[i]
                    ),
                ));
            }
        }
        Ok(true)
    }
}

impl CsvBatches {
    /// The line the record just read starts on. The csv crate's own position for a record is
    /// where the reader stood before it, blank lines (which it skips) included, so a record
    /// after a blank line would be reported a line early; counted back from where the record
    /// ended instead: its `\n` terminator (none for a last line without one, or a quote left
    /// open at the end) and the line breaks inside its quoted fields.
    fn record_line(&self) -> u64 {
        let end = self.reader.position();
        let inside = memchr::memchr_iter(b'\n', self.record.as_slice()).count() as u64;
        let terminated =
            end.byte() < self.file_len || (self.ends_with_newline && !self.unbalanced_quotes);
        end.line()
            .saturating_sub(inside + u64::from(terminated))
            .max(1)
    }
}

impl BatchReader for CsvBatches {
    fn columns(&self) -> &[String] {
        &self.columns
    }

    fn schema(&self) -> Vec<(String, DataType)> {
        self.columns
            .iter()
            .zip(&self.types)
            .map(|(c, t)| (c.clone(), infer::dtype(*t)))
            .collect()
    }

    fn read_typed(&mut self, types: &[(String, SpecType)]) -> bool {
        for (name, t) in types {
            if let Some(i) = self.columns.iter().position(|c| c == name) {
                self.types[i] = *t;
            }
        }
        true
    }

    fn observe_types(&mut self, seen: SeenTypes) -> bool {
        self.observer = Some((Observer::new(&self.columns), seen));
        true
    }

    fn next_batch(&mut self) -> Result<Option<DataFrame>, ReadError> {
        if self.done {
            return Ok(None);
        }
        let capacity = self.batch_rows.min(64 * 1024);
        let mut builders: Vec<ColumnBuilder> = self
            .columns
            .iter()
            .zip(&self.types)
            .map(|(c, t)| ColumnBuilder::new(c, *t, capacity))
            .collect();
        let mut rows: Vec<i64> = Vec::with_capacity(capacity);
        while rows.len() < self.batch_rows {
            let line = match &mut self.lines {
                Some(lines) => match lines
                    .next(self.delimiter, &mut self.fields)
                    .map_err(|e| ReadError::at("the file", format!("cannot be read: {e}")))?
                {
                    Some(line) => line,
                    None => {
                        self.done = true;
                        break;
                    }
                },
                None => {
                    match self.pending.take() {
                        Some(first) => self.record = first,
                        None => {
                            if !read_record(&mut self.reader, &mut self.record)? {
                                self.done = true;
                                if self.unbalanced_quotes {
                                    return Err(ReadError::at(
                                        format!("line {}", self.last_line),
                                        "starts a quoted field that is never closed (unbalanced quote)",
                                    ));
                                }
                                break;
                            }
                        }
                    }
                    let line = self.record_line();
                    self.last_line = line;
                    self.fields.clear();
                    self.fields
                        .extend((0..self.record.len()).filter_map(|i| self.record.range(i)));
                    line
                }
            };
            let bytes = match &self.lines {
                Some(lines) => lines.current(),
                None => self.record.as_slice(),
            };
            let record = Record {
                bytes,
                fields: &self.fields,
                line,
            };
            let row = match &mut self.observer {
                Some((observer, _)) => record.append(
                    &self.columns,
                    &self.null_values,
                    &mut builders,
                    &mut |i, value| observer.visit(i, value),
                )?,
                None => record.append(
                    &self.columns,
                    &self.null_values,
                    &mut builders,
                    &mut |_, _| {},
                )?,
            };
            if row {
                rows.push(line as i64);
            }
        }
        if self.done
            && let Some((observer, seen)) = self.observer.take()
        {
            let _ = seen.set(observer.into_scan());
        }
        if rows.is_empty() {
            return Ok(None);
        }
        let height = rows.len();
        let mut columns: Vec<Column> = builders
            .into_iter()
            .map(ColumnBuilder::finish)
            .collect::<Result<_, _>>()
            .map_err(|e| ReadError::at("the file", e))?;
        columns.push(Int64Chunked::from_vec(row_column(&self.frame).into(), rows).into_column());
        DataFrame::new(height, columns)
            .map(Some)
            .map_err(|e| ReadError::at("the file", e.to_string()))
    }
}

/// Reads the next batch on a thread of its own while the current one is transformed: parsing
/// and the rest of the work use both cores. At most one batch waits.
pub struct Prefetch {
    columns: Vec<String>,
    schema: Vec<(String, DataType)>,
    batches: std::sync::mpsc::Receiver<Result<Option<DataFrame>, ReadError>>,
    done: bool,
}

impl Prefetch {
    pub fn new(mut inner: Box<dyn BatchReader>) -> Self {
        let columns = inner.columns().to_vec();
        let schema = inner.schema();
        let (tx, batches) = std::sync::mpsc::sync_channel(1);
        let spawned = std::thread::Builder::new()
            .name("sluice-read".into())
            .spawn(move || {
                loop {
                    let next = inner.next_batch();
                    let end = !matches!(next, Ok(Some(_)));
                    // The receiver is gone (the run stopped): stop reading.
                    if tx.send(next).is_err() || end {
                        return;
                    }
                }
            });
        if let Err(e) = spawned {
            let (tx, rx) = std::sync::mpsc::sync_channel(1);
            let _ = tx.send(Err(ReadError::at(
                "the file",
                format!("cannot start a reader: {e}"),
            )));
            return Self {
                columns,
                schema,
                batches: rx,
                done: false,
            };
        }
        Self {
            columns,
            schema,
            batches,
            done: false,
        }
    }
}

impl BatchReader for Prefetch {
    fn columns(&self) -> &[String] {
        &self.columns
    }

    fn schema(&self) -> Vec<(String, DataType)> {
        self.schema.clone()
    }

    fn next_batch(&mut self) -> Result<Option<DataFrame>, ReadError> {
        if self.done {
            return Ok(None);
        }
        let next = self
            .batches
            .recv()
            .map_err(|_| ReadError::at("the file", "the reader stopped unexpectedly"))?;
        if !matches!(next, Ok(Some(_))) {
            self.done = true;
        }
        next
    }
}

/// A frame already read, handed out as one batch.
pub struct OneBatch {
    columns: Vec<String>,
    df: Option<DataFrame>,
}

impl OneBatch {
    pub fn new(df: DataFrame) -> Self {
        let columns = df
            .get_column_names()
            .iter()
            .filter(|c| !c.starts_with(ROW_PREFIX))
            .map(|c| c.to_string())
            .collect();
        Self {
            columns,
            df: Some(df),
        }
    }
}

impl BatchReader for OneBatch {
    fn columns(&self) -> &[String] {
        &self.columns
    }

    fn next_batch(&mut self) -> Result<Option<DataFrame>, ReadError> {
        Ok(self.df.take().filter(|df| df.height() > 0))
    }
}

/// JSON values as text: strings as they are, other scalars as JSON, objects and arrays as
/// compact JSON.
fn json_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Whether a JSON value holds U+0000 in a string or a key, at any depth.
fn has_nul(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::String(s) => s.contains('\0'),
        serde_json::Value::Array(items) => items.iter().any(has_nul),
        serde_json::Value::Object(map) => map.iter().any(|(k, v)| k.contains('\0') || has_nul(v)),
        _ => false,
    }
}

/// Column-wise accumulation of JSON objects whose keys may vary from row to row.
#[derive(Default)]
struct JsonColumns {
    names: Vec<String>,
    index: HashMap<String, usize>,
    values: Vec<Vec<Option<String>>>,
    rows: Vec<i64>,
}

impl JsonColumns {
    fn push(
        &mut self,
        object: serde_json::Map<String, serde_json::Value>,
        row: i64,
        at: &str,
    ) -> Result<(), ReadError> {
        let height = self.rows.len();
        for (key, value) in object {
            if key.contains('\0') || has_nul(&value) {
                let what = if key.contains('\0') {
                    format!("key `{key}`")
                } else {
                    format!("the value of `{key}`")
                };
                return Err(ReadError::at(at, format!("{what} {NUL_REFUSED}")));
            }
            if key.starts_with("__sluice") {
                return Err(ReadError::at(
                    at,
                    format!("key `{key}` uses the reserved prefix `__sluice`"),
                ));
            }
            let i = match self.index.get(&key) {
                Some(i) => *i,
                None => {
                    self.names.push(key.clone());
                    self.values.push(vec![None; height]);
                    self.index.insert(key, self.names.len() - 1);
                    self.names.len() - 1
                }
            };
            if self.values[i].len() > height {
                return Err(ReadError::at(
                    at,
                    format!("key `{}` appears twice", self.names[i]),
                ));
            }
            self.values[i].push(json_text(&value));
        }
        for column in &mut self.values {
            if column.len() == height {
                column.push(None);
            }
        }
        self.rows.push(row);
        Ok(())
    }

    fn finish(self, frame: &str) -> Result<DataFrame, ReadError> {
        let height = self.rows.len();
        let mut columns: Vec<Column> = self
            .names
            .iter()
            .zip(self.values)
            .map(|(name, values)| {
                StringChunked::from_iter_options(name.as_str().into(), values.into_iter())
                    .into_column()
            })
            .collect();
        columns.push(Int64Chunked::from_vec(row_column(frame).into(), self.rows).into_column());
        DataFrame::new(height, columns).map_err(|e| ReadError::at("the file", e.to_string()))
    }
}

fn read_json(path: &Path, ndjson: bool, frame: &str) -> Result<DataFrame, ReadError> {
    let io = |e: std::io::Error| ReadError::at("the file", format!("cannot be read: {e}"));
    let file = File::open(path).map_err(io)?;
    let mut columns = JsonColumns::default();
    if ndjson {
        use std::io::BufRead;
        for (i, line) in BufReader::new(file).lines().enumerate() {
            let at = format!("line {}", i + 1);
            let line =
                line.map_err(|e| ReadError::at(&at, format!("is not valid UTF-8 text: {e}")))?;
            let line = if i == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line.as_str()
            };
            if line.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| ReadError::at(&at, format!("is not valid JSON: {e}")))?;
            let serde_json::Value::Object(object) = value else {
                return Err(ReadError::at(&at, "is not a JSON object"));
            };
            columns.push(object, (i + 1) as i64, &at)?;
        }
    } else {
        let bytes = std::fs::read(path).map_err(io)?;
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let text = std::str::from_utf8(bytes).map_err(|e| {
            ReadError::at(
                format!("byte {}", e.valid_up_to() + 1),
                "is not valid UTF-8",
            )
        })?;
        if text.trim().is_empty() {
            return Err(ReadError::at("the file", "is empty"));
        }
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            ReadError::at(
                format!("line {}, column {}", e.line(), e.column()),
                format!("is not valid JSON: {e}"),
            )
        })?;
        let serde_json::Value::Array(items) = value else {
            return Err(ReadError::at(
                "the file",
                "is not a JSON array of objects (use the ndjson format for one object per line)",
            ));
        };
        for (i, item) in items.into_iter().enumerate() {
            let at = format!("element {}", i + 1);
            let serde_json::Value::Object(object) = item else {
                return Err(ReadError::at(&at, "is not a JSON object"));
            };
            columns.push(object, (i + 1) as i64, &at)?;
        }
    }
    columns.finish(frame)
}

mod lines;
mod walk;
pub use walk::walk_csv_values;

#[cfg(test)]
mod tests;
