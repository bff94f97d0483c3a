//! The two recursive parts of a spec, parsed by hand so that errors carry the exact path:
//! filter predicates (`{"column": "state", "in": ["NY", "NJ"]}`, `{"and": [...]}`) and derive
//! expressions (`{"sub": [{"col": "cases"}, {"lit": 1}]}`, `{"diff": "cases", ...}`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value, json};

use super::{
    SpecError,
    functions::{DateFn, TextFn, UnaryFn, Window},
};

/// A scalar constant in a predicate or an expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    String(String),
}

impl Literal {
    pub(super) fn from_json(v: &Value, path: &str) -> Result<Self, SpecError> {
        Ok(match v {
            Value::Null => Literal::Null,
            Value::Bool(b) => Literal::Bool(*b),
            Value::Number(n) => match n.as_i64() {
                Some(i) => Literal::Int(i),
                None => Literal::Float(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(s) => Literal::String(s.clone()),
            _ => {
                return Err(SpecError::new(
                    path,
                    "must be a string, number, boolean or null",
                ));
            }
        })
    }

    pub(super) fn to_json(&self) -> Value {
        match self {
            Literal::Null => Value::Null,
            Literal::Bool(b) => json!(b),
            Literal::Int(i) => json!(i),
            Literal::Float(f) => json!(f),
            Literal::String(s) => json!(s),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

pub(super) const COMPARE_OPS: [(&str, CompareOp); 6] = [
    ("eq", CompareOp::Eq),
    ("ne", CompareOp::Ne),
    ("lt", CompareOp::Lt),
    ("le", CompareOp::Le),
    ("gt", CompareOp::Gt),
    ("ge", CompareOp::Ge),
];

/// A row condition of a `filter` operation.
#[derive(Debug, Clone, PartialEq)]
pub enum Predicate {
    Compare {
        column: String,
        op: CompareOp,
        value: Literal,
    },
    In {
        column: String,
        values: Vec<Literal>,
    },
    /// `is_null: true` keeps rows where the column is null; `false` keeps the others.
    IsNull {
        column: String,
        null: bool,
    },
    /// `{"column": "a", "gt": {"col": "b"}}`: the column against an expression's value.
    CompareExpr {
        column: String,
        op: CompareOp,
        value: Box<Expr>,
    },
    And(Vec<Predicate>),
    Or(Vec<Predicate>),
    Not(Box<Predicate>),
    /// Any expression with a true/false value (`{"gt": [{"col": "a"}, {"col": "b"}]}`).
    Expr(Box<Expr>),
}

pub(super) fn object<'a>(
    v: &'a Value,
    path: &str,
    what: &str,
) -> Result<&'a Map<String, Value>, SpecError> {
    v.as_object()
        .ok_or_else(|| SpecError::new(path, format!("must be an object ({what})")))
}

pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

pub(super) fn only_keys(
    map: &Map<String, Value>,
    allowed: &[&str],
    path: &str,
) -> Result<(), SpecError> {
    if let Some(k) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(SpecError::new(
            &join(path, k),
            format!("unknown key; expected one of: {}", allowed.join(", ")),
        ));
    }
    Ok(())
}

pub(super) fn column_name(v: &Value, path: &str) -> Result<String, SpecError> {
    match v.as_str() {
        Some(s) if !s.is_empty() => Ok(s.to_owned()),
        _ => Err(SpecError::new(path, "must be a non-empty column name")),
    }
}

pub(super) fn column_list(v: Option<&Value>, path: &str) -> Result<Vec<String>, SpecError> {
    match v {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, item)| column_name(item, &format!("{path}[{i}]")))
            .collect(),
        Some(_) => Err(SpecError::new(path, "must be a list of column names")),
    }
}

pub(super) fn list<'a>(v: &'a Value, path: &str, min: usize) -> Result<&'a Vec<Value>, SpecError> {
    match v.as_array() {
        Some(items) if items.len() >= min => Ok(items),
        Some(_) => Err(SpecError::new(
            path,
            format!("needs at least {min} item(s)"),
        )),
        None => Err(SpecError::new(path, "must be a list")),
    }
}

impl Predicate {
    pub fn from_json(v: &Value, path: &str) -> Result<Self, SpecError> {
        let map = object(
            v,
            path,
            "a condition such as {\"column\": \"state\", \"eq\": \"NY\"}",
        )?;
        for (key, ctor) in [("and", Predicate::And as fn(_) -> _), ("or", Predicate::Or)] {
            if let Some(items) = map.get(key) {
                only_keys(map, &[key], path)?;
                let p = join(path, key);
                let parts = list(items, &p, 1)?
                    .iter()
                    .enumerate()
                    .map(|(i, item)| Predicate::from_json(item, &format!("{p}[{i}]")))
                    .collect::<Result<_, _>>()?;
                return Ok(ctor(parts));
            }
        }
        if let Some(inner) = map.get("not") {
            only_keys(map, &["not"], path)?;
            return Ok(Predicate::Not(Box::new(Predicate::from_json(
                inner,
                &join(path, "not"),
            )?)));
        }
        let Some(column) = map.get("column").filter(|_| !map.contains_key("trunc")) else {
            // Not a column test: any true/false expression.
            return Expr::from_json(v, path)
                .map(|e| Predicate::Expr(Box::new(e)))
                .map_err(|e| {
                    if e.path == path && e.message.starts_with("is not an expression") {
                        SpecError::new(
                            path,
                            format!("is not a condition; expected `column` with one of eq, ne, lt, le, gt, ge, in, is_null; `and`, `or`, `not`; or a true/false expression ({})", super::functions::CONDITION_HEADS),
                        )
                    } else {
                        e
                    }
                });
        };
        let column = column_name(column, &join(path, "column"))?;
        let mut allowed = vec!["column", "in", "is_null"];
        allowed.extend(COMPARE_OPS.iter().map(|(k, _)| *k));
        only_keys(map, &allowed, path)?;
        let tests: Vec<&String> = map.keys().filter(|k| *k != "column").collect();
        if tests.len() != 1 {
            return Err(SpecError::new(
                path,
                "needs exactly one test next to `column`: eq, ne, lt, le, gt, ge, in or is_null",
            ));
        }
        let key = tests[0].as_str();
        let value = &map[key];
        let vpath = join(path, key);
        match key {
            "in" => {
                let values = list(value, &vpath, 1)?
                    .iter()
                    .enumerate()
                    .map(|(i, item)| Literal::from_json(item, &format!("{vpath}[{i}]")))
                    .collect::<Result<_, _>>()?;
                Ok(Predicate::In { column, values })
            }
            "is_null" => match value.as_bool() {
                Some(null) => Ok(Predicate::IsNull { column, null }),
                None => Err(SpecError::new(&vpath, "must be true or false")),
            },
            _ => {
                let op = COMPARE_OPS
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, op)| *op)
                    .unwrap_or(CompareOp::Eq);
                if value.is_object() {
                    let value = Box::new(Expr::from_json(value, &vpath)?);
                    return Ok(Predicate::CompareExpr { column, op, value });
                }
                let value = Literal::from_json(value, &vpath)?;
                if value == Literal::Null {
                    return Err(SpecError::new(
                        &vpath,
                        "cannot compare with null; use `is_null`",
                    ));
                }
                Ok(Predicate::Compare { column, op, value })
            }
        }
    }

    pub fn to_json(&self) -> Value {
        match self {
            Predicate::Compare { column, op, value } => {
                let key = COMPARE_OPS
                    .iter()
                    .find(|(_, o)| o == op)
                    .map(|(k, _)| *k)
                    .unwrap_or("eq");
                json!({"column": column, key: value.to_json()})
            }
            Predicate::CompareExpr { column, op, value } => {
                json!({"column": column, compare_key(*op): value.to_json()})
            }
            Predicate::Expr(e) => e.to_json(),
            Predicate::In { column, values } => {
                json!({"column": column, "in": values.iter().map(Literal::to_json).collect::<Vec<_>>()})
            }
            Predicate::IsNull {
                column,
                null: is_null,
            } => json!({"column": column, "is_null": is_null}),
            Predicate::And(ps) => {
                json!({"and": ps.iter().map(Predicate::to_json).collect::<Vec<_>>()})
            }
            Predicate::Or(ps) => {
                json!({"or": ps.iter().map(Predicate::to_json).collect::<Vec<_>>()})
            }
            Predicate::Not(p) => json!({"not": p.to_json()}),
        }
    }

    /// Every column the predicate reads.
    pub fn columns(&self) -> Vec<&str> {
        match self {
            Predicate::Compare { column, .. }
            | Predicate::In { column, .. }
            | Predicate::IsNull { column, .. } => vec![column.as_str()],
            Predicate::And(ps) | Predicate::Or(ps) => ps.iter().flat_map(|p| p.columns()).collect(),
            Predicate::Not(p) => p.columns(),
            Predicate::CompareExpr { column, value, .. } => {
                let mut all = vec![column.as_str()];
                all.extend(value.columns());
                all
            }
            Predicate::Expr(e) => e.columns(),
        }
    }

    /// Whether the condition looks at other rows (a window inside an expression).
    pub fn reads_other_rows(&self) -> bool {
        match self {
            Predicate::Compare { .. } | Predicate::In { .. } | Predicate::IsNull { .. } => false,
            Predicate::CompareExpr { value, .. } => value.reads_other_rows(),
            Predicate::And(ps) | Predicate::Or(ps) => ps.iter().any(Predicate::reads_other_rows),
            Predicate::Not(p) => p.reads_other_rows(),
            Predicate::Expr(e) => e.reads_other_rows(),
        }
    }
}

pub(super) fn compare_key(op: CompareOp) -> &'static str {
    COMPARE_OPS
        .iter()
        .find(|(_, o)| *o == op)
        .map(|(k, _)| *k)
        .unwrap_or("eq")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arithmetic {
    Add,
    Sub,
    Mul,
    Div,
}

const ARITHMETIC: [(&str, Arithmetic); 4] = [
    ("add", Arithmetic::Add),
    ("sub", Arithmetic::Sub),
    ("mul", Arithmetic::Mul),
    ("div", Arithmetic::Div),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StringFn {
    Lower,
    Upper,
    Trim,
}

const STRING_FNS: [(&str, StringFn); 3] = [
    ("lower", StringFn::Lower),
    ("upper", StringFn::Upper),
    ("trim", StringFn::Trim),
];

/// What `diff` yields for the first row of each partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffFirst {
    /// Null (there is no previous row).
    Null,
    /// The row's own value (as if the previous row were 0).
    Value,
}

/// A column expression of a `derive` operation.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Col(String),
    Lit(Literal),
    Arithmetic(Arithmetic, Vec<Expr>),
    Coalesce(Vec<Expr>),
    Concat {
        parts: Vec<Expr>,
        separator: String,
    },
    String(StringFn, Box<Expr>),
    Round {
        expr: Box<Expr>,
        decimals: u32,
    },
    /// The column's value minus its value on the previous row of the same partition, rows
    /// ordered by `order_by` (daily new cases from cumulative counts).
    Diff {
        column: String,
        order_by: Vec<String>,
        partition_by: Vec<String>,
        first: DiffFirst,
    },
    /// `{"gt": [a, b]}`: a comparison of two values.
    Compare(CompareOp, Box<Expr>, Box<Expr>),
    /// A condition as a value: `and`, `or`, `not` and column tests (`{"column": …, "eq": …}`).
    Condition(Box<Predicate>),
    /// Whether the value is one of the constants.
    IsIn {
        expr: Box<Expr>,
        values: Vec<Literal>,
    },
    /// Whether `low <= value <= high`.
    Between {
        expr: Box<Expr>,
        low: Box<Expr>,
        high: Box<Expr>,
    },
    /// The `then` of the first `when` that holds, else `otherwise` (null when absent).
    Case {
        branches: Vec<(Predicate, Expr)>,
        otherwise: Option<Box<Expr>>,
    },
    Unary(UnaryFn, Box<Expr>),
    Text(TextFn, Box<Expr>),
    Date(DateFn, Box<Expr>),
    /// `to` minus `from`, in days.
    DaysBetween {
        from: Box<Expr>,
        to: Box<Expr>,
    },
    Window(Box<Window>),
}

pub(super) const EXPR_HEADS: &str = concat!(
    "col, lit, add, sub, mul, div, coalesce, concat, lower, upper, trim, round, diff, ",
    "eq, ne, lt, le, gt, ge, and, or, not, is_null, is_in, between, case, ",
    "length, abs, year, month, day, weekday, replace, regex_extract, regex_match, substring, ",
    "split_part, starts_with, ends_with, contains, trunc, add_days, add_months, days_between, ",
    "cum_sum, cum_max, rolling_mean, rolling_sum, lag, lead, rank, row_number"
);

impl Expr {
    pub fn from_json(v: &Value, path: &str) -> Result<Self, SpecError> {
        let map = object(v, path, "an expression such as {\"col\": \"cases\"}")?;
        let exprs = |key: &str, min: usize| -> Result<Vec<Expr>, SpecError> {
            let p = join(path, key);
            list(&map[key], &p, min)?
                .iter()
                .enumerate()
                .map(|(i, item)| Expr::from_json(item, &format!("{p}[{i}]")))
                .collect()
        };
        if let Some(c) = map.get("col") {
            only_keys(map, &["col"], path)?;
            return Ok(Expr::Col(column_name(c, &join(path, "col"))?));
        }
        if let Some(l) = map.get("lit") {
            only_keys(map, &["lit"], path)?;
            return Ok(Expr::Lit(Literal::from_json(l, &join(path, "lit"))?));
        }
        for (key, op) in ARITHMETIC {
            if map.contains_key(key) {
                only_keys(map, &[key], path)?;
                return Ok(Expr::Arithmetic(op, exprs(key, 2)?));
            }
        }
        if map.contains_key("coalesce") {
            only_keys(map, &["coalesce"], path)?;
            return Ok(Expr::Coalesce(exprs("coalesce", 2)?));
        }
        if map.contains_key("concat") {
            only_keys(map, &["concat", "separator"], path)?;
            let separator = match map.get("separator") {
                None => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(_) => {
                    return Err(SpecError::new(&join(path, "separator"), "must be a string"));
                }
            };
            return Ok(Expr::Concat {
                parts: exprs("concat", 1)?,
                separator,
            });
        }
        for (key, f) in STRING_FNS {
            if let Some(inner) = map.get(key) {
                only_keys(map, &[key], path)?;
                return Ok(Expr::String(
                    f,
                    Box::new(Expr::from_json(inner, &join(path, key))?),
                ));
            }
        }
        if let Some(inner) = map.get("round") {
            only_keys(map, &["round", "decimals"], path)?;
            let decimals = match map.get("decimals") {
                None => 0,
                Some(d) => d.as_u64().filter(|d| *d <= 12).ok_or_else(|| {
                    SpecError::new(&join(path, "decimals"), "must be an integer from 0 to 12")
                })? as u32,
            };
            return Ok(Expr::Round {
                expr: Box::new(Expr::from_json(inner, &join(path, "round"))?),
                decimals,
            });
        }
        if let Some(c) = map.get("diff") {
            only_keys(map, &["diff", "order_by", "partition_by", "first"], path)?;
            let order_by = column_list(map.get("order_by"), &join(path, "order_by"))?;
            if order_by.is_empty() {
                return Err(SpecError::new(
                    &join(path, "order_by"),
                    "is required: the columns that order rows (e.g. [\"date\"])",
                ));
            }
            let first = match map.get("first").map(|f| f.as_str()) {
                None | Some(Some("null")) => DiffFirst::Null,
                Some(Some("value")) => DiffFirst::Value,
                Some(_) => {
                    return Err(SpecError::new(
                        &join(path, "first"),
                        "must be \"null\" or \"value\"",
                    ));
                }
            };
            return Ok(Expr::Diff {
                column: column_name(c, &join(path, "diff"))?,
                order_by,
                partition_by: column_list(map.get("partition_by"), &join(path, "partition_by"))?,
                first,
            });
        }
        if let Some(e) = super::functions::parse(map, path)? {
            return Ok(e);
        }
        Err(SpecError::new(
            path,
            format!("is not an expression; expected an object with one of: {EXPR_HEADS}"),
        ))
    }

    pub fn to_json(&self) -> Value {
        let many = |xs: &[Expr]| xs.iter().map(Expr::to_json).collect::<Vec<_>>();
        match self {
            Expr::Col(c) => json!({"col": c}),
            Expr::Lit(l) => json!({"lit": l.to_json()}),
            Expr::Arithmetic(op, args) => {
                let key = ARITHMETIC
                    .iter()
                    .find(|(_, o)| o == op)
                    .map(|(k, _)| *k)
                    .unwrap_or("add");
                json!({key: many(args)})
            }
            Expr::Coalesce(args) => json!({"coalesce": many(args)}),
            Expr::Concat { parts, separator } => {
                json!({"concat": many(parts), "separator": separator})
            }
            Expr::String(f, e) => {
                let key = STRING_FNS
                    .iter()
                    .find(|(_, g)| g == f)
                    .map(|(k, _)| *k)
                    .unwrap_or("trim");
                json!({key: e.to_json()})
            }
            Expr::Round { expr, decimals } => {
                json!({"round": expr.to_json(), "decimals": decimals})
            }
            Expr::Diff {
                column,
                order_by,
                partition_by,
                first,
            } => json!({
                "diff": column,
                "order_by": order_by,
                "partition_by": partition_by,
                "first": match first { DiffFirst::Null => "null", DiffFirst::Value => "value" },
            }),
            other => super::functions::to_json(other),
        }
    }

    /// Whether the expression looks at other rows (`diff`), so rows cannot be processed in
    /// independent batches.
    pub fn reads_other_rows(&self) -> bool {
        match self {
            Expr::Diff { .. } => true,
            Expr::Col(_) | Expr::Lit(_) => false,
            Expr::Arithmetic(_, xs) | Expr::Coalesce(xs) | Expr::Concat { parts: xs, .. } => {
                xs.iter().any(Expr::reads_other_rows)
            }
            Expr::String(_, e) | Expr::Round { expr: e, .. } => e.reads_other_rows(),
            Expr::Window(_) => true,
            other => {
                other.children().iter().any(|e| e.reads_other_rows())
                    || other.conditions().iter().any(|p| p.reads_other_rows())
            }
        }
    }

    /// Every column the expression reads.
    pub fn columns(&self) -> Vec<&str> {
        match self {
            Expr::Col(c) => vec![c.as_str()],
            Expr::Lit(_) => vec![],
            Expr::Arithmetic(_, xs) | Expr::Coalesce(xs) | Expr::Concat { parts: xs, .. } => {
                xs.iter().flat_map(Expr::columns).collect()
            }
            Expr::String(_, e) | Expr::Round { expr: e, .. } => e.columns(),
            Expr::Diff {
                column,
                order_by,
                partition_by,
                ..
            } => std::iter::once(column.as_str())
                .chain(order_by.iter().map(String::as_str))
                .chain(partition_by.iter().map(String::as_str))
                .collect(),
            Expr::Window(w) => w
                .expr()
                .map(Expr::columns)
                .unwrap_or_default()
                .into_iter()
                .chain(w.order_by.iter().map(String::as_str))
                .chain(w.partition_by.iter().map(String::as_str))
                .collect(),
            other => {
                let mut all: Vec<&str> = Vec::new();
                for p in other.conditions() {
                    all.extend(p.columns());
                }
                for e in other.children() {
                    all.extend(e.columns());
                }
                all
            }
        }
    }
}

/// Serde glue: a parse error travels as `"<sub-path>\u{1f}<message>"` so that the spec parser
/// can join it to the outer path (`transform[2].where` + `and[0].column`).
pub(super) const PATH_SEPARATOR: char = '\u{1f}';

macro_rules! serde_via_json {
    ($ty:ty) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.to_json().serialize(s)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let value = Value::deserialize(d)?;
                <$ty>::from_json(&value, "").map_err(|e| {
                    serde::de::Error::custom(format!("{}{PATH_SEPARATOR}{}", e.path, e.message))
                })
            }
        }
    };
}

serde_via_json!(Predicate);
serde_via_json!(Expr);

#[cfg(test)]
mod tests {
    use super::*;

    fn pred(v: Value) -> Result<Predicate, SpecError> {
        Predicate::from_json(&v, "where")
    }

    #[test]
    fn predicates_parse_and_round_trip() {
        let cases = [
            json!({"column": "Country/Region", "eq": "US"}),
            json!({"column": "cases", "ge": 10}),
            json!({"column": "state", "in": ["NY", "NJ"]}),
            json!({"column": "fips", "is_null": false}),
            json!({"and": [{"column": "a", "lt": 1.5}, {"not": {"column": "b", "ne": true}}]}),
            json!({"or": [{"column": "a", "gt": 1}, {"column": "a", "le": -1}]}),
        ];
        for case in cases {
            let p = pred(case.clone()).unwrap();
            assert_eq!(p.to_json(), case);
        }
    }

    #[test]
    fn predicate_errors_name_the_path() {
        let cases = [
            (
                json!({"and": [{"column": "a", "eq": 1}, {"column": ""}]}),
                "where.and[1].column",
            ),
            (json!({"column": "a", "eq": 1, "gt": 2}), "where"),
            (json!({"column": "a", "in": []}), "where.in"),
            (json!({"column": "a", "eq": null}), "where.eq"),
            (json!({"column": "a", "like": "x"}), "where.like"),
            (
                json!({"or": [{"column": "a", "is_null": "yes"}]}),
                "where.or[0].is_null",
            ),
            (json!(["column"]), "where"),
        ];
        for (case, path) in cases {
            let err = pred(case.clone()).unwrap_err();
            assert_eq!(err.path, path, "{case}: {err:?}");
        }
    }

    #[test]
    fn expressions_parse_and_round_trip() {
        let cases = [
            json!({"col": "cases"}),
            json!({"lit": 3}),
            json!({"sub": [{"col": "cases"}, {"lit": 1}]}),
            json!({"div": [{"col": "deaths"}, {"col": "cases"}, {"lit": 2.5}]}),
            json!({"coalesce": [{"col": "a"}, {"lit": 0}]}),
            json!({"concat": [{"col": "a"}, {"col": "b"}], "separator": "-"}),
            json!({"lower": {"trim": {"col": "state"}}}),
            json!({"round": {"col": "x"}, "decimals": 2}),
            json!({"diff": "cases", "order_by": ["date"], "partition_by": ["fips"], "first": "value"}),
        ];
        for case in cases {
            let e = Expr::from_json(&case, "expr").unwrap();
            assert_eq!(e.to_json(), case);
        }
    }

    #[test]
    fn expression_errors_name_the_path() {
        let cases = [
            (json!({"add": [{"col": "a"}]}), "expr.add"),
            (
                json!({"sub": [{"col": "a"}, {"colum": "b"}]}),
                "expr.sub[1]",
            ),
            (json!({"diff": "cases"}), "expr.order_by"),
            (
                json!({"diff": "cases", "order_by": ["date"], "first": "zero"}),
                "expr.first",
            ),
            (
                json!({"round": {"col": "x"}, "decimals": 99}),
                "expr.decimals",
            ),
            (json!({"col": "a", "lit": 1}), "expr.lit"),
        ];
        for (case, path) in cases {
            let err = Expr::from_json(&case, "expr").unwrap_err();
            assert_eq!(err.path, path, "{case}: {err:?}");
        }
    }

    #[test]
    fn columns_are_collected() {
        let e = Expr::from_json(
            &json!({"sub": [{"col": "a"}, {"diff": "b", "order_by": ["d"]}]}),
            "",
        )
        .unwrap();
        assert_eq!(e.columns(), ["a", "b", "d"]);
    }
}
