//! The `sql` step on polars' SQL context. Takes the step and the frames defined before it;
//! registers the frames its query reads under their names and returns the query's lazy frame
//! (its columns are resolved by the caller, which attributes an unknown column to the step).
//! The query was checked when the spec was parsed (`spec::sql`): one SELECT over frames,
//! no table function, so it cannot read a file.
//!
//! A frame's row-origin columns (`__sluice_row_<frame>`) pass through `SELECT *` like any
//! other column, so failed records of such rows still name their source line; a query that
//! does not select them makes rows whose failures are recorded with the output row instead.

use std::collections::HashMap;

use polars::{prelude::*, sql::SQLContext};

use super::{TransformError, polars_message};
use crate::spec::SqlOp;

pub(super) fn sql(
    op: &SqlOp,
    frames: &HashMap<String, LazyFrame>,
    at: &str,
) -> Result<LazyFrame, TransformError> {
    let mut context = SQLContext::new();
    for frame in op.query.frames() {
        let lf = frames
            .get(frame.as_str())
            .ok_or_else(|| TransformError::new(at, format!("frame `{frame}` does not exist")))?;
        context.register(frame.as_str(), lf.clone());
    }
    context
        .execute(op.query.as_str())
        .map_err(|e| TransformError::new(at, polars_message(&e)))
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::super::{ROW_PREFIX, Transformed, run};
    use crate::spec::PipelineSpec;
    use polars::prelude::*;

    fn spec(frames: &[&str], transform: Value, output: &str, pk: &[&str]) -> PipelineSpec {
        let sources: serde_json::Map<String, Value> = frames
            .iter()
            .map(|f| (f.to_string(), json!(format!("src-{f}"))))
            .collect();
        PipelineSpec::parse(&json!({
            "sources": sources,
            "transform": transform,
            "output": output,
            "destination": {"table": "t", "primary_key": pk}
        }))
        .unwrap()
    }

    /// Frames `a` (day, n) and `b` (day, m), text like a source, with row origins.
    fn inputs(a: &[(&str, Option<&str>)], b: &[(&str, Option<&str>)]) -> Vec<(String, DataFrame)> {
        let frame = |name: &str, value: &str, rows: &[(&str, Option<&str>)]| {
            let df = DataFrame::new(
                rows.len(),
                vec![
                    Column::new("day".into(), rows.iter().map(|r| r.0).collect::<Vec<_>>()),
                    Column::new(value.into(), rows.iter().map(|r| r.1).collect::<Vec<_>>()),
                    Column::new(
                        format!("{ROW_PREFIX}{name}").into(),
                        (0..rows.len() as i64).map(|i| i + 2).collect::<Vec<_>>(),
                    ),
                ],
            )
            .unwrap();
            (name.to_owned(), df)
        };
        vec![frame("a", "n", a), frame("b", "m", b)]
    }

    fn transform(spec: &PipelineSpec, inputs: Vec<(String, DataFrame)>) -> Transformed {
        run(spec, inputs.into_iter().collect()).unwrap()
    }

    /// The visible columns as JSON rows (values as text or null).
    fn rows(df: &DataFrame) -> Value {
        let names: Vec<String> = df
            .get_column_names()
            .iter()
            .filter(|n| !n.starts_with(ROW_PREFIX))
            .map(|n| n.to_string())
            .collect();
        let columns: Vec<Vec<Option<String>>> = names
            .iter()
            .map(|n| super::super::column_strings(df, n))
            .collect();
        (0..df.height())
            .map(|i| {
                let row: serde_json::Map<String, Value> = names
                    .iter()
                    .zip(&columns)
                    .map(|(n, c)| (n.clone(), json!(c[i])))
                    .collect();
                Value::Object(row)
            })
            .collect()
    }

    #[test]
    fn a_query_joins_and_converts_frames_with_nulls_kept() {
        let spec = spec(
            &["a", "b"],
            json!([{"op": "sql", "into": "out", "query":
                "SELECT a.day, CAST(a.n AS BIGINT) AS n, CAST(b.m AS BIGINT) AS m \
                 FROM a LEFT JOIN b ON a.day = b.day ORDER BY a.day"}]),
            "out",
            &["day"],
        );
        let out = transform(
            &spec,
            inputs(
                &[("d1", Some("1")), ("d2", None), ("d3", Some("3"))],
                &[("d1", Some("10")), ("d3", None)],
            ),
        );
        assert_eq!(
            rows(&out.output),
            json!([
                {"day": "d1", "n": "1", "m": "10"},
                {"day": "d2", "n": null, "m": null},
                {"day": "d3", "n": "3", "m": null},
            ])
        );
        assert_eq!(out.output.column("n").unwrap().dtype(), &DataType::Int64);
    }

    #[test]
    fn an_empty_frame_gives_an_empty_result_with_the_querys_columns() {
        let spec = spec(
            &["a", "b"],
            json!([{"op": "sql", "into": "out", "query":
                "SELECT a.day, a.n, b.m FROM a JOIN b USING (day)"}]),
            "out",
            &["day"],
        );
        let out = transform(&spec, inputs(&[], &[("d1", Some("1"))]));
        assert_eq!(out.output.height(), 0);
        let names: Vec<&str> = out
            .output
            .get_column_names()
            .iter()
            .map(|n| n.as_str())
            .collect();
        assert_eq!(names, ["day", "n", "m"]);
    }

    #[test]
    fn select_star_keeps_the_row_origin_a_failed_record_needs() {
        let spec = spec(
            &["a"],
            json!([{"op": "sql", "into": "out", "query": "SELECT * FROM a WHERE day <> 'd3'"}]),
            "out",
            &["n"],
        );
        let out = transform(
            &spec,
            inputs(
                &[("d1", Some("1")), ("d2", None), ("d3", Some("skip"))],
                &[],
            ),
        );
        // The null key is rejected with its source line (3), like after any other step.
        assert_eq!(rows(&out.output), json!([{"day": "d1", "n": "1"}]));
        assert_eq!(
            super::super::column_strings(&out.rejected_output, &format!("{ROW_PREFIX}a")),
            [Some("3".to_owned())]
        );
    }

    #[test]
    fn the_cookbook_weekly_sums_and_seven_day_average_compute_what_they_say() {
        // Cumulative counts for 10 days from Monday 2020-03-02: new cases are 1, 2, …, 10.
        let days: Vec<String> = (0..10).map(|i| format!("2020-03-{:02}", i + 2)).collect();
        let cumulative: Vec<String> = (1..=10)
            .map(|n: i64| (n * (n + 1) / 2).to_string())
            .collect();
        let a: Vec<(&str, Option<&str>)> = days
            .iter()
            .zip(&cumulative)
            .map(|(d, c)| (d.as_str(), Some(c.as_str())))
            .collect();
        let daily = "SELECT date, cases - LAG(cases) OVER (ORDER BY date) AS new_cases \
                     FROM (SELECT DATE(day) AS date, CAST(n AS BIGINT) AS cases FROM a)";
        let weekly = spec(
            &["a"],
            json!([{"op": "sql", "into": "out", "query": format!(
                "SELECT STRFTIME(date, '%G-W%V') AS week, SUM(new_cases) AS new_cases \
                 FROM ({daily}) AS d GROUP BY week ORDER BY week")}]),
            "out",
            &["week"],
        );
        let out = transform(&weekly, inputs(&a, &[]));
        // Week 10: the first day has no previous one (null, left out of the sum), then 2..=7.
        assert_eq!(
            rows(&out.output),
            json!([
                {"week": "2020-W10", "new_cases": "27"},
                {"week": "2020-W11", "new_cases": "27"},
            ])
        );
        let rolling = spec(
            &["a"],
            json!([{"op": "sql", "into": "out", "query": format!(
                "SELECT date, (new_cases + LAG(new_cases, 1) OVER (ORDER BY date) \
                   + LAG(new_cases, 2) OVER (ORDER BY date) + LAG(new_cases, 3) OVER (ORDER BY date) \
                   + LAG(new_cases, 4) OVER (ORDER BY date) + LAG(new_cases, 5) OVER (ORDER BY date) \
                   + LAG(new_cases, 6) OVER (ORDER BY date)) / 7.0 AS avg_7d \
                 FROM ({daily}) AS d ORDER BY date")}]),
            "out",
            &["date"],
        );
        let out = transform(&rolling, inputs(&a, &[]));
        let avg = super::super::column_strings(&out.output, "avg_7d");
        // Null until seven days with a new count exist (days 2..=8), then (2+…+8)/7 = 5, 6, 7.
        assert_eq!(avg[..7], [None, None, None, None, None, None, None]);
        assert_eq!(
            avg[7..],
            [
                Some("5.0".to_owned()),
                Some("6.0".to_owned()),
                Some("7.0".to_owned())
            ]
        );
    }

    #[test]
    fn the_cookbook_latest_value_and_bucket_compute_what_they_say() {
        let latest = spec(
            &["a"],
            json!([{"op": "sql", "into": "out", "query":
                "SELECT n AS state, LAST(day) AS day FROM (SELECT * FROM a ORDER BY day) \
                 GROUP BY n ORDER BY n"}]),
            "out",
            &["state"],
        );
        let rows_in = [
            ("2020-03-03", Some("NY")),
            ("2020-03-01", Some("NJ")),
            ("2020-03-02", Some("NY")),
            ("2020-03-04", Some("NJ")),
            ("2020-03-01", Some("NY")),
        ];
        let out = transform(&latest, inputs(&rows_in, &[]));
        assert_eq!(
            rows(&out.output),
            json!([
                {"state": "NJ", "day": "2020-03-04"},
                {"state": "NY", "day": "2020-03-03"},
            ])
        );
        let bucket = spec(
            &["a"],
            json!([{"op": "sql", "into": "out", "query":
                "SELECT day, CASE WHEN CAST(n AS BIGINT) < 10 THEN 'low' \
                   WHEN CAST(n AS BIGINT) < 100 THEN 'mid' ELSE 'high' END AS level FROM a"}]),
            "out",
            &["day"],
        );
        let out = transform(
            &bucket,
            inputs(
                &[
                    ("d1", Some("5")),
                    ("d2", Some("50")),
                    ("d3", Some("500")),
                    ("d4", None),
                ],
                &[],
            ),
        );
        assert_eq!(
            super::super::column_strings(&out.output, "level"),
            ["low", "mid", "high", "high"].map(|l| Some(l.to_owned()))
        );
    }

    #[test]
    fn a_source_check_runs_the_queries_over_that_source_alone() {
        let alone = spec(
            &["a", "b"],
            json!([
                {"op": "sql", "into": "x", "query": "SELECT day, CAST(n AS BIGINT) AS n FROM a"},
                {"op": "sort", "frame": "x", "by": ["n"]},
                {"op": "sql", "into": "out", "query": "SELECT x.day, b.m FROM x JOIN b USING (day)"}
            ]),
            "out",
            &["day"],
        );
        let columns = |names: &[&str]| {
            names
                .iter()
                .map(|n| (n.to_string(), DataType::String))
                .collect::<Vec<_>>()
        };
        super::super::check_frame(&alone, "a", &columns(&["day", "n"])).unwrap();
        let err = super::super::check_frame(&alone, "a", &columns(&["day", "count"]))
            .err()
            .unwrap();
        assert_eq!(err.location, "transform[0] (sql)");
        assert!(err.message.contains('n'), "{err}");
        // `b` is only read together with `a`'s result: its check stops there.
        super::super::check_frame(&alone, "b", &columns(&["day", "nothing_like_m"])).unwrap();
    }

    #[test]
    fn a_missing_column_names_the_step() {
        let spec = spec(
            &["a"],
            json!([{"op": "sql", "into": "out", "query": "SELECT day, nope FROM a"}]),
            "out",
            &["day"],
        );
        let err = run(
            &spec,
            inputs(&[("d1", Some("1"))], &[]).into_iter().collect(),
        )
        .err()
        .unwrap();
        assert_eq!(err.location, "transform[0] (sql)");
        assert!(err.message.contains("nope"), "{err}");
    }
}
