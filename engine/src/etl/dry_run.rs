//! A transform tried on the first rows of its sources, loading nothing: what the output would
//! be (columns, PostgreSQL types, rows) and which rows would fail, and why. The pipeline editor's
//! "Try it".

use std::{collections::HashMap, path::PathBuf};

use polars::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::{
    infer, load,
    read::{self, ROW_PREFIX, ReadError},
    run::{collect_rejects, polars_date, polars_datetime},
    transform::{self, TransformError},
};
use crate::spec::{Format, OnFail, PipelineSpec};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DryRun {
    /// The output's columns, as the destination table would have them.
    pub columns: Vec<DryRunColumn>,
    /// The output rows (at most the rows read from each source, fewer after filters and
    /// joins), as `{column: value}` with typed JSON values.
    #[schema(value_type = Vec<Object>)]
    pub rows: Vec<Value>,
    /// Rows that would become failed records, with their source row and reason.
    pub failed: Vec<DryRunFailure>,
    /// Rows read from each source (frame name -> rows).
    pub rows_read: HashMap<String, usize>,
    /// Each data test of the spec, on these rows.
    pub tests: Vec<DryRunTest>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DryRunTest {
    /// `tests[1] (`cases` min 0)`.
    pub test: String,
    pub on_fail: OnFail,
    /// Output rows that fail it (for `reject_row`, the rows it would reject; a `fail_run`
    /// test with failing rows would fail the run).
    pub failing: u64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DryRunColumn {
    pub name: String,
    /// The column's PostgreSQL type (`bigint`, `date`, `text`, …).
    pub pg_type: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DryRunFailure {
    /// The frame (source) the row came from.
    pub source: String,
    /// Its line in the source file (its position for a JSON array); none for an output row
    /// a `sql` step made without its origin (then `source` is the output frame).
    pub row: Option<i64>,
    pub reason: String,
    /// The source row as text.
    #[schema(value_type = Object)]
    pub raw: Value,
}

#[derive(Debug, thiserror::Error)]
pub enum DryRunError {
    #[error("source `{frame}` is malformed at {error}")]
    Read { frame: String, error: ReadError },
    #[error("{0}")]
    Transform(#[from] TransformError),
}

/// Reads the first `rows` rows of each frame's file and runs the transform over them.
pub fn dry_run(
    spec: &PipelineSpec,
    files: &HashMap<String, (PathBuf, Format)>,
    rows: usize,
) -> Result<DryRun, DryRunError> {
    let mut inputs = HashMap::new();
    let mut rows_read = HashMap::new();
    for (frame, (path, format)) in files {
        let read = |error| DryRunError::Read {
            frame: frame.clone(),
            error,
        };
        let mut reader = read::open(path, format, frame, rows.max(1)).map_err(read)?;
        let columns = reader.columns().to_vec();
        let df = match reader.next_batch().map_err(read)? {
            Some(df) => df,
            // A source with a header and no rows: an empty frame of its columns.
            None => DataFrame::new(
                0,
                columns
                    .iter()
                    .map(|c| Column::new_empty(c.as_str().into(), &DataType::String))
                    .chain([Column::new_empty(
                        read::row_column(frame).into(),
                        &DataType::Int64,
                    )])
                    .collect(),
            )
            .map_err(|e| {
                read(ReadError {
                    location: "the file".into(),
                    message: e.to_string(),
                })
            })?,
        };
        let df = df.head(Some(rows));
        // Typed as a run would, from these rows' values.
        let df = if spec.infers_types(frame) {
            infer::typed(df).map_err(read)?
        } else {
            df
        };
        rows_read.insert(frame.clone(), df.height());
        inputs.insert(frame.clone(), df);
    }
    let raws = inputs.clone();
    let transformed = transform::run(spec, inputs)?;
    let output = &transformed.output;
    let visible: Vec<&Column> = output
        .columns()
        .iter()
        .filter(|c| !c.name().starts_with(ROW_PREFIX))
        .collect();
    let columns = visible
        .iter()
        .map(|c| DryRunColumn {
            name: c.name().to_string(),
            pg_type: load::pg_type(c.dtype()).1.to_owned(),
        })
        .collect();
    let rows = (0..output.height())
        .map(|i| {
            let mut row = serde_json::Map::new();
            for column in &visible {
                let value = column.get(i).map(|v| cell(&v)).unwrap_or(Value::Null);
                row.insert(column.name().to_string(), value);
            }
            Value::Object(row)
        })
        .collect();
    let failed = collect_rejects(&transformed, &raws, spec)
        .into_iter()
        .map(|r| DryRunFailure {
            source: r.frame,
            row: r.row,
            reason: r.reason,
            raw: r.raw,
        })
        .collect();
    let tests = spec
        .tests
        .iter()
        .zip(&transformed.tested)
        .enumerate()
        .map(|(i, (t, failing))| DryRunTest {
            test: format!("tests[{i}] ({})", t.label()),
            on_fail: t.on_fail,
            failing: *failing,
        })
        .collect();
    Ok(DryRun {
        columns,
        rows,
        failed,
        rows_read,
        tests,
    })
}

/// A value as typed JSON: numbers, booleans, ISO 8601 dates and times (UTC), text.
fn cell(value: &AnyValue) -> Value {
    match value {
        AnyValue::Null => Value::Null,
        AnyValue::Boolean(b) => json!(b),
        AnyValue::Int64(i) => json!(i),
        AnyValue::Int32(i) => json!(i),
        AnyValue::Float64(f) => json!(f),
        AnyValue::Float32(f) => json!(f),
        AnyValue::String(s) => json!(s),
        AnyValue::StringOwned(s) => json!(s.as_str()),
        AnyValue::Date(days) => json!(polars_date(*days).map(|d| d.format("%Y-%m-%d").to_string())),
        AnyValue::Datetime(v, unit, _) => json!(
            polars_datetime(*v, *unit).map(|t| t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string())
        ),
        other => json!(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;
    use crate::spec::CsvOptions;

    fn file(text: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(text.as_bytes()).unwrap();
        f
    }

    #[tokio::test]
    async fn a_spec_of_the_most_steps_allowed_runs_where_plans_run() {
        // polars converts a plan recursively, a level per step: on a thread with the default
        // 2 MiB stack a debug build aborted the whole process at 30 steps.
        let f = file("day,n\n2020-01-01,1\n2020-01-02,2\n2020-01-03,3\n");
        let steps: Vec<serde_json::Value> = (0..crate::spec::MAX_STEPS)
            .map(|i| json!({"op": "filter", "frame": "raw", "where": {"column": "n", "gt": i as i64 - 99}}))
            .collect();
        let spec = PipelineSpec::parse(&json!({
            "sources": {"raw": "src"},
            "transform": steps,
            "output": "raw",
            "destination": {"table": "t", "primary_key": ["day"]}
        }))
        .unwrap();
        let files = HashMap::from([(
            "raw".to_owned(),
            (f.path().to_path_buf(), Format::Csv(CsvOptions::default())),
        )]);
        let out = crate::etl::off_runtime(move || dry_run(&spec, &files, 10))
            .await
            .unwrap()
            .unwrap();
        // The last step keeps n > 0: every row.
        assert_eq!(out.rows.len(), 3);
    }

    #[test]
    fn a_dry_run_shows_typed_rows_and_the_rows_that_would_fail() {
        let f =
            file("day,n,name\n2020-01-01,1,a\n2020-01-02,x,b\n2020-01-03,3,c\n2020-01-04,4,d\n");
        let spec = PipelineSpec::parse(&json!({
            "sources": {"raw": "src"},
            "transform": [
                {"op": "parse_date", "frame": "raw", "column": "day", "format": "%Y-%m-%d"},
                {"op": "cast", "frame": "raw", "columns": {"n": "int"}}
            ],
            "output": "raw",
            "destination": {"table": "t", "primary_key": ["day"]},
            "tests": [
                {"column": "n", "max": 2, "on_fail": "warn"},
                {"column": "name", "accepted": ["a", "c"], "on_fail": "reject_row"}
            ]
        }))
        .unwrap();
        let files = HashMap::from([(
            "raw".to_owned(),
            (f.path().to_path_buf(), Format::Csv(CsvOptions::default())),
        )]);
        let out = dry_run(&spec, &files, 4).unwrap();
        assert_eq!(out.rows_read["raw"], 4);
        let types: Vec<(&str, &str)> = out
            .columns
            .iter()
            .map(|c| (c.name.as_str(), c.pg_type.as_str()))
            .collect();
        assert_eq!(types, [("day", "date"), ("n", "bigint"), ("name", "text")]);
        assert_eq!(
            out.rows,
            [
                json!({"day": "2020-01-01", "n": 1, "name": "a"}),
                json!({"day": "2020-01-03", "n": 3, "name": "c"})
            ]
        );
        // The bad number (a step's rejection), then `d` (the data test's).
        assert_eq!(out.failed.len(), 2);
        assert_eq!(out.failed[1].row, Some(5));
        assert!(
            out.failed[1].reason.starts_with("tests[1] ("),
            "{}",
            out.failed[1].reason
        );
        let tests: Vec<(&str, OnFail, u64)> = out
            .tests
            .iter()
            .map(|t| (t.test.as_str(), t.on_fail, t.failing))
            .collect();
        assert_eq!(
            tests,
            [
                ("tests[0] (`n` max 2)", OnFail::Warn, 1),
                (
                    "tests[1] (`name` accepted (2 values))",
                    OnFail::RejectRow,
                    1
                )
            ]
        );
        assert_eq!(out.failed[0].source, "raw");
        assert_eq!(out.failed[0].row, Some(3), "line 3 of the file");
        assert!(
            out.failed[0].reason.contains('n'),
            "{}",
            out.failed[0].reason
        );
        assert_eq!(out.failed[0].raw["n"], "x");
    }
}
