//! Windows in `derive`: a small frame in (rows out of order, two partitions, nulls), the exact
//! frame out, in the frame's own row order.

use serde_json::json;

use super::*;

/// Two states' cumulative counts, rows shuffled.
fn counts() -> (String, DataFrame) {
    frame(
        "a",
        &[
            (
                "st",
                &[
                    Some("NY"),
                    Some("NJ"),
                    Some("NY"),
                    Some("NJ"),
                    Some("NY"),
                    Some("NJ"),
                ],
            ),
            (
                "d",
                &[
                    Some("3"),
                    Some("1"),
                    Some("1"),
                    Some("2"),
                    Some("2"),
                    Some("3"),
                ],
            ),
            (
                "n",
                &[Some("6"), Some("1"), Some("2"), None, Some("4"), Some("3")],
            ),
        ],
    )
}

fn derive_all(exprs: Value, input: (String, DataFrame)) -> Value {
    let mut steps = vec![json!({"op": "cast", "frame": "a", "columns": {"d": "int", "n": "int"}})];
    for (column, expr) in exprs.as_object().unwrap() {
        steps.push(json!({"op": "derive", "frame": "a", "column": column, "expr": expr}));
    }
    let t = run_ok(
        &spec(&["a"], Value::Array(steps), "a", &["st", "d"]),
        vec![input],
    );
    rows(&t.output)
}

#[test]
fn cumulative_sum_and_max_per_partition_in_order() {
    let out = derive_all(
        json!({
            "total": {"cum_sum": "n", "order_by": ["d"], "partition_by": ["st"]},
            "peak": {"cum_max": "n", "order_by": "d", "partition_by": "st"},
            "all": {"cum_sum": "n", "order_by": ["d", "st"]},
        }),
        counts(),
    );
    // Order by d then st: (1,NJ)=1 (1,NY)=2 (2,NJ)=null (2,NY)=4 (3,NJ)=3 (3,NY)=6.
    assert_eq!(
        out,
        json!([
            {"st": "NY", "d": 3, "n": 6, "total": 12, "peak": 6, "all": 16},
            {"st": "NJ", "d": 1, "n": 1, "total": 1, "peak": 1, "all": 1},
            {"st": "NY", "d": 1, "n": 2, "total": 2, "peak": 2, "all": 3},
            {"st": "NJ", "d": 2, "n": null, "total": null, "peak": null, "all": null},
            {"st": "NY", "d": 2, "n": 4, "total": 6, "peak": 4, "all": 7},
            {"st": "NJ", "d": 3, "n": 3, "total": 4, "peak": 3, "all": 10},
        ])
    );
}

#[test]
fn rolling_mean_and_sum_over_n_rows() {
    let out = derive_all(
        json!({
            "mean2": {"rolling_mean": "n", "rows": 2, "order_by": ["d"], "partition_by": ["st"]},
            "sum2": {"rolling_sum": "n", "rows": 2, "min_rows": 1, "order_by": ["d"], "partition_by": ["st"]},
        }),
        counts(),
    );
    assert_eq!(
        out,
        json!([
            {"st": "NY", "d": 3, "n": 6, "mean2": 5.0, "sum2": 10},
            {"st": "NJ", "d": 1, "n": 1, "mean2": null, "sum2": 1},
            {"st": "NY", "d": 1, "n": 2, "mean2": null, "sum2": 2},
            {"st": "NJ", "d": 2, "n": null, "mean2": null, "sum2": 1},
            {"st": "NY", "d": 2, "n": 4, "mean2": 3.0, "sum2": 6},
            {"st": "NJ", "d": 3, "n": 3, "mean2": null, "sum2": 3},
        ])
    );
}

#[test]
fn lag_and_lead_look_back_and_ahead() {
    let out = derive_all(
        json!({
            "prev": {"lag": "n", "order_by": ["d"], "partition_by": ["st"]},
            "next2": {"lead": "d", "rows": 2, "order_by": ["d"], "partition_by": ["st"]},
            "new": {"sub": [{"col": "n"}, {"coalesce": [{"lag": "n", "order_by": ["d"], "partition_by": ["st"]}, {"lit": 0}]}]},
        }),
        counts(),
    );
    assert_eq!(
        out,
        json!([
            {"st": "NY", "d": 3, "n": 6, "prev": 4, "next2": null, "new": 2},
            {"st": "NJ", "d": 1, "n": 1, "prev": null, "next2": 3, "new": 1},
            {"st": "NY", "d": 1, "n": 2, "prev": null, "next2": 3, "new": 2},
            {"st": "NJ", "d": 2, "n": null, "prev": 1, "next2": null, "new": null},
            {"st": "NY", "d": 2, "n": 4, "prev": 2, "next2": null, "new": 2},
            {"st": "NJ", "d": 3, "n": 3, "prev": null, "next2": null, "new": 3},
        ])
    );
}

#[test]
fn rank_and_row_number() {
    let input = frame(
        "a",
        &[
            (
                "st",
                &[Some("x"), Some("x"), Some("x"), Some("x"), Some("y")],
            ),
            (
                "d",
                &[Some("1"), Some("2"), Some("3"), Some("4"), Some("1")],
            ),
            (
                "n",
                &[Some("5"), Some("7"), Some("5"), Some("1"), Some("5")],
            ),
        ],
    );
    let out = derive_all(
        json!({
            "top": {"rank": true, "order_by": ["n"], "descending": true, "partition_by": ["st"]},
            "dense": {"rank": true, "order_by": "n", "ties": "dense", "partition_by": ["st"]},
            "overall": {"rank": true, "order_by": ["n", "d"]},
            "num": {"row_number": true, "order_by": ["n", "d"], "partition_by": ["st"]},
            "seq": {"row_number": true, "order_by": "d", "descending": true},
        }),
        input,
    );
    assert_eq!(
        out,
        json!([
            {"st": "x", "d": 1, "n": 5, "top": 2, "dense": 2, "overall": 2, "num": 2, "seq": 4},
            {"st": "x", "d": 2, "n": 7, "top": 1, "dense": 3, "overall": 5, "num": 4, "seq": 3},
            {"st": "x", "d": 3, "n": 5, "top": 2, "dense": 2, "overall": 4, "num": 3, "seq": 2},
            {"st": "x", "d": 4, "n": 1, "top": 4, "dense": 1, "overall": 1, "num": 1, "seq": 1},
            {"st": "y", "d": 1, "n": 5, "top": 1, "dense": 1, "overall": 2, "num": 1, "seq": 5},
        ])
    );
}

#[test]
fn windows_on_an_empty_frame_keep_their_types() {
    let empty = frame("a", &[("st", &[]), ("d", &[]), ("n", &[])]);
    let t = run_ok(
        &spec(
            &["a"],
            json!([
                {"op": "cast", "frame": "a", "columns": {"d": "int", "n": "int"}},
                {"op": "derive", "frame": "a", "column": "avg", "expr": {"rolling_mean": "n", "rows": 7, "order_by": ["d"]}},
                {"op": "derive", "frame": "a", "column": "r", "expr": {"row_number": true, "order_by": ["d"], "partition_by": ["st"]}},
            ]),
            "a",
            &["st", "d"],
        ),
        vec![empty],
    );
    assert_eq!(t.output.height(), 0);
    let types = visible_schema(&t.output);
    assert_eq!(types["avg"], DataType::Float64);
    assert_eq!(types["r"], DataType::Int64);
}

#[test]
fn window_inputs_of_the_wrong_type_name_the_node() {
    let s = spec(
        &["a"],
        json!([{"op": "derive", "frame": "a", "column": "x",
                "expr": {"add": [{"lit": 1}, {"cum_sum": "n", "order_by": ["d"]}]}}]),
        "a",
        &["st"],
    );
    let e = err(&s, vec![counts()]);
    assert_eq!(e.location, "transform[0] (derive on a)");
    assert!(
        e.message
            .starts_with("expr.add[1].cum_sum: `cum_sum` needs a number, not str"),
        "{e}"
    );
    let s = spec(
        &["a"],
        json!([{"op": "derive", "frame": "a", "column": "x",
                "expr": {"lag": "n", "order_by": ["day"]}}]),
        "a",
        &["st"],
    );
    assert!(
        err(&s, vec![counts()])
            .message
            .contains("column `day` not found")
    );
}

#[test]
fn a_filter_with_a_window_reads_the_whole_frame() {
    // The latest row of each state: row_number over date descending = 1.
    let t = run_ok(
        &spec(
            &["a"],
            json!([
                {"op": "cast", "frame": "a", "columns": {"d": "int", "n": "int"}},
                {"op": "filter", "frame": "a", "where": {"eq": [{"row_number": true, "order_by": ["d"], "descending": true, "partition_by": ["st"]}, 1]}}
            ]),
            "a",
            &["st"],
        ),
        vec![counts()],
    );
    assert_eq!(
        rows(&t.output),
        json!([{"st": "NY", "d": 3, "n": 6}, {"st": "NJ", "d": 3, "n": 3}])
    );
    let parsed = spec(
        &["a"],
        json!([{"op": "filter", "frame": "a", "where": {"eq": [{"row_number": true, "order_by": ["d"]}, 1]}}]),
        "a",
        &["st"],
    );
    let crate::spec::Operation::Filter(f) = &parsed.transform[0] else {
        panic!("not a filter")
    };
    assert!(f.condition.reads_other_rows());
}
