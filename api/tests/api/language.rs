//! The transform language through the API: a pipeline with an aggregate, windows and
//! expressions is stored in its normalised form (and the reply matches the OpenAPI document,
//! as every reply does); a mistake deep inside an expression is a 422 naming its path.

use serde_json::{Value, json};

use crate::helpers::{reference_pipeline, spawn_app};

/// The reference pipeline with steps of the transform language appended.
fn with_language(extra: Value) -> Value {
    let mut p = reference_pipeline();
    let steps = p["spec"]["transform"].as_array_mut().unwrap();
    steps.extend(extra.as_array().unwrap().iter().cloned());
    p
}

#[tokio::test]
async fn a_pipeline_with_aggregates_windows_and_expressions_is_stored_normalised() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    app.create_source(&s, "nyt-us").await;
    app.create_source(&s, "jhu-recovered-global").await;
    let body = with_language(json!([
        {"op": "derive", "frame": "out", "column": "avg_7d",
         "expr": {"rolling_mean": "cases", "rows": 7, "order_by": "date"}},
        {"op": "derive", "frame": "out", "column": "level",
         "expr": {"case": [{"when": {"column": "avg_7d", "ge": 1000}, "then": "high"}], "otherwise": "low"}},
        {"op": "filter", "frame": "out", "where": {"and": [{"gt": ["cases", {"col": "deaths"}]}, {"not": {"is_null": "recovered"}}]}},
        {"op": "aggregate", "frame": "out", "into": "weekly",
         "group_by": [{"trunc": "week", "column": "date", "as": "week"}], "aggs": {"cases": {"max": "cases"}}}
    ]));
    let p = app
        .post("/api/v1/pipelines", &s.token, body)
        .await
        .expect(201)
        .body;
    let steps = &p["spec"]["transform"];
    assert_eq!(
        steps[8]["expr"],
        json!({"rolling_mean": "cases", "rows": 7, "min_rows": 7, "order_by": ["date"],
               "partition_by": [], "descending": false})
    );
    assert_eq!(steps[11]["op"], "aggregate");
    assert_eq!(
        steps[11]["group_by"],
        json!([{"trunc": "week", "column": "date", "as": "week"}])
    );
}

#[tokio::test]
async fn a_mistake_inside_an_expression_is_reported_with_its_path() {
    let app = spawn_app().await;
    let s = app.signup("T", "ada@example.com").await;
    app.create_source(&s, "nyt-us").await;
    app.create_source(&s, "jhu-recovered-global").await;
    let cases = [
        (
            json!({"op": "derive", "frame": "out", "column": "x",
                   "expr": {"case": [{"when": {"regex_match": "date", "pattern": "(2020"}, "then": 1}]}}),
            "spec.transform[8].expr.case[0].when.pattern",
        ),
        (
            json!({"op": "filter", "frame": "out", "where": {"or": [{"column": "cases", "gt": 1}, {"lag": "cases"}]}}),
            "spec.transform[8].where.or[1].order_by",
        ),
        (
            json!({"op": "aggregate", "frame": "out", "group_by": ["date"], "aggs": {"n": {"total": "cases"}}}),
            "spec.transform[8].aggs.n",
        ),
    ];
    for (step, path) in cases {
        let reply = app
            .post("/api/v1/pipelines", &s.token, with_language(json!([step])))
            .await
            .expect_error(422, "validation_failed");
        assert_eq!(reply.body["details"][0]["path"], path, "{:#?}", reply.body);
    }
}
