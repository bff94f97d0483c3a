//! Data tests on the output (`spec.tests`): one test per object, `column` (or `columns`) and
//! exactly one of `not_null`, `min`/`max`, `unique`, `accepted`, and what a failing row does
//! (`on_fail`). Checked here for their shape; their columns are checked against the output
//! frame with the steps (`etl::transform`).

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::SpecError;

/// What a row that fails a data test does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OnFail {
    /// The row is not loaded: it becomes a failed record with the test as its reason.
    RejectRow,
    /// The run fails and loads nothing.
    #[default]
    FailRun,
    /// The row loads; the run's step log and `warned` count say how many rows failed.
    Warn,
}

impl OnFail {
    pub fn as_str(self) -> &'static str {
        match self {
            OnFail::RejectRow => "reject_row",
            OnFail::FailRun => "fail_run",
            OnFail::Warn => "warn",
        }
    }
}

/// A data test on the output. A null value passes `min`, `max` and `accepted` (test nulls
/// with `not_null`); `unique` fails every row of a repeated combination of `columns`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DataTest {
    /// The output column tested (`not_null`, `min`, `max`, `accepted`; `unique` on one column).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(example = "cases")]
    pub column: Option<String>,
    /// The columns whose combination must be unique (`unique`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<String>>,
    /// `true`: the column has no nulls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_null: Option<bool>,
    /// The smallest value allowed (a number, or a date as `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<super::schema::Scalar>)]
    pub min: Option<Value>,
    /// The largest value allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<super::schema::Scalar>)]
    pub max: Option<Value>,
    /// `true`: no two rows share the value of `column` (or of all `columns`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique: Option<bool>,
    /// The only values allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<super::schema::Scalar>>)]
    pub accepted: Option<Vec<Value>>,
    #[serde(default)]
    pub on_fail: OnFail,
}

/// A data test, by kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Check<'a> {
    NotNull(&'a str),
    Range {
        column: &'a str,
        min: Option<&'a Value>,
        max: Option<&'a Value>,
    },
    Unique(Vec<&'a str>),
    Accepted(&'a str, &'a [Value]),
}

const KINDS: &str = "not_null, min/max, unique, accepted";

impl DataTest {
    /// The test's kind. Only valid once [`DataTest::check`] passed.
    pub fn kind(&self) -> Check<'_> {
        let column = self.column.as_deref().unwrap_or_default();
        if self.not_null.is_some() {
            Check::NotNull(column)
        } else if self.unique.is_some() {
            Check::Unique(match &self.columns {
                Some(columns) => columns.iter().map(String::as_str).collect(),
                None => vec![column],
            })
        } else if let Some(values) = &self.accepted {
            Check::Accepted(column, values)
        } else {
            Check::Range {
                column,
                min: self.min.as_ref(),
                max: self.max.as_ref(),
            }
        }
    }

    /// How the run's log and failed records name the test: `cases not_null`, `cases min 0`.
    pub fn label(&self) -> String {
        match self.kind() {
            Check::NotNull(c) => format!("`{c}` not_null"),
            Check::Range { column, min, max } => {
                let mut parts = vec![format!("`{column}`")];
                if let Some(min) = min {
                    parts.push(format!("min {min}"));
                }
                if let Some(max) = max {
                    parts.push(format!("max {max}"));
                }
                parts.join(" ")
            }
            Check::Unique(columns) => format!(
                "{} unique",
                columns
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Check::Accepted(c, values) => format!("`{c}` accepted ({} values)", values.len()),
        }
    }

    /// The test's own rules: one kind, the columns it needs, values of the right shape.
    pub fn check(&self) -> Result<(), SpecError> {
        let kinds = [
            self.not_null.is_some(),
            self.min.is_some() || self.max.is_some(),
            self.unique.is_some(),
            self.accepted.is_some(),
        ];
        match kinds.iter().filter(|k| **k).count() {
            0 => {
                return Err(SpecError::new("", format!("needs a test: one of {KINDS}")));
            }
            1 => {}
            _ => {
                return Err(SpecError::new(
                    "",
                    format!("holds more than one test; write one object per test ({KINDS})"),
                ));
            }
        }
        if let Some(columns) = &self.columns {
            if self.unique.is_none() {
                return Err(SpecError::new(
                    "columns",
                    "only `unique` tests several columns; use `column`",
                ));
            }
            if self.column.is_some() {
                return Err(SpecError::new(
                    "columns",
                    "give either `column` or `columns`, not both",
                ));
            }
            if columns.is_empty() {
                return Err(SpecError::new("columns", "needs at least one column"));
            }
            let mut seen = BTreeSet::new();
            for (i, c) in columns.iter().enumerate() {
                if c.is_empty() || !seen.insert(c) {
                    return Err(SpecError::new(
                        &format!("columns[{i}]"),
                        "must be a column listed once",
                    ));
                }
            }
        } else {
            match &self.column {
                None => return Err(SpecError::new("column", "is required")),
                Some(c) if c.is_empty() => {
                    return Err(SpecError::new("column", "must not be empty"));
                }
                Some(_) => {}
            }
        }
        for (field, flag) in [("not_null", self.not_null), ("unique", self.unique)] {
            if flag == Some(false) {
                return Err(SpecError::new(
                    field,
                    "must be true (leave the test out to not test)",
                ));
            }
        }
        for (field, value) in [("min", &self.min), ("max", &self.max)] {
            if let Some(v) = value
                && !(v.is_number() || v.is_string())
            {
                return Err(SpecError::new(
                    field,
                    "must be a number or a date (`YYYY-MM-DD`)",
                ));
            }
        }
        if let Some(values) = &self.accepted {
            if values.is_empty() {
                return Err(SpecError::new("accepted", "needs at least one value"));
            }
            for (i, v) in values.iter().enumerate() {
                if !(v.is_string() || v.is_number() || v.is_boolean()) {
                    return Err(SpecError::new(
                        &format!("accepted[{i}]"),
                        "must be a string, number or boolean",
                    ));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn parse(v: Value) -> Result<DataTest, SpecError> {
        let test: DataTest = super::super::from_json(&v)?;
        test.check()?;
        Ok(test)
    }

    #[test]
    fn each_kind_parses_with_fail_run_by_default() {
        let cases = [
            json!({"column": "cases", "not_null": true}),
            json!({"column": "cases", "min": 0}),
            json!({"column": "date", "min": "2020-01-01", "max": "2022-12-31"}),
            json!({"columns": ["date", "state"], "unique": true}),
            json!({"column": "date", "unique": true}),
            json!({"column": "state", "accepted": ["NY", "NJ"], "on_fail": "warn"}),
        ];
        for case in cases {
            let test = parse(case.clone()).unwrap_or_else(|e| panic!("{case}: {e}"));
            let stored = serde_json::to_value(&test).unwrap();
            assert_eq!(
                stored["on_fail"],
                case.get("on_fail").cloned().unwrap_or(json!("fail_run"))
            );
        }
        let unique = parse(json!({"columns": ["date", "state"], "unique": true})).unwrap();
        assert_eq!(unique.kind(), Check::Unique(vec!["date", "state"]));
        assert_eq!(unique.label(), "`date`, `state` unique");
        let range = parse(json!({"column": "cases", "min": 0, "on_fail": "reject_row"})).unwrap();
        assert_eq!(range.label(), "`cases` min 0");
        assert_eq!(range.on_fail, OnFail::RejectRow);
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            (json!({"column": "cases"}), ""),
            (json!({"column": "cases", "not_null": true, "min": 0}), ""),
            (json!({"not_null": true}), "column"),
            (json!({"column": "a", "not_null": false}), "not_null"),
            (json!({"columns": ["a"], "not_null": true}), "columns"),
            (json!({"columns": ["a", "a"], "unique": true}), "columns[1]"),
            (json!({"column": "a", "min": [1]}), "min"),
            (json!({"column": "a", "accepted": []}), "accepted"),
            (
                json!({"column": "a", "accepted": [{"x": 1}]}),
                "accepted[0]",
            ),
            (
                json!({"column": "a", "not_null": true, "on_fail": "explode"}),
                "on_fail",
            ),
            (
                json!({"column": "a", "not_null": true, "severity": 1}),
                "severity",
            ),
        ];
        for (case, path) in cases {
            let err = parse(case.clone()).unwrap_err();
            assert_eq!(err.path, path, "{case}: {err:?}");
        }
    }
}
