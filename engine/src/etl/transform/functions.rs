//! Functions: comparisons, `is_in`, `between`, `case`, and the text and date functions as polars
//! expressions. Takes a node of a step's expression with its path; guarantees each input has a
//! type the function accepts (else a [`TransformError`] naming the step and the node's path).

use polars::prelude::*;

use super::{
    TransformError,
    expr::{Cx, compare, expression, operand, predicate},
};
use crate::spec::{CompareOp, DateFn, Expr as SpecExpr, Literal, TextFn, TruncUnit, UnaryFn};

pub(super) fn compare_key(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Eq => "eq",
        CompareOp::Ne => "ne",
        CompareOp::Lt => "lt",
        CompareOp::Le => "le",
        CompareOp::Gt => "gt",
        CompareOp::Ge => "ge",
    }
}

/// A subject with its type.
fn typed(e: &SpecExpr, cx: &mut Cx, path: &str) -> Result<(Expr, DataType), TransformError> {
    let compiled = expression(e, cx, path)?;
    let dtype = cx.dtype(&compiled, path)?;
    Ok((compiled, dtype))
}

fn is_temporal(dtype: &DataType) -> bool {
    matches!(
        dtype,
        DataType::Date | DataType::Datetime(..) | DataType::Null
    )
}

fn need_temporal(dtype: &DataType, cx: &Cx, path: &str, what: &str) -> Result<(), TransformError> {
    if is_temporal(dtype) {
        Ok(())
    } else {
        Err(cx.fail(
            path,
            format!("`{what}` needs a date or datetime, not {dtype}; convert it first (cast, parse_date)"),
        ))
    }
}

fn need_number(dtype: &DataType, cx: &Cx, path: &str, what: &str) -> Result<(), TransformError> {
    if dtype.is_primitive_numeric() || matches!(dtype, DataType::Null) {
        Ok(())
    } else {
        Err(cx.fail(
            path,
            format!("`{what}` needs a number, not {dtype}; cast it first"),
        ))
    }
}

pub(super) fn function(e: &SpecExpr, cx: &mut Cx, path: &str) -> Result<Expr, TransformError> {
    Ok(match e {
        SpecExpr::Compare(op, a, b) => {
            let key = compare_key(*op);
            let (a, dtype) = typed(a, cx, &format!("{path}.{key}[0]"))?;
            let b = operand(b, &dtype, cx, &format!("{path}.{key}[1]"))?;
            let e = compare(*op, a, b);
            cx.dtype(&e, &format!("{path}.{key}"))?;
            e
        }
        SpecExpr::IsIn { expr, values } => {
            let (subject, dtype) = typed(expr, cx, &format!("{path}.is_in"))?;
            let mut any = lit(false);
            for (i, v) in values.iter().enumerate() {
                let v = operand(
                    &SpecExpr::Lit(v.clone()),
                    &dtype,
                    cx,
                    &format!("{path}.values[{i}]"),
                )?;
                any = any.or(subject.clone().eq(v));
            }
            // Null in, null out (as a comparison).
            when(subject.is_null())
                .then(lit(NULL).cast(DataType::Boolean))
                .otherwise(any)
        }
        SpecExpr::Between { expr, low, high } => {
            let (subject, dtype) = typed(expr, cx, &format!("{path}.between"))?;
            let low = operand(low, &dtype, cx, &format!("{path}.low"))?;
            let high = operand(high, &dtype, cx, &format!("{path}.high"))?;
            let e = subject.clone().gt_eq(low).and(subject.lt_eq(high));
            cx.dtype(&e, path)?;
            e
        }
        SpecExpr::Case {
            branches,
            otherwise,
        } => case(branches, otherwise.as_deref(), cx, path)?,
        SpecExpr::Unary(f, of) => unary(*f, of, cx, path)?,
        SpecExpr::Text(f, of) => text(f, of, cx, path)?,
        SpecExpr::Date(f, of) => date(f, of, cx, path)?,
        SpecExpr::DaysBetween { from, to } => {
            let p = format!("{path}.days_between");
            let (from, from_type) = typed(from, cx, &format!("{p}[0]"))?;
            let (to, to_type) = typed(to, cx, &format!("{p}[1]"))?;
            need_temporal(&from_type, cx, &format!("{p}[0]"), "days_between")?;
            need_temporal(&to_type, cx, &format!("{p}[1]"), "days_between")?;
            let days = |e: Expr| e.cast(DataType::Date).cast(DataType::Int64);
            days(to) - days(from)
        }
        // `expression` compiles the other heads itself.
        _ => return Err(cx.fail(path, "is not a function")),
    })
}

fn case(
    branches: &[(crate::spec::Predicate, SpecExpr)],
    otherwise: Option<&SpecExpr>,
    cx: &mut Cx,
    path: &str,
) -> Result<Expr, TransformError> {
    let value_path = |i: Option<usize>| match i {
        Some(i) => format!("{path}.case[{i}].then"),
        None => format!("{path}.otherwise"),
    };
    let values: Vec<(Option<usize>, &SpecExpr)> = branches
        .iter()
        .enumerate()
        .map(|(i, (_, t))| (Some(i), t))
        .chain(otherwise.map(|o| (None, o)))
        .collect();
    // Constants take the type of the first value that is not one.
    let mut target: Option<DataType> = None;
    for (i, v) in &values {
        if !matches!(v, SpecExpr::Lit(_)) {
            target = Some(typed(v, cx, &value_path(*i))?.1);
            break;
        }
    }
    let value = |v: &SpecExpr, i: Option<usize>, cx: &mut Cx| match &target {
        Some(dtype) => operand(v, dtype, cx, &value_path(i)),
        None => expression(v, cx, &value_path(i)),
    };
    let mut acc = match otherwise {
        Some(o) => value(o, None, cx)?,
        None => lit(NULL),
    };
    for (i, (when_, then_)) in branches.iter().enumerate().rev() {
        let condition = predicate(when_, cx, &format!("{path}.case[{i}].when"))?;
        let then_ = value(then_, Some(i), cx)?;
        acc = when(condition).then(then_).otherwise(acc);
    }
    cx.dtype(&acc, path)?;
    Ok(acc)
}

fn unary(f: UnaryFn, of: &SpecExpr, cx: &mut Cx, path: &str) -> Result<Expr, TransformError> {
    let (key, temporal) = match f {
        UnaryFn::IsNull => ("is_null", false),
        UnaryFn::Length => ("length", false),
        UnaryFn::Abs => ("abs", false),
        UnaryFn::Year => ("year", true),
        UnaryFn::Month => ("month", true),
        UnaryFn::Day => ("day", true),
        UnaryFn::Weekday => ("weekday", true),
    };
    let p = format!("{path}.{key}");
    let (x, dtype) = typed(of, cx, &p)?;
    if temporal {
        need_temporal(&dtype, cx, &p, key)?;
    }
    Ok(match f {
        UnaryFn::IsNull => x.is_null(),
        UnaryFn::Length => x
            .cast(DataType::String)
            .str()
            .len_chars()
            .cast(DataType::Int64),
        UnaryFn::Abs => {
            need_number(&dtype, cx, &p, key)?;
            x.abs()
        }
        UnaryFn::Year => x.dt().year().cast(DataType::Int64),
        UnaryFn::Month => x.dt().month().cast(DataType::Int64),
        UnaryFn::Day => x.dt().day().cast(DataType::Int64),
        UnaryFn::Weekday => x.dt().weekday().cast(DataType::Int64),
    })
}

fn text(f: &TextFn, of: &SpecExpr, cx: &mut Cx, path: &str) -> Result<Expr, TransformError> {
    let key = match f {
        TextFn::Replace { .. } => "replace",
        TextFn::RegexExtract { .. } => "regex_extract",
        TextFn::RegexMatch { .. } => "regex_match",
        TextFn::Substring { .. } => "substring",
        TextFn::SplitPart { .. } => "split_part",
        TextFn::StartsWith(_) => "starts_with",
        TextFn::EndsWith(_) => "ends_with",
        TextFn::Contains(_) => "contains",
    };
    // Values of other types are read as their text, as `lower` and `concat` do.
    let s = expression(of, cx, &format!("{path}.{key}"))?
        .cast(DataType::String)
        .str();
    Ok(match f {
        TextFn::Replace {
            pattern,
            with,
            regex,
        } => s.replace_all(lit(pattern.clone()), lit(with.clone()), !regex),
        TextFn::RegexExtract { pattern, group } => s.extract(lit(pattern.clone()), *group),
        TextFn::RegexMatch { pattern } => s.contains(lit(pattern.clone()), true),
        TextFn::Substring { start, length } => {
            let length = match length {
                Some(n) => lit(*n),
                None => lit(NULL).cast(DataType::UInt64),
            };
            s.slice(lit(start.saturating_sub(1) as i64), length)
        }
        TextFn::SplitPart { separator, index } => {
            let index = if *index > 0 { index - 1 } else { *index };
            s.split(lit(separator.clone())).list().get(lit(index), true)
        }
        TextFn::StartsWith(prefix) => s.starts_with(lit(prefix.clone())),
        TextFn::EndsWith(suffix) => s.ends_with(lit(suffix.clone())),
        TextFn::Contains(needle) => s.contains_literal(lit(needle.clone())),
    })
}

fn date(f: &DateFn, of: &SpecExpr, cx: &mut Cx, path: &str) -> Result<Expr, TransformError> {
    let (key, subject_key) = match f {
        DateFn::Trunc(_) => ("trunc", "column"),
        DateFn::AddDays(_) => ("add_days", "add_days"),
        DateFn::AddMonths(_) => ("add_months", "add_months"),
    };
    let p = format!("{path}.{subject_key}");
    let (x, dtype) = typed(of, cx, &p)?;
    need_temporal(&dtype, cx, &p, key)?;
    Ok(match f {
        DateFn::Trunc(unit) => {
            let every = match unit {
                TruncUnit::Hour => "1h",
                TruncUnit::Day => "1d",
                TruncUnit::Week => "1w",
                TruncUnit::Month => "1mo",
                TruncUnit::Quarter => "1q",
                TruncUnit::Year => "1y",
            };
            if *unit == TruncUnit::Hour && dtype == DataType::Date {
                return Err(cx.fail(
                    &format!("{path}.trunc"),
                    "a date has no hours; truncate a datetime, or use `day`",
                ));
            }
            x.dt().truncate(lit(every))
        }
        DateFn::AddDays(n) | DateFn::AddMonths(n) => {
            let unit = if matches!(f, DateFn::AddDays(_)) {
                "d"
            } else {
                "mo"
            };
            let amount_key = if unit == "d" { "days" } else { "months" };
            let offset = match n.as_ref() {
                SpecExpr::Lit(Literal::Int(n)) => lit(format!("{n}{unit}")),
                other => {
                    let ap = format!("{path}.{amount_key}");
                    let (n, n_type) = typed(other, cx, &ap)?;
                    if !n_type.is_integer() {
                        return Err(cx.fail(
                            &ap,
                            format!("must be a whole number, not {n_type}; cast it to int first"),
                        ));
                    }
                    concat_str([n.cast(DataType::String), lit(unit)], "", false)
                }
            };
            x.dt().offset_by(offset)
        }
    })
}
