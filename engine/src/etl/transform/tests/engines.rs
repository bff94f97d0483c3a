//! The engine a transform runs on ([`engine`]): which specs stream, and that a streamed spec
//! gives the in-memory engine's frames row for row on a frame large enough for the streaming
//! engine to cut into several morsels, whatever the machine's cores.

use serde_json::json;

use super::*;

/// Rows enough for several morsels on any machine: the streaming engine aims at 100,000 rows
/// a morsel, and cuts at least one per thread.
const ROWS: usize = 210_000;

/// `rows` rows: `id` (0, 1, 2, …), `k` (97 keys, each spread over the whole frame), `v` (a
/// number as text, `x` every 49,999 rows), `d` (a date over 400 days from 2020-01-01), `s`
/// (`a`, `b`, `c` or null) and the row origin. `shift` changes `v`.
fn large(name: &str, rows: usize, shift: usize) -> (String, DataFrame) {
    let ints = |f: &dyn Fn(usize) -> i64| -> Vec<i64> { (0..rows).map(f).collect() };
    let v: Vec<String> = (0..rows)
        .map(|i| match i % 49_999 {
            7 => "x".to_owned(),
            _ => ((i * 31 + shift) % 1000).to_string(),
        })
        .collect();
    let s: Vec<Option<&str>> = (0..rows)
        .map(|i| [Some("a"), Some("b"), Some("c"), None][i % 4])
        .collect();
    // 2020-01-01 is day 18,262 after 1970-01-01.
    let d = Column::new("d".into(), ints(&|i| 18_262 + (i % 400) as i64))
        .cast(&DataType::Date)
        .unwrap();
    let columns = vec![
        Column::new("id".into(), ints(&|i| i as i64)),
        Column::new("k".into(), ints(&|i| (i * 7919 % 97) as i64)),
        Column::new("v".into(), v),
        d,
        Column::new("s".into(), s),
        Column::new(
            format!("{ROW_PREFIX}{name}").into(),
            ints(&|i| i as i64 + 2),
        ),
    ];
    (name.to_owned(), DataFrame::new(rows, columns).unwrap())
}

/// The steps the streaming engine runs, each reading the frame's order where it can: `a` and
/// `b` typed, filtered, given windows (with `windows`), stacked into `u`, deduplicated and
/// sorted; then `u`'s aggregate `g`.
fn streamed_steps(windows: bool, output: &str, pk: &[&str], tests: Value) -> PipelineSpec {
    let typing = |f: &str| json!({"op": "cast", "frame": f, "columns": {"v": "int"}});
    let mut steps = vec![
        typing("a"),
        typing("b"),
        json!({"op": "filter", "frame": "a", "where": {"column": "v", "ne": 3}}),
    ];
    let mut columns = vec!["id", "k", "v", "d", "s"];
    if windows {
        steps.extend([
            // Ties of `k` within a partition are numbered in frame order.
            json!({"op": "derive", "frame": "a", "column": "n",
                   "expr": {"row_number": true, "order_by": ["k"], "partition_by": ["s"]}}),
            json!({"op": "derive", "frame": "a", "column": "prev",
                   "expr": {"lag": "v", "order_by": ["d"], "partition_by": ["k"]}}),
            json!({"op": "derive", "frame": "a", "column": "avg",
                   "expr": {"rolling_mean": "v", "rows": 3, "order_by": ["d"], "partition_by": ["k"]}}),
        ]);
        columns.extend(["n", "prev", "avg"]);
    }
    steps.extend([
        json!({"op": "fill_null", "frame": "a", "values": {"s": "z"}}),
        json!({"op": "drop", "frame": "b", "columns": ["s"]}),
        json!({"op": "union", "frames": ["a", "b"], "into": "u", "relaxed": true}),
        // `b` repeats the first ids of `a`: the last of each is `b`'s row.
        json!({"op": "dedupe", "frame": "u", "on": ["id"], "keep": "last"}),
        json!({"op": "sort", "frame": "u", "by": ["k"]}),
        json!({"op": "select", "frame": "u", "columns": columns}),
        json!({"op": "aggregate", "frame": "u", "into": "g",
               "group_by": ["k", {"trunc": "month", "column": "d", "as": "month"}],
               "aggs": {"a": {"first": "id"}, "z": {"last": "id"}, "early": {"first": "id", "order_by": ["d"]},
                        "total": {"sum": "v"}, "mean": {"avg": "v"}, "mid": {"median": "v"},
                        "rows": {"count": "*"}, "kinds": {"count_distinct": "s"}}}),
    ]);
    PipelineSpec::parse(&json!({
        "sources": {"a": "src-a", "b": "src-b"},
        "transform": steps,
        "output": output,
        "destination": {"table": "t", "primary_key": pk},
        "tests": tests,
    }))
    .unwrap()
}

/// Runs `spec` on both engines and checks every frame and count is the same, row for row.
fn same_on_both_engines(spec: &PipelineSpec, inputs: &[(String, DataFrame)]) -> Transformed {
    assert_eq!(engine(spec), Engine::Streaming);
    let inputs: HashMap<String, DataFrame> = inputs.iter().cloned().collect();
    let streamed = run_on(spec, inputs.clone(), Engine::Streaming).unwrap();
    let in_memory = run_on(spec, inputs, Engine::InMemory).unwrap();
    for (what, s, m) in [
        ("output", &streamed.output, &in_memory.output),
        ("rejected", &streamed.rejected, &in_memory.rejected),
        (
            "rejected output",
            &streamed.rejected_output,
            &in_memory.rejected_output,
        ),
    ] {
        assert!(
            s.equals_missing(m),
            "{what}: streamed {s:?} but in memory {m:?}"
        );
    }
    assert_eq!(streamed.tested, in_memory.tested);
    streamed
}

#[test]
fn a_streamed_spec_gives_the_in_memory_engines_rows_in_its_order() {
    let inputs = [large("a", ROWS, 0), large("b", 2_000, 500)];
    let tests = json!([
        {"column": "v", "max": 990, "on_fail": "reject_row"},
        {"columns": ["k", "n"], "unique": true, "on_fail": "warn"},
        {"column": "prev", "not_null": true, "on_fail": "warn"},
    ]);
    let rows = same_on_both_engines(&streamed_steps(true, "u", &["id"], tests), &inputs);
    // Each part holds rows, so that a difference in their order could show.
    assert!(rows.output.height() > ROWS / 2, "{}", rows.output.height());
    assert!(rows.rejected.height() > 3, "{}", rows.rejected.height());
    assert!(
        rows.rejected_output.height() > 1_000,
        "{}",
        rows.rejected_output.height()
    );
    assert!(rows.tested.iter().all(|n| *n > 0), "{:?}", rows.tested);
    let groups = same_on_both_engines(
        &streamed_steps(false, "g", &["k", "month"], json!([])),
        &inputs,
    );
    assert_eq!(groups.output.height(), 97 * 14);
}

/// `first`, `last` and `dedupe` keep the frame's order on the engine [`run`] uses, however
/// the frame is cut: key `i % 3` has its first row at id `i` and its last near the end.
#[test]
fn first_last_and_dedupe_follow_the_frame_order_of_a_large_frame() {
    let ids: Vec<String> = (0..ROWS).map(|i| i.to_string()).collect();
    let keys: Vec<String> = (0..ROWS).map(|i| (i % 3).to_string()).collect();
    let id: Vec<Option<&str>> = ids.iter().map(|s| Some(s.as_str())).collect();
    let k: Vec<Option<&str>> = keys.iter().map(|s| Some(s.as_str())).collect();
    let input = frame("f", &[("id", &id), ("k", &k)]);
    let last = |k: usize| (ROWS - 1 - (ROWS - 1 - k) % 3) as i64;
    let cast = json!({"op": "cast", "frame": "f", "columns": {"id": "int"}});
    let grouped = spec(
        &["f"],
        json!([cast.clone(), {"op": "aggregate", "frame": "f", "group_by": ["k"],
                      "aggs": {"a": {"first": "id"}, "z": {"last": "id"}}}]),
        "f",
        &["k"],
    );
    assert_eq!(engine(&grouped), Engine::Streaming);
    let t = run_ok(&grouped, vec![input.clone()]);
    assert_eq!(
        rows(&t.output),
        json!([
            {"k": "0", "a": 0, "z": last(0)},
            {"k": "1", "a": 1, "z": last(1)},
            {"k": "2", "a": 2, "z": last(2)},
        ])
    );
    for (keep, want) in [("first", [0, 1, 2]), ("last", [last(0), last(1), last(2)])] {
        let deduped = spec(
            &["f"],
            json!([cast.clone(), {"op": "dedupe", "frame": "f", "on": ["k"], "keep": keep},
                   {"op": "sort", "frame": "f", "by": ["k"]}]),
            "f",
            &["k"],
        );
        assert_eq!(engine(&deduped), Engine::Streaming);
        let t = run_ok(&deduped, vec![input.clone()]);
        let kept: Vec<Option<i64>> = t
            .output
            .column("id")
            .unwrap()
            .i64()
            .unwrap()
            .iter()
            .collect();
        assert_eq!(kept, want.map(Some), "keep {keep}");
    }
}

#[test]
fn a_spec_streams_unless_a_step_may_reorder_its_rows() {
    // Every spec stacks its two sources first, and outputs `u`.
    let with = |steps: &[Value]| {
        let mut all = vec![json!({"op": "union", "frames": ["a", "b"], "into": "u"})];
        all.extend_from_slice(steps);
        engine(&spec(&["a", "b"], Value::Array(all), "u", &["id"]))
    };
    assert_eq!(with(&[]), Engine::Streaming);
    assert_eq!(
        with(&[
            json!({"op": "cast", "frame": "u", "columns": {"v": "int"}}),
            json!({"op": "aggregate", "frame": "u", "group_by": ["id"], "aggs": {"v": {"sum": "v"}}}),
            json!({"op": "sort", "frame": "u", "by": ["id"]}),
        ]),
        Engine::Streaming
    );
    for step in [
        json!({"op": "join", "left": "u", "right": "a", "on": ["id"], "how": "left", "into": "u"}),
        json!({"op": "unpivot", "frame": "u", "index": ["id"], "name": "what", "value": "n"}),
        json!({"op": "sql", "query": "SELECT * FROM u", "into": "u"}),
    ] {
        let filter = json!({"op": "filter", "frame": "u", "where": {"column": "id", "ne": "0"}});
        assert_eq!(with(&[filter, step.clone()]), Engine::InMemory, "{step}");
    }
}
