//! The output's checks, after the last step: a complete primary key, then the spec's data
//! tests (`spec.tests`). Takes the output frame and its schema; guarantees every column a
//! check names exists (else a [`TransformError`] naming the test) and splits the rows:
//! rows without a complete key and rows failing a `reject_row` test leave the output, whole
//! (every column and the reason), while `warn` and `fail_run` tests only count the rows left
//! that fail them. Deciding what a count means (fail the run, log a warning) is the run's.
//!
//! `reject_row` tests run first, in order, each on the rows the ones before it kept; `warn` and
//! `fail_run` tests then look at the rows that would load. A null passes `min`, `max` and
//! `accepted`; `unique` ignores rows with a null in its columns and fails every row of a
//! repeated combination (which of them is right is not ours to guess).

use polars::prelude::*;

use super::{REASON, TransformError, expr::json_literal, expr::typed_literal, require};
use crate::spec::{Check, DataTest, OnFail, PipelineSpec};

const FAILED: &str = "__sluice_test_failed";
/// The column of a data test's count frame: its failing rows.
pub const FAILING: &str = "failing";

/// The output's rows that load, the rows it rejected (whole, with [`REASON`]), and per data
/// test a one-row frame counting its failing rows ([`FAILING`]).
pub(super) struct Checked {
    pub(super) output: LazyFrame,
    pub(super) rejected: LazyFrame,
    pub(super) counts: Vec<LazyFrame>,
}

pub(super) fn check(
    spec: &PipelineSpec,
    output: LazyFrame,
    schema: &Schema,
) -> Result<Checked, TransformError> {
    // Rows without a complete primary key cannot be upserted.
    let mut any_null = lit(false);
    let mut missing: Vec<Expr> = Vec::new();
    for key in &spec.destination.primary_key {
        require(schema, key.as_str(), "output", "primary key column")?;
        any_null = any_null.or(col(key.as_str()).is_null());
        missing.push(
            when(col(key.as_str()).is_null())
                .then(lit(format!("primary key column `{key}` is null")))
                .otherwise(lit(NULL).cast(DataType::String)),
        );
    }
    let (mut output, bad) = split_rows(output, any_null, coalesce(&missing));
    let mut rejected = vec![bad];
    let mut counts: Vec<Option<LazyFrame>> = vec![None; spec.tests.len()];
    let order = spec
        .tests
        .iter()
        .enumerate()
        .filter(|(_, t)| t.on_fail == OnFail::RejectRow)
        .chain(
            spec.tests
                .iter()
                .enumerate()
                .filter(|(_, t)| t.on_fail != OnFail::RejectRow),
        );
    for (i, test) in order {
        let at = format!("tests[{i}]");
        let (failing, reason) = failing(test, schema, &at)?;
        if test.on_fail == OnFail::RejectRow {
            let reason = concat_str(
                [lit(format!("{at} ({}) failed: ", test.label())), reason],
                "",
                false,
            );
            let (good, bad) = split_rows(output, failing, reason);
            counts[i] = Some(
                bad.clone()
                    .select([len().cast(DataType::UInt64).alias(FAILING)]),
            );
            rejected.push(bad);
            output = good;
        } else {
            counts[i] = Some(
                output.clone().select([failing
                    .fill_null(lit(false))
                    .cast(DataType::UInt64)
                    .sum()
                    .alias(FAILING)]),
            );
        }
    }
    let rejected = concat(rejected, UnionArgs::default())
        .map_err(|e| TransformError::new("output", super::polars_message(&e)))?;
    Ok(Checked {
        output,
        rejected,
        counts: counts.into_iter().flatten().collect(),
    })
}

/// Splits rows on `failed` (null is false): the others stay; failed rows keep every column
/// and gain [`REASON`], computed for them only.
fn split_rows(lf: LazyFrame, failed: Expr, reason: Expr) -> (LazyFrame, LazyFrame) {
    let marked = lf.with_column(failed.fill_null(lit(false)).alias(FAILED));
    let bad = marked
        .clone()
        .filter(col(FAILED))
        .with_column(reason.alias(REASON))
        .drop(by_name([FAILED], true, false));
    let good = marked
        .filter(col(FAILED).not())
        .drop(by_name([FAILED], true, false));
    (good, bad)
}

/// `value` of `column` as text, for a reason.
fn shown(column: &str) -> Expr {
    concat_str(
        [
            lit(format!("`{column}` is ")),
            col(column).cast(DataType::String).fill_null(lit("null")),
        ],
        "",
        false,
    )
}

/// The condition a row fails `test` on, and the reason's text for such a row.
fn failing(test: &DataTest, schema: &Schema, at: &str) -> Result<(Expr, Expr), TransformError> {
    Ok(match test.kind() {
        Check::NotNull(column) => {
            require(schema, column, at, "column")?;
            (col(column).is_null(), lit(format!("`{column}` is null")))
        }
        Check::Range { column, min, max } => {
            let dtype = require(schema, column, at, "column")?;
            let mut out = lit(false);
            if let Some(min) = min {
                let bound = typed_literal(&json_literal(min), dtype, column, at)?;
                out = out.or(col(column).lt(bound));
            }
            if let Some(max) = max {
                let bound = typed_literal(&json_literal(max), dtype, column, at)?;
                out = out.or(col(column).gt(bound));
            }
            (out, shown(column))
        }
        Check::Accepted(column, values) => {
            let dtype = require(schema, column, at, "column")?;
            let mut accepted = lit(false);
            for v in values {
                let v = typed_literal(&json_literal(v), dtype, column, at)?;
                accepted = accepted.or(col(column).eq(v));
            }
            let reason = concat_str([shown(column), lit(", not an accepted value")], "", false);
            (col(column).is_not_null().and(accepted.not()), reason)
        }
        Check::Unique(columns) => {
            let mut complete = lit(true);
            let mut parts = Vec::new();
            for column in &columns {
                require(schema, column, at, "column")?;
                complete = complete.and(col(*column).is_not_null());
                if !parts.is_empty() {
                    parts.push(lit(", "));
                }
                parts.push(shown(column));
            }
            let keys: Vec<Expr> = columns.iter().map(|c| col(*c)).collect();
            let repeated = len()
                .over(keys)
                .map_err(|e| TransformError::new(at, super::polars_message(&e)))?
                .gt(lit(1));
            parts.push(lit(" on more than one row"));
            (complete.and(repeated), concat_str(parts, "", false))
        }
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn spec(tests: serde_json::Value) -> PipelineSpec {
        PipelineSpec::parse(&json!({
            "sources": {"f": "src"},
            "output": "f",
            "destination": {"table": "t", "primary_key": ["id"]},
            "tests": tests,
        }))
        .unwrap()
    }

    fn frame() -> DataFrame {
        df!(
            "id" => [Some(1i64), Some(2), Some(3), Some(4), None, Some(6)],
            "state" => [Some("NY"), Some("NJ"), Some("XX"), None, Some("NY"), Some("NY")],
            "cases" => [Some(5i64), Some(-1), Some(7), Some(0), Some(1), None],
            "day" => ["a", "b", "b", "c", "d", "a"],
        )
        .unwrap()
    }

    /// Kept ids, (rejected id, reason) pairs, failing rows per test.
    type Outcome = (Vec<Option<i64>>, Vec<(Option<i64>, String)>, Vec<u64>);

    /// Runs the checks over [`frame`].
    fn run(tests: serde_json::Value) -> Outcome {
        let spec = spec(tests);
        let df = frame();
        let checked = check(&spec, df.clone().lazy(), df.schema()).unwrap();
        let output = checked.output.collect().unwrap();
        let rejected = checked.rejected.collect().unwrap();
        let ids = |df: &DataFrame| -> Vec<Option<i64>> {
            df.column("id").unwrap().i64().unwrap().iter().collect()
        };
        let reasons = super::super::column_strings(&rejected, REASON);
        let rejected = ids(&rejected)
            .into_iter()
            .zip(reasons)
            .map(|(id, r)| (id, r.unwrap_or_default()))
            .collect();
        let counts = checked
            .counts
            .into_iter()
            .map(|c| {
                let df = c.collect().unwrap();
                df.column(FAILING).unwrap().u64().unwrap().get(0).unwrap()
            })
            .collect();
        (ids(&output), rejected, counts)
    }

    #[test]
    fn a_null_primary_key_is_rejected_whole() {
        let (kept, rejected, counts) = run(json!([]));
        assert_eq!(kept, [Some(1), Some(2), Some(3), Some(4), Some(6)]);
        assert_eq!(
            rejected,
            [(None, "primary key column `id` is null".to_owned())]
        );
        assert!(counts.is_empty());
    }

    #[test]
    fn reject_row_tests_reject_in_order_and_count_their_rows() {
        let (kept, rejected, counts) = run(json!([
            {"column": "cases", "min": 0, "on_fail": "reject_row"},
            {"column": "state", "accepted": ["NY", "NJ"], "on_fail": "reject_row"},
            {"column": "cases", "not_null": true, "on_fail": "reject_row"},
        ]));
        assert_eq!(kept, [Some(1), Some(4)]);
        assert_eq!(
            rejected,
            [
                (None, "primary key column `id` is null".to_owned()),
                (
                    Some(2),
                    "tests[0] (`cases` min 0) failed: `cases` is -1".to_owned()
                ),
                (
                    Some(3),
                    "tests[1] (`state` accepted (2 values)) failed: `state` is XX, not an accepted value"
                        .to_owned()
                ),
                (
                    Some(6),
                    "tests[2] (`cases` not_null) failed: `cases` is null".to_owned()
                ),
            ]
        );
        assert_eq!(counts, [1, 1, 1]);
    }

    #[test]
    fn warn_and_fail_run_tests_count_the_rows_left_and_keep_them() {
        let (kept, rejected, counts) = run(json!([
            {"column": "day", "unique": true, "on_fail": "warn"},
            {"column": "cases", "not_null": true, "on_fail": "reject_row"},
            {"columns": ["state", "day"], "unique": true, "on_fail": "fail_run"},
            {"column": "cases", "min": 0, "max": 6, "on_fail": "warn"},
        ]));
        // Row 6 (null cases) is rejected first; then `day` repeats only as b, b.
        assert_eq!(kept, [Some(1), Some(2), Some(3), Some(4)]);
        assert_eq!(rejected.len(), 2);
        assert_eq!(counts, [2, 1, 0, 2]);
    }

    #[test]
    fn an_empty_output_passes_every_test() {
        let spec = spec(json!([
            {"column": "cases", "not_null": true},
            {"column": "day", "unique": true, "on_fail": "reject_row"},
        ]));
        let df = frame().head(Some(0));
        let checked = check(&spec, df.clone().lazy(), df.schema()).unwrap();
        assert_eq!(checked.output.collect().unwrap().height(), 0);
        for c in checked.counts {
            let c = c.collect().unwrap();
            assert_eq!(c.column(FAILING).unwrap().u64().unwrap().get(0), Some(0));
        }
    }

    #[test]
    fn a_test_on_a_missing_column_or_with_a_wrong_value_names_the_test() {
        let df = frame();
        let missing = spec(json!([{"column": "nope", "not_null": true}]));
        let err = check(&missing, df.clone().lazy(), df.schema())
            .err()
            .unwrap();
        assert_eq!(err.location, "tests[0]");
        assert!(err.message.contains("`nope` not found"), "{err}");
        let wrong = spec(json!([{"column": "cases", "min": "lots"}]));
        let err = check(&wrong, df.clone().lazy(), df.schema()).err().unwrap();
        assert_eq!(err.location, "tests[0]");
        assert!(err.message.contains("lots"), "{err}");
    }
}
