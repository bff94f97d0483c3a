//! OpenAPI schemas of the expression heads of [`super::functions`] and of the `aggregate` step,
//! in the JSON Schema subset of [`super::schema`]. The tests there hold these and the parsers'
//! lists of heads together.

use std::borrow::Cow;

use serde_json::{Value, json};
use utoipa::{
    PartialSchema, ToSchema,
    openapi::{
        RefOr,
        schema::{AdditionalProperties, Schema},
    },
};

use super::{
    AggregateOp,
    schema::{build, reference},
};

/// A column name, or an expression.
fn subject() -> Value {
    json!({"oneOf": [{"type": "string", "description": "a column"}, reference("Expr")]})
}

/// A constant, or an expression.
fn value() -> Value {
    json!({"oneOf": [reference("Literal"), reference("Expr")]})
}

/// Partition columns: one name, or a list (empty: one partition).
fn partition(description: &str) -> Value {
    json!({
        "description": description,
        "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
    })
}

fn column_or_columns(description: &str) -> Value {
    json!({
        "description": description,
        "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}],
    })
}

fn node(key: &str, what: &str, properties: Value, required: &[&str]) -> Value {
    let mut props = properties.as_object().cloned().unwrap_or_default();
    props.insert(key.to_owned(), subject());
    let mut req = vec![key];
    req.extend(required);
    json!({"type": "object", "description": what, "required": req, "properties": props})
}

/// Schemas of the heads added to the expression grammar, named `<Head>Expr`.
pub(super) fn expr_schemas() -> Vec<(&'static str, Value)> {
    let pair =
        |what: &str| json!({"type": "array", "minItems": 2, "description": what, "items": value()});
    let compare = |key: &str, what: &str| {
        json!({
            "type": "object", "required": [key], "properties": {key: pair(what)},
            "description": format!("{what}: `[subject, value]`; null when either is null."),
        })
    };
    let conditions = |key: &str, what: &str| {
        json!({"type": "object", "required": [key], "description": what,
               "properties": {key: {"type": "array", "items": reference("Predicate"), "minItems": 1}}})
    };
    let window = |key: &str, what: &str, extra: Value| {
        let mut props = json!({
            "order_by": column_or_columns("Columns that order the rows of a partition."),
            "partition_by": partition("Columns whose rows are computed apart."),
            "descending": {"type": "boolean"},
        });
        if let (Some(p), Some(e)) = (props.as_object_mut(), extra.as_object()) {
            p.extend(e.clone());
        }
        node(key, what, props, &["order_by"])
    };
    let rows = |what: &str| json!({"type": "integer", "minimum": 1, "maximum": 100000, "description": what});
    let ordered = |key: &str, what: &str, extra: Value| {
        let mut props = json!({
            "partition_by": partition("Columns whose rows are numbered apart."),
            "descending": {"type": "boolean"},
        });
        if let (Some(p), Some(e)) = (props.as_object_mut(), extra.as_object()) {
            p.extend(e.clone());
        }
        props[key] = json!({"type": "boolean", "enum": [true], "description": "`true`: the function reads no value."});
        props["order_by"] = column_or_columns("The columns that order the rows of a partition.");
        json!({"type": "object", "description": what, "required": [key, "order_by"], "properties": props})
    };
    let text = |what: &str| json!({"type": "string", "description": what});
    vec![
        ("EqExpr", compare("eq", "Equal")),
        ("NeExpr", compare("ne", "Not equal")),
        ("LtExpr", compare("lt", "Less than")),
        ("LeExpr", compare("le", "Less than or equal")),
        ("GtExpr", compare("gt", "Greater than")),
        ("GeExpr", compare("ge", "Greater than or equal")),
        (
            "AndExpr",
            conditions("and", "Every condition holds (null counts as false)."),
        ),
        ("OrExpr", conditions("or", "At least one condition holds.")),
        (
            "NotExpr",
            json!({"type": "object", "required": ["not"], "description": "The condition does not hold.",
                   "properties": {"not": reference("Predicate")}}),
        ),
        (
            "IsNullExpr",
            node("is_null", "Whether the value is null.", json!({}), &[]),
        ),
        (
            "IsInExpr",
            node(
                "is_in",
                "Whether the value is one of `values`.",
                json!({"values": {"type": "array", "items": reference("Literal"), "minItems": 1}}),
                &["values"],
            ),
        ),
        (
            "BetweenExpr",
            node(
                "between",
                "Whether `low <= value <= high`.",
                json!({"low": value(), "high": value()}),
                &["low", "high"],
            ),
        ),
        (
            "CaseExpr",
            json!({
                "type": "object", "required": ["case"],
                "description": "The `then` of the first `when` that holds, else `otherwise` (null when absent).",
                "properties": {
                    "case": {"type": "array", "minItems": 1, "items": {
                        "type": "object", "required": ["when", "then"],
                        "properties": {"when": reference("Predicate"), "then": value()},
                    }},
                    "otherwise": value(),
                },
            }),
        ),
        (
            "LengthExpr",
            node("length", "Characters in the text.", json!({}), &[]),
        ),
        (
            "AbsExpr",
            node("abs", "The absolute value.", json!({}), &[]),
        ),
        (
            "YearExpr",
            node("year", "The year of a date.", json!({}), &[]),
        ),
        (
            "MonthExpr",
            node("month", "The month (1-12) of a date.", json!({}), &[]),
        ),
        (
            "DayExpr",
            node("day", "The day of the month of a date.", json!({}), &[]),
        ),
        (
            "WeekdayExpr",
            node("weekday", "1 = Monday … 7 = Sunday.", json!({}), &[]),
        ),
        (
            "ReplaceExpr",
            node(
                "replace",
                "Every occurrence of `pattern` (text, or a regular expression when `regex`) replaced by `with`.",
                json!({"pattern": text("what to replace"), "with": text("the replacement (`$1` refers to a group when `regex`)"), "regex": {"type": "boolean"}}),
                &["pattern", "with"],
            ),
        ),
        (
            "RegexExtractExpr",
            node(
                "regex_extract",
                "Capture `group` of the first match (default: 1 if the pattern has a group, else the whole match); null without a match.",
                json!({"pattern": text("a regular expression"), "group": {"type": "integer", "minimum": 0}}),
                &["pattern"],
            ),
        ),
        (
            "RegexMatchExpr",
            node(
                "regex_match",
                "Whether the text matches the regular expression somewhere.",
                json!({"pattern": text("a regular expression")}),
                &["pattern"],
            ),
        ),
        (
            "SubstringExpr",
            node(
                "substring",
                "`length` characters (to the end when absent) from `start` (1 is the first).",
                json!({"start": {"type": "integer", "minimum": 1}, "length": {"type": "integer", "minimum": 0}}),
                &["start"],
            ),
        ),
        (
            "SplitPartExpr",
            node(
                "split_part",
                "Part `index` (1 is the first, -1 the last) of the text split on `separator`; null when there is no such part.",
                json!({"separator": text("the separator"), "index": {"type": "integer"}}),
                &["separator", "index"],
            ),
        ),
        (
            "StartsWithExpr",
            node(
                "starts_with",
                "Whether the text starts with `prefix`.",
                json!({"prefix": text("")}),
                &["prefix"],
            ),
        ),
        (
            "EndsWithExpr",
            node(
                "ends_with",
                "Whether the text ends with `suffix`.",
                json!({"suffix": text("")}),
                &["suffix"],
            ),
        ),
        (
            "ContainsExpr",
            node(
                "contains",
                "Whether the text contains `text`.",
                json!({"text": text("")}),
                &["text"],
            ),
        ),
        (
            "TruncExpr",
            json!({
                "type": "object", "required": ["trunc", "column"],
                "description": "The date or datetime truncated to the start of its hour, day, week (Monday), month, quarter or year.",
                "properties": {
                    "trunc": {"type": "string", "enum": ["hour", "day", "week", "month", "quarter", "year"]},
                    "column": subject(),
                },
            }),
        ),
        (
            "AddDaysExpr",
            node(
                "add_days",
                "The date plus `days` (negative: minus).",
                json!({"days": value()}),
                &["days"],
            ),
        ),
        (
            "AddMonthsExpr",
            node(
                "add_months",
                "The date plus `months`; the day is clamped to the month's last.",
                json!({"months": value()}),
                &["months"],
            ),
        ),
        (
            "DaysBetweenExpr",
            json!({
                "type": "object", "required": ["days_between"],
                "description": "`[from, to]`: whole days from the first date to the second (calendar days for datetimes).",
                "properties": {"days_between": {"type": "array", "minItems": 2, "items": subject()}},
            }),
        ),
        (
            "CumSumExpr",
            window("cum_sum", "Running total in `order_by` order.", json!({})),
        ),
        (
            "CumMaxExpr",
            window("cum_max", "Running maximum in `order_by` order.", json!({})),
        ),
        (
            "RollingMeanExpr",
            window(
                "rolling_mean",
                "Mean of this row and the `rows - 1` before it; null until `min_rows` (default `rows`) rows are seen.",
                json!({"rows": rows("window length in rows"), "min_rows": rows("rows needed for a value")}),
            ),
        ),
        (
            "RollingSumExpr",
            window(
                "rolling_sum",
                "Sum of this row and the `rows - 1` before it; null until `min_rows` (default `rows`) rows are seen.",
                json!({"rows": rows("window length in rows"), "min_rows": rows("rows needed for a value")}),
            ),
        ),
        (
            "LagExpr",
            window(
                "lag",
                "The value `rows` (default 1) rows before; null before the first.",
                json!({"rows": rows("how far back")}),
            ),
        ),
        (
            "LeadExpr",
            window(
                "lead",
                "The value `rows` (default 1) rows after; null after the last.",
                json!({"rows": rows("how far ahead")}),
            ),
        ),
        (
            "RankExpr",
            ordered(
                "rank",
                "Rank in `order_by` order within the partition: ties share the lowest rank (`ties: min`, 1 2 2 4) or the next (`dense`, 1 2 2 3).",
                json!({"ties": {"type": "string", "enum": ["min", "dense"]}}),
            ),
        ),
        (
            "RowNumberExpr",
            ordered(
                "row_number",
                "1, 2, 3 … in `order_by` order within the partition (ties in frame order).",
                json!({}),
            ),
        ),
    ]
}

/// Schemas of the `aggregate` step's parts.
pub(super) fn aggregate_schemas() -> Vec<(&'static str, Value)> {
    let props: serde_json::Map<String, Value> = super::aggregate::AGG_FNS
        .iter()
        .map(|(name, _)| (name.to_string(), subject()))
        .chain([(
            "order_by".to_owned(),
            column_or_columns("For `first` and `last`: the columns that order the group's rows."),
        )])
        .collect();
    vec![
        (
            "Aggregation",
            json!({
                "type": "object", "minProperties": 1,
                "description": "One of sum, avg, min, max, count (`\"*\"` counts rows), count_distinct, first, last, median, with the column or expression it reads.",
                "properties": props,
            }),
        ),
        (
            "GroupKey",
            json!({
                "description": "A column, or an expression object (`{\"trunc\": \"week\", \"column\": \"date\"}`) with an optional `as` naming the key (default: the first column it reads).",
                "oneOf": [{"type": "string"}, {"type": "object"}],
            }),
        ),
    ]
}

impl PartialSchema for AggregateOp {
    fn schema() -> RefOr<Schema> {
        let mut schema = build(&json!({
            "type": "object", "required": ["frame", "aggs"],
            "description": "Groups the rows of `frame` by `group_by` and computes `aggs` over each group, into `into` (default: `frame`); rows come out sorted by the keys.",
            "properties": {
                "frame": {"type": "string"},
                "group_by": {"type": "array", "items": reference("GroupKey")},
                "aggs": {"type": "object", "description": "Output column -> aggregation."},
                "into": {"type": "string"},
            },
        }));
        if let RefOr::T(Schema::Object(object)) = &mut schema
            && let Some(RefOr::T(Schema::Object(aggs))) = object.properties.get_mut("aggs")
        {
            aggs.additional_properties = Some(Box::new(AdditionalProperties::RefOr(build(
                &reference("Aggregation"),
            ))));
        }
        schema
    }
}

impl ToSchema for AggregateOp {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("AggregateOp")
    }

    fn schemas(out: &mut Vec<(String, RefOr<Schema>)>) {
        for (name, schema) in aggregate_schemas() {
            out.push((name.to_owned(), build(&schema)));
        }
        <super::Expr as ToSchema>::schemas(out);
    }
}
