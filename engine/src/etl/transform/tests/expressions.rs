//! Expressions in `derive` and `filter`: a small frame in, the exact frame out, nulls included.

use serde_json::json;

use super::*;

fn people() -> (String, DataFrame) {
    frame(
        "a",
        &[
            ("id", &[Some("1"), Some("2"), Some("3"), Some("4")]),
            ("x", &[Some("10"), Some("3"), None, Some("0")]),
            ("y", &[Some("4"), Some("3"), Some("1"), Some("0")]),
            (
                "name",
                &[
                    Some("New York, NY"),
                    Some("newark"),
                    None,
                    Some("Boston, MA"),
                ],
            ),
            (
                "d",
                &[
                    Some("2020-01-31"),
                    Some("2020-02-29"),
                    None,
                    Some("2021-12-27"),
                ],
            ),
        ],
    )
}

fn cast() -> Value {
    json!({"op": "cast", "frame": "a", "columns": {"id": "int", "x": "int", "y": "int", "d": "date"}})
}

/// Derives each column of `exprs` and returns those columns with `id`.
fn derived(exprs: Value) -> Value {
    let mut steps = vec![cast()];
    let names: Vec<String> = exprs.as_object().unwrap().keys().cloned().collect();
    for (column, expr) in exprs.as_object().unwrap() {
        steps.push(json!({"op": "derive", "frame": "a", "column": column, "expr": expr}));
    }
    let mut keep = vec![json!("id")];
    keep.extend(names.iter().map(|n| json!(n)));
    steps.push(json!({"op": "select", "frame": "a", "columns": keep}));
    let t = run_ok(
        &spec(&["a"], Value::Array(steps), "a", &["id"]),
        vec![people()],
    );
    rows(&t.output)
}

fn kept(condition: Value) -> Vec<i64> {
    let t = run_ok(
        &spec(
            &["a"],
            json!([cast(), {"op": "filter", "frame": "a", "where": condition}]),
            "a",
            &["id"],
        ),
        vec![people()],
    );
    t.output
        .column("id")
        .unwrap()
        .i64()
        .unwrap()
        .iter()
        .flatten()
        .collect()
}

#[test]
fn arithmetic_and_division_by_zero_is_null() {
    assert_eq!(
        derived(json!({
            "q": {"div": [{"col": "x"}, {"col": "y"}]},
            "s": {"add": [{"col": "x"}, {"mul": [{"col": "y"}, {"lit": 2}]}]},
            "a": {"abs": {"sub": [{"col": "y"}, {"col": "x"}]}},
        })),
        json!([
            {"id": 1, "q": 2.5, "s": 18, "a": 6},
            {"id": 2, "q": 1.0, "s": 9, "a": 0},
            {"id": 3, "q": null, "s": null, "a": null},
            {"id": 4, "q": null, "s": 0, "a": 0},
        ])
    );
}

#[test]
fn comparisons_between_columns_and_conditions_filter_rows() {
    assert_eq!(kept(json!({"column": "x", "gt": {"col": "y"}})), [1]);
    assert_eq!(kept(json!({"ge": ["x", {"col": "y"}]})), [1, 2, 4]);
    assert_eq!(kept(json!({"not": {"ge": ["x", {"col": "y"}]}})), [3]);
    assert_eq!(
        kept(
            json!({"or": [{"eq": ["x", 3]}, {"and": [{"is_null": "x"}, {"column": "y", "eq": 1}]}]})
        ),
        [2, 3]
    );
    assert_eq!(kept(json!({"is_in": "y", "values": [0, 4]})), [1, 4]);
    assert_eq!(
        kept(json!({"between": "d", "low": "2020-02-01", "high": "2021-12-31"})),
        [2, 4]
    );
    assert_eq!(
        kept(json!({"regex_match": "name", "pattern": "^[Nn]ew"})),
        [1, 2]
    );
    assert_eq!(kept(json!({"starts_with": "name", "prefix": "New"})), [1]);
    assert_eq!(kept(json!({"ends_with": "name", "suffix": "MA"})), [4]);
    assert_eq!(kept(json!({"contains": "name", "text": ", "})), [1, 4]);
    assert_eq!(kept(json!({"lt": [{"weekday": "d"}, 3]})), [4]);
}

#[test]
fn comparison_values_keep_nulls_in_derive() {
    assert_eq!(
        derived(json!({
            "gt": {"gt": ["x", {"col": "y"}]},
            "in": {"is_in": "x", "values": [3, 10]},
            "bt": {"between": "x", "low": 1, "high": 5},
            "nul": {"is_null": "x"},
            "both": {"and": [{"gt": ["x", 1]}, {"column": "y", "gt": 3}]},
        })),
        json!([
            {"id": 1, "gt": true, "in": true, "bt": false, "nul": false, "both": true},
            {"id": 2, "gt": false, "in": true, "bt": true, "nul": false, "both": false},
            {"id": 3, "gt": null, "in": null, "bt": null, "nul": true, "both": false},
            {"id": 4, "gt": false, "in": false, "bt": false, "nul": false, "both": false},
        ])
    );
}

#[test]
fn case_buckets_and_coalesce() {
    assert_eq!(
        derived(json!({
            "size": {"case": [
                {"when": {"column": "x", "ge": 10}, "then": "large"},
                {"when": {"gt": ["x", 0]}, "then": "small"},
            ], "otherwise": "none"},
            "first": {"case": [{"when": {"is_null": "x"}, "then": {"col": "y"}}]},
            "either": {"coalesce": [{"col": "x"}, {"col": "y"}]},
        })),
        json!([
            {"id": 1, "size": "large", "first": null, "either": 10},
            {"id": 2, "size": "small", "first": null, "either": 3},
            {"id": 3, "size": "none", "first": 1, "either": 1},
            {"id": 4, "size": "none", "first": null, "either": 0},
        ])
    );
}

#[test]
fn string_functions() {
    assert_eq!(
        derived(json!({
            "rep": {"replace": "name", "pattern": ", ", "with": "/"},
            "rx": {"replace": "name", "pattern": "([A-Z]{2})$", "with": "[$1]", "regex": true},
            "st": {"regex_extract": "name", "pattern": ", ([A-Z]+)"},
            "sub": {"substring": "name", "start": 2, "length": 3},
            "tail": {"substring": "name", "start": 5},
            "part": {"split_part": "name", "separator": ", ", "index": 2},
            "last": {"split_part": "name", "separator": " ", "index": -1},
            "len": {"length": "name"},
        })),
        json!([
            {"id": 1, "rep": "New York/NY", "rx": "New York, [NY]", "st": "NY", "sub": "ew ", "tail": "York, NY",
             "part": "NY", "last": "NY", "len": 12},
            {"id": 2, "rep": "newark", "rx": "newark", "st": null, "sub": "ewa", "tail": "rk",
             "part": null, "last": "newark", "len": 6},
            {"id": 3, "rep": null, "rx": null, "st": null, "sub": null, "tail": null,
             "part": null, "last": null, "len": null},
            {"id": 4, "rep": "Boston/MA", "rx": "Boston, [MA]", "st": "MA", "sub": "ost", "tail": "on, MA",
             "part": "MA", "last": "MA", "len": 10},
        ])
    );
}

#[test]
fn date_functions() {
    assert_eq!(
        derived(json!({
            "wk": {"trunc": "week", "column": "d"},
            "q": {"trunc": "quarter", "column": "d"},
            "next": {"add_days": "d", "days": 1},
            "back": {"add_days": "d", "days": {"mul": [{"col": "y"}, {"lit": -1}]}},
            "mo": {"add_months": "d", "months": 1},
            "yr": {"year": "d"},
            "m": {"month": "d"},
            "day": {"day": "d"},
            "wd": {"weekday": "d"},
            "age": {"days_between": [{"trunc": "year", "column": "d"}, "d"]},
        })),
        json!([
            {"id": 1, "wk": "2020-01-27", "q": "2020-01-01", "next": "2020-02-01", "back": "2020-01-27",
             "mo": "2020-02-29", "yr": 2020, "m": 1, "day": 31, "wd": 5, "age": 30},
            {"id": 2, "wk": "2020-02-24", "q": "2020-01-01", "next": "2020-03-01", "back": "2020-02-26",
             "mo": "2020-03-29", "yr": 2020, "m": 2, "day": 29, "wd": 6, "age": 59},
            {"id": 3, "wk": null, "q": null, "next": null, "back": null,
             "mo": null, "yr": null, "m": null, "day": null, "wd": null, "age": null},
            {"id": 4, "wk": "2021-12-27", "q": "2021-10-01", "next": "2021-12-28", "back": "2021-12-27",
             "mo": "2022-01-27", "yr": 2021, "m": 12, "day": 27, "wd": 1, "age": 360},
        ])
    );
}

#[test]
fn type_errors_name_the_node_of_the_expression() {
    let check = |step: Value, at: &str, starts: &str| {
        let s = spec(&["a"], json!([cast(), step]), "a", &["id"]);
        let e = err(&s, vec![people()]);
        assert_eq!(e.location, at);
        assert!(e.message.starts_with(starts), "{e}");
    };
    check(
        json!({"op": "derive", "frame": "a", "column": "z", "expr": {"add": [{"col": "x"}, {"year": "name"}]}}),
        "transform[1] (derive on a)",
        "expr.add[1].year: `year` needs a date or datetime, not str",
    );
    check(
        json!({"op": "filter", "frame": "a", "where": {"and": [{"is_null": "x"}, {"add": [{"col": "x"}, {"lit": 1}]}]}}),
        "transform[1] (filter on a)",
        "where.and[1]: is i64, not a true/false condition",
    );
    check(
        json!({"op": "filter", "frame": "a", "where": {"gt": ["d", "soon"]}}),
        "transform[1] (filter on a)",
        "where.gt[1]: the constant `soon` cannot be compared with a date value",
    );
    check(
        json!({"op": "derive", "frame": "a", "column": "z", "expr": {"trunc": "hour", "column": "d"}}),
        "transform[1] (derive on a)",
        "expr.trunc: a date has no hours",
    );
}

#[test]
fn existing_conditions_keep_their_meaning() {
    // `not` of a test on a null value keeps the row, as it always has.
    assert_eq!(kept(json!({"not": {"column": "x", "eq": 3}})), [1, 3, 4]);
    assert_eq!(kept(json!({"column": "d", "ge": "2020-02-01"})), [2, 4]);
    assert_eq!(kept(json!({"column": "x", "in": [0, 10]})), [1, 4]);
}
