//! Rows in COPY's binary format, which PostgreSQL reads faster than text (no dates or numbers
//! to parse), and the COPY that sends them.

use polars::prelude::*;
use sea_orm::sqlx::PgConnection;

use super::{LoadError, quote};

/// Rows encoded for `COPY … FORMAT binary`, with the columns they fill.
pub struct Encoded {
    pub columns: Vec<String>,
    pub body: Vec<u8>,
    pub rows: u64,
}

/// Days from 1970-01-01 (polars) to 2000-01-01 (PostgreSQL's epoch).
const PG_EPOCH_DAYS: i32 = 10_957;
const PG_EPOCH_MICROS: i64 = 946_684_800_000_000;

/// One column's values, in PostgreSQL's binary representation of its type.
enum BinaryColumn {
    Bool(BooleanChunked),
    Int(Int64Chunked),
    Float(Float64Chunked),
    /// Days since 1970-01-01.
    Date(Int32Chunked),
    /// Microseconds since 1970-01-01.
    Timestamp(Int64Chunked),
    Text(StringChunked),
}

impl BinaryColumn {
    fn of(column: &Column) -> PolarsResult<Self> {
        let s = column.as_materialized_series();
        Ok(match s.dtype() {
            DataType::Boolean => BinaryColumn::Bool(s.bool()?.rechunk().into_owned()),
            d if d.is_integer() => {
                BinaryColumn::Int(s.cast(&DataType::Int64)?.i64()?.rechunk().into_owned())
            }
            d if d.is_float() => {
                BinaryColumn::Float(s.cast(&DataType::Float64)?.f64()?.rechunk().into_owned())
            }
            DataType::Date => {
                BinaryColumn::Date(s.to_physical_repr().i32()?.rechunk().into_owned())
            }
            DataType::Datetime(..) => {
                let micros = s.cast(&DataType::Datetime(TimeUnit::Microseconds, None))?;
                BinaryColumn::Timestamp(micros.to_physical_repr().i64()?.rechunk().into_owned())
            }
            _ => BinaryColumn::Text(s.cast(&DataType::String)?.str()?.rechunk().into_owned()),
        })
    }

    fn write(&self, i: usize, out: &mut Vec<u8>) {
        fn field(out: &mut Vec<u8>, bytes: Option<&[u8]>) {
            match bytes {
                None => out.extend_from_slice(&(-1i32).to_be_bytes()),
                Some(b) => {
                    out.extend_from_slice(&(b.len() as i32).to_be_bytes());
                    out.extend_from_slice(b);
                }
            }
        }
        match self {
            BinaryColumn::Bool(c) => field(
                out,
                c.get(i).map(|b| if b { &[1u8][..] } else { &[0u8][..] }),
            ),
            BinaryColumn::Int(c) => {
                field(out, c.get(i).map(i64::to_be_bytes).as_ref().map(|b| &b[..]))
            }
            BinaryColumn::Float(c) => {
                field(out, c.get(i).map(f64::to_be_bytes).as_ref().map(|b| &b[..]))
            }
            BinaryColumn::Date(c) => field(
                out,
                c.get(i)
                    .map(|d| (d - PG_EPOCH_DAYS).to_be_bytes())
                    .as_ref()
                    .map(|b| &b[..]),
            ),
            BinaryColumn::Timestamp(c) => field(
                out,
                c.get(i)
                    .map(|t| (t - PG_EPOCH_MICROS).to_be_bytes())
                    .as_ref()
                    .map(|b| &b[..]),
            ),
            BinaryColumn::Text(c) => field(out, c.get(i).map(str::as_bytes)),
        }
    }
}

/// What every row a run writes carries besides its values: the run's id and its transaction's
/// time (`now()`), sent in the COPY stream to staging, or given to a new table's rows at once
/// by [`stamp_new_table`]. As column defaults evaluated for every row they cost a sixth of the
/// server's time.
#[derive(Debug, Clone, Copy)]
pub struct Stamp {
    pub run_id: uuid::Uuid,
    pub loaded_at: chrono::DateTime<chrono::Utc>,
}

impl Stamp {
    /// Both fields in COPY's binary format: length and value, twice.
    fn fields(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        out[..4].copy_from_slice(&16i32.to_be_bytes());
        out[4..20].copy_from_slice(self.run_id.as_bytes());
        out[20..24].copy_from_slice(&8i32.to_be_bytes());
        let micros = self.loaded_at.timestamp_micros() - PG_EPOCH_MICROS;
        out[24..].copy_from_slice(&micros.to_be_bytes());
        out
    }
}

/// Encodes `df` (the output columns, then `_sluice_key` and `_sluice_hash`) and, in every row,
/// the `stamp` if given (`_sluice_run_id`, `_sluice_loaded_at`; a new table's rows go without,
/// see [`stamp_new_table`]), in COPY's binary format, which PostgreSQL reads faster than text:
/// no dates or numbers to parse. CPU work: call it off the async executor.
pub fn encode_binary(df: &DataFrame, stamp: Option<Stamp>) -> Result<Encoded, LoadError> {
    let mut columns: Vec<String> = df.get_column_names().iter().map(|c| quote(c)).collect();
    if stamp.is_some() {
        columns.push("_sluice_run_id".into());
        columns.push("_sluice_loaded_at".into());
    }
    let rows = df.height() as u64;
    let encoders = df
        .columns()
        .iter()
        .map(BinaryColumn::of)
        .collect::<PolarsResult<Vec<_>>>()
        .map_err(|e| LoadError::Data(format!("encoding rows for COPY: {e}")))?;
    let mut body = Vec::with_capacity(19 + df.height() * (34 + encoders.len() * 12) + 2);
    body.extend_from_slice(b"PGCOPY\n\xff\r\n\0");
    body.extend_from_slice(&0i32.to_be_bytes());
    body.extend_from_slice(&0i32.to_be_bytes());
    let stamp = stamp.map(|s| s.fields());
    let width = encoders.len() as i16 + if stamp.is_some() { 2 } else { 0 };
    for i in 0..df.height() {
        body.extend_from_slice(&width.to_be_bytes());
        for encoder in &encoders {
            encoder.write(i, &mut body);
        }
        if let Some(stamp) = &stamp {
            body.extend_from_slice(stamp);
        }
    }
    body.extend_from_slice(&(-1i16).to_be_bytes());
    Ok(Encoded {
        columns,
        body,
        rows,
    })
}

/// Sends encoded rows to `table` with COPY; returns the rows PostgreSQL took. `freeze`: the
/// table was created in this transaction, so its rows can be written frozen (`COPY … FREEZE`):
/// visible once committed without the hint bits and the freezing vacuum that the first reads
/// and later vacuums would otherwise write to every page.
pub async fn copy_encoded(
    conn: &mut PgConnection,
    table: &str,
    encoded: &Encoded,
    freeze: bool,
) -> Result<u64, LoadError> {
    if encoded.rows == 0 {
        return Ok(0);
    }
    let sql = format!(
        "COPY {table} ({}) FROM STDIN (FORMAT binary{})",
        encoded.columns.join(", "),
        if freeze { ", FREEZE" } else { "" }
    );
    let mut copy = conn.copy_in_raw(&sql).await?;
    for chunk in encoded.body.chunks(1 << 20) {
        copy.send(chunk).await?;
    }
    Ok(copy.finish().await?)
}
