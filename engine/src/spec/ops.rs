//! The transform operations. Each is its own struct so that a parse error keeps its full path.
//! Operations change `frame` in place, except `join` and `union`, which make a new frame `into`.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::{AggregateOp, Expr, Predicate, SpecError, from_json};
use crate::domain::FrameName;

/// A value type a column can be cast to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DataType {
    String,
    /// 64-bit signed integer.
    Int,
    /// 64-bit float.
    Float,
    /// `true`/`false` (also `1`/`0`, `yes`/`no`, any case).
    Bool,
    /// ISO-8601 date, `YYYY-MM-DD`; use `parse_date` for other formats.
    Date,
    /// ISO-8601 date and time; use `parse_datetime` for other formats.
    Datetime,
}

impl DataType {
    /// Every type, in the order above.
    pub const ALL: [DataType; 6] = [
        DataType::String,
        DataType::Int,
        DataType::Float,
        DataType::Bool,
        DataType::Date,
        DataType::Datetime,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum JoinHow {
    Inner,
    Left,
    Full,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Keep {
    #[default]
    First,
    Last,
}

/// Keeps only `columns`, in that order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SelectOp {
    pub frame: FrameName,
    pub columns: Vec<String>,
}

/// Removes `columns`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DropOp {
    pub frame: FrameName,
    pub columns: Vec<String>,
}

/// Renames columns: `{"old name": "new_name"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RenameOp {
    pub frame: FrameName,
    pub columns: BTreeMap<String, String>,
}

/// Converts columns to a type. A non-null value that does not convert rejects its row, which
/// goes to the failed records with the column, the value and the source row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CastOp {
    pub frame: FrameName,
    pub columns: BTreeMap<String, DataType>,
}

/// Parses a text column as a date with a chrono `format` (`%m/%d/%Y`). Unparsable values
/// reject their rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParseDateOp {
    pub frame: FrameName,
    pub column: String,
    pub format: String,
}

/// Parses a text column as a date and time with a chrono `format`; values without an offset
/// are read in `timezone` (UTC by default). The result is UTC.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParseDatetimeOp {
    pub frame: FrameName,
    pub column: String,
    pub format: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, example = "America/New_York")]
    pub timezone: Option<super::Timezone>,
}

/// Keeps the rows where `where` holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FilterOp {
    pub frame: FrameName,
    #[serde(rename = "where")]
    pub condition: Predicate,
}

/// Turns columns into rows: each column of `on` (by default every column not in `index`)
/// becomes a row with its header in `name` and its value in `value`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UnpivotOp {
    pub frame: FrameName,
    /// Columns repeated on every produced row.
    #[serde(default, alias = "keep")]
    pub index: Vec<String>,
    /// Columns turned into rows; all the others (minus `drop`) when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<Vec<String>>,
    /// Columns removed first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drop: Vec<String>,
    pub name: String,
    pub value: String,
}

/// Joins `left` and `right` on key columns into a new frame `into`. Columns of `right` whose
/// names clash with `left` get `suffix`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JoinOp {
    pub left: FrameName,
    pub right: FrameName,
    /// Key columns with the same name on both sides.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_on: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub right_on: Vec<String>,
    pub how: JoinHow,
    pub into: FrameName,
    #[serde(default = "right_suffix")]
    pub suffix: String,
}

fn right_suffix() -> String {
    "_right".into()
}

/// Adds (or replaces) `column` with the value of `expr`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeriveOp {
    pub frame: FrameName,
    pub column: String,
    pub expr: Expr,
}

/// Keeps one row per distinct `on` (every column when omitted), the first or the last seen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DedupeOp {
    pub frame: FrameName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<Vec<String>>,
    #[serde(default)]
    pub keep: Keep,
}

/// Sorts rows by `by`; `descending` is one flag for all columns or one per column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SortOp {
    pub frame: FrameName,
    pub by: Vec<String>,
    #[serde(default)]
    pub descending: Descending,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum Descending {
    All(bool),
    Each(Vec<bool>),
}

impl Default for Descending {
    fn default() -> Self {
        Descending::All(false)
    }
}

/// Stacks frames into a new frame `into`. Columns must match by name, unless `relaxed`, where
/// a column missing from a frame is null there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UnionOp {
    pub frames: Vec<FrameName>,
    pub into: FrameName,
    #[serde(default)]
    pub relaxed: bool,
}

/// Replaces nulls: `{"column": value}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FillNullOp {
    pub frame: FrameName,
    #[schema(value_type = BTreeMap<String, super::schema::Scalar>)]
    pub values: BTreeMap<String, Value>,
}

/// One transform step, tagged by `op`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Operation {
    Select(SelectOp),
    Drop(DropOp),
    Rename(RenameOp),
    Cast(CastOp),
    ParseDate(ParseDateOp),
    ParseDatetime(ParseDatetimeOp),
    Filter(FilterOp),
    Unpivot(UnpivotOp),
    Join(JoinOp),
    Derive(DeriveOp),
    Dedupe(DedupeOp),
    Sort(SortOp),
    Union(UnionOp),
    FillNull(FillNullOp),
    Aggregate(AggregateOp),
    Sql(super::SqlOp),
}

pub(super) const OPS: &str = "select, drop, rename, cast, parse_date, parse_datetime, filter, unpivot, join, derive, dedupe, sort, union, fill_null, aggregate, sql";

impl Operation {
    /// Parses one step; error paths are relative to the step.
    pub fn from_json(value: &Value) -> Result<Self, SpecError> {
        let Some(map) = value.as_object() else {
            return Err(SpecError::new("", "a step must be an object with an `op`"));
        };
        let op = match map.get("op") {
            Some(Value::String(op)) => op.as_str(),
            Some(_) => return Err(SpecError::new("op", "must be a string")),
            None => return Err(SpecError::new("op", format!("is missing; one of: {OPS}"))),
        };
        let mut rest = map.clone();
        rest.remove("op");
        let rest = Value::Object(rest);
        Ok(match op {
            "select" => Operation::Select(from_json(&rest)?),
            "drop" => Operation::Drop(from_json(&rest)?),
            "rename" => Operation::Rename(from_json(&rest)?),
            "cast" => Operation::Cast(from_json(&rest)?),
            "parse_date" => Operation::ParseDate(from_json(&rest)?),
            "parse_datetime" => Operation::ParseDatetime(from_json(&rest)?),
            "filter" => Operation::Filter(from_json(&rest)?),
            "unpivot" => Operation::Unpivot(from_json(&rest)?),
            "join" => Operation::Join(from_json(&rest)?),
            "derive" => Operation::Derive(from_json(&rest)?),
            "dedupe" => Operation::Dedupe(from_json(&rest)?),
            "sort" => Operation::Sort(from_json(&rest)?),
            "union" => Operation::Union(from_json(&rest)?),
            "fill_null" => Operation::FillNull(from_json(&rest)?),
            "aggregate" => Operation::Aggregate(AggregateOp::from_json(&rest)?),
            "sql" => Operation::Sql(from_json(&rest)?),
            other => {
                return Err(SpecError::new(
                    "op",
                    format!("unknown operation `{other}`; one of: {OPS}"),
                ));
            }
        })
    }

    /// The frames the step reads, with the field naming each.
    pub fn inputs(&self) -> Vec<(String, &FrameName)> {
        match self {
            Operation::Join(j) => vec![("left".into(), &j.left), ("right".into(), &j.right)],
            Operation::Union(u) => u
                .frames
                .iter()
                .enumerate()
                .map(|(i, f)| (format!("frames[{i}]"), f))
                .collect(),
            Operation::Sql(q) => q
                .query
                .frames()
                .iter()
                .map(|f| ("query".into(), f))
                .collect(),
            other => other
                .frame()
                .map(|f| ("frame".into(), f))
                .into_iter()
                .collect(),
        }
    }

    /// The frame changed in place (or read, by `aggregate` with an `into`), for the steps
    /// that have one.
    pub fn frame(&self) -> Option<&FrameName> {
        Some(match self {
            Operation::Select(o) => &o.frame,
            Operation::Drop(o) => &o.frame,
            Operation::Rename(o) => &o.frame,
            Operation::Cast(o) => &o.frame,
            Operation::ParseDate(o) => &o.frame,
            Operation::ParseDatetime(o) => &o.frame,
            Operation::Filter(o) => &o.frame,
            Operation::Unpivot(o) => &o.frame,
            Operation::Derive(o) => &o.frame,
            Operation::Dedupe(o) => &o.frame,
            Operation::Sort(o) => &o.frame,
            Operation::FillNull(o) => &o.frame,
            Operation::Aggregate(o) => &o.frame,
            Operation::Join(_) | Operation::Union(_) | Operation::Sql(_) => return None,
        })
    }

    /// The new frame the step makes (`join`, `union`, `sql`, `aggregate` with an `into`).
    pub fn output(&self) -> Option<&FrameName> {
        match self {
            Operation::Join(j) => Some(&j.into),
            Operation::Union(u) => Some(&u.into),
            Operation::Aggregate(a) => a.into.as_ref(),
            Operation::Sql(q) => Some(&q.into),
            _ => None,
        }
    }

    /// The step's own rules, beyond its shape.
    pub fn check(&self) -> Result<(), SpecError> {
        match self {
            Operation::Select(o) => columns("columns", &o.columns),
            Operation::Drop(o) => columns("columns", &o.columns),
            Operation::Rename(o) => {
                if o.columns.is_empty() {
                    return Err(SpecError::new("columns", "needs at least one column"));
                }
                let mut targets = BTreeSet::new();
                for (from, to) in &o.columns {
                    if from.is_empty() || to.is_empty() {
                        return Err(SpecError::new(
                            &format!("columns.{from}"),
                            "column names must not be empty",
                        ));
                    }
                    if !targets.insert(to) {
                        return Err(SpecError::new(
                            &format!("columns.{from}"),
                            format!("two columns are renamed to `{to}`"),
                        ));
                    }
                }
                Ok(())
            }
            Operation::Cast(o) => {
                if o.columns.is_empty() {
                    return Err(SpecError::new("columns", "needs at least one column"));
                }
                Ok(())
            }
            Operation::ParseDate(o) => {
                non_empty("column", &o.column)?;
                date_format("format", &o.format, false)
            }
            Operation::ParseDatetime(o) => {
                non_empty("column", &o.column)?;
                date_format("format", &o.format, true)
            }
            Operation::Filter(_) | Operation::Aggregate(_) => Ok(()),
            Operation::Unpivot(o) => {
                unique("index", &o.index)?;
                if let Some(on) = &o.on {
                    columns("on", on)?;
                    if let Some(c) = on.iter().find(|c| o.index.contains(c)) {
                        return Err(SpecError::new("on", format!("`{c}` is also in `index`")));
                    }
                }
                unique("drop", &o.drop)?;
                non_empty("name", &o.name)?;
                non_empty("value", &o.value)?;
                if o.name == o.value {
                    return Err(SpecError::new("value", "must differ from `name`"));
                }
                if o.index.contains(&o.name) || o.index.contains(&o.value) {
                    return Err(SpecError::new(
                        "name",
                        "`name` and `value` must not be columns of `index`",
                    ));
                }
                Ok(())
            }
            Operation::Join(o) => {
                match (o.on.is_empty(), o.left_on.is_empty(), o.right_on.is_empty()) {
                    (false, true, true) => columns("on", &o.on)?,
                    (true, false, false) => {
                        columns("left_on", &o.left_on)?;
                        columns("right_on", &o.right_on)?;
                        if o.left_on.len() != o.right_on.len() {
                            return Err(SpecError::new(
                                "right_on",
                                format!(
                                    "has {} column(s) but left_on has {}",
                                    o.right_on.len(),
                                    o.left_on.len()
                                ),
                            ));
                        }
                    }
                    _ => {
                        return Err(SpecError::new(
                            "on",
                            "give the key columns either as `on`, or as both `left_on` and `right_on`",
                        ));
                    }
                }
                if o.left == o.right {
                    return Err(SpecError::new(
                        "right",
                        "a frame cannot be joined with itself",
                    ));
                }
                non_empty("suffix", &o.suffix)
            }
            Operation::Derive(o) => non_empty("column", &o.column),
            Operation::Dedupe(o) => match &o.on {
                Some(on) => columns("on", on),
                None => Ok(()),
            },
            Operation::Sort(o) => {
                columns("by", &o.by)?;
                if let Descending::Each(flags) = &o.descending
                    && flags.len() != o.by.len()
                {
                    return Err(SpecError::new(
                        "descending",
                        format!("has {} flag(s) for {} column(s)", flags.len(), o.by.len()),
                    ));
                }
                Ok(())
            }
            Operation::Union(o) => {
                if o.frames.len() < 2 {
                    return Err(SpecError::new("frames", "needs at least two frames"));
                }
                let mut seen = BTreeSet::new();
                for (i, f) in o.frames.iter().enumerate() {
                    if !seen.insert(f) {
                        return Err(SpecError::new(
                            &format!("frames[{i}]"),
                            format!("`{f}` is listed twice"),
                        ));
                    }
                }
                Ok(())
            }
            Operation::FillNull(o) => {
                if o.values.is_empty() {
                    return Err(SpecError::new("values", "needs at least one column"));
                }
                for (column, value) in &o.values {
                    if !(value.is_string() || value.is_number() || value.is_boolean()) {
                        return Err(SpecError::new(
                            &format!("values.{column}"),
                            "must be a string, number or boolean",
                        ));
                    }
                }
                Ok(())
            }
            // The query was checked when it was parsed (`spec::sql`).
            Operation::Sql(_) => Ok(()),
        }
    }
}

fn non_empty(field: &str, value: &str) -> Result<(), SpecError> {
    if value.is_empty() {
        Err(SpecError::new(field, "must not be empty"))
    } else {
        Ok(())
    }
}

fn unique(field: &str, list: &[String]) -> Result<(), SpecError> {
    let mut seen = BTreeSet::new();
    for (i, c) in list.iter().enumerate() {
        if c.is_empty() {
            return Err(SpecError::new(
                &format!("{field}[{i}]"),
                "must not be empty",
            ));
        }
        if !seen.insert(c) {
            return Err(SpecError::new(
                &format!("{field}[{i}]"),
                format!("`{c}` is listed twice"),
            ));
        }
    }
    Ok(())
}

fn columns(field: &str, list: &[String]) -> Result<(), SpecError> {
    if list.is_empty() {
        return Err(SpecError::new(field, "needs at least one column"));
    }
    unique(field, list)
}

/// A chrono format must consume a whole value; checks that it names the parts it needs.
fn date_format(field: &str, format: &str, with_time: bool) -> Result<(), SpecError> {
    use chrono::format::{Item, StrftimeItems};
    let items: Vec<Item> = StrftimeItems::new(format).collect();
    if items.iter().any(|i| matches!(i, Item::Error)) {
        return Err(SpecError::new(
            field,
            format!("`{format}` is not a valid chrono format (e.g. `%Y-%m-%d`, `%m/%d/%Y`)"),
        ));
    }
    let has = |needles: &[&str]| needles.iter().any(|n| format.contains(n));
    let date_ok = has(&["%Y", "%y", "%G"]) && has(&["%m", "%b", "%B", "%j", "%V", "%U", "%W"])
        || has(&["%F", "%D", "%x", "%c", "%+", "%s"]);
    if !date_ok {
        return Err(SpecError::new(
            field,
            format!("`{format}` does not name a year and a month (e.g. `%Y-%m-%d`)"),
        ));
    }
    if with_time && !has(&["%H", "%I", "%T", "%R", "%c", "%+", "%s", "%X", "%r"]) {
        return Err(SpecError::new(
            field,
            format!(
                "`{format}` has no time of day (e.g. `%Y-%m-%d %H:%M:%S`); use parse_date for dates"
            ),
        ));
    }
    Ok(())
}
