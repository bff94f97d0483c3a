//! Expressions: the spec's filter predicates, typed literals and derive expressions as polars
//! expressions. Takes a step's expression and the schema of the frame it reads; guarantees
//! every column it names exists there and every literal has the column's type (else a
//! [`TransformError`] naming the step). Never runs a frame.

use polars::prelude::*;

use super::{TransformError, polars_message, require};
use crate::spec::{
    Arithmetic, CompareOp, DiffFirst, Expr as SpecExpr, Literal, Predicate, StringFn,
};

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

pub(super) fn predicate(p: &Predicate, schema: &Schema, at: &str) -> Result<Expr, TransformError> {
    Ok(match p {
        Predicate::Compare { column, op, value } => {
            let dtype = require(schema, column, at, "column")?;
            let c = col(column.as_str());
            let v = typed_literal(value, dtype, column, at)?;
            match op {
                CompareOp::Eq => c.eq(v),
                CompareOp::Ne => c.neq(v),
                CompareOp::Lt => c.lt(v),
                CompareOp::Le => c.lt_eq(v),
                CompareOp::Gt => c.gt(v),
                CompareOp::Ge => c.gt_eq(v),
            }
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
        Predicate::And(ps) => ps
            .iter()
            .map(|p| predicate(p, schema, at))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .reduce(|a, b| a.and(b))
            .unwrap_or(lit(true)),
        Predicate::Or(ps) => ps
            .iter()
            .map(|p| predicate(p, schema, at))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .reduce(|a, b| a.or(b))
            .unwrap_or(lit(false)),
        Predicate::Not(p) => predicate(p, schema, at)?.not(),
    }
    // A comparison with null is null: such rows are dropped, not kept.
    .fill_null(lit(false)))
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
    let mut sort: Option<Vec<String>> = None;
    let expr = expression(e, at, &mut sort)?;
    let lf = match sort {
        Some(by) => lf.sort_by_exprs(
            by.iter().map(|c| col(c.as_str())).collect::<Vec<_>>(),
            SortMultipleOptions::default()
                .with_maintain_order(true)
                .with_nulls_last(true),
        ),
        None => lf,
    };
    Ok((lf, expr))
}

fn expression(
    e: &SpecExpr,
    at: &str,
    sort: &mut Option<Vec<String>>,
) -> Result<Expr, TransformError> {
    let many =
        |xs: &[SpecExpr], sort: &mut Option<Vec<String>>| -> Result<Vec<Expr>, TransformError> {
            xs.iter().map(|x| expression(x, at, sort)).collect()
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
            let args = many(args, sort)?;
            let mut iter = args.into_iter();
            let first = iter.next().unwrap_or(lit(NULL));
            iter.fold(first, |acc, x| match op {
                Arithmetic::Add => acc + x,
                Arithmetic::Sub => acc - x,
                Arithmetic::Mul => acc * x,
                // True division: `7 / 2` is 3.5, as in SQL on numerics.
                Arithmetic::Div => acc.cast(DataType::Float64) / x.cast(DataType::Float64),
            })
        }
        SpecExpr::Coalesce(args) => coalesce(&many(args, sort)?),
        SpecExpr::Concat { parts, separator } => {
            let parts: Vec<Expr> = many(parts, sort)?
                .into_iter()
                .map(|p| p.cast(DataType::String))
                .collect();
            concat_str(parts, separator, false)
        }
        SpecExpr::String(f, inner) => {
            let inner = expression(inner, at, sort)?.cast(DataType::String).str();
            match f {
                StringFn::Lower => inner.to_lowercase(),
                StringFn::Upper => inner.to_uppercase(),
                StringFn::Trim => inner.strip_chars(lit(NULL)),
            }
        }
        SpecExpr::Round { expr, decimals } => {
            expression(expr, at, sort)?.round(*decimals, RoundMode::HalfAwayFromZero)
        }
        SpecExpr::Diff {
            column,
            order_by,
            partition_by,
            first,
        } => {
            let mut by = partition_by.clone();
            by.extend(order_by.iter().cloned());
            match sort {
                Some(existing) if *existing != by => {
                    return Err(TransformError::new(
                        at,
                        "two `diff`s in one expression must use the same order and partition",
                    ));
                }
                _ => *sort = Some(by),
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
    })
}
