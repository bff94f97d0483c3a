//! Expressions: the spec's filter predicates, typed literals and derive expressions as polars
//! expressions. Takes a step's expression and the schema of the frame it reads; guarantees
//! every column it names exists there and every literal has the column's type (else a
//! [`TransformError`] naming the step). Never runs a frame.

use polars::prelude::*;

use super::{TransformError, polars_message, require};
use crate::spec::{
    Arithmetic, CompareOp, DiffFirst, Expr as SpecExpr, Literal, Predicate, StringFn,
};

/// What compiling one step's expressions needs: the schema of the frame it reads, the step
/// (for errors), and the order a `diff` sorts the frame in.
pub(super) struct Cx<'a> {
    pub(super) schema: &'a Schema,
    pub(super) at: &'a str,
    sort: Option<Vec<String>>,
}

impl<'a> Cx<'a> {
    pub(super) fn new(schema: &'a Schema, at: &'a str) -> Self {
        Self {
            schema,
            at,
            sort: None,
        }
    }

    /// An error at the expression node `path` of the step.
    pub(super) fn fail(&self, path: &str, message: impl std::fmt::Display) -> TransformError {
        TransformError::new(self.at, format!("{path}: {message}"))
    }

    /// The type of a compiled expression over the frame.
    pub(super) fn dtype(&self, e: &Expr, path: &str) -> Result<DataType, TransformError> {
        let schema = DataFrame::empty_with_schema(self.schema)
            .lazy()
            .select([e.clone().alias("v")])
            .collect_schema()
            .map_err(|err| self.fail(path, polars_message(&err)))?;
        Ok(schema.get("v").cloned().unwrap_or(DataType::Null))
    }

    /// Sorts the frame as a `diff` in the step's expressions needs.
    pub(super) fn sorted(&self, lf: LazyFrame) -> LazyFrame {
        match &self.sort {
            Some(by) => lf.sort_by_exprs(
                by.iter().map(|c| col(c.as_str())).collect::<Vec<_>>(),
                SortMultipleOptions::default()
                    .with_maintain_order(true)
                    .with_nulls_last(true),
            ),
            None => lf,
        }
    }
}

pub(super) fn json_literal(v: &serde_json::Value) -> Literal {
    match v {
        serde_json::Value::Bool(b) => Literal::Bool(*b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Literal::Int(i),
            None => Literal::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        serde_json::Value::String(s) => Literal::String(s.clone()),
        _ => Literal::Null,
    }
}

/// A literal of the column's type, so that `{"column": "date", "ge": "2020-03-01"}` compares
/// dates and `{"column": "fips", "eq": 36}` works on a text column.
pub(super) fn typed_literal(
    value: &Literal,
    dtype: &DataType,
    column: &str,
    at: &str,
) -> Result<Expr, TransformError> {
    let wrong = |what: &str| {
        TransformError::new(
            at,
            format!("column `{column}` is {dtype}; {what} cannot be compared with or stored in it"),
        )
    };
    Ok(match (value, dtype) {
        (Literal::Null, _) => lit(NULL).cast(dtype.clone()),
        (Literal::String(s), DataType::String) => lit(s.clone()),
        (Literal::Int(i), DataType::String) => lit(i.to_string()),
        (Literal::Float(f), DataType::String) => lit(f.to_string()),
        (Literal::Bool(b), DataType::String) => lit(b.to_string()),
        (Literal::String(s), DataType::Date) => {
            let d = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| wrong(&format!("`{s}` (not a YYYY-MM-DD date)")))?;
            lit(d)
        }
        (Literal::String(s), DataType::Datetime(..)) => {
            let t = chrono::DateTime::parse_from_rfc3339(s)
                .map_err(|_| wrong(&format!("`{s}` (not an RFC 3339 date and time)")))?
                .with_timezone(&chrono::Utc);
            lit(t.naive_utc()).cast(dtype.clone())
        }
        (Literal::Int(i), d) if d.is_primitive_numeric() => lit(*i).cast(d.clone()),
        (Literal::Float(f), d) if d.is_float() => lit(*f),
        (Literal::Float(f), d) if d.is_integer() => lit(*f),
        (Literal::String(s), d) if d.is_primitive_numeric() => {
            let f: f64 = s.trim().parse().map_err(|_| wrong(&format!("`{s}`")))?;
            lit(f)
        }
        (Literal::Bool(b), DataType::Boolean) => lit(*b),
        (Literal::Int(_), _) => return Err(wrong("a number")),
        (Literal::Float(_), _) => return Err(wrong("a number")),
        (Literal::Bool(_), _) => return Err(wrong("a boolean")),
        (Literal::String(s), _) => return Err(wrong(&format!("`{s}`"))),
    })
}

/// A filter's condition; the frame sorted as a `diff` in it needs.
pub(super) fn filter(
    lf: LazyFrame,
    p: &Predicate,
    schema: &Schema,
    at: &str,
) -> Result<(LazyFrame, Expr), TransformError> {
    for c in p.columns() {
        require(schema, c, at, "column")?;
    }
    let mut cx = Cx::new(schema, at);
    let condition = predicate(p, &mut cx, "where")?;
    Ok((cx.sorted(lf), condition))
}

/// A condition, where null counts as false.
pub(super) fn predicate(p: &Predicate, cx: &mut Cx, path: &str) -> Result<Expr, TransformError> {
    let (schema, at) = (cx.schema, cx.at);
    let at_key = |key: &str| format!("{path}.{key}");
    Ok(match p {
        Predicate::Compare { column, op, value } => {
            let dtype = require(schema, column, at, "column")?;
            let v = typed_literal(value, dtype, column, at)?;
            compare(*op, col(column.as_str()), v)
        }
        Predicate::CompareExpr { column, op, value } => {
            let dtype = require(schema, column, at, "column")?.clone();
            let vpath = at_key(super::functions::compare_key(*op));
            let v = operand(value, &dtype, cx, &vpath)?;
            let e = compare(*op, col(column.as_str()), v);
            cx.dtype(&e, &vpath)?;
            e
        }
        Predicate::In { column, values } => {
            let dtype = require(schema, column, at, "column")?;
            let items = values
                .iter()
                .map(|v| typed_literal(v, dtype, column, at))
                .collect::<Result<Vec<_>, _>>()?;
            items
                .into_iter()
                .map(|v| col(column.as_str()).eq(v))
                .reduce(|a, b| a.or(b))
                .unwrap_or(lit(false))
        }
        Predicate::IsNull { column, null } => {
            require(schema, column, at, "column")?;
            if *null {
                col(column.as_str()).is_null()
            } else {
                col(column.as_str()).is_not_null()
            }
        }
        Predicate::And(ps) => many_conditions(ps, cx, &at_key("and"))?
            .into_iter()
            .reduce(|a, b| a.and(b))
            .unwrap_or(lit(true)),
        Predicate::Or(ps) => many_conditions(ps, cx, &at_key("or"))?
            .into_iter()
            .reduce(|a, b| a.or(b))
            .unwrap_or(lit(false)),
        Predicate::Not(p) => predicate(p, cx, &at_key("not"))?.not(),
        Predicate::Expr(e) => {
            let e = expression(e, cx, path)?;
            let dtype = cx.dtype(&e, path)?;
            if !matches!(dtype, DataType::Boolean | DataType::Null) {
                return Err(cx.fail(
                    path,
                    format!("is {dtype}, not a true/false condition (use eq, gt, is_in, …)"),
                ));
            }
            e
        }
    }
    // A comparison with null is null: such rows are dropped, not kept.
    .fill_null(lit(false)))
}

fn many_conditions(ps: &[Predicate], cx: &mut Cx, path: &str) -> Result<Vec<Expr>, TransformError> {
    ps.iter()
        .enumerate()
        .map(|(i, p)| predicate(p, cx, &format!("{path}[{i}]")))
        .collect()
}

pub(super) fn compare(op: CompareOp, a: Expr, b: Expr) -> Expr {
    match op {
        CompareOp::Eq => a.eq(b),
        CompareOp::Ne => a.neq(b),
        CompareOp::Lt => a.lt(b),
        CompareOp::Le => a.lt_eq(b),
        CompareOp::Gt => a.gt(b),
        CompareOp::Ge => a.gt_eq(b),
    }
}

/// An expression that meets a value of type `dtype`: a constant takes that type
/// (`"2020-03-01"` against a date is a date), anything else is compiled as it is.
pub(super) fn operand(
    e: &SpecExpr,
    dtype: &DataType,
    cx: &mut Cx,
    path: &str,
) -> Result<Expr, TransformError> {
    match e {
        SpecExpr::Lit(Literal::Null) => Ok(lit(NULL).cast(dtype.clone())),
        SpecExpr::Lit(l) if !matches!(dtype, DataType::Null) => {
            typed_literal(l, dtype, path, cx.at).map_err(|_| {
                cx.fail(
                    path,
                    format!(
                        "the constant {} cannot be compared with a {dtype} value",
                        literal_text(l)
                    ),
                )
            })
        }
        other => expression(other, cx, path),
    }
}

pub(super) fn literal_text(l: &Literal) -> String {
    match l {
        Literal::Null => "null".into(),
        Literal::Bool(b) => b.to_string(),
        Literal::Int(i) => i.to_string(),
        Literal::Float(f) => f.to_string(),
        Literal::String(s) => format!("`{s}`"),
    }
}

/// Builds a derive expression; `diff` sorts the frame by its partition and order first.
pub(super) fn derive(
    lf: LazyFrame,
    e: &SpecExpr,
    schema: &Schema,
    at: &str,
) -> Result<(LazyFrame, Expr), TransformError> {
    for c in e.columns() {
        require(schema, c, at, "column")?;
    }
    let mut cx = Cx::new(schema, at);
    let expr = expression(e, &mut cx, "expr")?;
    Ok((cx.sorted(lf), expr))
}

pub(super) fn expression(e: &SpecExpr, cx: &mut Cx, path: &str) -> Result<Expr, TransformError> {
    let at = cx.at;
    let many = |xs: &[SpecExpr], key: &str, cx: &mut Cx| -> Result<Vec<Expr>, TransformError> {
        xs.iter()
            .enumerate()
            .map(|(i, x)| expression(x, cx, &format!("{path}.{key}[{i}]")))
            .collect()
    };
    Ok(match e {
        SpecExpr::Col(c) => col(c.as_str()),
        SpecExpr::Lit(l) => match l {
            Literal::Null => lit(NULL),
            Literal::Bool(b) => lit(*b),
            Literal::Int(i) => lit(*i),
            Literal::Float(f) => lit(*f),
            Literal::String(s) => lit(s.clone()),
        },
        SpecExpr::Arithmetic(op, args) => {
            let key = match op {
                Arithmetic::Add => "add",
                Arithmetic::Sub => "sub",
                Arithmetic::Mul => "mul",
                Arithmetic::Div => "div",
            };
            let args = many(args, key, cx)?;
            let mut iter = args.into_iter();
            let first = iter.next().unwrap_or(lit(NULL));
            iter.fold(first, |acc, x| match op {
                Arithmetic::Add => acc + x,
                Arithmetic::Sub => acc - x,
                Arithmetic::Mul => acc * x,
                // True division (`7 / 2` is 3.5); dividing by zero gives null, not infinity.
                Arithmetic::Div => {
                    let divisor = x.cast(DataType::Float64);
                    when(divisor.clone().eq(lit(0.0)))
                        .then(lit(NULL).cast(DataType::Float64))
                        .otherwise(acc.cast(DataType::Float64) / divisor)
                }
            })
        }
        SpecExpr::Coalesce(args) => coalesce(&many(args, "coalesce", cx)?),
        SpecExpr::Concat { parts, separator } => {
            let parts: Vec<Expr> = many(parts, "concat", cx)?
                .into_iter()
                .map(|p| p.cast(DataType::String))
                .collect();
            concat_str(parts, separator, false)
        }
        SpecExpr::String(f, inner) => {
            let key = match f {
                StringFn::Lower => "lower",
                StringFn::Upper => "upper",
                StringFn::Trim => "trim",
            };
            let inner = expression(inner, cx, &format!("{path}.{key}"))?
                .cast(DataType::String)
                .str();
            match f {
                StringFn::Lower => inner.to_lowercase(),
                StringFn::Upper => inner.to_uppercase(),
                StringFn::Trim => inner.strip_chars(lit(NULL)),
            }
        }
        SpecExpr::Round { expr, decimals } => expression(expr, cx, &format!("{path}.round"))?
            .round(*decimals, RoundMode::HalfAwayFromZero),
        SpecExpr::Diff {
            column,
            order_by,
            partition_by,
            first,
        } => {
            let mut by = partition_by.clone();
            by.extend(order_by.iter().cloned());
            match &cx.sort {
                Some(existing) if *existing != by => {
                    return Err(TransformError::new(
                        at,
                        "two `diff`s in one expression must use the same order and partition",
                    ));
                }
                _ => cx.sort = Some(by),
            }
            let diff = col(column.as_str()).diff(lit(1), polars::series::ops::NullBehavior::Ignore);
            let partition: Vec<Expr> = partition_by.iter().map(|c| col(c.as_str())).collect();
            let over = |e: Expr| -> Result<Expr, TransformError> {
                if partition.is_empty() {
                    Ok(e)
                } else {
                    e.over(partition.clone())
                        .map_err(|e| TransformError::new(at, polars_message(&e)))
                }
            };
            let diff = over(diff)?;
            match first {
                DiffFirst::Null => diff,
                DiffFirst::Value => {
                    let is_first = over(int_range(lit(0), len(), 1, DataType::Int64))?.eq(lit(0));
                    when(is_first).then(col(column.as_str())).otherwise(diff)
                }
            }
        }
        SpecExpr::Condition(p) => predicate(p, cx, path)?,
        SpecExpr::Window(w) => super::window::window(w, cx, path)?,
        other => super::functions::function(other, cx, path)?,
    })
}
