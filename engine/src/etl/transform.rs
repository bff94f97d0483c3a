//! Transform: the spec's steps as polars lazy frames.
//!
//! Each step is checked against the schema of the frame it reads before anything runs, so a
//! missing column or a type mismatch names the step, the frame and the column. Conversions
//! (`cast`, `parse_date`, `parse_datetime`) never fail a run for a bad value: the row leaves
//! the frame and is collected, with its source rows and the reason, as a rejected row. Output
//! rows with a null primary key, or failing a `reject_row` data test, are rejected whole
//! ([`checks`]); the other data tests count their failing rows.

use std::collections::{BTreeMap, HashMap};

use polars::prelude::*;

use self::expr::{derive, filter, json_literal, typed_literal};
use super::read::ROW_PREFIX;
use crate::spec::{DataType as SpecType, Descending, JoinHow, Keep, Operation, PipelineSpec};

/// Column of rejected rows holding the reason.
pub const REASON: &str = "__sluice_reason";
const CANDIDATE: &str = "__sluice_candidate_";

/// A step that cannot run: which one, on which frame, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{location}: {message}")]
pub struct TransformError {
    /// `transform[3] (filter on jhu)`, or `output`.
    pub location: String,
    pub message: String,
}

impl TransformError {
    fn new(location: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            location: location.into(),
            message: message.into(),
        }
    }
}

/// What a transform produces: the output frame (with its row-origin columns), the rows the
/// steps rejected (row-origin columns and [`REASON`]), the output rows the checks rejected
/// (every column and [`REASON`]), and per data test of the spec its failing rows.
pub struct Transformed {
    pub output: DataFrame,
    pub rejected: DataFrame,
    pub rejected_output: DataFrame,
    pub tested: Vec<u64>,
}

fn is_hidden(name: &str) -> bool {
    name.starts_with(ROW_PREFIX)
}

fn op_name(op: &Operation) -> &'static str {
    match op {
        Operation::Select(_) => "select",
        Operation::Drop(_) => "drop",
        Operation::Rename(_) => "rename",
        Operation::Cast(_) => "cast",
        Operation::ParseDate(_) => "parse_date",
        Operation::ParseDatetime(_) => "parse_datetime",
        Operation::Filter(_) => "filter",
        Operation::Unpivot(_) => "unpivot",
        Operation::Join(_) => "join",
        Operation::Derive(_) => "derive",
        Operation::Dedupe(_) => "dedupe",
        Operation::Sort(_) => "sort",
        Operation::Union(_) => "union",
        Operation::FillNull(_) => "fill_null",
        Operation::Aggregate(_) => "aggregate",
        Operation::Sql(_) => "sql",
    }
}

fn location(i: usize, op: &Operation) -> String {
    match op.frame() {
        Some(frame) => format!("transform[{i}] ({} on {frame})", op_name(op)),
        None => format!("transform[{i}] ({})", op_name(op)),
    }
}

/// Runs the spec's transform over `inputs` (frame name -> source frame), on the engine
/// [`engine`] chooses for it.
pub fn run(
    spec: &PipelineSpec,
    inputs: HashMap<String, DataFrame>,
) -> Result<Transformed, TransformError> {
    run_on(spec, inputs, engine(spec))
}

/// The polars engine a spec's transform runs on: the streaming engine when every step is one
/// it gives the in-memory engine's frames for, row order included (the `first`/`last` of an
/// aggregate, `dedupe`'s kept row, a stable sort, a window's ties all follow the frame's
/// order), else the in-memory engine. The streaming engine runs a large frame in parallel
/// slices (morsels); its equi-join and its `unpivot` emit the slices' rows in another order
/// (a join's in an order that varies from run to run), and a `sql` query may join; a step
/// after them that reads the frame's order would then give other values. A step streams only
/// once `transform/tests/engines.rs` runs it on both engines.
///
/// On 5M rows (docs/BENCHMARKS.md) the streaming engine is 1.5x to 3x faster on conversions,
/// filters and aggregates, and slower on a `dedupe` (up to 4x) or a `sort` (15%) alone.
pub fn engine(spec: &PipelineSpec) -> Engine {
    let streams_alike = |op: &Operation| match op {
        Operation::Join(_) | Operation::Unpivot(_) | Operation::Sql(_) => false,
        Operation::Select(_)
        | Operation::Drop(_)
        | Operation::Rename(_)
        | Operation::Cast(_)
        | Operation::ParseDate(_)
        | Operation::ParseDatetime(_)
        | Operation::Filter(_)
        | Operation::Derive(_)
        | Operation::Dedupe(_)
        | Operation::Sort(_)
        | Operation::Union(_)
        | Operation::FillNull(_)
        | Operation::Aggregate(_) => true,
    };
    if spec.transform.iter().all(streams_alike) {
        Engine::Streaming
    } else {
        Engine::InMemory
    }
}

fn run_on(
    spec: &PipelineSpec,
    inputs: HashMap<String, DataFrame>,
    engine: Engine,
) -> Result<Transformed, TransformError> {
    let plan = plan(
        spec,
        inputs.into_iter().map(|(k, v)| (k, v.lazy())).collect(),
    )?;
    let mut plans = vec![
        plan.output.logical_plan,
        plan.rejected.logical_plan,
        plan.rejected_output.logical_plan,
    ];
    plans.extend(plan.tested.into_iter().map(|lf| lf.logical_plan));
    let mut frames = LazyFrame::collect_all_with_engine(plans, engine, OptFlags::default())
        .map_err(|e| TransformError::new("transform", polars_message(&e)))?
        .into_iter();
    let mut next = || frames.next().unwrap_or_default();
    let (output, rejected, rejected_output) = (next(), next(), next());
    let tested = spec
        .tests
        .iter()
        .map(|_| {
            next()
                .column(checks::FAILING)
                .ok()
                .and_then(|c| c.u64().ok().and_then(|c| c.get(0)))
                .unwrap_or(0)
        })
        .collect();
    Ok(Transformed {
        output,
        rejected,
        rejected_output,
        tested,
    })
}

/// The lazy plan of a transform (see [`Transformed`]).
pub struct Plan {
    pub output: LazyFrame,
    pub rejected: LazyFrame,
    pub rejected_output: LazyFrame,
    /// Per data test, a one-row frame: its failing rows.
    pub tested: Vec<LazyFrame>,
}

pub fn plan(
    spec: &PipelineSpec,
    inputs: HashMap<String, LazyFrame>,
) -> Result<Plan, TransformError> {
    let mut frames = inputs;
    let mut rejected: Vec<LazyFrame> = Vec::new();
    for (i, op) in spec.transform.iter().enumerate() {
        let at = location(i, op);
        apply(op, &mut frames, &mut rejected, &at)?;
    }
    let output = frames.remove(spec.output.as_str()).ok_or_else(|| {
        TransformError::new("output", format!("frame `{}` was never made", spec.output))
    })?;
    let schema = schema_of(&output, "output")?;
    for name in schema.iter_names() {
        if !is_hidden(name) {
            crate::domain::ColumnName::parse(name).map_err(|e| {
                TransformError::new(
                    "output",
                    format!(
                        "{e}; rename or drop the column before the output (columns: {})",
                        visible(&schema)
                    ),
                )
            })?;
        }
    }
    let checked = checks::check(spec, output, &schema)?;
    let rejected = if rejected.is_empty() {
        DataFrame::empty().lazy()
    } else {
        concat_lf_diagonal(rejected, UnionArgs::default())
            .map_err(|e| TransformError::new("transform", polars_message(&e)))?
    };
    Ok(Plan {
        output: checked.output,
        rejected,
        rejected_output: checked.rejected,
        tested: checked.counts,
    })
}

/// Checks the steps that read `frame` alone, and the frames made from it alone, (up to the
/// first step that mixes in another frame) against the columns a source really has: a check
/// of the source on behalf of a pipeline.
/// `columns` come with the types a run reads them as (see `inspect::Preview::frame_columns`).
pub fn check_frame(
    spec: &PipelineSpec,
    frame: &str,
    columns: &[(String, DataType)],
) -> Result<(), TransformError> {
    let mut cols: Vec<Column> = columns
        .iter()
        .map(|(c, t)| Column::new_empty(c.as_str().into(), t))
        .collect();
    cols.push(Column::new_empty(
        format!("{ROW_PREFIX}{frame}").into(),
        &DataType::Int64,
    ));
    let df =
        DataFrame::new(0, cols).map_err(|e| TransformError::new("source", polars_message(&e)))?;
    let mut frames = HashMap::from([(frame.to_owned(), df.lazy())]);
    let mut rejected = Vec::new();
    for (i, op) in spec.transform.iter().enumerate() {
        let inputs = op.inputs();
        let known = |(_, f): &(String, &crate::domain::FrameName)| frames.contains_key(f.as_str());
        if inputs.iter().all(known) {
            // Reads only `frame` and frames made from it alone (a `sql` step over it, say).
            apply(op, &mut frames, &mut rejected, &location(i, op))?;
        } else if inputs.iter().any(known) {
            // Mixes in another source: its columns are not known here.
            break;
        }
    }
    Ok(())
}

fn polars_message(e: &PolarsError) -> String {
    let text = e.to_string();
    text.lines().next().unwrap_or_default().to_owned()
}

fn schema_of(lf: &LazyFrame, at: &str) -> Result<SchemaRef, TransformError> {
    lf.clone()
        .collect_schema()
        .map_err(|e| TransformError::new(at, polars_message(&e)))
}

fn visible(schema: &Schema) -> String {
    schema
        .iter_names()
        .filter(|n| !is_hidden(n))
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn require<'a>(
    schema: &'a Schema,
    column: &str,
    at: &str,
    what: &str,
) -> Result<&'a DataType, TransformError> {
    schema.get(column).ok_or_else(|| {
        TransformError::new(
            at,
            format!(
                "{what} `{column}` not found; the frame has {}",
                visible(schema)
            ),
        )
    })
}

fn hidden_columns(schema: &Schema) -> Vec<Expr> {
    schema
        .iter_names()
        .filter(|n| is_hidden(n))
        .map(|n| col(n.clone()))
        .collect()
}

const FAILED: &str = "__sluice_failed";

/// Splits rows on `failed`: the others stay; failed rows go to the rejected frame with their
/// row-origin columns and `reason`, which is only computed for them (rejections are rare;
/// building a text for every row cost a sixth of a large run).
fn split(lf: LazyFrame, schema: &Schema, failed: Expr, reason: Expr) -> (LazyFrame, LazyFrame) {
    let mut keep = hidden_columns(schema);
    keep.push(col(REASON));
    let marked = lf.with_column(failed.fill_null(lit(false)).alias(FAILED));
    let bad = marked
        .clone()
        .filter(col(FAILED))
        .with_column(reason.alias(REASON))
        .select(keep);
    let good = marked
        .filter(col(FAILED).not())
        .drop(by_name([FAILED], true, false));
    (good, bad)
}

fn take(
    frames: &mut HashMap<String, LazyFrame>,
    name: &str,
    at: &str,
) -> Result<LazyFrame, TransformError> {
    frames
        .get(name)
        .cloned()
        .ok_or_else(|| TransformError::new(at, format!("frame `{name}` does not exist")))
}

fn apply(
    op: &Operation,
    frames: &mut HashMap<String, LazyFrame>,
    rejected: &mut Vec<LazyFrame>,
    at: &str,
) -> Result<(), TransformError> {
    let (target, lf) = match op {
        Operation::Join(j) => {
            let left = take(frames, j.left.as_str(), at)?;
            let right = take(frames, j.right.as_str(), at)?;
            (j.into.to_string(), join(left, right, j, at)?)
        }
        Operation::Sql(q) => (q.into.to_string(), sql::sql(q, frames, at)?),
        Operation::Union(u) => {
            let mut parts = Vec::new();
            let mut first: Option<Vec<String>> = None;
            for f in &u.frames {
                let lf = take(frames, f.as_str(), at)?;
                let schema = schema_of(&lf, at)?;
                let mut names: Vec<String> = schema
                    .iter_names()
                    .filter(|n| !is_hidden(n))
                    .map(|n| n.to_string())
                    .collect();
                names.sort();
                match &first {
                    None => first = Some(names),
                    Some(expected) if !u.relaxed && *expected != names => {
                        return Err(TransformError::new(
                            at,
                            format!(
                                "frame `{f}` has columns {names:?} but `{}` has {expected:?}; align them or set `relaxed: true`",
                                u.frames[0]
                            ),
                        ));
                    }
                    Some(_) => {}
                }
                parts.push(lf);
            }
            // A column typed differently in two frames (inference reads each source's values)
            // takes their common type: a float for integers and floats, text for the others.
            let args = UnionArgs {
                to_supertypes: true,
                ..Default::default()
            };
            let lf = concat_lf_diagonal(parts, args)
                .map_err(|e| TransformError::new(at, polars_message(&e)))?;
            (u.into.to_string(), lf)
        }
        Operation::Aggregate(a) => {
            let lf = take(frames, a.frame.as_str(), at)?;
            let schema = schema_of(&lf, at)?;
            let target = a.into.as_ref().unwrap_or(&a.frame).to_string();
            (target, aggregate::aggregate(lf, a, &schema, at)?)
        }
        other => {
            let name = other.frame().map(|f| f.to_string()).unwrap_or_default();
            let lf = take(frames, &name, at)?;
            (name, step(other, lf, rejected, at)?)
        }
    };
    // Resolving the schema now attributes type errors to this step.
    schema_of(&lf, at)?;
    frames.insert(target, lf);
    Ok(())
}

fn step(
    op: &Operation,
    lf: LazyFrame,
    rejected: &mut Vec<LazyFrame>,
    at: &str,
) -> Result<LazyFrame, TransformError> {
    let schema = schema_of(&lf, at)?;
    Ok(match op {
        Operation::Select(o) => {
            let mut exprs = Vec::new();
            for c in &o.columns {
                require(&schema, c, at, "column")?;
                exprs.push(col(c.as_str()));
            }
            exprs.extend(hidden_columns(&schema));
            lf.select(exprs)
        }
        Operation::Drop(o) => {
            for c in &o.columns {
                require(&schema, c, at, "column")?;
            }
            lf.drop(by_name(o.columns.iter().map(String::as_str), true, false))
        }
        Operation::Rename(o) => {
            for (from, to) in &o.columns {
                require(&schema, from, at, "column")?;
                if schema.contains(to) && !o.columns.contains_key(to) {
                    return Err(TransformError::new(
                        at,
                        format!("cannot rename `{from}` to `{to}`: `{to}` already exists"),
                    ));
                }
            }
            lf.rename(o.columns.keys(), o.columns.values(), true)
        }
        Operation::Cast(o) => {
            let mut conversions = Vec::new();
            for (column, to) in &o.columns {
                let from = require(&schema, column, at, "column")?;
                conversions.push((
                    column.clone(),
                    convert(column, from, *to),
                    type_label(*to).to_owned(),
                ));
            }
            convert_checked(lf, &schema, conversions, rejected, at)?
        }
        Operation::ParseDate(o) => {
            let from = require(&schema, &o.column, at, "column")?;
            if from == &DataType::Date {
                // Already a date (typed by inference): nothing to parse.
                return Ok(lf);
            }
            let text = parsable(from, &o.column, at)?;
            let parsed = text.str().to_date(strptime(&o.format));
            convert_checked(
                lf,
                &schema,
                vec![(
                    o.column.clone(),
                    parsed,
                    format!("a date in the format `{}`", o.format),
                )],
                rejected,
                at,
            )?
        }
        Operation::ParseDatetime(o) => {
            let from = require(&schema, &o.column, at, "column")?;
            if matches!(from, DataType::Datetime(_, Some(_))) {
                // Already a datetime (typed by inference, in UTC): nothing to parse.
                return Ok(lf);
            }
            let text = parsable(from, &o.column, at)?;
            let with_offset = ["%z", "%:z", "%#z", "%::z"]
                .iter()
                .any(|z| o.format.contains(z));
            let raw = text.str().to_datetime(
                Some(TimeUnit::Microseconds),
                None,
                strptime(&o.format),
                lit("raise"),
            );
            let utc = if with_offset {
                raw.dt().convert_time_zone(TimeZone::UTC)
            } else {
                let zone = o.timezone.map(|t| t.0.name()).unwrap_or("UTC");
                let zone = TimeZone::opt_try_new(Some(zone))
                    .ok()
                    .flatten()
                    .unwrap_or(TimeZone::UTC);
                raw.dt()
                    .replace_time_zone(Some(zone), lit("null"), NonExistent::Null)
                    .dt()
                    .convert_time_zone(TimeZone::UTC)
            };
            convert_checked(
                lf,
                &schema,
                vec![(
                    o.column.clone(),
                    utc,
                    format!("a date and time in the format `{}`", o.format),
                )],
                rejected,
                at,
            )?
        }
        Operation::Filter(o) => {
            let (lf, condition) = filter(lf, &o.condition, &schema, at)?;
            lf.filter(condition)
        }
        Operation::Unpivot(o) => {
            for c in o.index.iter().chain(&o.drop).chain(o.on.iter().flatten()) {
                require(&schema, c, at, "column")?;
            }
            let on: Vec<String> = match &o.on {
                Some(on) => on.clone(),
                None => schema
                    .iter_names()
                    .map(|n| n.to_string())
                    .filter(|n| !is_hidden(n) && !o.index.contains(n) && !o.drop.contains(n))
                    .collect(),
            };
            if on.is_empty() {
                return Err(TransformError::new(
                    at,
                    "there are no columns left to unpivot",
                ));
            }
            let mut index: Vec<String> = o.index.clone();
            index.extend(
                schema
                    .iter_names()
                    .filter(|n| is_hidden(n))
                    .map(|n| n.to_string()),
            );
            let lf = if o.drop.is_empty() {
                lf
            } else {
                lf.drop(by_name(o.drop.iter().map(String::as_str), true, false))
            };
            // The unpivoted columns become one: of their type when they share one, a number
            // when they are all numbers, else text (inference may type them differently).
            let mut types: Vec<&DataType> = Vec::new();
            for c in &on {
                if let Some(t) = schema.get(c)
                    && !types.contains(&t)
                {
                    types.push(t);
                }
            }
            let lf = match types.as_slice() {
                [] | [_] => lf,
                many => {
                    let common = if many.iter().all(|t| t.is_primitive_numeric()) {
                        DataType::Float64
                    } else {
                        DataType::String
                    };
                    lf.with_columns(
                        on.iter()
                            .map(|c| col(c.as_str()).cast(common.clone()))
                            .collect::<Vec<_>>(),
                    )
                }
            };
            lf.unpivot(UnpivotArgsDSL {
                on: Some(by_name(on.iter().map(String::as_str), true, false)),
                index: by_name(index.iter().map(String::as_str), true, false),
                variable_name: Some(o.name.as_str().into()),
                value_name: Some(o.value.as_str().into()),
            })
        }
        Operation::Derive(o) => {
            let (lf, expr) = derive(lf, &o.expr, &schema, at)?;
            lf.with_column(expr.alias(o.column.as_str()))
        }
        Operation::Dedupe(o) => {
            let on: Vec<String> = match &o.on {
                Some(on) => {
                    for c in on {
                        require(&schema, c, at, "column")?;
                    }
                    on.clone()
                }
                None => schema
                    .iter_names()
                    .filter(|n| !is_hidden(n))
                    .map(|n| n.to_string())
                    .collect(),
            };
            let keep = match o.keep {
                Keep::First => UniqueKeepStrategy::First,
                Keep::Last => UniqueKeepStrategy::Last,
            };
            lf.unique_stable(
                Some(by_name(on.iter().map(String::as_str), true, false)),
                keep,
            )
        }
        Operation::Sort(o) => {
            for c in &o.by {
                require(&schema, c, at, "column")?;
            }
            let descending = match &o.descending {
                Descending::All(d) => vec![*d; o.by.len()],
                Descending::Each(flags) => flags.clone(),
            };
            let by: Vec<Expr> = o.by.iter().map(|c| col(c.as_str())).collect();
            lf.sort_by_exprs(
                by,
                SortMultipleOptions::default()
                    .with_order_descending_multi(descending)
                    .with_nulls_last(true)
                    .with_maintain_order(true),
            )
        }
        Operation::FillNull(o) => {
            let mut exprs = Vec::new();
            for (column, value) in &o.values {
                let dtype = require(&schema, column, at, "column")?;
                let literal = json_literal(value);
                let value = typed_literal(&literal, dtype, column, at)?;
                exprs.push(col(column.as_str()).fill_null(value).alias(column.as_str()));
            }
            lf.with_columns(exprs)
        }
        Operation::Join(_) | Operation::Union(_) | Operation::Aggregate(_) | Operation::Sql(_) => {
            lf
        }
    })
}

/// The column as text to parse: text as it is, an integer as its digits (inference makes
/// `20200131` an integer, and its digits are the source's own); other types are refused.
fn parsable(dtype: &DataType, column: &str, at: &str) -> Result<Expr, TransformError> {
    match dtype {
        DataType::String => Ok(col(column)),
        DataType::Int64 => Ok(col(column).cast(DataType::String)),
        _ => Err(TransformError::new(
            at,
            format!(
                "column `{column}` is {dtype}, not text; only text (or integers) can be parsed"
            ),
        )),
    }
}

fn strptime(format: &str) -> StrptimeOptions {
    StrptimeOptions {
        format: Some(format.into()),
        strict: false,
        exact: true,
        cache: true,
    }
}

fn type_label(t: SpecType) -> &'static str {
    match t {
        SpecType::String => "text",
        SpecType::Int => "an integer",
        SpecType::Float => "a number",
        SpecType::Bool => "a boolean",
        SpecType::Date => "a date (YYYY-MM-DD)",
        SpecType::Datetime => "an ISO-8601 date and time",
    }
}

/// The conversion of `column` (of type `from`) to `to`; null where the value does not convert.
/// A column typed by inference converts as its text would, never more loosely: a float to an
/// integer only when it is whole, a number to a boolean only when it is 0 or 1, and a number
/// never to a date nor a date to a number (their text does not convert either).
fn convert(column: &str, from: &DataType, to: SpecType) -> Expr {
    let c = col(column);
    let temporal = matches!(from, DataType::Date | DataType::Datetime(..));
    match (from, to) {
        (DataType::String, _) => from_text(c, to),
        (_, SpecType::String) => c.cast(DataType::String),
        (_, SpecType::Date | SpecType::Datetime) if !temporal => {
            from_text(c.cast(DataType::String), to)
        }
        (_, SpecType::Int | SpecType::Float | SpecType::Bool) if temporal => {
            from_text(c.cast(DataType::String), to)
        }
        (f, SpecType::Int) if f.is_float() => {
            let whole = c
                .clone()
                .floor()
                .eq(c.clone())
                .and(c.clone().abs().lt(lit(9.223_372_036_854_775e18)));
            when(whole)
                .then(c.cast(DataType::Int64))
                .otherwise(lit(NULL).cast(DataType::Int64))
        }
        (f, SpecType::Bool) if f.is_primitive_numeric() => when(c.clone().eq(lit(1)))
            .then(lit(true))
            .when(c.eq(lit(0)))
            .then(lit(false))
            .otherwise(lit(NULL).cast(DataType::Boolean)),
        (_, to) => c.cast(crate::etl::infer::dtype(to)),
    }
}

/// The conversion of text to `to` (see the `cast` step's types).
fn from_text(c: Expr, to: SpecType) -> Expr {
    let trimmed = || c.clone().str().strip_chars(lit(NULL));
    match to {
        SpecType::String => c,
        SpecType::Int => trimmed().cast(DataType::Int64),
        SpecType::Float => trimmed().cast(DataType::Float64),
        SpecType::Bool => {
            let lower = trimmed().str().to_lowercase();
            let truthy = Series::new("t".into(), ["true", "t", "yes", "y", "1"]);
            let falsy = Series::new("f".into(), ["false", "f", "no", "n", "0"]);
            when(lower.clone().is_in(lit(truthy).implode(false), false))
                .then(lit(true))
                .when(lower.is_in(lit(falsy).implode(false), false))
                .then(lit(false))
                .otherwise(lit(NULL).cast(DataType::Boolean))
        }
        SpecType::Date => trimmed().str().to_date(strptime("%Y-%m-%d")),
        SpecType::Datetime => c.map(
            |column| parse_iso_datetimes(&column),
            |_, field| Ok(Field::new(field.name().clone(), utc_micros())),
        ),
    }
}

fn utc_micros() -> DataType {
    DataType::Datetime(TimeUnit::Microseconds, Some(TimeZone::UTC))
}

/// ISO-8601 text to UTC datetimes: RFC 3339 with `Z` or an offset, or a date and time without
/// one (read as UTC), `T` or a space between them, optional fractional seconds. Anything else
/// is null (and its row rejected by the caller).
fn parse_iso_datetimes(column: &Column) -> PolarsResult<Column> {
    const NAIVE: [&str; 4] = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ];
    let text = column.as_materialized_series().str()?;
    let micros: Int64Chunked = text
        .iter()
        .map(|value| {
            let value = value?.trim();
            if let Ok(t) = chrono::DateTime::parse_from_rfc3339(value) {
                return Some(t.timestamp_micros());
            }
            NAIVE
                .iter()
                .find_map(|f| chrono::NaiveDateTime::parse_from_str(value, f).ok())
                .map(|t| t.and_utc().timestamp_micros())
        })
        .collect();
    micros
        .with_name(column.name().clone())
        .into_series()
        .cast(&utc_micros())
        .map(Column::from)
}

/// Applies conversions; rows where a non-null value did not convert are rejected with the
/// first failing column and its value.
fn convert_checked(
    lf: LazyFrame,
    schema: &Schema,
    conversions: Vec<(String, Expr, String)>,
    rejected: &mut Vec<LazyFrame>,
    at: &str,
) -> Result<LazyFrame, TransformError> {
    let candidates: Vec<Expr> = conversions
        .iter()
        .map(|(column, expr, _)| expr.clone().alias(format!("{CANDIDATE}{column}")))
        .collect();
    let lf = lf.with_columns(candidates);
    let failed = conversions
        .iter()
        .map(|(column, _, _)| {
            col(column.as_str())
                .is_not_null()
                .and(col(format!("{CANDIDATE}{column}")).is_null())
        })
        .reduce(|a, b| a.or(b))
        .unwrap_or(lit(false));
    let reasons: Vec<Expr> = conversions
        .iter()
        .map(|(column, _, label)| {
            let candidate = col(format!("{CANDIDATE}{column}"));
            when(col(column.as_str()).is_not_null().and(candidate.is_null()))
                .then(concat_str(
                    [
                        lit(format!("{at}: column `{column}`: `")),
                        col(column.as_str()).cast(DataType::String),
                        lit(format!("` is not {label}")),
                    ],
                    "",
                    false,
                ))
                .otherwise(lit(NULL).cast(DataType::String))
        })
        .collect();
    let (good, bad) = split(lf, schema, failed, coalesce(&reasons));
    rejected.push(bad);
    let replace: Vec<Expr> = conversions
        .iter()
        .map(|(column, _, _)| col(format!("{CANDIDATE}{column}")).alias(column.as_str()))
        .collect();
    let names: Vec<String> = conversions
        .iter()
        .map(|(c, _, _)| format!("{CANDIDATE}{c}"))
        .collect();
    Ok(good
        .with_columns(replace)
        .drop(by_name(names.iter().map(String::as_str), true, false)))
}

fn join(
    left: LazyFrame,
    right: LazyFrame,
    j: &crate::spec::JoinOp,
    at: &str,
) -> Result<LazyFrame, TransformError> {
    let ls = schema_of(&left, at)?;
    let rs = schema_of(&right, at)?;
    let (left_on, right_on) = if j.on.is_empty() {
        (j.left_on.clone(), j.right_on.clone())
    } else {
        (j.on.clone(), j.on.clone())
    };
    for (l, r) in left_on.iter().zip(&right_on) {
        let lt = require(&ls, l, at, &format!("left key (frame `{}`)", j.left))?;
        let rt = require(&rs, r, at, &format!("right key (frame `{}`)", j.right))?;
        if lt != rt {
            return Err(TransformError::new(
                at,
                format!(
                    "key `{l}` is {lt} in `{}` but `{r}` is {rt} in `{}`; cast one side first",
                    j.left, j.right
                ),
            ));
        }
    }
    let how = match j.how {
        JoinHow::Inner => JoinType::Inner,
        JoinHow::Left => JoinType::Left,
        JoinHow::Full => JoinType::Full,
    };
    let args = JoinArgs::new(how)
        .with_suffix(Some(j.suffix.as_str().into()))
        .with_coalesce(JoinCoalesce::CoalesceColumns);
    let lo: Vec<Expr> = left_on.iter().map(|c| col(c.as_str())).collect();
    let ro: Vec<Expr> = right_on.iter().map(|c| col(c.as_str())).collect();
    Ok(left.join(right, lo, ro, args))
}

/// Keeps the values of a frame's columns by name, for tests and previews.
pub fn column_strings(df: &DataFrame, column: &str) -> Vec<Option<String>> {
    match df.column(column).and_then(|c| c.cast(&DataType::String)) {
        Ok(c) => c
            .str()
            .map(|s| s.iter().map(|v| v.map(str::to_owned)).collect())
            .unwrap_or_default(),
        Err(_) => Vec::new(),
    }
}

/// Types of a frame's visible columns, in order, as PostgreSQL-facing labels.
pub fn visible_schema(df: &DataFrame) -> BTreeMap<String, DataType> {
    df.schema()
        .iter()
        .filter(|(n, _)| !is_hidden(n))
        .map(|(n, t)| (n.to_string(), t.clone()))
        .collect()
}

mod aggregate;
mod checks;
mod expr;
mod functions;
mod sql;
mod window;

#[cfg(test)]
mod tests;
