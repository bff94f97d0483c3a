#![allow(clippy::expect_used)] // a benchmark program: any failure stops it, loudly
//! Sluice's side of `scripts/bench-transform` (issue 15, speed): the transform a run executes
//! (`etl::transform::run`, the spec parsed from JSON by `PipelineSpec::parse`) timed on a frame
//! already in memory, for the cases the script compares with polars' Python API and DuckDB.
//!
//! The file is read by Sluice's own reader (`etl::read::read_all`, as a run reads a source it
//! cannot batch: text columns and the hidden row-origin column), then typed by a run of the
//! usual `parse_date` + `cast` steps; neither is timed. Then each case named on the command
//! line runs once, timed, and prints `sluice <case> <seconds> <checksum>`, the checksum
//! computed (untimed) exactly as the script's Python and DuckDB contenders compute theirs:
//!
//! - `aggregate`: weekly sums per state (`group_by` state and `{"trunc": "week"}` of the date;
//!   sum of cases, average of deaths, count of rows);
//! - `rolling`: the 7-day rolling mean of cases per county (`fips`), ordered by date.
//!
//!   bench_transform <file.csv> aggregate rolling

use std::{collections::HashMap, time::Instant};

use polars::prelude::*;
use serde_json::{Value, json};
use sluice_engine::{
    etl::{read, transform},
    spec::{CsvOptions, Format, PipelineSpec},
};

fn spec(transform: Value, output: &str, key: &[&str]) -> PipelineSpec {
    PipelineSpec::parse(&json!({
        "sources": {"c": "counties"},
        "transform": transform,
        "output": output,
        "destination": {"table": "bench", "primary_key": key},
    }))
    .expect("a valid spec")
}

/// The source frame as a run has it after the typing steps, in one chunk per column.
fn load(path: &str) -> DataFrame {
    let text = read::read_all(
        std::path::Path::new(path),
        &Format::Csv(CsvOptions::default()),
        "c",
    )
    .expect("the file reads");
    // Columns the reader already typed (type inference at read) are left as they are.
    let is_text = |c: &str| text.column(c).map(|c| c.dtype() == &DataType::String);
    let mut steps = Vec::new();
    if is_text("date").expect("a date column") {
        steps.push(
            json!({"op": "parse_date", "frame": "c", "column": "date", "format": "%Y-%m-%d"}),
        );
    }
    let ints: serde_json::Map<String, Value> = ["cases", "deaths"]
        .into_iter()
        .filter(|c| is_text(c).expect("a cases and a deaths column"))
        .map(|c| (c.to_owned(), json!("int")))
        .collect();
    if !ints.is_empty() {
        steps.push(json!({"op": "cast", "frame": "c", "columns": ints}));
    }
    let typed = transform::run(
        &spec(Value::Array(steps), "c", &["date", "fips"]),
        HashMap::from([("c".to_owned(), text)]),
    )
    .expect("the typing steps run");
    assert_eq!(typed.rejected.height(), 0, "no row fails the typing steps");
    let mut df = typed.output;
    df.rechunk_mut();
    df
}

fn case(name: &str) -> PipelineSpec {
    match name {
        "aggregate" => spec(
            json!([{"op": "aggregate", "frame": "c", "into": "weekly",
                "group_by": ["state", {"trunc": "week", "column": "date", "as": "week"}],
                "aggs": {"cases": {"sum": "cases"}, "deaths_avg": {"avg": "deaths"},
                         "rows": {"count": "*"}}}]),
            "weekly",
            &["state", "week"],
        ),
        "rolling" => spec(
            json!([{"op": "derive", "frame": "c", "column": "cases_7d",
                "expr": {"rolling_mean": "cases", "rows": 7, "order_by": ["date"],
                         "partition_by": ["fips"]}}]),
            "c",
            &["date", "fips"],
        ),
        other => panic!("unknown case {other}: aggregate or rolling"),
    }
}

/// `floor(x * 1000 + 0.5)`: a float as a whole number of thousandths.
fn milli(x: Expr) -> Expr {
    (x * lit(1000.0) + lit(0.5)).floor().cast(DataType::Int64)
}

/// The row count and a checksum of the case's result that do not depend on its row order;
/// the script's Python and DuckDB contenders compute the same (see `scripts/bench-transform`).
fn checksum(name: &str, out: DataFrame) -> String {
    let days = |c: &str| col(c).cast(DataType::Int32).cast(DataType::Int64);
    let sums = match name {
        // Rows by (state, week); each weighted by its position in that order.
        "aggregate" => out
            .lazy()
            .sort(["state", "week"], SortMultipleOptions::default())
            .with_row_index("pos", Some(1))
            .select([
                len().cast(DataType::Int64).alias("rows"),
                lit(0i64).cast(DataType::Int64).alias("nulls"),
                (col("pos").cast(DataType::Int64)
                    * (col("cases")
                        + col("rows").cast(DataType::Int64)
                        + milli(col("deaths_avg"))
                        + days("week")))
                .sum()
                .alias("sum"),
            ]),
        // Each row's mean weighted by its county and day.
        "rolling" => {
            let weight = ((col("fips").cast(DataType::Int64) - lit(10_000i64)) % lit(101i64)
                + lit(1i64))
                * (days("date") % lit(103i64) + lit(1i64));
            out.lazy().select([
                len().cast(DataType::Int64).alias("rows"),
                col("cases_7d")
                    .null_count()
                    .cast(DataType::Int64)
                    .alias("nulls"),
                (milli(col("cases_7d")) * weight).sum().alias("sum"),
            ])
        }
        other => panic!("unknown case {other}"),
    }
    .collect()
    .expect("the checksum computes");
    let get = |c: &str| {
        sums.column(c)
            .expect("a checksum column")
            .i64()
            .expect("an integer")
            .get(0)
            .unwrap_or(0)
    };
    format!("{}/{}/{}", get("rows"), get("nulls"), get("sum"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, cases) = args
        .split_first()
        .expect("usage: bench_transform <file.csv> <case>...");
    let df = load(path);
    for name in cases {
        let spec = case(name);
        let inputs = HashMap::from([("c".to_owned(), df.clone())]);
        let started = Instant::now();
        let out = transform::run(&spec, inputs).expect("the case runs");
        let seconds = started.elapsed().as_secs_f64();
        assert_eq!(out.rejected_output.height(), 0, "no output row is rejected");
        // The output as a run loads it: without the hidden row-origin column.
        let visible: Vec<String> = transform::visible_schema(&out.output).into_keys().collect();
        let output = out.output.select(visible).expect("the visible columns");
        println!("sluice {name} {seconds:.4} {}", checksum(name, output));
    }
}
