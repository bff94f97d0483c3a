//! OpenAPI schemas of the parts of a spec that are parsed by hand (conditions, expressions,
//! literals) and of the transform step, a `oneOf` discriminated by `op`. The hand-parsed parts
//! are written here as JSON Schema, so that one read shows the whole grammar; the tests below
//! hold the schemas and the parsers' lists of operations and expression heads together.

use std::borrow::Cow;

use serde_json::{Value, json};
use utoipa::{
    PartialSchema, ToSchema,
    openapi::{
        Ref, RefOr,
        schema::{
            AdditionalProperties, ArrayBuilder, Discriminator, ObjectBuilder, OneOfBuilder, Schema,
            SchemaType, Type,
        },
    },
};

use super::{
    AggregateOp, CastOp, DedupeOp, DeriveOp, DropOp, Expr, FillNullOp, FilterOp, JoinOp, Literal,
    Operation, ParseDateOp, ParseDatetimeOp, Predicate, RenameOp, SelectOp, SortOp, SqlOp, UnionOp,
    UnpivotOp,
};

type Schemas = Vec<(String, RefOr<Schema>)>;

/// Builds a utoipa schema from the subset of JSON Schema used in this file.
pub(super) fn build(v: &Value) -> RefOr<Schema> {
    if let Some(r) = v.get("$ref").and_then(Value::as_str) {
        return RefOr::Ref(Ref::from_schema_name(r));
    }
    if let Some(variants) = v.get("oneOf").and_then(Value::as_array) {
        let mut one_of = OneOfBuilder::new();
        for variant in variants {
            one_of = one_of.item(build(variant));
        }
        if let Some(d) = v.get("description").and_then(Value::as_str) {
            one_of = one_of.description(Some(d));
        }
        return RefOr::T(Schema::OneOf(one_of.build()));
    }
    let types: Vec<Type> = match v.get("type") {
        Some(Value::String(t)) => vec![type_of(t)],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).map(type_of).collect(),
        _ => vec![],
    };
    let text = |key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
    let number = |key: &str| v.get(key).and_then(Value::as_u64);
    if types == [Type::Array] {
        let items = v.get("items").map(build).unwrap_or_default();
        return RefOr::T(Schema::Array(
            ArrayBuilder::new()
                .items(items)
                .min_items(number("minItems").map(|n| n as usize))
                .description(text("description"))
                .build(),
        ));
    }
    let mut object = ObjectBuilder::new()
        .schema_type(match types.as_slice() {
            [] => SchemaType::AnyValue,
            [one] => SchemaType::Type(one.clone()),
            many => SchemaType::Array(many.to_vec()),
        })
        .description(text("description"))
        .min_properties(number("minProperties").map(|n| n as usize))
        .max_properties(number("maxProperties").map(|n| n as usize));
    if let Some(values) = v.get("enum").and_then(Value::as_array) {
        object = object.enum_values(Some(values.clone()));
    }
    if let Some(n) = number("minimum") {
        object = object.minimum(Some(n as f64));
    }
    if let Some(n) = number("maximum") {
        object = object.maximum(Some(n as f64));
    }
    if let Some(props) = v.get("properties").and_then(Value::as_object) {
        for (name, schema) in props {
            object = object.property(name, build(schema));
        }
        object =
            object.additional_properties(Some(AdditionalProperties::<Schema>::FreeForm(false)));
    }
    for name in v
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(name) = name.as_str() {
            object = object.required(name);
        }
    }
    RefOr::T(Schema::Object(object.build()))
}

fn type_of(name: &str) -> Type {
    match name {
        "string" => Type::String,
        "number" => Type::Number,
        "integer" => Type::Integer,
        "boolean" => Type::Boolean,
        "array" => Type::Array,
        "null" => Type::Null,
        _ => Type::Object,
    }
}

pub(super) fn reference(name: &str) -> Value {
    json!({"$ref": name})
}

fn columns(description: &str) -> Value {
    json!({"type": "array", "items": {"type": "string"}, "description": description})
}

/// The named schemas of conditions (`Predicate`): a column test, or and/or/not of conditions.
fn predicate_schemas() -> Vec<(&'static str, Value)> {
    let tests: serde_json::Map<String, Value> = ["eq", "ne", "lt", "le", "gt", "ge"]
        .into_iter()
        .map(|op| {
            (
                op.to_owned(),
                json!({"oneOf": [reference("Scalar"), reference("Expr")], "description": "a constant, or an expression (another column: `{\"col\": \"b\"}`)"}),
            )
        })
        .chain([
            (
                "in".to_owned(),
                json!({"type": "array", "items": reference("Literal"), "minItems": 1}),
            ),
            (
                "is_null".to_owned(),
                json!({"type": "boolean", "description": "`true` keeps rows where the column is null"}),
            ),
        ])
        .chain([("column".to_owned(), json!({"type": "string"}))])
        .collect();
    vec![
        (
            "Predicate",
            // A row condition: a test on a column (`ColumnCondition`), `and`/`or`/`not` of
            // conditions, or any true/false expression (`Expr` covers them all).
            reference("Expr"),
        ),
        (
            "ColumnCondition",
            json!({
                "type": "object",
                "description": "`column` and exactly one test: eq, ne, lt, le, gt, ge (with a non-null value or an expression), in (a list), or is_null.",
                "required": ["column"], "minProperties": 2, "maxProperties": 2,
                "properties": Value::Object(tests),
            }),
        ),
    ]
}

/// The named schemas of derive expressions (`Expr`), one per head key.
fn expr_schemas() -> Vec<(&'static str, Value)> {
    let expr = || reference("Expr");
    let list = |min: u64| json!({"type": "array", "items": reference("Expr"), "minItems": min});
    let one = |key: &str, value: Value, what: &str| json!({"type": "object", "required": [key], "description": what, "properties": {key: value}});
    let mut schemas = vec![
        (
            "ColExpr",
            one("col", json!({"type": "string"}), "The value of a column."),
        ),
        ("LitExpr", one("lit", reference("Literal"), "A constant.")),
        (
            "AddExpr",
            one("add", list(2), "The sum of two or more expressions."),
        ),
        (
            "SubExpr",
            one("sub", list(2), "The first expression minus the others."),
        ),
        ("MulExpr", one("mul", list(2), "The product.")),
        (
            "DivExpr",
            one(
                "div",
                list(2),
                "The first expression divided by the others.",
            ),
        ),
        (
            "CoalesceExpr",
            one("coalesce", list(2), "The first non-null value."),
        ),
        (
            "ConcatExpr",
            json!({
                "type": "object", "required": ["concat"],
                "description": "The values as text, joined by `separator` (empty by default).",
                "properties": {"concat": list(1), "separator": {"type": "string"}},
            }),
        ),
        ("LowerExpr", one("lower", expr(), "Text in lower case.")),
        ("UpperExpr", one("upper", expr(), "Text in upper case.")),
        (
            "TrimExpr",
            one("trim", expr(), "Text without surrounding white space."),
        ),
        (
            "RoundExpr",
            json!({
                "type": "object", "required": ["round"],
                "description": "A number rounded to `decimals` places (0 by default).",
                "properties": {"round": expr(), "decimals": {"type": "integer", "minimum": 0, "maximum": 12}},
            }),
        ),
        (
            "DiffExpr",
            json!({
                "type": "object", "required": ["diff", "order_by"],
                "description": "The column's value minus its value on the previous row of the same partition, rows ordered by `order_by`; the first row of a partition gets null (`first: \"null\"`) or its own value (`first: \"value\"`).",
                "properties": {
                    "diff": {"type": "string"},
                    "order_by": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                    "partition_by": columns("Columns whose rows are compared apart."),
                    "first": {"type": "string", "enum": ["null", "value"]},
                },
            }),
        ),
    ];
    schemas.extend(super::schema_fns::expr_schemas());
    let mut variants: Vec<Value> = schemas.iter().map(|(name, _)| reference(name)).collect();
    // Conditions written as in `filter` are expressions too. First among the variants: a
    // generated client tries them in order, and `{"column": …, "eq": "US"}` read as an `EqExpr`
    // (whose `eq` is a list) would turn "US" into ["U", "S"].
    variants.insert(0, reference("ColumnCondition"));
    schemas.insert(
        0,
        (
            "Expr",
            json!({
                "description": "A column expression: an object with one head key (`col`, `lit`, `add`, …). Conditions (a `ColumnCondition`, `and`, `or`, `not`, comparisons) are expressions with a true/false value; where one is tested, null counts as false.",
                "oneOf": variants,
            }),
        ),
    );
    schemas
}

fn literal_schemas() -> Vec<(&'static str, Value)> {
    vec![
        (
            "Literal",
            json!({"type": ["string", "number", "boolean", "null"], "description": "A constant."}),
        ),
        (
            "Scalar",
            json!({"type": ["string", "number", "boolean"], "description": "A non-null constant."}),
        ),
    ]
}

fn push_all(out: &mut Schemas, schemas: Vec<(&'static str, Value)>) {
    out.extend(
        schemas
            .into_iter()
            .map(|(name, schema)| (name.to_owned(), build(&schema))),
    );
}

fn named(schemas: Vec<(&'static str, Value)>, name: &str) -> RefOr<Schema> {
    schemas
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, schema)| build(&schema))
        .unwrap_or_default()
}

impl PartialSchema for Predicate {
    fn schema() -> RefOr<Schema> {
        named(predicate_schemas(), "Predicate")
    }
}

impl ToSchema for Predicate {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Predicate")
    }

    fn schemas(out: &mut Schemas) {
        push_all(out, predicate_schemas());
        push_all(out, expr_schemas());
        push_all(out, literal_schemas());
    }
}

impl PartialSchema for Expr {
    fn schema() -> RefOr<Schema> {
        named(expr_schemas(), "Expr")
    }
}

impl ToSchema for Expr {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Expr")
    }

    fn schemas(out: &mut Schemas) {
        push_all(out, expr_schemas());
        push_all(out, predicate_schemas());
        push_all(out, literal_schemas());
    }
}

impl PartialSchema for Literal {
    fn schema() -> RefOr<Schema> {
        named(literal_schemas(), "Literal")
    }
}

impl ToSchema for Literal {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Literal")
    }
}

/// A non-null constant (`fill_null` values).
pub struct Scalar;

impl PartialSchema for Scalar {
    fn schema() -> RefOr<Schema> {
        named(literal_schemas(), "Scalar")
    }
}

impl ToSchema for Scalar {}

/// Each operation: its `op` tag, the schema name of its step, the operation's own schema and
/// the schemas that one refers to.
struct Step {
    op: &'static str,
    name: &'static str,
    schema: fn() -> RefOr<Schema>,
    dependencies: fn(&mut Schemas),
}

macro_rules! steps {
    ($($op:literal => $name:literal: $ty:ty),* $(,)?) => {
        fn steps() -> Vec<Step> {
            vec![$(Step {
                op: $op,
                name: $name,
                schema: <$ty as PartialSchema>::schema,
                dependencies: <$ty as ToSchema>::schemas,
            }),*]
        }
    };
}

steps!(
    "select" => "SelectStep": SelectOp,
    "drop" => "DropStep": DropOp,
    "rename" => "RenameStep": RenameOp,
    "cast" => "CastStep": CastOp,
    "parse_date" => "ParseDateStep": ParseDateOp,
    "parse_datetime" => "ParseDatetimeStep": ParseDatetimeOp,
    "filter" => "FilterStep": FilterOp,
    "unpivot" => "UnpivotStep": UnpivotOp,
    "join" => "JoinStep": JoinOp,
    "derive" => "DeriveStep": DeriveOp,
    "dedupe" => "DedupeStep": DedupeOp,
    "sort" => "SortStep": SortOp,
    "union" => "UnionStep": UnionOp,
    "fill_null" => "FillNullStep": FillNullOp,
    "aggregate" => "AggregateStep": AggregateOp,
    "sql" => "SqlStep": SqlOp,
);

/// The operation's schema with its `op` tag added as the first required property.
fn step_schema(step: &Step) -> RefOr<Schema> {
    let mut schema = (step.schema)();
    if let RefOr::T(Schema::Object(object)) = &mut schema {
        let tag = ObjectBuilder::new()
            .schema_type(Type::String)
            .enum_values(Some([step.op]))
            .build();
        object.properties.insert("op".into(), tag.into());
        object.required.insert(0, "op".into());
    }
    schema
}

impl PartialSchema for Operation {
    fn schema() -> RefOr<Schema> {
        let steps = steps();
        let mut one_of = OneOfBuilder::new().description(Some(
            "One transform step; `op` names the operation (docs/PIPELINE_SPEC.md).",
        ));
        for step in &steps {
            one_of = one_of.item(RefOr::Ref(Ref::from_schema_name(step.name)));
        }
        let mut one_of = one_of.build();
        one_of.discriminator = Some(Discriminator::with_mapping(
            "op",
            steps
                .iter()
                .map(|s| (s.op, format!("#/components/schemas/{}", s.name))),
        ));
        RefOr::T(Schema::OneOf(one_of))
    }
}

impl ToSchema for Operation {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("TransformStep")
    }

    fn schemas(out: &mut Schemas) {
        for step in steps() {
            out.push((step.name.to_owned(), step_schema(&step)));
            (step.dependencies)(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_schemas() -> Value {
        let mut out = Vec::new();
        out.push((
            <Operation as ToSchema>::name().into_owned(),
            Operation::schema(),
        ));
        <Operation as ToSchema>::schemas(&mut out);
        let map: serde_json::Map<String, Value> = out
            .into_iter()
            .map(|(name, schema)| (name, serde_json::to_value(schema).unwrap_or_default()))
            .collect();
        Value::Object(map)
    }

    #[test]
    fn every_operation_has_a_step_schema_tagged_by_op() {
        let schemas = all_schemas();
        let mapping = &schemas["TransformStep"]["discriminator"]["mapping"];
        for step in steps() {
            assert_eq!(
                mapping[step.op],
                format!("#/components/schemas/{}", step.name)
            );
            let schema = &schemas[step.name];
            assert_eq!(
                schema["properties"]["op"]["enum"],
                json!([step.op]),
                "{schema}"
            );
            assert_eq!(schema["required"][0], "op", "{schema}");
            // The op parses: the operation list and the schema list agree.
            let err = Operation::from_json(&json!({"op": step.op}))
                .err()
                .map(|e| e.message)
                .unwrap_or_default();
            assert!(!err.contains("unknown operation"), "{}: {err}", step.op);
        }
        assert_eq!(steps().len(), super::super::ops::OPS.split(", ").count());
        assert!(
            schemas["FilterStep"]["properties"]["where"]["$ref"]
                .as_str()
                .is_some_and(|r| r.ends_with("/Predicate"))
        );
        assert!(
            schemas["DeriveStep"]["properties"]["expr"]["$ref"]
                .as_str()
                .is_some_and(|r| r.ends_with("/Expr"))
        );
        assert!(schemas.get("ColumnCondition").is_some());
        assert!(schemas.get("DiffExpr").is_some());
    }

    #[test]
    fn every_expression_head_has_a_schema() {
        let schemas: Vec<&str> = expr_schemas().iter().map(|(n, _)| *n).collect();
        for head in super::super::tree::EXPR_HEADS.split(", ") {
            let camel: String = head
                .split('_')
                .map(|w| format!("{}{}", w[..1].to_uppercase(), &w[1..]))
                .collect();
            let name = format!("{camel}Expr");
            assert!(schemas.contains(&name.as_str()), "{head}: no {name}");
        }
    }
}
