//! Steps over columns inference already typed: `cast` to the same type and `parse_date` of a
//! date change nothing; `parse_date` reads an integer's digits; an unpivot of columns typed
//! differently and a union of frames typed differently take a common type.

use serde_json::json;

use super::*;

/// `frame`'s text columns typed as a run reads them.
fn typed(input: (String, DataFrame)) -> (String, DataFrame) {
    (input.0, crate::etl::infer::typed(input.1).unwrap())
}

#[test]
fn cast_to_the_inferred_type_and_parse_date_of_a_date_are_no_ops() {
    let input = typed(frame(
        "a",
        &[
            ("date", &[Some("2020-01-22"), Some("2020-01-23"), None]),
            ("cases", &[Some("1"), Some("2"), Some("3")]),
            ("at", &[Some("2020-01-22T01:00:00Z"), None, None]),
        ],
    ));
    let t = run_ok(
        &spec(
            &["a"],
            json!([
                {"op": "parse_date", "frame": "a", "column": "date", "format": "%m/%d/%Y"},
                {"op": "cast", "frame": "a", "columns": {"cases": "int"}},
                {"op": "parse_datetime", "frame": "a", "column": "at", "format": "%Y-%m-%d %H:%M"},
            ]),
            "a",
            &["cases"],
        ),
        vec![input],
    );
    assert_eq!(
        rows(&t.output),
        json!([
            {"date": "2020-01-22", "cases": 1, "at": "2020-01-22 01:00:00 UTC"},
            {"date": "2020-01-23", "cases": 2, "at": null},
            {"date": null, "cases": 3, "at": null},
        ])
    );
    assert!(reasons(&t).is_empty());
    let types = visible_schema(&t.output);
    assert_eq!(types["date"], DataType::Date);
    assert_eq!(types["cases"], DataType::Int64);
}

#[test]
fn parse_date_reads_an_integer_column_by_its_digits() {
    let input = typed(frame(
        "a",
        &[("day", &[Some("20200131"), Some("20200201")])],
    ));
    let t = run_ok(
        &spec(
            &["a"],
            json!([{"op": "parse_date", "frame": "a", "column": "day", "format": "%Y%m%d"}]),
            "a",
            &["day"],
        ),
        vec![input],
    );
    assert_eq!(
        rows(&t.output),
        json!([{"day": "2020-01-31"}, {"day": "2020-02-01"}])
    );
}

#[test]
fn parse_date_of_a_float_or_a_boolean_names_the_column_and_its_type() {
    let input = typed(frame("a", &[("x", &[Some("1.5")])]));
    let e = err(
        &spec(
            &["a"],
            json!([{"op": "parse_date", "frame": "a", "column": "x", "format": "%Y-%m-%d"}]),
            "a",
            &["x"],
        ),
        vec![input],
    );
    assert_eq!(e.location, "transform[0] (parse_date on a)");
    assert_eq!(
        e.message,
        "column `x` is f64, not text; only text (or integers) can be parsed"
    );
}

#[test]
fn an_unpivot_of_columns_typed_differently_takes_a_common_type() {
    let input = typed(frame(
        "a",
        &[
            ("k", &[Some("x")]),
            ("d1", &[Some("1")]),
            ("d2", &[Some("2.5")]),
            ("d3", &[None]),
        ],
    ));
    let t = run_ok(
        &spec(
            &["a"],
            json!([{"op": "unpivot", "frame": "a", "index": ["k"], "name": "d", "value": "v"}]),
            "a",
            &["k", "d"],
        ),
        vec![input.clone()],
    );
    // int, float and text (a column without values): text.
    assert_eq!(
        rows(&t.output),
        json!([
            {"k": "x", "d": "d1", "v": "1"},
            {"k": "x", "d": "d2", "v": "2.5"},
            {"k": "x", "d": "d3", "v": null},
        ])
    );
    let t = run_ok(
        &spec(
            &["a"],
            json!([{"op": "unpivot", "frame": "a", "index": ["k"], "drop": ["d3"], "name": "d", "value": "v"}]),
            "a",
            &["k", "d"],
        ),
        vec![input],
    );
    // int and float: float.
    assert_eq!(
        rows(&t.output),
        json!([{"k": "x", "d": "d1", "v": 1.0}, {"k": "x", "d": "d2", "v": 2.5}])
    );
}

#[test]
fn a_union_of_frames_typed_differently_takes_a_common_type() {
    let a = typed(frame("a", &[("k", &[Some("1")]), ("v", &[Some("1")])]));
    let b = typed(frame("b", &[("k", &[Some("x")]), ("v", &[Some("2.5")])]));
    let t = run_ok(
        &spec(
            &["a", "b"],
            json!([{"op": "union", "frames": ["a", "b"], "into": "u"}]),
            "u",
            &["k"],
        ),
        vec![a, b],
    );
    assert_eq!(
        rows(&t.output),
        json!([{"k": "1", "v": 1.0}, {"k": "x", "v": 2.5}])
    );
}

#[test]
fn cast_of_a_typed_column_is_as_strict_as_cast_of_its_text() {
    let input = typed(frame(
        "a",
        &[
            ("k", &[Some("1"), Some("2"), Some("3"), Some("4")]),
            ("f", &[Some("1.0"), Some("1.5"), Some("2"), Some("3")]),
            ("b", &[Some("1"), Some("0"), Some("1"), Some("0")]),
            ("n", &[Some("20200101"), None, None, None]),
            ("d", &[None, None, Some("2020-01-02"), None]),
        ],
    ));
    let t = run_ok(
        &spec(
            &["a"],
            json!([{"op": "cast", "frame": "a", "columns": {"f": "int", "b": "bool", "n": "date", "d": "int"}}]),
            "a",
            &["k"],
        ),
        vec![input],
    );
    assert_eq!(
        rows(&t.output),
        json!([{"k": 4, "f": 3, "b": false, "n": null, "d": null}])
    );
    assert_eq!(
        reasons(&t),
        [
            "transform[0] (cast on a): column `n`: `20200101` is not a date (YYYY-MM-DD)",
            "transform[0] (cast on a): column `f`: `1.5` is not an integer",
            "transform[0] (cast on a): column `d`: `2020-01-02` is not an integer",
        ]
    );
}
