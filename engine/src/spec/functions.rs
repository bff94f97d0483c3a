//! The expression heads beyond arithmetic: comparisons and conditions as values, `case`, text
//! and date functions, and windows over ordered partitions. Parsed by hand like the rest of
//! [`super::tree`], so every error carries the path of the offending node.
//!
//! Argument conventions: the head's own value is the *subject* (a column name or an
//! expression: `{"year": "date"}`); the other values of a node are *constants or expressions*
//! (`{"between": "cases", "low": 0, "high": {"col": "cap"}}`), so a string there is text.

use serde_json::{Map, Value, json};

use super::{
    Expr, Literal, Predicate, SpecError,
    tree::{COMPARE_OPS, column_name, compare_key, join, list, object, only_keys},
};

/// The heads that make a true/false value, for error messages.
pub(super) const CONDITION_HEADS: &str = "eq, ne, lt, le, gt, ge, is_null, is_in, between, regex_match, starts_with, ends_with, contains";

/// One-argument functions of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryFn {
    /// Whether the value is null.
    IsNull,
    /// Characters in a text.
    Length,
    Abs,
    Year,
    Month,
    Day,
    /// 1 = Monday … 7 = Sunday (ISO 8601).
    Weekday,
}

const UNARY: [(&str, UnaryFn); 7] = [
    ("is_null", UnaryFn::IsNull),
    ("length", UnaryFn::Length),
    ("abs", UnaryFn::Abs),
    ("year", UnaryFn::Year),
    ("month", UnaryFn::Month),
    ("day", UnaryFn::Day),
    ("weekday", UnaryFn::Weekday),
];

/// Text functions, with their parameters.
#[derive(Debug, Clone, PartialEq)]
pub enum TextFn {
    /// Every occurrence of `pattern` (literal text, or a regex when `regex`) becomes `with`.
    Replace {
        pattern: String,
        with: String,
        regex: bool,
    },
    /// Capture `group` of the first match (0: the whole match); null without a match.
    RegexExtract {
        pattern: String,
        group: usize,
    },
    RegexMatch {
        pattern: String,
    },
    /// `length` characters (to the end when absent) from `start`, counted from 1.
    Substring {
        start: u64,
        length: Option<u64>,
    },
    /// Part `index` (from 1; negative counts from the end) of the text split on `separator`.
    SplitPart {
        separator: String,
        index: i64,
    },
    StartsWith(String),
    EndsWith(String),
    Contains(String),
}

/// Units a date or datetime is truncated to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TruncUnit {
    Hour,
    Day,
    /// Weeks start on Monday.
    Week,
    Month,
    Quarter,
    Year,
}

pub(crate) const TRUNC_UNITS: [(&str, TruncUnit); 6] = [
    ("hour", TruncUnit::Hour),
    ("day", TruncUnit::Day),
    ("week", TruncUnit::Week),
    ("month", TruncUnit::Month),
    ("quarter", TruncUnit::Quarter),
    ("year", TruncUnit::Year),
];

/// Date functions.
#[derive(Debug, Clone, PartialEq)]
pub enum DateFn {
    Trunc(TruncUnit),
    AddDays(Box<Expr>),
    AddMonths(Box<Expr>),
}

/// How `rank` numbers rows with equal values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ties {
    /// 1, 2, 2, 4 (SQL `RANK`).
    Min,
    /// 1, 2, 2, 3 (SQL `DENSE_RANK`).
    Dense,
}

/// A function over the rows of a partition, in `order_by` order.
#[derive(Debug, Clone, PartialEq)]
pub enum WindowFn {
    CumSum(Expr),
    CumMax(Expr),
    /// Mean of this row and the `rows - 1` before it; null until `min_rows` values are seen.
    RollingMean {
        expr: Expr,
        rows: u32,
        min_rows: u32,
    },
    RollingSum {
        expr: Expr,
        rows: u32,
        min_rows: u32,
    },
    /// The value `rows` rows before.
    Lag {
        expr: Expr,
        rows: u32,
    },
    /// The value `rows` rows after.
    Lead {
        expr: Expr,
        rows: u32,
    },
    /// Rank by the `order_by` columns.
    Rank(Ties),
    /// 1, 2, 3 … in `order_by` order.
    RowNumber,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    pub function: WindowFn,
    pub order_by: Vec<String>,
    pub partition_by: Vec<String>,
    pub descending: bool,
}

impl Window {
    /// The value the window reads, for the functions that read one.
    pub fn expr(&self) -> Option<&Expr> {
        match &self.function {
            WindowFn::CumSum(e)
            | WindowFn::CumMax(e)
            | WindowFn::RollingMean { expr: e, .. }
            | WindowFn::RollingSum { expr: e, .. }
            | WindowFn::Lag { expr: e, .. }
            | WindowFn::Lead { expr: e, .. } => Some(e),
            WindowFn::Rank(_) | WindowFn::RowNumber => None,
        }
    }

    fn head(&self) -> &'static str {
        match self.function {
            WindowFn::CumSum(_) => "cum_sum",
            WindowFn::CumMax(_) => "cum_max",
            WindowFn::RollingMean { .. } => "rolling_mean",
            WindowFn::RollingSum { .. } => "rolling_sum",
            WindowFn::Lag { .. } => "lag",
            WindowFn::Lead { .. } => "lead",
            WindowFn::Rank(_) => "rank",
            WindowFn::RowNumber => "row_number",
        }
    }
}

/// A subject: a column name, or an expression.
pub(super) fn subject(v: &Value, path: &str) -> Result<Expr, SpecError> {
    match v {
        Value::String(_) => Ok(Expr::Col(column_name(v, path)?)),
        Value::Object(_) => Expr::from_json(v, path),
        _ => Err(SpecError::new(
            path,
            "must be a column name or an expression",
        )),
    }
}

pub(super) fn subject_json(e: &Expr) -> Value {
    match e {
        Expr::Col(c) => json!(c),
        other => other.to_json(),
    }
}

/// A value argument: a constant, or an expression.
fn value(v: &Value, path: &str) -> Result<Expr, SpecError> {
    match v {
        Value::Object(_) => Expr::from_json(v, path),
        Value::Array(_) => Err(SpecError::new(path, "must be a constant or an expression")),
        other => Ok(Expr::Lit(Literal::from_json(other, path)?)),
    }
}

fn value_json(e: &Expr) -> Value {
    match e {
        Expr::Lit(l) => l.to_json(),
        other => other.to_json(),
    }
}

fn required<'a>(
    map: &'a Map<String, Value>,
    key: &str,
    path: &str,
) -> Result<&'a Value, SpecError> {
    map.get(key)
        .ok_or_else(|| SpecError::new(&join(path, key), "is required"))
}

fn text(map: &Map<String, Value>, key: &str, path: &str) -> Result<String, SpecError> {
    match required(map, key, path)? {
        Value::String(s) if !s.is_empty() => Ok(s.clone()),
        _ => Err(SpecError::new(&join(path, key), "must be non-empty text")),
    }
}

fn integer(
    map: &Map<String, Value>,
    key: &str,
    path: &str,
    range: std::ops::RangeInclusive<i64>,
) -> Result<Option<i64>, SpecError> {
    match map.get(key) {
        None => Ok(None),
        Some(v) => v
            .as_i64()
            .filter(|n| range.contains(n))
            .map(Some)
            .ok_or_else(|| {
                SpecError::new(
                    &join(path, key),
                    format!(
                        "must be an integer from {} to {}",
                        range.start(),
                        range.end()
                    ),
                )
            }),
    }
}

fn flag(map: &Map<String, Value>, key: &str, path: &str) -> Result<bool, SpecError> {
    match map.get(key) {
        None => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(SpecError::new(&join(path, key), "must be true or false")),
    }
}

fn regex(map: &Map<String, Value>, key: &str, path: &str) -> Result<String, SpecError> {
    let pattern = text(map, key, path)?;
    match regex::Regex::new(&pattern) {
        Ok(_) => Ok(pattern),
        Err(e) => {
            let reason = e.to_string();
            let reason = reason.lines().last().unwrap_or_default().trim().to_owned();
            Err(SpecError::new(
                &join(path, key),
                format!("`{pattern}` is not a valid regular expression: {reason}"),
            ))
        }
    }
}

/// Column names: one name, or a list of them.
fn columns(v: &Value, path: &str) -> Result<Vec<String>, SpecError> {
    match v {
        Value::String(_) => Ok(vec![column_name(v, path)?]),
        Value::Array(items) if !items.is_empty() => items
            .iter()
            .enumerate()
            .map(|(i, item)| column_name(item, &format!("{path}[{i}]")))
            .collect(),
        _ => Err(SpecError::new(
            path,
            "must be a column name or a non-empty list of them",
        )),
    }
}

/// Parses the heads of this module; `None` when the object has none of them.
pub(super) fn parse(map: &Map<String, Value>, path: &str) -> Result<Option<Expr>, SpecError> {
    let whole = || Value::Object(map.clone());
    // Conditions written as in `filter`: column tests and and/or/not.
    if (map.contains_key("column") && !map.contains_key("trunc"))
        || ["and", "or", "not"].iter().any(|k| map.contains_key(*k))
    {
        return Ok(Some(Expr::Condition(Box::new(Predicate::from_json(
            &whole(),
            path,
        )?))));
    }
    for (key, op) in COMPARE_OPS {
        if let Some(v) = map.get(key) {
            only_keys(map, &[key], path)?;
            let p = join(path, key);
            let items = list(v, &p, 2)?;
            if items.len() != 2 {
                return Err(SpecError::new(&p, "needs exactly two values"));
            }
            return Ok(Some(Expr::Compare(
                op,
                Box::new(subject(&items[0], &format!("{p}[0]"))?),
                Box::new(value(&items[1], &format!("{p}[1]"))?),
            )));
        }
    }
    if let Some(v) = map.get("is_in") {
        only_keys(map, &["is_in", "values"], path)?;
        let p = join(path, "values");
        let values = list(required(map, "values", path)?, &p, 1)?
            .iter()
            .enumerate()
            .map(|(i, item)| Literal::from_json(item, &format!("{p}[{i}]")))
            .collect::<Result<_, _>>()?;
        return Ok(Some(Expr::IsIn {
            expr: Box::new(subject(v, &join(path, "is_in"))?),
            values,
        }));
    }
    if let Some(v) = map.get("between") {
        only_keys(map, &["between", "low", "high"], path)?;
        return Ok(Some(Expr::Between {
            expr: Box::new(subject(v, &join(path, "between"))?),
            low: Box::new(value(required(map, "low", path)?, &join(path, "low"))?),
            high: Box::new(value(required(map, "high", path)?, &join(path, "high"))?),
        }));
    }
    if let Some(v) = map.get("case") {
        only_keys(map, &["case", "otherwise"], path)?;
        let p = join(path, "case");
        let mut branches = Vec::new();
        for (i, item) in list(v, &p, 1)?.iter().enumerate() {
            let bp = format!("{p}[{i}]");
            let branch = object(item, &bp, "{\"when\": condition, \"then\": value}")?;
            only_keys(branch, &["when", "then"], &bp)?;
            let when = Predicate::from_json(required(branch, "when", &bp)?, &join(&bp, "when"))?;
            let then = value(required(branch, "then", &bp)?, &join(&bp, "then"))?;
            branches.push((when, then));
        }
        let otherwise = match map.get("otherwise") {
            None => None,
            Some(o) => Some(Box::new(value(o, &join(path, "otherwise"))?)),
        };
        return Ok(Some(Expr::Case {
            branches,
            otherwise,
        }));
    }
    if let Some(e) = parse_text(map, path)? {
        return Ok(Some(e));
    }
    if let Some(e) = parse_date(map, path)? {
        return Ok(Some(e));
    }
    // After the text heads: `length` is also a parameter of `substring`.
    for (key, f) in UNARY {
        if let Some(v) = map.get(key) {
            only_keys(map, &[key], path)?;
            return Ok(Some(Expr::Unary(
                f,
                Box::new(subject(v, &join(path, key))?),
            )));
        }
    }
    parse_window(map, path)
}

fn parse_text(map: &Map<String, Value>, path: &str) -> Result<Option<Expr>, SpecError> {
    let heads = [
        ("replace", &["pattern", "with", "regex"][..]),
        ("regex_extract", &["pattern", "group"]),
        ("regex_match", &["pattern"]),
        ("substring", &["start", "length"]),
        ("split_part", &["separator", "index"]),
        ("starts_with", &["prefix"]),
        ("ends_with", &["suffix"]),
        ("contains", &["text"]),
    ];
    let Some((head, params)) = heads.iter().find(|(h, _)| map.contains_key(*h)) else {
        return Ok(None);
    };
    let mut allowed = vec![*head];
    allowed.extend(params.iter());
    only_keys(map, &allowed, path)?;
    let f = match *head {
        "replace" => {
            let regex_mode = flag(map, "regex", path)?;
            let pattern = if regex_mode {
                regex(map, "pattern", path)?
            } else {
                text(map, "pattern", path)?
            };
            let with = match required(map, "with", path)? {
                Value::String(s) => s.clone(),
                _ => return Err(SpecError::new(&join(path, "with"), "must be text")),
            };
            TextFn::Replace {
                pattern,
                with,
                regex: regex_mode,
            }
        }
        "regex_extract" => {
            let pattern = regex(map, "pattern", path)?;
            let groups = regex::Regex::new(&pattern)
                .map(|r| r.captures_len() - 1)
                .unwrap_or(0);
            let group = match integer(map, "group", path, 0..=groups as i64)? {
                Some(g) => g as usize,
                None => usize::from(groups > 0),
            };
            TextFn::RegexExtract { pattern, group }
        }
        "regex_match" => TextFn::RegexMatch {
            pattern: regex(map, "pattern", path)?,
        },
        "substring" => TextFn::Substring {
            start: integer(map, "start", path, 1..=i64::from(u32::MAX))?.ok_or_else(|| {
                SpecError::new(
                    &join(path, "start"),
                    "is required (1 is the first character)",
                )
            })? as u64,
            length: integer(map, "length", path, 0..=i64::from(u32::MAX))?.map(|n| n as u64),
        },
        "split_part" => {
            let separator = text(map, "separator", path)?;
            let index = integer(map, "index", path, -1000..=1000)?
                .filter(|i| *i != 0)
                .ok_or_else(|| {
                    SpecError::new(
                        &join(path, "index"),
                        "is required: 1 is the first part, -1 the last (not 0)",
                    )
                })?;
            TextFn::SplitPart { separator, index }
        }
        "starts_with" => TextFn::StartsWith(text(map, "prefix", path)?),
        "ends_with" => TextFn::EndsWith(text(map, "suffix", path)?),
        _ => TextFn::Contains(text(map, "text", path)?),
    };
    let of = subject(&map[*head], &join(path, head))?;
    Ok(Some(Expr::Text(f, Box::new(of))))
}

fn parse_date(map: &Map<String, Value>, path: &str) -> Result<Option<Expr>, SpecError> {
    if let Some(unit) = map.get("trunc") {
        only_keys(map, &["trunc", "column"], path)?;
        let names: Vec<&str> = TRUNC_UNITS.iter().map(|(n, _)| *n).collect();
        let unit = TRUNC_UNITS
            .iter()
            .find(|(n, _)| unit.as_str() == Some(*n))
            .map(|(_, u)| *u)
            .ok_or_else(|| {
                SpecError::new(
                    &join(path, "trunc"),
                    format!("must be one of: {}", names.join(", ")),
                )
            })?;
        let of = subject(required(map, "column", path)?, &join(path, "column"))?;
        return Ok(Some(Expr::Date(DateFn::Trunc(unit), Box::new(of))));
    }
    for (head, amount) in [("add_days", "days"), ("add_months", "months")] {
        if let Some(v) = map.get(head) {
            only_keys(map, &[head, amount], path)?;
            let n = value(required(map, amount, path)?, &join(path, amount))?;
            if let Expr::Lit(l) = &n
                && !matches!(l, Literal::Int(_))
            {
                return Err(SpecError::new(
                    &join(path, amount),
                    "must be a whole number or an expression",
                ));
            }
            let f = if head == "add_days" {
                DateFn::AddDays(Box::new(n))
            } else {
                DateFn::AddMonths(Box::new(n))
            };
            return Ok(Some(Expr::Date(
                f,
                Box::new(subject(v, &join(path, head))?),
            )));
        }
    }
    if let Some(v) = map.get("days_between") {
        only_keys(map, &["days_between"], path)?;
        let p = join(path, "days_between");
        let items = list(v, &p, 2)?;
        if items.len() != 2 {
            return Err(SpecError::new(&p, "needs exactly two values: [from, to]"));
        }
        return Ok(Some(Expr::DaysBetween {
            from: Box::new(subject(&items[0], &format!("{p}[0]"))?),
            to: Box::new(subject(&items[1], &format!("{p}[1]"))?),
        }));
    }
    Ok(None)
}

fn parse_window(map: &Map<String, Value>, path: &str) -> Result<Option<Expr>, SpecError> {
    const HEADS: [&str; 8] = [
        "cum_sum",
        "cum_max",
        "rolling_mean",
        "rolling_sum",
        "lag",
        "lead",
        "rank",
        "row_number",
    ];
    let Some(head) = HEADS.iter().find(|h| map.contains_key(**h)).copied() else {
        return Ok(None);
    };
    let mut allowed = vec![head, "order_by", "partition_by", "descending"];
    match head {
        "rolling_mean" | "rolling_sum" => allowed.extend(["rows", "min_rows"]),
        "lag" | "lead" => allowed.push("rows"),
        "rank" => allowed.push("ties"),
        _ => {}
    }
    only_keys(map, &allowed, path)?;
    let hp = join(path, head);
    let partition_by = match map.get("partition_by") {
        None => Vec::new(),
        Some(Value::Array(items)) if items.is_empty() => Vec::new(),
        Some(v) => columns(v, &join(path, "partition_by"))?,
    };
    // `rank` and `row_number` read no value: their head is `true`, and `order_by` says what
    // they number by, like every other window.
    if matches!(head, "rank" | "row_number") && map[head] != Value::Bool(true) {
        return Err(SpecError::new(
            &hp,
            format!(
                "must be true; the columns that order the rows go in `order_by` \
                 ({{\"{head}\": true, \"order_by\": [\"date\"]}})"
            ),
        ));
    }
    let order_by = columns(
        map.get("order_by").ok_or_else(|| {
            SpecError::new(
                &join(path, "order_by"),
                "is required: the columns that order rows (e.g. [\"date\"])",
            )
        })?,
        &join(path, "order_by"),
    )?;
    let descending = flag(map, "descending", path)?;
    let rows = |default: Option<i64>| -> Result<u32, SpecError> {
        match (integer(map, "rows", path, 1..=100_000)?, default) {
            (Some(n), _) | (None, Some(n)) => Ok(n as u32),
            (None, None) => Err(SpecError::new(
                &join(path, "rows"),
                "is required: how many rows the window spans (e.g. 7)",
            )),
        }
    };
    let function = match head {
        "cum_sum" => WindowFn::CumSum(subject(&map[head], &hp)?),
        "cum_max" => WindowFn::CumMax(subject(&map[head], &hp)?),
        "rolling_mean" | "rolling_sum" => {
            let expr = subject(&map[head], &hp)?;
            let rows = rows(None)?;
            let min_rows =
                integer(map, "min_rows", path, 1..=i64::from(rows))?.map_or(rows, |n| n as u32);
            if head == "rolling_mean" {
                WindowFn::RollingMean {
                    expr,
                    rows,
                    min_rows,
                }
            } else {
                WindowFn::RollingSum {
                    expr,
                    rows,
                    min_rows,
                }
            }
        }
        "lag" => WindowFn::Lag {
            expr: subject(&map[head], &hp)?,
            rows: rows(Some(1))?,
        },
        "lead" => WindowFn::Lead {
            expr: subject(&map[head], &hp)?,
            rows: rows(Some(1))?,
        },
        "rank" => WindowFn::Rank(match map.get("ties").map(Value::as_str) {
            None | Some(Some("min")) => Ties::Min,
            Some(Some("dense")) => Ties::Dense,
            Some(_) => {
                return Err(SpecError::new(
                    &join(path, "ties"),
                    "must be \"min\" (1, 2, 2, 4) or \"dense\" (1, 2, 2, 3)",
                ));
            }
        }),
        _ => WindowFn::RowNumber,
    };
    Ok(Some(Expr::Window(Box::new(Window {
        function,
        order_by,
        partition_by,
        descending,
    }))))
}

/// The JSON of the heads of this module (the others are written by `Expr::to_json`).
pub(super) fn to_json(e: &Expr) -> Value {
    match e {
        Expr::Compare(op, a, b) => json!({compare_key(*op): [subject_json(a), value_json(b)]}),
        Expr::Condition(p) => p.to_json(),
        Expr::IsIn { expr, values } => json!({
            "is_in": subject_json(expr),
            "values": values.iter().map(Literal::to_json).collect::<Vec<_>>(),
        }),
        Expr::Between { expr, low, high } => json!({
            "between": subject_json(expr), "low": value_json(low), "high": value_json(high),
        }),
        Expr::Case {
            branches,
            otherwise,
        } => {
            let branches: Vec<Value> = branches
                .iter()
                .map(|(w, t)| json!({"when": w.to_json(), "then": value_json(t)}))
                .collect();
            match otherwise {
                Some(o) => json!({"case": branches, "otherwise": value_json(o)}),
                None => json!({"case": branches}),
            }
        }
        Expr::Unary(f, of) => {
            let key = UNARY
                .iter()
                .find(|(_, g)| g == f)
                .map(|(k, _)| *k)
                .unwrap_or("is_null");
            json!({key: subject_json(of)})
        }
        Expr::Text(f, of) => {
            let of = subject_json(of);
            match f {
                TextFn::Replace {
                    pattern,
                    with,
                    regex,
                } => json!({"replace": of, "pattern": pattern, "with": with, "regex": regex}),
                TextFn::RegexExtract { pattern, group } => {
                    json!({"regex_extract": of, "pattern": pattern, "group": group})
                }
                TextFn::RegexMatch { pattern } => json!({"regex_match": of, "pattern": pattern}),
                TextFn::Substring { start, length } => match length {
                    Some(n) => json!({"substring": of, "start": start, "length": n}),
                    None => json!({"substring": of, "start": start}),
                },
                TextFn::SplitPart { separator, index } => {
                    json!({"split_part": of, "separator": separator, "index": index})
                }
                TextFn::StartsWith(s) => json!({"starts_with": of, "prefix": s}),
                TextFn::EndsWith(s) => json!({"ends_with": of, "suffix": s}),
                TextFn::Contains(s) => json!({"contains": of, "text": s}),
            }
        }
        Expr::Date(f, of) => {
            let of = subject_json(of);
            match f {
                DateFn::Trunc(unit) => {
                    let unit = TRUNC_UNITS
                        .iter()
                        .find(|(_, u)| u == unit)
                        .map(|(n, _)| *n)
                        .unwrap_or("day");
                    json!({"trunc": unit, "column": of})
                }
                DateFn::AddDays(n) => json!({"add_days": of, "days": value_json(n)}),
                DateFn::AddMonths(n) => json!({"add_months": of, "months": value_json(n)}),
            }
        }
        Expr::DaysBetween { from, to } => {
            json!({"days_between": [subject_json(from), subject_json(to)]})
        }
        Expr::Window(w) => {
            let head = w.head();
            let mut out = Map::new();
            let of = w.expr().map(subject_json).unwrap_or(Value::Bool(true));
            out.insert(head.into(), of);
            out.insert("order_by".into(), json!(w.order_by));
            out.insert("partition_by".into(), json!(w.partition_by));
            out.insert("descending".into(), json!(w.descending));
            match &w.function {
                WindowFn::RollingMean { rows, min_rows, .. }
                | WindowFn::RollingSum { rows, min_rows, .. } => {
                    out.insert("rows".into(), json!(rows));
                    out.insert("min_rows".into(), json!(min_rows));
                }
                WindowFn::Lag { rows, .. } | WindowFn::Lead { rows, .. } => {
                    out.insert("rows".into(), json!(rows));
                }
                WindowFn::Rank(ties) => {
                    let ties = match ties {
                        Ties::Min => "min",
                        Ties::Dense => "dense",
                    };
                    out.insert("ties".into(), json!(ties));
                }
                _ => {}
            }
            Value::Object(out)
        }
        // The heads of `tree` never reach here.
        _ => Value::Null,
    }
}

impl Expr {
    /// The expressions directly inside this one (not those inside its conditions).
    pub(super) fn children(&self) -> Vec<&Expr> {
        match self {
            Expr::Col(_) | Expr::Lit(_) | Expr::Diff { .. } | Expr::Condition(_) => vec![],
            Expr::Arithmetic(_, xs) | Expr::Coalesce(xs) | Expr::Concat { parts: xs, .. } => {
                xs.iter().collect()
            }
            Expr::String(_, e)
            | Expr::Round { expr: e, .. }
            | Expr::Unary(_, e)
            | Expr::Text(_, e)
            | Expr::IsIn { expr: e, .. } => vec![e],
            Expr::Compare(_, a, b) | Expr::DaysBetween { from: a, to: b } => vec![a, b],
            Expr::Between { expr, low, high } => vec![expr, low, high],
            Expr::Case {
                branches,
                otherwise,
            } => branches
                .iter()
                .map(|(_, t)| t)
                .chain(otherwise.as_deref())
                .collect(),
            Expr::Date(f, e) => match f {
                DateFn::Trunc(_) => vec![e],
                DateFn::AddDays(n) | DateFn::AddMonths(n) => vec![e, n],
            },
            Expr::Window(w) => w.expr().into_iter().collect(),
        }
    }

    /// The conditions directly inside this expression.
    pub(super) fn conditions(&self) -> Vec<&Predicate> {
        match self {
            Expr::Condition(p) => vec![p],
            Expr::Case { branches, .. } => branches.iter().map(|(w, _)| w).collect(),
            _ => vec![],
        }
    }
}
