//! The pipeline spec: which sources feed which frames, the transform steps, the output frame,
//! the destination table, and optionally the incremental cursor, the schedule and data tests
//! on the output.
//!
//! [`PipelineSpec::parse`] is the only way in. It reports every problem it can find, each with
//! the path of the offending value (`transform[3].on[0]`), before anything is stored or run.

mod aggregate;
mod data_tests;
mod functions;
mod ops;
mod schedule;
mod schema;
mod schema_fns;
mod source;
mod source_frame;
mod sql;
mod tree;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

pub use aggregate::{AggFn, AggregateOp, Aggregation, GroupKey};
pub use data_tests::{Check, DataTest, OnFail};
pub use functions::{DateFn, TextFn, Ties, TruncUnit, UnaryFn, Window, WindowFn};
pub use ops::*;
pub use schedule::{CronSchedule, Schedule, Timezone};
pub use source::{CsvOptions, Format, SourceFormat};
pub use source_frame::SourceFrame;
pub use sql::{SqlOp, SqlQuery};
pub use tree::{Arithmetic, CompareOp, DiffFirst, Expr, Literal, Predicate, StringFn};

use crate::domain::{ColumnName, FrameName, ResourceName, TableName};

/// One problem in a spec (or any request body): where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SpecError {
    /// Path of the offending value, e.g. `transform[3].on[0]`; empty for the document itself.
    pub path: String,
    pub message: String,
}

impl SpecError {
    pub fn new(path: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            message: message.into(),
        }
    }

    /// Prefixes the path with `outer` (`spec` + `transform[0]` -> `spec.transform[0]`).
    pub fn within(mut self, outer: &str) -> Self {
        self.path = match (outer.is_empty(), self.path.is_empty()) {
            (true, _) => self.path,
            (false, true) => outer.to_owned(),
            (false, false) if self.path.starts_with('[') => format!("{outer}{}", self.path),
            (false, false) => format!("{outer}.{}", self.path),
        };
        self
    }
}

impl std::fmt::Display for SpecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Where the output lands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Destination {
    /// Table in the tenant's schema; created on the first run.
    #[schema(example = "us_covid")]
    pub table: TableName,
    /// Columns that identify a row: rows are upserted on them, never duplicated.
    #[schema(example = json!(["date"]))]
    pub primary_key: Vec<ColumnName>,
    /// How a run writes the table.
    #[serde(default, skip_serializing_if = "LoadMode::is_default")]
    pub mode: LoadMode,
    /// What a run does when the output's columns differ from the table's.
    #[serde(default, skip_serializing_if = "OnSchemaChange::is_default")]
    pub on_schema_change: OnSchemaChange,
    /// Only with `mode: mirror`: rows the sources no longer have are kept and marked with the
    /// time they disappeared in the bookkeeping column `_sluice_deleted_at`, instead of being
    /// deleted; a row that comes back has the mark cleared.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub soft_delete: bool,
    /// The name of one of the tenant's destinations (`/api/v1/destinations`): the table is
    /// loaded into that PostgreSQL database, in the destination's schema. Without it, the
    /// built-in database, in the tenant's schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, example = "warehouse")]
    pub database: Option<ResourceName>,
}

/// How a run writes the destination table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LoadMode {
    /// Rows are inserted or updated on their primary key; only new and changed rows are
    /// written; rows the sources no longer have stay.
    #[default]
    Upsert,
    /// The table is rebuilt from this run's output: loaded into a new table beside it, then
    /// swapped in within the run's transaction, so readers see the old table or the new one,
    /// never a half-loaded one. Rows the sources no longer have are gone. Not with
    /// `incremental`.
    Replace,
    /// Insert-only: rows whose primary key is new are inserted; rows whose key the table
    /// already holds are never updated, even when their content differs (counted `unchanged`,
    /// and the run's step log says how many differed).
    Append,
    /// `upsert`, then the rows whose key this run's output no longer has are deleted (or
    /// marked in `_sluice_deleted_at` with `soft_delete`), in the same transaction. A run whose
    /// output is empty, or that rejected rows before its output (their keys are unknown),
    /// deletes nothing and says so in its step log. Not with `incremental`.
    Mirror,
}

impl LoadMode {
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// What a run does when the output has columns the table lacks, or lacks columns the table
/// has. A column whose type changes is refused in every mode (cast it, or load into a new
/// table).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OnSchemaChange {
    /// New columns are added (nullable) and filled for the rows this run loads; on an
    /// incremental pipeline, rows before the window keep NULL there.
    #[default]
    AddColumns,
    /// New columns are added, and the run reloads every row (the incremental cursor ignored
    /// once) so that they are filled everywhere.
    Backfill,
    /// The run fails, loading nothing, when columns are added or removed.
    Fail,
}

impl OnSchemaChange {
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// Only rows whose cursor is at or after (the latest loaded value minus `lookback`) are
/// considered on each run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Incremental {
    /// A date, datetime or integer column of the output.
    #[schema(example = "date")]
    pub cursor: ColumnName,
    /// How far behind the latest loaded cursor value to look again, in the cursor's unit:
    /// days for a date, seconds for a datetime, the number itself for an integer.
    #[serde(default)]
    pub lookback: u32,
}

/// The most steps a spec's `transform` holds. Far above any pipeline seen, and what the
/// threads that plan and run transforms have stack for ([`crate::etl::PLAN_STACK`]): polars
/// builds a plan recursively, one level per step.
pub const MAX_STEPS: usize = 100;

/// A whole pipeline spec.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PipelineSpec {
    /// Frame name -> name of a registered source (or `{"source": name, "infer_types": false}`
    /// to read its columns as text).
    #[schema(example = json!({"nyt": "nyt-us", "jhu": {"source": "jhu-recovered", "infer_types": false}}))]
    pub sources: BTreeMap<FrameName, SourceFrame>,
    /// Steps, applied in order; at most [`MAX_STEPS`].
    // utoipa takes a literal only: `a_spec_holds_at_most_max_steps` holds it to MAX_STEPS.
    #[schema(max_items = 100)]
    pub transform: Vec<Operation>,
    /// The frame that is loaded.
    #[schema(example = "out")]
    pub output: FrameName,
    pub destination: Destination,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incremental: Option<Incremental>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    /// Data tests on the output, applied in order before it loads.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tests: Vec<DataTest>,
}

/// The spec's top-level fields; each is parsed on its own, so that one bad field does not
/// hide the others' errors.
const FIELDS: [&str; 7] = [
    "sources",
    "transform",
    "output",
    "destination",
    "incremental",
    "schedule",
    "tests",
];

/// Deserializes `T` from a JSON value; an error carries the path of the offending value.
pub fn from_json<T: serde::de::DeserializeOwned>(value: &Value) -> Result<T, SpecError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let outer = match e.path().to_string() {
            p if p == "." => String::new(),
            p => p,
        };
        let message = e.into_inner().to_string();
        // A nested parser reports `<sub-path>\u{1f}<message>` (see `tree`).
        match message.split_once(tree::PATH_SEPARATOR) {
            Some((inner, msg)) => {
                let msg = strip_position(msg);
                SpecError::new(inner, msg).within(&outer)
            }
            None => SpecError::new(&outer, strip_position(&message)),
        }
    })
}

/// serde_json appends " at line 1 column 20"; paths say more, so drop it.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => message[..i].to_owned(),
        _ => message.to_owned(),
    }
}

impl PipelineSpec {
    /// Parses and validates a spec. Each top-level field, each step and each data test is
    /// parsed on its own (a structural error stops at the first one within it); the checks
    /// across steps run once everything parsed. One call lists every problem found.
    pub fn parse(value: &Value) -> Result<Self, Vec<SpecError>> {
        let Some(map) = value.as_object() else {
            return Err(vec![SpecError::new("", "a spec must be a JSON object")]);
        };
        let mut errors = Vec::new();
        for key in map.keys() {
            if !FIELDS.contains(&key.as_str()) {
                errors.push(SpecError::new(
                    key,
                    format!(
                        "unknown field `{key}`; expected one of: {}",
                        FIELDS.join(", ")
                    ),
                ));
            }
        }
        let sources = field(map, "sources", true, &mut errors);
        let output = field(map, "output", true, &mut errors);
        let destination = field(map, "destination", true, &mut errors);
        let incremental = field(map, "incremental", false, &mut errors);
        let schedule = field(map, "schedule", false, &mut errors);
        let steps: Vec<Value> = field(map, "transform", false, &mut errors).unwrap_or_default();
        if steps.len() > MAX_STEPS {
            errors.push(SpecError::new(
                "transform",
                format!(
                    "has {} steps; a pipeline holds at most {MAX_STEPS} (split it, or fold \
                     steps together: one `select`, one `cast` or one `sql` step can do the work \
                     of many)",
                    steps.len()
                ),
            ));
        }
        let mut transform = Vec::with_capacity(steps.len());
        for (i, step) in steps.iter().enumerate() {
            match Operation::from_json(step) {
                Ok(op) => transform.push(op),
                Err(e) => errors.push(e.within(&format!("transform[{i}]"))),
            }
        }
        let raw_tests: Vec<Value> = field(map, "tests", false, &mut errors).unwrap_or_default();
        let mut tests = Vec::with_capacity(raw_tests.len());
        for (i, test) in raw_tests.iter().enumerate() {
            match from_json::<DataTest>(test).and_then(|t| t.check().map(|()| t)) {
                Ok(t) => tests.push(t),
                Err(e) => errors.push(e.within(&format!("tests[{i}]"))),
            }
        }
        let (Some(sources), Some(output), Some(destination), true) =
            (sources, output, destination, errors.is_empty())
        else {
            return Err(errors);
        };
        let spec = PipelineSpec {
            sources,
            transform,
            output,
            destination,
            incremental: incremental.flatten(),
            schedule: schedule.flatten(),
            tests,
        };
        spec.check()?;
        Ok(spec)
    }

    /// Whether the source frame `frame` reads its columns as the types inference finds
    /// (false for a frame that is not a source).
    pub fn infers_types(&self, frame: &str) -> bool {
        self.sources
            .iter()
            .find(|(f, _)| f.as_str() == frame)
            .is_some_and(|(_, s)| s.infer_types)
    }

    /// The spec as stored: every default spelled out, so equal specs compare equal.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    fn check(&self) -> Result<(), Vec<SpecError>> {
        let mut errors = Vec::new();
        if self.sources.is_empty() {
            errors.push(SpecError::new("sources", "needs at least one source"));
        }
        let mut defined: BTreeSet<&FrameName> = self.sources.keys().collect();
        let mut used: BTreeSet<&FrameName> = BTreeSet::new();
        for (i, op) in self.transform.iter().enumerate() {
            let path = format!("transform[{i}]");
            for (field, frame) in op.inputs() {
                if defined.contains(frame) {
                    used.insert(frame);
                } else {
                    errors.push(SpecError::new(
                        &format!("{path}.{field}"),
                        format!(
                            "frame `{frame}` is not defined at this step (defined: {})",
                            names(&defined)
                        ),
                    ));
                }
            }
            if let Err(e) = op.check() {
                errors.push(e.within(&path));
            }
            if let Some(into) = op.output() {
                if self.sources.contains_key(into) {
                    errors.push(SpecError::new(
                        &format!("{path}.into"),
                        format!("`{into}` is a source frame; choose a new name"),
                    ));
                }
                defined.insert(into);
            }
        }
        if defined.contains(&self.output) {
            used.insert(&self.output);
        } else {
            errors.push(SpecError::new(
                "output",
                format!(
                    "frame `{}` is never defined (defined: {})",
                    self.output,
                    names(&defined)
                ),
            ));
        }
        for frame in self.sources.keys() {
            if !used.contains(frame) {
                errors.push(SpecError::new(
                    &format!("sources.{frame}"),
                    "this source frame is never used by a step or the output",
                ));
            }
        }
        let pk = &self.destination.primary_key;
        if pk.is_empty() {
            errors.push(SpecError::new(
                "destination.primary_key",
                "needs at least one column: rows are upserted on it",
            ));
        }
        if self.destination.mode == LoadMode::Replace && self.incremental.is_some() {
            errors.push(SpecError::new(
                "destination.mode",
                "`replace` rebuilds the table from every row, and `incremental` considers only \
                 recent ones: remove `incremental`, or load with `upsert`",
            ));
        }
        if self.destination.mode == LoadMode::Mirror && self.incremental.is_some() {
            errors.push(SpecError::new(
                "destination.mode",
                "`mirror` deletes the rows a full extract no longer has, and `incremental` \
                 considers only recent ones: remove `incremental`, or load with `upsert` or \
                 `append`",
            ));
        }
        if self.destination.mode == LoadMode::Append
            && self.destination.on_schema_change == OnSchemaChange::Backfill
        {
            errors.push(SpecError::new(
                "destination.on_schema_change",
                "`backfill` fills new columns by updating every row, and `append` never updates \
                 a row: use `add_columns` or `fail`, or load with `upsert`",
            ));
        }
        if self.destination.soft_delete && self.destination.mode != LoadMode::Mirror {
            errors.push(SpecError::new(
                "destination.soft_delete",
                "only `mirror` deletes rows: set `mode` to `mirror`, or remove `soft_delete`",
            ));
        }
        let mut seen = BTreeSet::new();
        for (i, column) in pk.iter().enumerate() {
            if !seen.insert(column) {
                errors.push(SpecError::new(
                    &format!("destination.primary_key[{i}]"),
                    format!("`{column}` is listed twice"),
                ));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// Parses `map[key]`; a missing required field or a bad value is added to `errors`.
fn field<T: serde::de::DeserializeOwned>(
    map: &serde_json::Map<String, Value>,
    key: &str,
    required: bool,
    errors: &mut Vec<SpecError>,
) -> Option<T> {
    match map.get(key) {
        None if required => {
            errors.push(SpecError::new(key, "is required"));
            None
        }
        None => None,
        Some(value) => from_json(value)
            .map_err(|e| errors.push(e.within(key)))
            .ok(),
    }
}

fn names(frames: &BTreeSet<&FrameName>) -> String {
    if frames.is_empty() {
        return "none".into();
    }
    frames
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl<'de> Deserialize<'de> for PipelineSpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        PipelineSpec::parse(&value).map_err(|errors| {
            let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
            serde::de::Error::custom(all.join("; "))
        })
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_language;
