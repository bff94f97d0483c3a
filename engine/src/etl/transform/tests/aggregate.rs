//! `aggregate`: a small frame in, the exact frame out; the NYT file's weekly sums against sums
//! computed here in plain Rust.

use std::collections::BTreeMap;

use serde_json::json;

use super::*;

fn sales() -> (String, DataFrame) {
    frame(
        "f",
        &[
            (
                "country",
                &[
                    Some("US"),
                    Some("FR"),
                    Some("US"),
                    None,
                    Some("FR"),
                    Some("US"),
                ],
            ),
            (
                "date",
                &[
                    Some("2020-01-03"),
                    Some("2020-01-01"),
                    Some("2020-01-01"),
                    Some("2020-01-02"),
                    Some("2020-01-02"),
                    Some("2020-01-02"),
                ],
            ),
            (
                "confirmed",
                &[Some("5"), None, Some("1"), Some("7"), None, Some("3")],
            ),
        ],
    )
}

fn cast_sales() -> Value {
    json!({"op": "cast", "frame": "f", "columns": {"date": "date", "confirmed": "int"}})
}

#[test]
fn aggregate_groups_sorted_by_key_with_every_function() {
    let t = run_ok(
        &spec(
            &["f"],
            json!([
                cast_sales(),
                {"op": "aggregate", "frame": "f", "group_by": ["country"], "into": "g", "aggs": {
                    "total": {"sum": "confirmed"},
                    "mean": {"avg": "confirmed"},
                    "low": {"min": "confirmed"},
                    "latest": {"max": "date"},
                    "places": {"count": "*"},
                    "known": {"count": "confirmed"},
                    "days": {"count_distinct": "date"},
                    "opening": {"first": "confirmed", "order_by": ["date"]},
                    "closing": {"last": "confirmed", "order_by": "date"},
                    "mid": {"median": "confirmed"},
                }}
            ]),
            "g",
            &["country"],
        ),
        vec![sales()],
    );
    // The null key sorts last; its row is rejected for its null primary key.
    assert_eq!(
        rows(&t.output),
        json!([
            {"country": "FR", "closing": null, "days": 2, "known": 0, "latest": "2020-01-02", "low": null,
             "mean": null, "mid": null, "opening": null, "places": 2, "total": null},
            {"country": "US", "closing": 5, "days": 3, "known": 3, "latest": "2020-01-03", "low": 1,
             "mean": 3.0, "mid": 3.0, "opening": 1, "places": 3, "total": 9},
        ])
    );
    // The rejected group stands for its first source row (row 5 of the file).
    assert_eq!(rejected_rows(&t, "f"), [5]);
    assert!(reasons(&t)[0].contains("primary key column `country` is null"));
}

#[test]
fn avg_of_integers_floats_and_booleans_is_a_float() {
    let t = run_ok(
        &spec(
            &["f"],
            json!([
                cast_sales(),
                {"op": "derive", "frame": "f", "column": "real", "expr": {"div": [{"col": "confirmed"}, {"lit": 2}]}},
                {"op": "derive", "frame": "f", "column": "big", "expr": {"gt": ["confirmed", 2]}},
                {"op": "aggregate", "frame": "f", "group_by": ["country"], "aggs": {
                    "ints": {"avg": "confirmed"}, "floats": {"avg": "real"}, "bools": {"avg": "big"},
                }},
            ]),
            "f",
            &["country"],
        ),
        vec![sales()],
    );
    let types = visible_schema(&t.output);
    for c in ["ints", "floats", "bools"] {
        assert_eq!(types[c], DataType::Float64, "{c}");
    }
    // US: 5, 1 and 3 (halved: 2.5, 0.5, 1.5; above 2: two of three); FR has no values.
    assert_eq!(
        rows(&t.output),
        json!([
            {"country": "FR", "bools": null, "floats": null, "ints": null},
            {"country": "US", "bools": 2.0 / 3.0, "floats": 1.5, "ints": 3.0},
        ])
    );
}

#[test]
fn aggregate_first_and_last_follow_frame_order_without_order_by() {
    let t = one_step(
        json!({"op": "aggregate", "frame": "f", "group_by": ["country"],
               "aggs": {"a": {"first": "date"}, "z": {"last": "date"}}}),
        sales(),
        "country",
    );
    assert_eq!(
        rows(&t.output),
        json!([
            {"country": "FR", "a": "2020-01-01", "z": "2020-01-02"},
            {"country": "US", "a": "2020-01-03", "z": "2020-01-02"},
        ])
    );
}

#[test]
fn aggregate_groups_by_a_truncated_date() {
    // 2020-01-05 is a Sunday, 2020-01-06 a Monday: weeks start on Monday.
    let input = frame(
        "f",
        &[
            (
                "date",
                &[
                    Some("2020-01-05"),
                    Some("2020-01-06"),
                    Some("2019-12-30"),
                    Some("2020-01-12"),
                    Some("2020-02-29"),
                ],
            ),
            (
                "n",
                &[Some("1"), Some("10"), Some("100"), Some("1000"), Some("5")],
            ),
        ],
    );
    let t = run_ok(
        &spec(
            &["f"],
            json!([
                {"op": "cast", "frame": "f", "columns": {"date": "date", "n": "int"}},
                {"op": "aggregate", "frame": "f", "into": "w",
                 "group_by": [{"trunc": "week", "column": "date"}], "aggs": {"total": {"sum": "n"}}},
                {"op": "aggregate", "frame": "f", "into": "m",
                 "group_by": [{"trunc": "month", "column": "date", "as": "month"}], "aggs": {"rows": {"count": "*"}}},
            ]),
            "w",
            &["date"],
        ),
        vec![input.clone()],
    );
    assert_eq!(
        rows(&t.output),
        json!([
            {"date": "2019-12-30", "total": 101},
            {"date": "2020-01-06", "total": 1010},
            {"date": "2020-02-24", "total": 5},
        ])
    );
    let months = run_ok(
        &spec(
            &["f"],
            json!([
                {"op": "cast", "frame": "f", "columns": {"date": "date", "n": "int"}},
                {"op": "aggregate", "frame": "f",
                 "group_by": [{"trunc": "month", "column": "date", "as": "month"}], "aggs": {"rows": {"count": "*"}}},
            ]),
            "f",
            &["month"],
        ),
        vec![input],
    );
    assert_eq!(
        rows(&months.output),
        json!([
            {"month": "2019-12-01", "rows": 1},
            {"month": "2020-01-01", "rows": 3},
            {"month": "2020-02-01", "rows": 1},
        ])
    );
}

#[test]
fn aggregate_of_an_empty_frame() {
    let empty = || frame("f", &[("country", &[]), ("date", &[]), ("confirmed", &[])]);
    let grouped = run_ok(
        &spec(
            &["f"],
            json!([cast_sales(), {"op": "aggregate", "frame": "f", "group_by": ["country"],
                                  "aggs": {"total": {"sum": "confirmed"}, "n": {"count": "*"}}}]),
            "f",
            &["country"],
        ),
        vec![empty()],
    );
    assert_eq!(grouped.output.height(), 0);
    assert_eq!(
        visible_schema(&grouped.output),
        BTreeMap::from([
            ("country".to_owned(), DataType::String),
            ("n".to_owned(), DataType::Int64),
            ("total".to_owned(), DataType::Int64),
        ])
    );
    // Without keys: one row over no rows, as in SQL.
    let total = run_ok(
        &spec(
            &["f"],
            json!([cast_sales(),
                   {"op": "aggregate", "frame": "f", "aggs": {"total": {"sum": "confirmed"}, "n": {"count": "*"}}},
                   {"op": "derive", "frame": "f", "column": "k", "expr": {"lit": 1}}]),
            "f",
            &["k"],
        ),
        vec![empty()],
    );
    assert_eq!(
        rows(&total.output),
        json!([{"n": 0, "total": null, "k": 1}])
    );
}

#[test]
fn aggregate_type_and_column_errors_name_the_node() {
    let s = spec(
        &["f"],
        json!([{"op": "aggregate", "frame": "f", "group_by": ["country"], "aggs": {"total": {"sum": "confirmed"}}}]),
        "f",
        &["country"],
    );
    let e = err(&s, vec![sales()]);
    assert_eq!(e.location, "transform[0] (aggregate on f)");
    assert!(
        e.message
            .starts_with("aggs.total.sum: `sum` needs a number, not str"),
        "{e}"
    );

    let s = spec(
        &["f"],
        json!([{"op": "aggregate", "frame": "f", "group_by": [{"trunc": "week", "column": "date"}], "aggs": {"n": {"count": "*"}}}]),
        "f",
        &["date"],
    );
    let e = err(&s, vec![sales()]);
    assert!(
        e.message
            .starts_with("group_by[0].column: `trunc` needs a date"),
        "{e}"
    );

    let s = spec(
        &["f"],
        json!([cast_sales(), {"op": "aggregate", "frame": "f", "group_by": ["country"],
                              "aggs": {"n": {"sum": {"lag": "confirmed", "order_by": ["date"]}}}}]),
        "f",
        &["country"],
    );
    let e = err(&s, vec![sales()]);
    assert!(
        e.message
            .starts_with("aggs.n: a window or `diff` cannot run inside an aggregate"),
        "{e}"
    );

    let s = spec(
        &["f"],
        json!([{"op": "aggregate", "frame": "f", "group_by": ["nation"], "aggs": {"n": {"count": "*"}}}]),
        "f",
        &["nation"],
    );
    let e = err(&s, vec![sales()]);
    assert!(e.message.contains("column `nation` not found"), "{e}");
}

#[test]
fn source_check_knows_the_columns_an_aggregate_makes() {
    let s = spec(
        &["f"],
        json!([
            cast_sales(),
            {"op": "aggregate", "frame": "f", "group_by": ["country"], "aggs": {"total": {"sum": "confirmed"}}},
            {"op": "filter", "frame": "f", "where": {"column": "confirmed", "gt": 0}}
        ]),
        "f",
        &["country"],
    );
    let columns = ["country", "date", "confirmed"].map(|c| (c.to_owned(), DataType::String));
    let e = check_frame(&s, "f", &columns).unwrap_err();
    assert_eq!(e.location, "transform[2] (filter on f)");
    assert!(e.message.contains("`country`, `total`"), "{e}");
}

/// The weekly sums of daily new cases in the NYT file, computed by the transform and here.
#[test]
fn weekly_sums_of_the_nyt_file_match_a_plain_computation() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/us-covid/us.csv");
    let mut reader = csv::Reader::from_path(path).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 820);

    // Plain Rust: daily new cases (the first day counts whole), summed per Monday-started week.
    let mut expected: BTreeMap<chrono::NaiveDate, (i64, i64)> = BTreeMap::new();
    let mut previous = 0i64;
    for r in &records {
        let date = chrono::NaiveDate::parse_from_str(&r[0], "%Y-%m-%d").unwrap();
        let cases: i64 = r[1].parse().unwrap();
        let monday = date
            - chrono::Days::new(u64::from(
                chrono::Datelike::weekday(&date).num_days_from_monday(),
            ));
        let week = expected.entry(monday).or_default();
        week.0 += cases - previous;
        week.1 += 1;
        previous = cases;
    }

    let column = |i: usize| -> Vec<Option<&str>> { records.iter().map(|r| Some(&r[i])).collect() };
    let (dates, cases, deaths) = (column(0), column(1), column(2));
    let input = frame(
        "nyt",
        &[("date", &dates), ("cases", &cases), ("deaths", &deaths)],
    );
    let t = run_ok(
        &spec(
            &["nyt"],
            json!([
                {"op": "cast", "frame": "nyt", "columns": {"date": "date", "cases": "int"}},
                {"op": "derive", "frame": "nyt", "column": "new_cases",
                 "expr": {"diff": "cases", "order_by": ["date"], "first": "value"}},
                {"op": "aggregate", "frame": "nyt", "into": "weekly",
                 "group_by": [{"trunc": "week", "column": "date", "as": "week"}],
                 "aggs": {"new_cases": {"sum": "new_cases"}, "days": {"count": "*"}}}
            ]),
            "weekly",
            &["week"],
        ),
        vec![input],
    );
    let weeks = column_strings(&t.output, "week");
    let sums = t.output.column("new_cases").unwrap().i64().unwrap().clone();
    let days = t.output.column("days").unwrap().i64().unwrap().clone();
    let got: Vec<(String, i64, i64)> = (0..t.output.height())
        .map(|i| {
            (
                weeks[i].clone().unwrap(),
                sums.get(i).unwrap(),
                days.get(i).unwrap(),
            )
        })
        .collect();
    let want: Vec<(String, i64, i64)> = expected
        .iter()
        .map(|(d, (s, n))| (d.to_string(), *s, *n))
        .collect();
    assert_eq!(got.len(), 118);
    assert_eq!(got, want);
}
