//! Typed by default: the type each text column of a source is read as when the pipeline does
//! not turn inference off (`"infer_types": false` on the source frame). One function decides it
//! for preview, the editor's dry run and runs, so they agree; each looks at every value it
//! reads (preview's sample, the dry run's rows, a run's whole file).
//!
//! Conservative, so that inference never rejects a row: a column becomes typed only when every
//! non-null value parses, and only in forms that read back as the same text:
//! - `int`: `-?[1-9][0-9]*` or `0`, within 64 bits (no `+`, no leading zero: FIPS `01` and ZIP
//!   codes stay text);
//! - `float`: plain decimal or exponent notation (`1.5`, `-2`, `1e-3`; no `.5`, `5.`, `inf`,
//!   `NaN`, no leading zero before another digit);
//! - `bool`: `true`/`false` (also `True`/`False`, `TRUE`/`FALSE`);
//! - `date`: `YYYY-MM-DD`;
//! - `datetime`: `YYYY-MM-DD` then `T` or a space and a time (`HH:MM`, seconds and fractions
//!   optional), with `Z` or an offset (stored in UTC) or without (read as UTC).
//!
//! The narrowest type that every value fits wins, in that order. A column with no value (empty,
//! or null only) stays text. Values are never trimmed: ` 5` is text.

use chrono::Datelike;
use polars::prelude::*;

use super::read::{BatchReader, ROW_PREFIX, ReadError};
use crate::spec::DataType as SpecType;

/// The types inference may give, narrowest first.
const TYPED: [SpecType; 5] = [
    SpecType::Int,
    SpecType::Float,
    SpecType::Bool,
    SpecType::Date,
    SpecType::Datetime,
];

/// 2^53: integers up to this size convert to `float8` exactly.
const F64_EXACT: u64 = 1 << 53;

/// What a column's values allow, as they are seen. Kept in the pipeline's state after a run
/// ([`crate::etl::run::SourceState`]), so that the next run can read with it from the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Candidates {
    /// Bit `i`: every value so far parses as `TYPED[i]`.
    bits: u8,
    /// A non-null value was seen.
    seen: bool,
    /// Every integer so far is exact as a `float8`.
    f64_exact: bool,
}

impl Default for Candidates {
    fn default() -> Self {
        Self {
            bits: (1 << TYPED.len()) - 1,
            seen: false,
            f64_exact: true,
        }
    }
}

impl Candidates {
    /// Narrows the candidates to those `value` parses as.
    pub fn observe(&mut self, value: &str) {
        const INT: u8 = 1;
        const FLOAT: u8 = 1 << 1;
        const BOOL: u8 = 1 << 2;
        const DATE: u8 = 1 << 3;
        const DATETIME: u8 = 1 << 4;
        self.seen = true;
        if self.bits == 0 {
            return;
        }
        if self.bits & INT != 0 {
            // Up to 15 digits without a leading zero: an integer well inside 2^53, known
            // without converting it.
            let digits = value.strip_prefix('-').unwrap_or(value).as_bytes();
            if (1..=15).contains(&digits.len())
                && (digits[0] != b'0' || digits.len() == 1)
                && value != "-0"
                && digits.iter().all(u8::is_ascii_digit)
            {
                self.bits &= INT | FLOAT;
                return;
            }
            match parse_int(value) {
                // An integer is a float too, and nothing else.
                Some(v) => {
                    if v.unsigned_abs() > F64_EXACT {
                        self.f64_exact = false;
                    }
                    self.bits &= INT | FLOAT;
                    return;
                }
                None => self.bits &= !INT,
            }
        }
        for (bit, parses) in [
            (FLOAT, is_float as fn(&str) -> bool),
            (BOOL, |v| parse_bool(v).is_some()),
            (DATE, |v| parse_date(v).is_some()),
            (DATETIME, |v| parse_datetime(v).is_some()),
        ] {
            if self.bits & bit != 0 && !parses(value) {
                self.bits &= !bit;
            }
        }
    }

    /// Whether nothing more can be learnt: every typed candidate is out.
    pub fn settled(&self) -> bool {
        self.bits == 0
    }

    /// The type inference gives the column.
    pub fn inferred(&self) -> SpecType {
        if !self.seen {
            return SpecType::String;
        }
        TYPED
            .iter()
            .enumerate()
            .find(|(i, _)| self.bits & (1 << i) != 0)
            .map_or(SpecType::String, |(_, t)| *t)
    }

    /// Whether every value converts to `to` without loss (text always does; an integer
    /// column converts to `float` when every value is exact there).
    pub fn allows(&self, to: SpecType) -> bool {
        if to == SpecType::String || !self.seen {
            return true;
        }
        let Some(i) = TYPED.iter().position(|t| *t == to) else {
            return false;
        };
        if self.bits & (1 << i) == 0 {
            return false;
        }
        !(to == SpecType::Float && self.inferred() == SpecType::Int && !self.f64_exact)
    }

    /// Whether `other` gives the same answers: the same [`Candidates::inferred`] type and the
    /// same [`Candidates::allows`] for every type. `f64_exact` counts only while `int` is a
    /// candidate: once it is out, which integers came first depends on the order the values
    /// were looked at in.
    fn answers_as(&self, other: &Candidates) -> bool {
        const INT: u8 = 1;
        self.bits == other.bits
            && self.seen == other.seen
            && (self.bits & INT == 0 || self.f64_exact == other.f64_exact)
    }
}

pub fn parse_int(v: &str) -> Option<i64> {
    let digits = v.strip_prefix('-').unwrap_or(v);
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || (digits.len() > 1 && digits.starts_with('0'))
        || v == "-0"
    {
        return None;
    }
    v.parse().ok()
}

pub fn parse_float(v: &str) -> Option<f64> {
    if !is_float(v) {
        return None;
    }
    v.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// Whether `v` is a float in the accepted form, and finite (checked by parsing only when it has
/// an exponent or many digits).
fn is_float(v: &str) -> bool {
    let b = v.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let start = i;
    let whole = digits(&mut i);
    if whole == 0 || (whole > 1 && b[start] == b'0') {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    let mut exponent = false;
    if matches!(b.get(i), Some(b'e' | b'E')) {
        exponent = true;
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if i != b.len() {
        return false;
    }
    // Without an exponent, fewer than 300 digits are always a finite double.
    (!exponent && whole < 300) || v.parse::<f64>().is_ok_and(|f| f.is_finite())
}

pub fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

pub fn parse_date(v: &str) -> Option<chrono::NaiveDate> {
    let b = v.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    let number = |from: usize, to: usize| {
        b[from..to]
            .iter()
            .fold(0u32, |n, c| n * 10 + u32::from(c - b'0'))
    };
    chrono::NaiveDate::from_ymd_opt(number(0, 4) as i32, number(5, 7), number(8, 10))
}

/// ISO-8601 text to UTC microseconds: RFC 3339 with `Z` or an offset, or a date and time
/// without one (read as UTC), `T` or a space between them, optional seconds and fractions.
/// Every value this reads, the `cast` step's `datetime` reads the same way.
pub fn parse_datetime(v: &str) -> Option<i64> {
    const NAIVE: [&str; 4] = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ];
    if v.len() < 16 || !v.is_char_boundary(10) || parse_date(&v[..10]).is_none() {
        return None;
    }
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(v) {
        return Some(t.timestamp_micros());
    }
    NAIVE
        .iter()
        .find_map(|f| chrono::NaiveDateTime::parse_from_str(v, f).ok())
        .map(|t| t.and_utc().timestamp_micros())
}

/// The polars type a column of `t` has (the same as the `cast` step makes).
pub fn dtype(t: SpecType) -> DataType {
    match t {
        SpecType::String => DataType::String,
        SpecType::Int => DataType::Int64,
        SpecType::Float => DataType::Float64,
        SpecType::Bool => DataType::Boolean,
        SpecType::Date => DataType::Date,
        SpecType::Datetime => DataType::Datetime(TimeUnit::Microseconds, Some(TimeZone::UTC)),
    }
}

/// The spec type of a polars type inference can give; `None` for the others.
pub fn spec_type(dtype: &DataType) -> Option<SpecType> {
    SpecType::ALL
        .into_iter()
        .find(|t| self::dtype(*t) == *dtype)
}

/// The candidates of each of a source's columns, from every value read so far.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Scan {
    columns: Vec<(String, Candidates)>,
}

impl Scan {
    pub fn new(columns: &[String]) -> Self {
        Self {
            columns: columns
                .iter()
                .filter(|c| !c.starts_with(ROW_PREFIX))
                .map(|c| (c.clone(), Candidates::default()))
                .collect(),
        }
    }

    /// Looks at every value of `df`'s text columns.
    pub fn add(&mut self, df: &DataFrame) {
        for (name, candidates) in &mut self.columns {
            if candidates.settled() {
                // Only `seen` can still change, and it only matters when nothing was typed.
                candidates.seen = true;
                continue;
            }
            let Ok(values) = df.column(name).and_then(|c| c.str().cloned()) else {
                continue;
            };
            for value in values.iter().flatten() {
                candidates.observe(value);
                if candidates.settled() {
                    break;
                }
            }
        }
    }

    /// Looks at every value of a CSV file whose header (or width) gave `columns`, straight from
    /// its bytes, on every core when the file can be cut (see [`super::read::walk_csv_values`]):
    /// the same candidates as [`Scan::add`] over every batch of the file, without building
    /// them.
    pub fn of_csv(
        path: &std::path::Path,
        options: &crate::spec::CsvOptions,
        columns: &[String],
    ) -> Result<Self, ReadError> {
        let parts = std::thread::available_parallelism().map_or(1, |n| n.get());
        Self::of_csv_in(path, options, columns, parts)
    }

    /// [`Scan::of_csv`], the file cut into at most `parts` pieces.
    fn of_csv_in(
        path: &std::path::Path,
        options: &crate::spec::CsvOptions,
        columns: &[String],
        parts: usize,
    ) -> Result<Self, ReadError> {
        let width = columns.len();
        let pieces = super::read::walk_csv_values(
            path,
            options,
            width,
            parts,
            || Observer::new(columns),
            Observer::visit,
            Observer::settled,
        )?;
        let mut scan = Scan::new(columns);
        for piece in pieces {
            scan.merge(&piece.scan);
        }
        Ok(scan)
    }

    /// Where this scan, of the same columns as `before`, answers differently from it: `None`
    /// when every column is typed the same and allows the same conversions (see
    /// [`Candidates::answers_as`]), so that a run that read with `before` read exactly as one
    /// that had scanned first and found this; otherwise the first column that differs, with
    /// both types.
    pub fn differs_from(&self, before: &Scan) -> Option<String> {
        if !self.is_of(&before.names()) {
            return Some("the columns differ".into());
        }
        self.columns
            .iter()
            .zip(&before.columns)
            .find(|((_, now), (_, then))| !now.answers_as(then))
            .map(|((name, now), (_, then))| {
                let name_of = |t: SpecType| format!("{t:?}").to_lowercase();
                let (now, then) = (name_of(now.inferred()), name_of(then.inferred()));
                if now == then {
                    format!("column `{name}` is {now} as before, but converts differently")
                } else {
                    format!("column `{name}` was {then}, and its values now make it {now}")
                }
            })
    }

    fn names(&self) -> Vec<String> {
        self.columns.iter().map(|(name, _)| name.clone()).collect()
    }

    /// Whether this scan is of a source with these columns (in this order).
    pub fn is_of(&self, columns: &[String]) -> bool {
        let ours = self.columns.iter().map(|(name, _)| name);
        let theirs = columns.iter().filter(|c| !c.starts_with(ROW_PREFIX));
        ours.len() == theirs.clone().count() && ours.zip(theirs).all(|(a, b)| a == b)
    }

    /// Adds what `other` saw of the same columns (another part of the same file).
    fn merge(&mut self, other: &Scan) {
        for ((_, ours), (_, theirs)) in self.columns.iter_mut().zip(&other.columns) {
            ours.bits &= theirs.bits;
            ours.seen |= theirs.seen;
            ours.f64_exact &= theirs.f64_exact;
        }
    }

    /// Whether every column is text whatever comes next.
    pub fn settled(&self) -> bool {
        self.columns.iter().all(|(_, c)| c.settled())
    }

    pub fn candidates(&self, column: &str) -> Option<Candidates> {
        self.columns
            .iter()
            .find(|(name, _)| name == column)
            .map(|(_, c)| *c)
    }

    /// Each column and the type inference gives it, in the source's order.
    pub fn types(&self) -> Vec<(String, SpecType)> {
        self.columns
            .iter()
            .map(|(name, c)| (name.clone(), c.inferred()))
            .collect()
    }
}

/// Looks at a source's values one at a time, as they are read: the first pass over a CSV file
/// ([`Scan::of_csv`], one per piece of the file) and a reader that reads with types already
/// known and checks them as it goes ([`super::read::BatchReader::observe_types`]) both hand it
/// every non-null value of every data record, so that both learn the same [`Scan`].
pub struct Observer {
    scan: Scan,
    /// Each column's last value: repeated values, as a date column sorted by day has, are
    /// looked at once.
    last: Vec<Vec<u8>>,
}

impl Observer {
    pub fn new(columns: &[String]) -> Self {
        Self {
            scan: Scan::new(columns),
            last: vec![Vec::new(); columns.len()],
        }
    }

    /// Looks at `value`, of the source's column `i`.
    #[inline]
    pub fn visit(&mut self, i: usize, value: &str) {
        let Some((_, candidates)) = self.scan.columns.get_mut(i) else {
            return;
        };
        if candidates.settled() {
            candidates.seen = true;
            return;
        }
        if candidates.seen && self.last[i] == value.as_bytes() {
            return;
        }
        candidates.observe(value);
        self.last[i].clear();
        self.last[i].extend_from_slice(value.as_bytes());
    }

    /// Whether every column is text whatever comes next.
    pub fn settled(&self) -> bool {
        self.scan.settled()
    }

    /// What the values looked at allow.
    pub fn into_scan(self) -> Scan {
        self.scan
    }
}

/// Converts `df`'s text columns to `types` (columns typed `string`, and those not listed, are
/// left alone). Every value must parse (a [`Scan`] of the same rows says so); the first that
/// does not is returned as the error: `(column, value)`.
pub fn apply(
    mut df: DataFrame,
    types: &[(String, SpecType)],
) -> Result<DataFrame, (String, String)> {
    for (name, t) in types {
        if *t == SpecType::String {
            continue;
        }
        let Ok(column) = df.column(name) else {
            continue;
        };
        let Ok(text) = column.str() else {
            continue;
        };
        let converted = convert(text, *t).map_err(|value| (name.clone(), value))?;
        df.with_column(converted.with_name(name.as_str().into()).into_column())
            .map_err(|e| (name.clone(), e.to_string()))?;
    }
    Ok(df)
}

fn convert(text: &StringChunked, t: SpecType) -> Result<Series, String> {
    if t == SpecType::String {
        return Ok(text.clone().into_series());
    }
    let mut column = ColumnBuilder::new(text.name().as_str(), t, text.len());
    for v in text.iter() {
        match v {
            None => column.append_null(),
            Some(v) if column.append(v) => {}
            Some(v) => return Err(v.to_owned()),
        }
    }
    column.finish().map(Column::take_materialized_series)
}

/// A column of a batch built from text values into the type inference found for it: a reader
/// that knows the types builds its columns typed as it reads ([`BatchReader::read_typed`]), and
/// [`apply`] converts a text column with it, so both read a value the same way.
pub enum ColumnBuilder {
    Text(StringChunkedBuilder),
    Int(PrimitiveChunkedBuilder<Int64Type>),
    Float(PrimitiveChunkedBuilder<Float64Type>),
    Bool(BooleanChunkedBuilder),
    /// Days since 1970-01-01, polars' date.
    Date(PrimitiveChunkedBuilder<Int32Type>),
    /// UTC microseconds.
    Datetime(PrimitiveChunkedBuilder<Int64Type>),
}

impl ColumnBuilder {
    pub fn new(name: &str, t: SpecType, capacity: usize) -> Self {
        let name = PlSmallStr::from_str(name);
        match t {
            SpecType::String => Self::Text(StringChunkedBuilder::new(name, capacity)),
            SpecType::Int => Self::Int(PrimitiveChunkedBuilder::new(name, capacity)),
            SpecType::Float => Self::Float(PrimitiveChunkedBuilder::new(name, capacity)),
            SpecType::Bool => Self::Bool(BooleanChunkedBuilder::new(name, capacity)),
            SpecType::Date => Self::Date(PrimitiveChunkedBuilder::new(name, capacity)),
            SpecType::Datetime => Self::Datetime(PrimitiveChunkedBuilder::new(name, capacity)),
        }
    }

    /// Appends `v` read as the column's type; `false` (and nothing appended) when it does not
    /// read as that type.
    pub fn append(&mut self, v: &str) -> bool {
        fn push<T>(value: Option<T>, append: impl FnOnce(T)) -> bool {
            value.map(append).is_some()
        }
        match self {
            Self::Text(b) => {
                b.append_value(v);
                true
            }
            Self::Int(b) => push(parse_int(v), |n| b.append_value(n)),
            Self::Float(b) => push(parse_float(v), |f| b.append_value(f)),
            Self::Bool(b) => push(parse_bool(v), |x| b.append_value(x)),
            Self::Date(b) => push(parse_date(v), |d| {
                b.append_value(d.num_days_from_ce() - 719_163)
            }),
            Self::Datetime(b) => push(parse_datetime(v), |t| b.append_value(t)),
        }
    }

    pub fn append_null(&mut self) {
        match self {
            Self::Text(b) => b.append_null(),
            Self::Int(b) | Self::Datetime(b) => b.append_null(),
            Self::Float(b) => b.append_null(),
            Self::Bool(b) => b.append_null(),
            Self::Date(b) => b.append_null(),
        }
    }

    pub fn finish(self) -> Result<Column, String> {
        let (series, t) = match self {
            Self::Text(b) => return Ok(b.finish().into_column()),
            Self::Int(b) => return Ok(b.finish().into_column()),
            Self::Float(b) => return Ok(b.finish().into_column()),
            Self::Bool(b) => return Ok(b.finish().into_column()),
            Self::Date(b) => (b.finish().into_series(), SpecType::Date),
            Self::Datetime(b) => (b.finish().into_series(), SpecType::Datetime),
        };
        series
            .cast(&dtype(t))
            .map(Series::into_column)
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests;

/// A reader whose batches come with the given types: the text columns listed are converted
/// by [`apply`] as each batch is read.
pub struct Typed {
    inner: Box<dyn BatchReader>,
    types: Vec<(String, SpecType)>,
}

impl Typed {
    pub fn new(inner: Box<dyn BatchReader>, types: Vec<(String, SpecType)>) -> Self {
        Self { inner, types }
    }
}

impl BatchReader for Typed {
    fn columns(&self) -> &[String] {
        self.inner.columns()
    }

    fn schema(&self) -> Vec<(String, DataType)> {
        schema(self.inner.columns(), &self.types)
    }

    fn next_batch(&mut self) -> Result<Option<DataFrame>, ReadError> {
        let Some(df) = self.inner.next_batch()? else {
            return Ok(None);
        };
        apply(df, &self.types)
            .map(Some)
            .map_err(|(column, value)| ReadError {
                location: format!("column `{column}`"),
                message: format!("`{value}` does not read as the type found for the column"),
            })
    }
}

/// `columns` with the polars types `types` gives them (text when not listed).
pub fn schema(columns: &[String], types: &[(String, SpecType)]) -> Vec<(String, DataType)> {
    columns
        .iter()
        .map(|c| {
            let t = types
                .iter()
                .find(|(n, _)| n == c)
                .map_or(SpecType::String, |(_, t)| *t);
            (c.clone(), dtype(t))
        })
        .collect()
}

/// A frame read whole, typed by inference over its own values (a dry run's rows).
pub fn typed(df: DataFrame) -> Result<DataFrame, ReadError> {
    let names: Vec<String> = df
        .get_column_names()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let mut scan = Scan::new(&names);
    scan.add(&df);
    apply(df, &scan.types()).map_err(|(column, value)| ReadError {
        location: format!("column `{column}`"),
        message: format!("`{value}` does not read as the type found for the column"),
    })
}
