//! The incremental cursor: the lowest value a run considers (the last loaded maximum less the
//! lookback) and the highest it loaded, as stored in the pipeline's state. Pure functions of
//! their arguments; never read or write anything.

use polars::prelude::*;
use serde_json::{Value, json};

use super::RunRequest;

/// The lowest cursor value this run considers, from the last loaded maximum and the lookback.
pub(super) fn threshold(req: &RunRequest) -> Option<(String, Value, u32)> {
    let inc = req.spec.incremental.as_ref()?;
    if req.full_reload {
        return None;
    }
    let max = req.state.cursor.clone()?;
    Some((inc.cursor.to_string(), max, inc.lookback))
}

pub(super) fn threshold_expr(dtype: &DataType, max: &Value, lookback: u32) -> Option<Expr> {
    match dtype {
        DataType::Date => {
            let d = chrono::NaiveDate::parse_from_str(max.as_str()?, "%Y-%m-%d").ok()?;
            Some(lit(d - chrono::Duration::days(i64::from(lookback))))
        }
        DataType::Datetime(..) => {
            let t = chrono::DateTime::parse_from_rfc3339(max.as_str()?).ok()?;
            let t = t.with_timezone(&chrono::Utc) - chrono::Duration::seconds(i64::from(lookback));
            Some(lit(t.naive_utc()).cast(dtype.clone()))
        }
        d if d.is_integer() => Some(lit(max.as_i64()? - i64::from(lookback))),
        _ => None,
    }
}

pub(super) fn max_value(
    a: Option<AnyValue<'static>>,
    b: Option<AnyValue<'static>>,
) -> Option<AnyValue<'static>> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y > x { y } else { x }),
        (x, None) => x,
        (None, y) => y,
    }
}

/// A polars date (days since 1970-01-01) as a calendar date.
pub(crate) fn polars_date(days: i32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_num_days_from_ce_opt(days + 719_163)
}

/// A polars datetime (a count of `unit` since the epoch) as a UTC instant.
pub(crate) fn polars_datetime(value: i64, unit: TimeUnit) -> Option<chrono::DateTime<chrono::Utc>> {
    let micros = match unit {
        TimeUnit::Nanoseconds => value / 1000,
        TimeUnit::Microseconds => value,
        TimeUnit::Milliseconds => value * 1000,
    };
    chrono::DateTime::from_timestamp_micros(micros)
}

pub(super) fn any_to_json(v: &AnyValue) -> Value {
    match v {
        AnyValue::Date(days) => json!(polars_date(*days).map(|d| d.format("%Y-%m-%d").to_string())),
        AnyValue::Datetime(us, unit, _) => {
            json!(polars_datetime(*us, *unit).map(|t| t.to_rfc3339()))
        }
        AnyValue::Int64(i) => json!(i),
        AnyValue::Int32(i) => json!(i),
        other => json!(other.to_string()),
    }
}

pub(super) fn json_greater(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_i64() > y.as_i64(),
        (Value::String(x), Value::String(y)) => x > y,
        _ => false,
    }
}
