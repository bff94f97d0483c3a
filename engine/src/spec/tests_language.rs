//! The expression language and `aggregate` at save time: every new node parses, is stored in a
//! stable form, and a mistake in it is reported with the path of the offending node.

use serde_json::{Value, json};

use super::*;

fn parse_step(step: Value) -> Result<PipelineSpec, Vec<SpecError>> {
    PipelineSpec::parse(&json!({
        "sources": {"f": "src"},
        "transform": [step],
        "output": "f",
        "destination": {"table": "t", "primary_key": ["k"]}
    }))
}

/// Parses an expression, checks that its stored form parses to the same thing, and returns
/// the stored form.
fn stored(expr: Value) -> Value {
    let e = Expr::from_json(&expr, "expr").unwrap_or_else(|err| panic!("{expr}: {err}"));
    let json = e.to_json();
    assert_eq!(Expr::from_json(&json, "expr").unwrap(), e, "{json}");
    json
}

#[test]
fn every_new_expression_parses_and_is_stored_stably() {
    let same = [
        json!({"gt": ["a", {"col": "b"}]}),
        json!({"eq": [{"year": "d"}, 2020]}),
        json!({"and": [{"column": "a", "eq": 1}, {"le": ["a", 3]}]}),
        json!({"or": [{"is_null": "a"}, {"not": {"column": "b", "gt": {"col": "a"}}}]}),
        json!({"is_in": "state", "values": ["NY", "NJ"]}),
        json!({"between": "d", "low": "2020-01-01", "high": {"col": "end"}}),
        json!({"case": [{"when": {"column": "n", "lt": 10}, "then": "low"}], "otherwise": {"col": "label"}}),
        json!({"case": [{"when": {"gt": ["n", 1]}, "then": 1}]}),
        json!({"length": "name"}),
        json!({"abs": {"sub": [{"col": "a"}, {"col": "b"}]}}),
        json!({"month": "d"}),
        json!({"day": "d"}),
        json!({"weekday": "d"}),
        json!({"replace": "s", "pattern": ".", "with": "", "regex": false}),
        json!({"regex_extract": "s", "pattern": "(\\d+)-(\\d+)", "group": 2}),
        json!({"regex_match": "s", "pattern": "^a"}),
        json!({"substring": "s", "start": 1, "length": 2}),
        json!({"substring": "s", "start": 3}),
        json!({"split_part": "s", "separator": "/", "index": -1}),
        json!({"starts_with": "s", "prefix": "a"}),
        json!({"ends_with": "s", "suffix": "z"}),
        json!({"contains": "s", "text": "m"}),
        json!({"trunc": "quarter", "column": "d"}),
        json!({"add_days": "d", "days": -7}),
        json!({"add_months": "d", "months": {"col": "n"}}),
        json!({"days_between": ["start", "end"]}),
        json!({"cum_sum": "n", "order_by": ["d"], "partition_by": ["s"], "descending": false}),
        json!({"cum_max": "n", "order_by": ["d"], "partition_by": [], "descending": true}),
        json!({"rolling_mean": "n", "order_by": ["d"], "partition_by": [], "descending": false, "rows": 7, "min_rows": 7}),
        json!({"rolling_sum": "n", "order_by": ["d"], "partition_by": [], "descending": false, "rows": 3, "min_rows": 1}),
        json!({"lag": "n", "order_by": ["d"], "partition_by": [], "descending": false, "rows": 1}),
        json!({"lead": "n", "order_by": ["d"], "partition_by": [], "descending": false, "rows": 2}),
        json!({"rank": true, "order_by": ["n"], "partition_by": ["d"], "descending": true, "ties": "dense"}),
        json!({"row_number": true, "order_by": ["d", "n"], "partition_by": [], "descending": false}),
    ];
    for case in same {
        assert_eq!(stored(case.clone()), case);
    }
    // Defaults are spelled out; a lone column name stands for `{"col": …}`.
    assert_eq!(
        stored(json!({"rolling_mean": {"col": "n"}, "order_by": "d", "rows": 7})),
        json!({"rolling_mean": "n", "order_by": ["d"], "partition_by": [], "descending": false, "rows": 7, "min_rows": 7})
    );
    assert_eq!(
        stored(json!({"replace": "s", "pattern": "a", "with": "b"})),
        json!({"replace": "s", "pattern": "a", "with": "b", "regex": false})
    );
    assert_eq!(
        stored(json!({"regex_extract": "s", "pattern": "x(\\d)"})),
        json!({"regex_extract": "s", "pattern": "x(\\d)", "group": 1})
    );
    assert_eq!(
        stored(json!({"rank": true, "order_by": "n"})),
        json!({"rank": true, "order_by": ["n"], "partition_by": [], "descending": false, "ties": "min"})
    );
}

#[test]
fn every_new_expression_node_reports_its_path() {
    let cases = [
        (json!({"gt": ["a"]}), "expr.gt", "at least 2"),
        (json!({"gt": ["a", 1, 2]}), "expr.gt", "exactly two"),
        (
            json!({"gt": [1, 2]}),
            "expr.gt[0]",
            "column name or an expression",
        ),
        (
            json!({"gt": ["a", [1]]}),
            "expr.gt[1]",
            "constant or an expression",
        ),
        (
            json!({"and": [{"is_null": "a"}, {"gt": ["a", {"colx": 1}]}]}),
            "expr.and[1].gt[1]",
            "not an expression",
        ),
        (
            json!({"not": {"columnx": "a"}}),
            "expr.not",
            "not a condition",
        ),
        (
            json!({"is_null": ""}),
            "expr.is_null",
            "non-empty column name",
        ),
        (json!({"is_in": "a"}), "expr.values", "required"),
        (
            json!({"is_in": "a", "values": [{"x": 1}]}),
            "expr.values[0]",
            "string, number, boolean or null",
        ),
        (json!({"between": "a", "low": 1}), "expr.high", "required"),
        (json!({"case": []}), "expr.case", "at least 1"),
        (
            json!({"case": [{"when": {"gt": ["a", 1]}}]}),
            "expr.case[0].then",
            "required",
        ),
        (
            json!({"case": [{"when": {"bogus": 1}, "then": 1}]}),
            "expr.case[0].when",
            "not a condition",
        ),
        (
            json!({"case": [{"when": {"gt": ["a", 1]}, "then": 1, "else": 2}]}),
            "expr.case[0].else",
            "unknown key",
        ),
        (
            json!({"length": "s", "start": 1}),
            "expr.start",
            "unknown key",
        ),
        (
            json!({"year": 2020}),
            "expr.year",
            "column name or an expression",
        ),
        (
            json!({"replace": "s", "with": "b"}),
            "expr.pattern",
            "required",
        ),
        (
            json!({"replace": "s", "pattern": "(", "with": "", "regex": true}),
            "expr.pattern",
            "not a valid regular expression",
        ),
        (
            json!({"regex_match": "s", "pattern": "[a-"}),
            "expr.pattern",
            "not a valid regular expression",
        ),
        (
            json!({"regex_extract": "s", "pattern": "(a)", "group": 2}),
            "expr.group",
            "from 0 to 1",
        ),
        (
            json!({"substring": "s", "start": 0}),
            "expr.start",
            "from 1",
        ),
        (json!({"substring": "s"}), "expr.start", "required"),
        (
            json!({"split_part": "s", "separator": ",", "index": 0}),
            "expr.index",
            "not 0",
        ),
        (
            json!({"split_part": "s", "separator": "", "index": 1}),
            "expr.separator",
            "non-empty",
        ),
        (json!({"starts_with": "s"}), "expr.prefix", "required"),
        (
            json!({"contains": "s", "text": 1}),
            "expr.text",
            "non-empty text",
        ),
        (
            json!({"trunc": "fortnight", "column": "d"}),
            "expr.trunc",
            "hour, day, week, month, quarter, year",
        ),
        (json!({"trunc": "week"}), "expr.column", "required"),
        (
            json!({"add_days": "d", "days": 1.5}),
            "expr.days",
            "whole number",
        ),
        (json!({"add_months": "d"}), "expr.months", "required"),
        (
            json!({"days_between": ["a"]}),
            "expr.days_between",
            "at least 2",
        ),
        (json!({"cum_sum": "n"}), "expr.order_by", "required"),
        (
            json!({"cum_max": "n", "order_by": []}),
            "expr.order_by",
            "non-empty list",
        ),
        (
            json!({"rolling_mean": "n", "order_by": ["d"]}),
            "expr.rows",
            "required",
        ),
        (
            json!({"rolling_sum": "n", "order_by": ["d"], "rows": 0}),
            "expr.rows",
            "from 1",
        ),
        (
            json!({"rolling_sum": "n", "order_by": ["d"], "rows": 3, "min_rows": 4}),
            "expr.min_rows",
            "from 1 to 3",
        ),
        (
            json!({"lag": "n", "order_by": ["d"], "rows": -1}),
            "expr.rows",
            "from 1",
        ),
        (
            json!({"lead": "n", "order_by": ["d"], "partition_by": [""]}),
            "expr.partition_by[0]",
            "non-empty column name",
        ),
        (
            json!({"rank": true, "order_by": ["n"], "ties": "max"}),
            "expr.ties",
            "\"min\"",
        ),
        (
            json!({"rank": ["n"], "order_by": ["d"]}),
            "expr.rank",
            "the columns that order the rows go in `order_by`",
        ),
        (json!({"rank": true}), "expr.order_by", "is required"),
        (
            json!({"row_number": true, "order_by": []}),
            "expr.order_by",
            "non-empty list",
        ),
        (
            json!({"row_number": true, "order_by": ["d"], "descending": "yes"}),
            "expr.descending",
            "true or false",
        ),
    ];
    for (case, path, message) in cases {
        let err = Expr::from_json(&case, "expr").unwrap_err();
        assert_eq!(err.path, path, "{case}: {err:?}");
        assert!(err.message.contains(message), "{case}: {err:?}");
    }
}

#[test]
fn filter_conditions_take_expressions_and_report_paths() {
    let spec = parse_step(json!({"op": "filter", "frame": "f", "where": {"and": [
        {"column": "a", "ge": {"col": "b"}},
        {"regex_match": "s", "pattern": "^x"}
    ]}}))
    .unwrap();
    let Operation::Filter(f) = &spec.transform[0] else {
        panic!("not a filter")
    };
    assert_eq!(f.condition.columns(), ["a", "b", "s"]);
    assert!(!f.condition.reads_other_rows());
    let errors = parse_step(json!({"op": "filter", "frame": "f", "where": {"or": [
        {"column": "a", "eq": 1},
        {"between": "a", "low": 1, "high": {"lit": [1]}}
    ]}}))
    .unwrap_err();
    assert_eq!(
        errors[0].path, "transform[0].where.or[1].high.lit",
        "{errors:?}"
    );
    let errors = parse_step(json!({"op": "derive", "frame": "f", "column": "x",
        "expr": {"case": [{"when": {"column": "a", "gt": {"trunc": "day"}}, "then": 1}]}}))
    .unwrap_err();
    assert_eq!(
        errors[0].path, "transform[0].expr.case[0].when.gt.column",
        "{errors:?}"
    );
}

#[test]
fn aggregate_parses_and_is_stored_with_defaults() {
    let op = Operation::from_json(&json!({"op": "aggregate", "frame": "f", "into": "g",
        "group_by": ["country", {"trunc": "week", "column": "date"}, {"year": "date", "as": "year"}],
        "aggs": {"total": {"sum": "confirmed"}, "places": {"count": "*"},
                 "latest": {"last": {"col": "n"}, "order_by": "date"}}}))
    .unwrap();
    let stored = serde_json::to_value(&op).unwrap();
    assert_eq!(
        stored,
        json!({"op": "aggregate", "frame": "f", "into": "g",
            "group_by": ["country", {"trunc": "week", "column": "date", "as": "date"}, {"year": "date", "as": "year"}],
            "aggs": {"total": {"sum": "confirmed"}, "places": {"count": "*"},
                     "latest": {"last": "n", "order_by": ["date"]}}})
    );
    assert_eq!(Operation::from_json(&stored).unwrap(), op);
    assert_eq!(op.output().map(|f| f.as_str()), Some("g"));
    assert_eq!(op.inputs()[0].1.as_str(), "f");
}

#[test]
fn aggregate_errors_name_the_node() {
    let cases = [
        (
            json!({"op": "aggregate", "frame": "f", "group_by": ["a"]}),
            "transform[0].aggs",
            "required",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "aggs": {}}),
            "transform[0].aggs",
            "required",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "aggs": {"n": {"count": "*"}}, "by": ["a"]}),
            "transform[0].by",
            "unknown key",
        ),
        (
            json!({"op": "aggregate", "aggs": {"n": {"count": "*"}}}),
            "transform[0].frame",
            "required",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "group_by": "a", "aggs": {"n": {"count": "*"}}}),
            "transform[0].group_by",
            "list",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "group_by": [1], "aggs": {"n": {"count": "*"}}}),
            "transform[0].group_by[0]",
            "column name or an expression",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "group_by": [{"trunc": "eon", "column": "d"}], "aggs": {"n": {"count": "*"}}}),
            "transform[0].group_by[0].trunc",
            "must be one of",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "group_by": [{"lit": 1}], "aggs": {"n": {"count": "*"}}}),
            "transform[0].group_by[0]",
            "name the key with `as`",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "group_by": ["d", {"trunc": "week", "column": "d"}], "aggs": {"n": {"count": "*"}}}),
            "transform[0].group_by[1]",
            "twice",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "group_by": ["n"], "aggs": {"n": {"count": "*"}}}),
            "transform[0].aggs.n",
            "also a group key",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "aggs": {"n": {"total": "x"}}}),
            "transform[0].aggs.n",
            "needs one of: sum, avg",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "aggs": {"n": {"sum": "*"}}}),
            "transform[0].aggs.n.sum",
            "only for `count`",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "aggs": {"n": {"sum": "x", "order_by": ["d"]}}}),
            "transform[0].aggs.n.order_by",
            "unknown key",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "aggs": {"n": {"max": {"year": 1}}}}),
            "transform[0].aggs.n.max.year",
            "column name or an expression",
        ),
        (
            json!({"op": "aggregate", "frame": "f", "aggs": {"n": {"first": "x", "order_by": []}}}),
            "transform[0].aggs.n.order_by",
            "non-empty",
        ),
    ];
    for (case, path, message) in cases {
        let errors = parse_step(case.clone()).unwrap_err();
        assert_eq!(errors[0].path, path, "{case}: {errors:?}");
        assert!(errors[0].message.contains(message), "{case}: {errors:?}");
    }
}

#[test]
fn an_aggregate_into_a_source_frame_is_refused() {
    let errors = PipelineSpec::parse(&json!({
        "sources": {"f": "src", "g": "src2"},
        "transform": [{"op": "aggregate", "frame": "f", "into": "g", "aggs": {"n": {"count": "*"}}}],
        "output": "g",
        "destination": {"table": "t", "primary_key": ["n"]}
    }))
    .unwrap_err();
    assert!(
        errors.iter().any(|e| e.path == "transform[0].into"),
        "{errors:?}"
    );
}

#[test]
fn the_cookbook_recipes_parse() {
    let doc = include_str!("../../../docs/PIPELINE_SPEC.md");
    // The cookbooks ("## Cookbook", "## Cookbook with `sql`"), each up to the next section.
    let cookbooks: Vec<&str> = doc
        .split("\n## ")
        .filter(|section| section.starts_with("Cookbook"))
        .collect();
    assert_eq!(cookbooks.len(), 2, "the two cookbook sections");
    let mut recipes = 0;
    for block in cookbooks.iter().flat_map(|c| c.split("```json").skip(1)) {
        let text = block.split("```").next().unwrap_or_default();
        // A recipe is a list of steps, or one step.
        let steps = match serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}")) {
            Value::Array(steps) => steps,
            step => vec![step],
        };
        for step in steps {
            Operation::from_json(&step).unwrap_or_else(|e| panic!("{e}: {step}"));
        }
        recipes += 1;
    }
    assert!(recipes >= 9, "{recipes} recipes");
}

/// The OpenAPI schema of a transform step, as a validator.
fn step_validator() -> jsonschema::Validator {
    use utoipa::{PartialSchema, ToSchema};
    let mut out = vec![("TransformStep".to_owned(), Operation::schema())];
    <Operation as ToSchema>::schemas(&mut out);
    let schemas: serde_json::Map<String, Value> = out
        .into_iter()
        .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap()))
        .collect();
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": {"schemas": schemas},
        "$ref": "#/components/schemas/TransformStep",
    });
    jsonschema::draft202012::new(&root).unwrap()
}

#[test]
fn stored_steps_match_exactly_one_branch_of_the_openapi_schema() {
    let validator = step_validator();
    let expressions = [
        json!({"and": [{"column": "a", "eq": 1}, {"not": {"le": ["a", 3]}}]}),
        json!({"case": [{"when": {"column": "n", "lt": {"col": "m"}}, "then": "low"}], "otherwise": 2}),
        json!({"substring": "s", "start": 1, "length": 2}),
        json!({"trunc": "week", "column": "d"}),
        json!({"rolling_mean": "n", "rows": 7, "order_by": "d"}),
        json!({"rank": true, "order_by": ["n"], "ties": "dense"}),
        json!({"row_number": true, "order_by": "d", "partition_by": "s"}),
        json!({"diff": "cases", "order_by": ["date"]}),
        json!({"is_in": "s", "values": ["a", null]}),
    ];
    let mut steps: Vec<Value> = Vec::new();
    for e in &expressions {
        steps.push(json!({"op": "derive", "frame": "f", "column": "x", "expr": e}));
        steps.push(json!({"op": "filter", "frame": "f", "where": e}));
    }
    steps.push(json!({"op": "filter", "frame": "f", "where": {"column": "a", "in": [1, 2]}}));
    steps.push(json!({"op": "aggregate", "frame": "f", "into": "g",
        "group_by": ["c", {"trunc": "week", "column": "d", "as": "w"}],
        "aggs": {"n": {"count": "*"}, "l": {"last": "v", "order_by": ["d"]}}}));
    for step in steps {
        // As the API returns it: parsed and stored.
        let stored = serde_json::to_value(Operation::from_json(&step).unwrap()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&stored)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{stored}: {errors:?}");
    }
    let bad = json!({"op": "derive", "frame": "f", "column": "x", "expr": {"lag": "n", "order_by": ["d"], "offset": 1}});
    assert!(!validator.is_valid(&bad));
}
