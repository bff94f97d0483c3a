use serde_json::{Value, json};

use super::*;

/// A source frame of text columns plus its row-origin column (rows 2, 3, …).
fn frame(name: &str, columns: &[(&str, &[Option<&str>])]) -> (String, DataFrame) {
    let height = columns.first().map(|(_, v)| v.len()).unwrap_or(0);
    let mut cols: Vec<Column> = columns
        .iter()
        .map(|(n, v)| Column::new((*n).into(), v.to_vec()))
        .collect();
    cols.push(Column::new(
        format!("{ROW_PREFIX}{name}").into(),
        (0..height as i64).map(|i| i + 2).collect::<Vec<_>>(),
    ));
    (name.to_owned(), DataFrame::new(height, cols).unwrap())
}

fn spec(sources: &[&str], transform: Value, output: &str, pk: &[&str]) -> PipelineSpec {
    let sources: serde_json::Map<String, Value> = sources
        .iter()
        .map(|s| (s.to_string(), json!(format!("src-{s}"))))
        .collect();
    PipelineSpec::parse(&json!({
        "sources": sources,
        "transform": transform,
        "output": output,
        "destination": {"table": "t", "primary_key": pk}
    }))
    .unwrap()
}

fn run_ok(spec: &PipelineSpec, inputs: Vec<(String, DataFrame)>) -> Transformed {
    run(spec, inputs.into_iter().collect()).unwrap()
}

/// The visible part of a frame as JSON rows, for exact comparisons.
fn rows(df: &DataFrame) -> Value {
    let names: Vec<String> = df
        .get_column_names()
        .iter()
        .filter(|n| !is_hidden(n))
        .map(|n| n.to_string())
        .collect();
    let mut out = Vec::new();
    for i in 0..df.height() {
        let mut row = serde_json::Map::new();
        for n in &names {
            let v = df.column(n).unwrap().get(i).unwrap();
            let v = match v {
                AnyValue::Null => Value::Null,
                AnyValue::Boolean(b) => json!(b),
                AnyValue::Int64(x) => json!(x),
                AnyValue::Int32(x) => json!(x),
                AnyValue::Float64(x) => json!(x),
                AnyValue::String(s) => json!(s),
                AnyValue::StringOwned(s) => json!(s.as_str()),
                other => json!(other.to_string()),
            };
            row.insert(n.clone(), v);
        }
        out.push(Value::Object(row));
    }
    Value::Array(out)
}

/// Rejected rows' reasons: the steps' rejections, then the output's (a null key, a test).
fn reasons(t: &Transformed) -> Vec<String> {
    [&t.rejected, &t.rejected_output]
        .into_iter()
        .flat_map(|df| column_strings(df, REASON))
        .flatten()
        .collect()
}

fn rejected_rows(t: &Transformed, frame: &str) -> Vec<i64> {
    [&t.rejected, &t.rejected_output]
        .into_iter()
        .flat_map(|df| {
            df.column(&format!("{ROW_PREFIX}{frame}"))
                .map(|c| c.i64().unwrap().iter().flatten().collect::<Vec<_>>())
                .unwrap_or_default()
        })
        .collect()
}

fn one_step(step: Value, input: (String, DataFrame), pk: &str) -> Transformed {
    let name = input.0.clone();
    run_ok(&spec(&[&name], json!([step]), &name, &[pk]), vec![input])
}

fn err(spec: &PipelineSpec, inputs: Vec<(String, DataFrame)>) -> TransformError {
    match run(spec, inputs.into_iter().collect()) {
        Ok(_) => panic!("transform succeeded"),
        Err(e) => e,
    }
}

#[test]
fn select_keeps_the_named_columns_in_order() {
    let t = one_step(
        json!({"op": "select", "frame": "a", "columns": ["v", "id"]}),
        frame(
            "a",
            &[
                ("id", &[Some("1")]),
                ("v", &[Some("x")]),
                ("w", &[Some("y")]),
            ],
        ),
        "id",
    );
    assert_eq!(rows(&t.output), json!([{"v": "x", "id": "1"}]));
}

#[test]
fn drop_removes_columns() {
    let t = one_step(
        json!({"op": "drop", "frame": "a", "columns": ["w"]}),
        frame("a", &[("id", &[Some("1")]), ("w", &[Some("y")])]),
        "id",
    );
    assert_eq!(rows(&t.output), json!([{"id": "1"}]));
}

#[test]
fn rename_renames() {
    let t = one_step(
        json!({"op": "rename", "frame": "a", "columns": {"Country/Region": "country"}}),
        frame(
            "a",
            &[("id", &[Some("1")]), ("Country/Region", &[Some("US")])],
        ),
        "id",
    );
    assert_eq!(rows(&t.output), json!([{"id": "1", "country": "US"}]));
}

#[test]
fn cast_converts_and_rejects_bad_values_with_their_row() {
    let t = one_step(
        json!({"op": "cast", "frame": "a", "columns": {"n": "int", "f": "float", "b": "bool", "d": "date"}}),
        frame(
            "a",
            &[
                ("id", &[Some("1"), Some("2"), Some("3"), Some("4")]),
                ("n", &[Some(" 12 "), Some("x1"), None, Some("7")]),
                ("f", &[Some("1.5"), Some("2"), Some("3"), Some("nan?")]),
                ("b", &[Some("yes"), Some("false"), Some("0"), Some("T")]),
                (
                    "d",
                    &[
                        Some("2020-01-02"),
                        Some("2020-01-03"),
                        None,
                        Some("2020-01-05"),
                    ],
                ),
            ],
        ),
        "id",
    );
    assert_eq!(
        rows(&t.output),
        json!([
            {"id": "1", "n": 12, "f": 1.5, "b": true, "d": "2020-01-02"},
            {"id": "3", "n": null, "f": 3.0, "b": false, "d": null},
        ])
    );
    assert_eq!(rejected_rows(&t, "a"), [3, 5]);
    let reasons = reasons(&t);
    assert!(
        reasons[0].contains("column `n`: `x1` is not an integer"),
        "{reasons:?}"
    );
    assert!(
        reasons[1].contains("column `f`: `nan?` is not a number"),
        "{reasons:?}"
    );
    assert!(
        reasons[0].starts_with("transform[0] (cast on a)"),
        "{reasons:?}"
    );
}

#[test]
fn parse_date_reads_the_format_and_rejects_the_rest() {
    let t = one_step(
        json!({"op": "parse_date", "frame": "a", "column": "d", "format": "%m/%d/%Y"}),
        frame(
            "a",
            &[(
                "d",
                &[
                    Some("1/22/2020"),
                    Some("12/31/2020"),
                    Some("2020-01-01"),
                    None,
                ],
            )],
        ),
        "d",
    );
    assert_eq!(
        rows(&t.output),
        json!([{"d": "2020-01-22"}, {"d": "2020-12-31"}])
    );
    assert_eq!(rejected_rows(&t, "a"), [4, 5]);
    let r = reasons(&t);
    assert!(
        r[0].contains("`2020-01-01` is not a date in the format `%m/%d/%Y`"),
        "{r:?}"
    );
    assert!(r[1].contains("primary key column `d` is null"), "{r:?}");
}

#[test]
fn parse_datetime_converts_to_utc() {
    let t = one_step(
        json!({"op": "parse_datetime", "frame": "a", "column": "t", "format": "%Y-%m-%d %H:%M", "timezone": "America/New_York"}),
        frame("a", &[("t", &[Some("2020-07-01 08:30"), Some("bad")])]),
        "t",
    );
    assert_eq!(rows(&t.output), json!([{"t": "2020-07-01 12:30:00 UTC"}]));
    assert_eq!(rejected_rows(&t, "a"), [3]);
}

#[test]
fn filter_compares_with_typed_literals() {
    let input = frame(
        "a",
        &[
            ("id", &[Some("1"), Some("2"), Some("3")]),
            ("d", &[Some("2020-01-01"), Some("2020-02-01"), None]),
        ],
    );
    let t = run_ok(
        &spec(
            &["a"],
            json!([
                {"op": "cast", "frame": "a", "columns": {"d": "date", "id": "int"}},
                {"op": "filter", "frame": "a", "where": {"or": [{"column": "d", "ge": "2020-01-15"}, {"column": "id", "in": [1]}]}}
            ]),
            "a",
            &["id"],
        ),
        vec![input],
    );
    assert_eq!(
        rows(&t.output),
        json!([{"id": 1, "d": "2020-01-01"}, {"id": 2, "d": "2020-02-01"}])
    );
}

#[test]
fn filter_handles_in_null_and_not() {
    let input = frame("a", &[("s", &[Some("NY"), Some("NJ"), Some("CA"), None])]);
    let t = one_step(
        json!({"op": "filter", "frame": "a", "where": {"and": [
            {"not": {"column": "s", "in": ["CA"]}},
            {"column": "s", "is_null": false}
        ]}}),
        input,
        "s",
    );
    assert_eq!(rows(&t.output), json!([{"s": "NY"}, {"s": "NJ"}]));
}

#[test]
fn unpivot_turns_columns_into_rows() {
    let input = frame(
        "a",
        &[
            ("k", &[Some("US")]),
            ("Lat", &[Some("1")]),
            ("1/22/2020", &[Some("5")]),
            ("1/23/2020", &[Some("6")]),
        ],
    );
    let t = one_step(
        json!({"op": "unpivot", "frame": "a", "index": ["k"], "drop": ["Lat"], "name": "date", "value": "n"}),
        input,
        "date",
    );
    assert_eq!(
        rows(&t.output),
        json!([{"k": "US", "date": "1/22/2020", "n": "5"}, {"k": "US", "date": "1/23/2020", "n": "6"}])
    );
}

#[test]
fn join_inner_left_full() {
    let left = || {
        frame(
            "l",
            &[
                ("k", &[Some("1"), Some("2")]),
                ("a", &[Some("x"), Some("y")]),
            ],
        )
    };
    let right = || {
        frame(
            "r",
            &[
                ("k", &[Some("2"), Some("3")]),
                ("a", &[Some("p"), Some("q")]),
            ],
        )
    };
    let go = |how: &str| {
        let mut t = run_ok(
            &spec(
                &["l", "r"],
                json!([
                    {"op": "join", "left": "l", "right": "r", "on": ["k"], "how": how, "into": "j"},
                    {"op": "sort", "frame": "j", "by": ["k"]}
                ]),
                "j",
                &["k"],
            ),
            vec![left(), right()],
        );
        t.output = t
            .output
            .sort(["k"], SortMultipleOptions::default().with_nulls_last(true))
            .unwrap();
        rows(&t.output)
    };
    assert_eq!(go("inner"), json!([{"k": "2", "a": "y", "a_right": "p"}]));
    assert_eq!(
        go("left"),
        json!([{"k": "1", "a": "x", "a_right": null}, {"k": "2", "a": "y", "a_right": "p"}])
    );
    assert_eq!(
        go("full"),
        json!([{"k": "1", "a": "x", "a_right": null}, {"k": "2", "a": "y", "a_right": "p"}, {"k": "3", "a": null, "a_right": "q"}])
    );
}

#[test]
fn join_keys_of_different_types_are_refused_by_step() {
    let s = spec(
        &["l", "r"],
        json!([
            {"op": "cast", "frame": "l", "columns": {"k": "int"}},
            {"op": "join", "left": "l", "right": "r", "on": ["k"], "how": "inner", "into": "j"}
        ]),
        "j",
        &["k"],
    );
    let e = err(
        &s,
        vec![
            frame("l", &[("k", &[Some("1")])]),
            frame("r", &[("k", &[Some("1")])]),
        ],
    );
    assert_eq!(e.location, "transform[1] (join)");
    assert!(e.message.contains("cast one side"), "{e}");
}

#[test]
fn derive_computes_expressions_and_daily_differences() {
    let input = frame(
        "a",
        &[
            ("st", &[Some("NY"), Some("NJ"), Some("NY"), Some("NJ")]),
            (
                "d",
                &[
                    Some("2020-01-02"),
                    Some("2020-01-01"),
                    Some("2020-01-01"),
                    Some("2020-01-02"),
                ],
            ),
            ("cases", &[Some("15"), Some("3"), Some("10"), Some("8")]),
        ],
    );
    let t = run_ok(
        &spec(
            &["a"],
            json!([
                {"op": "cast", "frame": "a", "columns": {"cases": "int", "d": "date"}},
                {"op": "derive", "frame": "a", "column": "new", "expr": {"diff": "cases", "order_by": ["d"], "partition_by": ["st"], "first": "value"}},
                {"op": "derive", "frame": "a", "column": "label", "expr": {"concat": [{"lower": {"col": "st"}}, {"col": "new"}], "separator": "-"}},
                {"op": "derive", "frame": "a", "column": "half", "expr": {"round": {"div": [{"col": "cases"}, {"lit": 4}]}, "decimals": 1}}
            ]),
            "a",
            &["st", "d"],
        ),
        vec![input],
    );
    assert_eq!(
        rows(&t.output),
        json!([
            {"st": "NJ", "d": "2020-01-01", "cases": 3, "new": 3, "label": "nj-3", "half": 0.8},
            {"st": "NJ", "d": "2020-01-02", "cases": 8, "new": 5, "label": "nj-5", "half": 2.0},
            {"st": "NY", "d": "2020-01-01", "cases": 10, "new": 10, "label": "ny-10", "half": 2.5},
            {"st": "NY", "d": "2020-01-02", "cases": 15, "new": 5, "label": "ny-5", "half": 3.8},
        ])
    );
}

#[test]
fn diff_without_first_value_is_null_and_coalesce_fills() {
    let input = frame(
        "a",
        &[
            ("d", &[Some("1"), Some("2")]),
            ("c", &[Some("4"), Some("9")]),
        ],
    );
    let t = run_ok(
        &spec(
            &["a"],
            json!([
                {"op": "cast", "frame": "a", "columns": {"c": "int", "d": "int"}},
                {"op": "derive", "frame": "a", "column": "n", "expr": {"diff": "c", "order_by": ["d"]}},
                {"op": "derive", "frame": "a", "column": "m", "expr": {"coalesce": [{"col": "n"}, {"lit": -1}]}}
            ]),
            "a",
            &["d"],
        ),
        vec![input],
    );
    assert_eq!(
        rows(&t.output),
        json!([{"d": 1, "c": 4, "n": null, "m": -1}, {"d": 2, "c": 9, "n": 5, "m": 5}])
    );
}

#[test]
fn dedupe_keeps_first_or_last() {
    let input = || {
        frame(
            "a",
            &[
                ("k", &[Some("1"), Some("1"), Some("2")]),
                ("v", &[Some("a"), Some("b"), Some("c")]),
            ],
        )
    };
    let first = one_step(
        json!({"op": "dedupe", "frame": "a", "on": ["k"]}),
        input(),
        "k",
    );
    assert_eq!(
        rows(&first.output),
        json!([{"k": "1", "v": "a"}, {"k": "2", "v": "c"}])
    );
    let last = one_step(
        json!({"op": "dedupe", "frame": "a", "on": ["k"], "keep": "last"}),
        input(),
        "k",
    );
    assert_eq!(
        rows(&last.output),
        json!([{"k": "1", "v": "b"}, {"k": "2", "v": "c"}])
    );
}

#[test]
fn sort_orders_rows() {
    let input = frame(
        "a",
        &[
            ("k", &[Some("b"), Some("a"), Some("c")]),
            ("g", &[Some("1"), Some("2"), Some("1")]),
        ],
    );
    let t = one_step(
        json!({"op": "sort", "frame": "a", "by": ["g", "k"], "descending": [false, true]}),
        input,
        "k",
    );
    assert_eq!(
        rows(&t.output),
        json!([{"k": "c", "g": "1"}, {"k": "b", "g": "1"}, {"k": "a", "g": "2"}])
    );
}

#[test]
fn union_stacks_frames_strict_or_relaxed() {
    let a = || frame("a", &[("k", &[Some("1")]), ("v", &[Some("x")])]);
    let b = || frame("b", &[("k", &[Some("2")]), ("w", &[Some("y")])]);
    let relaxed = run_ok(
        &spec(
            &["a", "b"],
            json!([{"op": "union", "frames": ["a", "b"], "into": "u", "relaxed": true}]),
            "u",
            &["k"],
        ),
        vec![a(), b()],
    );
    assert_eq!(
        rows(&relaxed.output),
        json!([{"k": "1", "v": "x", "w": null}, {"k": "2", "v": null, "w": "y"}])
    );
    let strict = spec(
        &["a", "b"],
        json!([{"op": "union", "frames": ["a", "b"], "into": "u"}]),
        "u",
        &["k"],
    );
    let e = err(&strict, vec![a(), b()]);
    assert!(e.message.contains("relaxed"), "{e}");
}

#[test]
fn fill_null_replaces_nulls_with_typed_values() {
    let input = frame(
        "a",
        &[("k", &[Some("1"), Some("2")]), ("n", &[None, Some("5")])],
    );
    let t = run_ok(
        &spec(
            &["a"],
            json!([
                {"op": "cast", "frame": "a", "columns": {"n": "int"}},
                {"op": "fill_null", "frame": "a", "values": {"n": 0}}
            ]),
            "a",
            &["k"],
        ),
        vec![input],
    );
    assert_eq!(
        rows(&t.output),
        json!([{"k": "1", "n": 0}, {"k": "2", "n": 5}])
    );
}

#[test]
fn a_missing_column_names_the_step_frame_and_columns() {
    let s = spec(
        &["a"],
        json!([{"op": "filter", "frame": "a", "where": {"column": "Country", "eq": "US"}}]),
        "a",
        &["k"],
    );
    let e = err(
        &s,
        vec![frame(
            "a",
            &[("k", &[Some("1")]), ("Country/Region", &[Some("US")])],
        )],
    );
    assert_eq!(e.location, "transform[0] (filter on a)");
    assert!(
        e.message.contains("column `Country` not found") && e.message.contains("`Country/Region`"),
        "{e}"
    );
}

#[test]
fn output_columns_must_be_valid_table_columns() {
    let s = spec(&["a"], json!([]), "a", &["k"]);
    let e = err(
        &s,
        vec![frame(
            "a",
            &[("k", &[Some("1")]), ("Province/State", &[None])],
        )],
    );
    assert_eq!(e.location, "output");
    assert!(e.message.contains("Province/State"), "{e}");
}

#[test]
fn comparing_a_number_column_with_text_is_a_clear_error() {
    let s = spec(
        &["a"],
        json!([
            {"op": "cast", "frame": "a", "columns": {"n": "int"}},
            {"op": "filter", "frame": "a", "where": {"column": "n", "gt": "many"}}
        ]),
        "a",
        &["n"],
    );
    let e = err(&s, vec![frame("a", &[("n", &[Some("1")])])]);
    assert_eq!(e.location, "transform[1] (filter on a)");
    assert!(e.message.contains("`many`"), "{e}");
}

#[test]
fn datetime_casts_read_every_iso_form_as_utc() {
    let t = one_step(
        json!({"op": "cast", "frame": "a", "columns": {"t": "datetime"}}),
        frame(
            "a",
            &[
                (
                    "k",
                    &[
                        Some("1"),
                        Some("2"),
                        Some("3"),
                        Some("4"),
                        Some("5"),
                        Some("6"),
                    ],
                ),
                (
                    "t",
                    &[
                        Some("2024-01-01T00:00:00Z"),
                        Some("2024-01-01T01:00:00+01:00"),
                        Some("2024-01-01 00:00:00"),
                        Some("2024-01-01T00:00"),
                        Some(" 2024-01-01T00:00:00.000Z "),
                        Some("01/01/2024 00:00"),
                    ],
                ),
            ],
        ),
        "k",
    );
    let out = rows(&t.output);
    assert_eq!(out.as_array().unwrap().len(), 5);
    for row in out.as_array().unwrap() {
        assert_eq!(row["t"], "2024-01-01 00:00:00 UTC", "{row}");
    }
    assert_eq!(rejected_rows(&t, "a"), [7]);
    assert!(reasons(&t)[0].contains("is not an ISO-8601 date and time"));
}

mod aggregate;
mod engines;
mod expressions;
mod typed;
mod windows;
