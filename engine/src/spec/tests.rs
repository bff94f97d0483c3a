use serde_json::{Value, json};

use super::*;

fn reference() -> Value {
    let text = include_str!("../../../examples/us-covid/pipeline.json");
    let doc: Value = serde_json::from_str(text).unwrap();
    doc["spec"].clone()
}

fn errors(spec: Value) -> Vec<SpecError> {
    PipelineSpec::parse(&spec).unwrap_err()
}

fn first_error(spec: Value) -> SpecError {
    errors(spec).remove(0)
}

fn with(mut spec: Value, pointer: &str, value: Value) -> Value {
    *spec.pointer_mut(pointer).unwrap() = value;
    spec
}

#[test]
fn the_reference_pipeline_parses_and_round_trips() {
    let spec = PipelineSpec::parse(&reference()).unwrap();
    assert_eq!(spec.sources.len(), 2);
    assert_eq!(spec.transform.len(), 8);
    assert_eq!(spec.destination.table.as_str(), "us_covid");
    let again = PipelineSpec::parse(&spec.to_json()).unwrap();
    assert_eq!(spec, again);
    assert_eq!(spec.to_json(), again.to_json());
}

#[test]
fn a_spec_holds_at_most_max_steps() {
    let step = json!({"op": "filter", "frame": "nyt", "where": {"column": "state", "eq": "x"}});
    let spec = |n: usize| {
        json!({
            "sources": {"nyt": "nyt-us"},
            "transform": vec![step.clone(); n],
            "output": "nyt",
            "destination": {"table": "t", "primary_key": ["date"]}
        })
    };
    // The API's description says the same.
    let schema = serde_json::to_value(<PipelineSpec as utoipa::PartialSchema>::schema()).unwrap();
    assert_eq!(
        schema["properties"]["transform"]["maxItems"],
        json!(MAX_STEPS)
    );
    let most = PipelineSpec::parse(&spec(MAX_STEPS)).unwrap();
    assert_eq!(most.transform.len(), MAX_STEPS);
    let e = first_error(spec(MAX_STEPS + 1));
    assert_eq!(e.path, "transform");
    assert!(
        e.message.starts_with(&format!(
            "has {} steps; a pipeline holds at most {MAX_STEPS}",
            MAX_STEPS + 1
        )),
        "{e:?}"
    );
}

#[test]
fn structural_errors_name_the_path() {
    let cases = [
        (
            with(reference(), "/transform/6/on/0", json!(7)),
            "transform[6].on[0]",
        ),
        (
            with(reference(), "/transform/6/how", json!("outer")),
            "transform[6].how",
        ),
        (
            with(
                reference(),
                "/transform/2/where",
                json!({"column": "x", "eq": 1, "lt": 2}),
            ),
            "transform[2].where",
        ),
        (
            with(
                reference(),
                "/transform/2/where",
                json!({"and": [{"column": "x", "eq": 1}, {"colum": "y"}]}),
            ),
            "transform[2].where.and[1]",
        ),
        (
            with(reference(), "/transform/3/op", json!("melt")),
            "transform[3].op",
        ),
        (
            with(reference(), "/transform/1/columns/cases", json!("integer")),
            "transform[1].columns.cases",
        ),
        (
            with(reference(), "/destination/table", json!("us\"covid")),
            "destination.table",
        ),
        (
            with(reference(), "/destination/primary_key/0", json!("pg_date")),
            "destination.primary_key[0]",
        ),
        (
            with(reference(), "/schedule/cron", json!("0 6 * *")),
            "schedule.cron",
        ),
        (
            with(reference(), "/schedule/timezone", json!("Mars/Olympus")),
            "schedule.timezone",
        ),
        (
            with(reference(), "/sources/nyt", json!("has space")),
            "sources.nyt",
        ),
    ];
    for (spec, path) in cases {
        let err = first_error(spec);
        assert_eq!(err.path, path, "{err:?}");
        assert!(!err.message.contains(" at line "), "{err:?}");
    }
}

#[test]
fn unknown_fields_are_named() {
    let mut spec = reference();
    spec["transform"][0]["colum"] = json!("x");
    let err = first_error(spec);
    assert_eq!(err.path, "transform[0].colum");
    assert!(err.message.contains("unknown field `colum`"), "{err:?}");
    let mut spec = reference();
    spec["notify_me"] = json!(true);
    assert!(first_error(spec).message.contains("notify_me"));
}

#[test]
fn frames_must_exist_when_used() {
    let spec = with(reference(), "/transform/6/right", json!("jhuu"));
    let all = errors(spec);
    assert!(
        all.iter()
            .any(|e| e.path == "transform[6].right" && e.message.contains("`jhuu` is not defined")),
        "{all:?}"
    );
}

#[test]
fn every_source_frame_must_be_used() {
    let mut spec = reference();
    spec["sources"]["extra"] = json!("some-source");
    let err = first_error(spec);
    assert_eq!(err.path, "sources.extra");
}

#[test]
fn frames_are_defined_in_order() {
    let mut spec = reference();
    let steps = spec["transform"].as_array_mut().unwrap();
    let sort = steps.pop().unwrap();
    steps.insert(0, sort);
    let err = first_error(spec);
    assert_eq!(err.path, "transform[0].frame");
}

#[test]
fn the_output_must_be_defined() {
    let err = first_error(with(reference(), "/output", json!("result")));
    assert_eq!(err.path, "output");
}

#[test]
fn into_may_not_reuse_a_source_frame() {
    let err = first_error(with(reference(), "/transform/6/into", json!("nyt")));
    assert_eq!(err.path, "transform[6].into");
}

#[test]
fn every_problem_is_listed_at_once() {
    let mut spec = with(reference(), "/output", json!("nope"));
    spec["destination"]["primary_key"] = json!([]);
    let all = errors(spec);
    let paths: Vec<&str> = all.iter().map(|e| e.path.as_str()).collect();
    assert!(
        paths.contains(&"output") && paths.contains(&"destination.primary_key"),
        "{paths:?}"
    );
}

#[test]
fn each_operation_checks_its_own_rules() {
    let base = |op: Value| {
        json!({
            "sources": {"a": "src-a", "b": "src-b"},
            "transform": [op, {"op": "union", "frames": ["a", "b"], "into": "out", "relaxed": true}],
            "output": "out",
            "destination": {"table": "t", "primary_key": ["id"]}
        })
    };
    let cases = [
        (
            json!({"op": "select", "frame": "a", "columns": []}),
            "transform[0].columns",
        ),
        (
            json!({"op": "select", "frame": "a", "columns": ["x", "x"]}),
            "transform[0].columns[1]",
        ),
        (
            json!({"op": "drop", "frame": "a", "columns": [""]}),
            "transform[0].columns[0]",
        ),
        (
            json!({"op": "rename", "frame": "a", "columns": {"x": "z", "y": "z"}}),
            "transform[0].columns.y",
        ),
        (
            json!({"op": "cast", "frame": "a", "columns": {}}),
            "transform[0].columns",
        ),
        (
            json!({"op": "parse_date", "frame": "a", "column": "d", "format": "%H:%M"}),
            "transform[0].format",
        ),
        (
            json!({"op": "parse_date", "frame": "a", "column": "d", "format": "%Q"}),
            "transform[0].format",
        ),
        (
            json!({"op": "parse_datetime", "frame": "a", "column": "d", "format": "%Y-%m-%d"}),
            "transform[0].format",
        ),
        (
            json!({"op": "parse_datetime", "frame": "a", "column": "d", "format": "%Y-%m-%d %H", "timezone": "X/Y"}),
            "transform[0].timezone",
        ),
        (
            json!({"op": "unpivot", "frame": "a", "index": ["k"], "on": ["k"], "name": "n", "value": "v"}),
            "transform[0].on",
        ),
        (
            json!({"op": "unpivot", "frame": "a", "name": "n", "value": "n"}),
            "transform[0].value",
        ),
        (
            json!({"op": "derive", "frame": "a", "column": "c", "expr": {"add": [{"col": "x"}]}}),
            "transform[0].expr.add",
        ),
        (
            json!({"op": "dedupe", "frame": "a", "on": []}),
            "transform[0].on",
        ),
        (
            json!({"op": "dedupe", "frame": "a", "keep": "middle"}),
            "transform[0].keep",
        ),
        (
            json!({"op": "sort", "frame": "a", "by": ["x"], "descending": [true, false]}),
            "transform[0].descending",
        ),
        (
            json!({"op": "fill_null", "frame": "a", "values": {"x": [1]}}),
            "transform[0].values.x",
        ),
        (
            json!({"op": "filter", "frame": "a", "where": {"column": "x", "in": []}}),
            "transform[0].where.in",
        ),
        (
            json!({"op": "join", "left": "a", "right": "b", "on": ["k"], "left_on": ["k"], "how": "inner", "into": "j"}),
            "transform[0].on",
        ),
        (
            json!({"op": "join", "left": "a", "right": "b", "left_on": ["k", "l"], "right_on": ["k"], "how": "inner", "into": "j"}),
            "transform[0].right_on",
        ),
        (
            json!({"op": "join", "left": "a", "right": "a", "on": ["k"], "how": "left", "into": "j"}),
            "transform[0].right",
        ),
        (json!({"frame": "a"}), "transform[0].op"),
        (json!("select"), "transform[0]"),
    ];
    for (op, path) in cases {
        let all = errors(base(op.clone()));
        assert!(all.iter().any(|e| e.path == path), "{op}: {all:?}");
    }
}

#[test]
fn union_needs_two_distinct_frames() {
    let spec = json!({
        "sources": {"a": "src-a"},
        "transform": [{"op": "union", "frames": ["a", "a"], "into": "out"}],
        "output": "out",
        "destination": {"table": "t", "primary_key": ["id"]}
    });
    assert_eq!(first_error(spec).path, "transform[0].frames[1]");
}

#[test]
fn a_spec_without_sources_is_refused() {
    let spec =
        json!({"sources": {}, "output": "x", "destination": {"table": "t", "primary_key": ["id"]}});
    let all = errors(spec);
    assert!(all.iter().any(|e| e.path == "sources"), "{all:?}");
}

#[test]
fn duplicate_primary_key_columns_are_refused() {
    let err = first_error(with(
        reference(),
        "/destination/primary_key",
        json!(["date", "date"]),
    ));
    assert_eq!(err.path, "destination.primary_key[1]");
}

#[test]
fn unpivot_accepts_keep_as_an_alias_of_index() {
    let spec = with(
        reference(),
        "/transform/3",
        json!({"op": "unpivot", "frame": "jhu", "keep": [], "drop": ["Lat"], "name": "date", "value": "recovered"}),
    );
    let parsed = PipelineSpec::parse(&spec).unwrap();
    let Operation::Unpivot(u) = &parsed.transform[3] else {
        panic!("not unpivot")
    };
    assert_eq!(u.drop, ["Lat"]);
}

#[test]
fn the_destination_modes_parse_and_replace_refuses_an_incremental_cursor() {
    let spec = with(
        reference(),
        "/destination",
        json!({"table": "us_covid", "primary_key": ["date"], "mode": "replace", "on_schema_change": "fail"}),
    );
    let parsed = PipelineSpec::parse(&spec).unwrap();
    assert_eq!(parsed.destination.mode, LoadMode::Replace);
    assert_eq!(parsed.destination.on_schema_change, OnSchemaChange::Fail);
    assert_eq!(parsed.to_json()["destination"]["mode"], "replace");
    // Defaults are not written out: stored specs from before keep their hash.
    let plain = PipelineSpec::parse(&reference()).unwrap().to_json();
    assert!(plain["destination"].get("mode").is_none());
    assert!(plain["destination"].get("on_schema_change").is_none());

    let mut incremental = spec.clone();
    incremental["incremental"] = json!({"cursor": "date"});
    let err = first_error(incremental);
    assert_eq!(err.path, "destination.mode");
    assert!(err.message.contains("remove `incremental`"), "{err}");

    let err = first_error(with(spec, "/destination/mode", json!("merge")));
    assert_eq!(err.path, "destination.mode");
    assert!(
        err.message.contains("upsert") && err.message.contains("replace"),
        "{err}"
    );
}

#[test]
fn append_and_mirror_parse_and_their_misuses_are_refused_with_paths() {
    let destination = |extra: Value| -> Value {
        let mut d = json!({"table": "us_covid", "primary_key": ["date"]});
        for (k, v) in extra.as_object().unwrap() {
            d[k] = v.clone();
        }
        with(reference(), "/destination", d)
    };
    let mirror =
        PipelineSpec::parse(&destination(json!({"mode": "mirror", "soft_delete": true}))).unwrap();
    assert_eq!(mirror.destination.mode, LoadMode::Mirror);
    assert!(mirror.destination.soft_delete);
    assert_eq!(mirror.to_json()["destination"]["soft_delete"], true);
    let append = PipelineSpec::parse(&destination(json!({"mode": "append"}))).unwrap();
    assert_eq!(append.destination.mode, LoadMode::Append);
    // `soft_delete: false` is the default, not written out.
    assert!(append.to_json()["destination"].get("soft_delete").is_none());
    let mut incremental = destination(json!({"mode": "append"}));
    incremental["incremental"] = json!({"cursor": "date", "lookback": 3});
    PipelineSpec::parse(&incremental).unwrap();

    let mut incremental = destination(json!({"mode": "mirror"}));
    incremental["incremental"] = json!({"cursor": "date"});
    let err = first_error(incremental);
    assert_eq!(err.path, "destination.mode");
    assert!(
        err.message
            .contains("`mirror` deletes the rows a full extract no longer has"),
        "{err}"
    );

    for mode in ["upsert", "append", "replace"] {
        let errs = errors(destination(json!({"mode": mode, "soft_delete": true})));
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].path, "destination.soft_delete", "{mode}");
        assert_eq!(
            errs[0].message,
            "only `mirror` deletes rows: set `mode` to `mirror`, or remove `soft_delete`"
        );
    }
    let err = first_error(destination(json!({"soft_delete": true})));
    assert_eq!(err.path, "destination.soft_delete");

    let err = first_error(destination(
        json!({"mode": "append", "on_schema_change": "backfill"}),
    ));
    assert_eq!(err.path, "destination.on_schema_change");
    assert!(
        err.message.contains("`append` never updates a row"),
        "{err}"
    );

    let err = first_error(destination(json!({"mode": "mirror", "soft_delete": "yes"})));
    assert_eq!(err.path, "destination.soft_delete");
}

#[test]
fn structural_errors_in_several_fields_are_all_listed() {
    // Before: the first structural error (here the table name) hid every other one.
    let mut spec = with(reference(), "/destination/table", json!("Us Covid"));
    spec["schedule"]["cron"] = json!("0 6 * *");
    spec["transform"][6]["how"] = json!("outer");
    spec["transform"][1]["columns"]["cases"] = json!("integer");
    spec["tests"] = json!([{"column": "cases", "min": 0}, {"column": "cases"}]);
    spec["incremental"] = json!({"cursor": "date", "lookback": -1});
    spec["colour"] = json!("blue");
    spec.as_object_mut().unwrap().remove("output");
    let paths: Vec<String> = errors(spec).into_iter().map(|e| e.path).collect();
    assert_eq!(
        paths,
        [
            "colour",
            "output",
            "destination.table",
            "incremental.lookback",
            "schedule.cron",
            "transform[1].columns.cases",
            "transform[6].how",
            "tests[1]",
        ]
    );
}

fn sql_spec(query: &str) -> Value {
    json!({
        "sources": {"nyt": "nyt-us", "jhu": "jhu-recovered-global"},
        "transform": [
            {"op": "unpivot", "frame": "jhu", "index": ["Country/Region"],
             "drop": ["Province/State", "Lat", "Long"], "name": "date", "value": "recovered"},
            {"op": "sql", "query": query, "into": "out"}
        ],
        "output": "out",
        "destination": {"table": "us_covid", "primary_key": ["date"]}
    })
}

#[test]
fn a_sql_step_reads_frames_by_name_and_round_trips() {
    let spec = PipelineSpec::parse(&sql_spec(
        "WITH n AS (SELECT * FROM nyt) SELECT * FROM n JOIN jhu USING (date)",
    ))
    .unwrap();
    let Operation::Sql(op) = &spec.transform[1] else {
        panic!("not a sql step: {:?}", spec.transform[1]);
    };
    let read: Vec<&str> = op.query.frames().iter().map(|f| f.as_str()).collect();
    assert_eq!(read, ["nyt", "jhu"]);
    assert_eq!(PipelineSpec::parse(&spec.to_json()).unwrap(), spec);
}

#[test]
fn sql_errors_name_the_step_and_what_is_wrong() {
    let cases = [
        (
            "SELECT * FROM nyt JOIN jhu USING date",
            "transform[1].query",
            "found: date at Line: 1, Column: 34",
        ),
        (
            "SELECT * FROM nyt JOIN jhu_typo USING (date)",
            "transform[1].query",
            "frame `jhu_typo` is not defined at this step (defined: jhu, nyt)",
        ),
        (
            "SELECT * FROM read_csv('/etc/passwd')",
            "transform[1].query",
            "table function",
        ),
        (
            "COPY nyt TO '/tmp/x.csv'",
            "transform[1].query",
            "must be a SELECT query",
        ),
        (
            "DROP TABLE nyt",
            "transform[1].query",
            "must be a SELECT query",
        ),
        (
            "SELECT * FROM out",
            "transform[1].query",
            "frame `out` is not defined at this step",
        ),
    ];
    for (query, path, message) in cases {
        let all = errors(sql_spec(query));
        assert!(
            all.iter()
                .any(|e| e.path == path && e.message.contains(message)),
            "{query}: {all:?}"
        );
    }
    // The frames a query reads count as used.
    let all = errors(sql_spec("SELECT * FROM jhu"));
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].path, "sources.nyt");
}

#[test]
fn data_tests_are_stored_with_their_on_fail() {
    let mut spec = reference();
    spec["tests"] = json!([
        {"column": "cases", "not_null": true, "on_fail": "reject_row"},
        {"columns": ["date"], "unique": true},
    ]);
    let parsed = PipelineSpec::parse(&spec).unwrap();
    assert_eq!(parsed.tests.len(), 2);
    assert_eq!(parsed.to_json()["tests"][1]["on_fail"], "fail_run");
    assert_eq!(PipelineSpec::parse(&parsed.to_json()).unwrap(), parsed);
    // Without tests, the stored spec has no `tests` (specs stored before them are unchanged).
    assert!(
        PipelineSpec::parse(&reference())
            .unwrap()
            .to_json()
            .get("tests")
            .is_none()
    );
}
