//! The `aggregate` step as a polars group-by. Takes the frame and the step; guarantees one row
//! per distinct key, sorted by the keys (nulls last), and that each aggregation's input has a
//! type it accepts (else a [`TransformError`] naming the step and the node's path). Each output
//! row keeps, as its origin, the first source row of its group.

use polars::prelude::*;

use super::{
    TransformError,
    expr::{Cx, expression},
    hidden_columns, require,
};
use crate::spec::{AggFn, AggregateOp, Aggregation};

pub(super) fn aggregate(
    lf: LazyFrame,
    op: &AggregateOp,
    schema: &Schema,
    at: &str,
) -> Result<LazyFrame, TransformError> {
    let mut cx = Cx::new(schema, at);
    // A window inside a group would number or sum the group's rows, not the frame's.
    let windowed = op
        .group_by
        .iter()
        .enumerate()
        .filter(|(_, k)| k.expr.reads_other_rows())
        .map(|(i, _)| format!("group_by[{i}]"))
        .chain(
            op.aggs
                .iter()
                .filter(|(_, a)| a.of.as_ref().is_some_and(|e| e.reads_other_rows()))
                .map(|(name, _)| format!("aggs.{name}")),
        )
        .next();
    if let Some(path) = windowed {
        return Err(cx.fail(
            &path,
            "a window or `diff` cannot run inside an aggregate; derive it as a column first",
        ));
    }
    let mut keys = Vec::new();
    for (i, key) in op.group_by.iter().enumerate() {
        for c in key.expr.columns() {
            require(schema, c, at, "column")?;
        }
        let path = format!("group_by[{i}]");
        let k = expression(&key.expr, &mut cx, &path)?.alias(key.name.as_str());
        cx.dtype(&k, &path)?;
        keys.push(k);
    }
    let mut aggs = Vec::new();
    for (name, a) in &op.aggs {
        for c in a.columns() {
            require(schema, c, at, "column")?;
        }
        aggs.push(aggregation(a, &mut cx, &format!("aggs.{name}"))?.alias(name.as_str()));
    }
    // The first source row of each group stands for the group in failed records.
    aggs.extend(hidden_columns(schema).into_iter().map(|h| h.min()));
    let lf = cx.sorted(lf);
    if keys.is_empty() {
        return Ok(lf.select(aggs));
    }
    let names: Vec<Expr> = op.group_by.iter().map(|k| col(k.name.as_str())).collect();
    Ok(lf.group_by(keys).agg(aggs).sort_by_exprs(
        names,
        SortMultipleOptions::default()
            .with_nulls_last(true)
            .with_maintain_order(true),
    ))
}

fn aggregation(a: &Aggregation, cx: &mut Cx, path: &str) -> Result<Expr, TransformError> {
    let head = match a.function {
        AggFn::Sum => "sum",
        AggFn::Avg => "avg",
        AggFn::Min => "min",
        AggFn::Max => "max",
        AggFn::Count => "count",
        AggFn::CountDistinct => "count_distinct",
        AggFn::First => "first",
        AggFn::Last => "last",
        AggFn::Median => "median",
    };
    let p = format!("{path}.{head}");
    let Some(of) = &a.of else {
        // `{"count": "*"}`: rows.
        return Ok(len().cast(DataType::Int64));
    };
    let x = expression(of, cx, &p)?;
    let dtype = cx.dtype(&x, &p)?;
    // Booleans count as 1 and 0.
    let x = if dtype == DataType::Boolean {
        x.cast(DataType::Int64)
    } else {
        x
    };
    let numeric = dtype.is_primitive_numeric() || dtype == DataType::Boolean;
    if matches!(a.function, AggFn::Sum | AggFn::Avg | AggFn::Median) && !numeric {
        return Err(cx.fail(
            &p,
            format!("`{head}` needs a number, not {dtype}; cast it first"),
        ));
    }
    let ordered = |x: Expr| {
        if a.order_by.is_empty() {
            x
        } else {
            x.sort_by(
                a.order_by
                    .iter()
                    .map(|c| col(c.as_str()))
                    .collect::<Vec<_>>(),
                SortMultipleOptions::default()
                    .with_nulls_last(true)
                    .with_maintain_order(true),
            )
        }
    };
    Ok(match a.function {
        // As in SQL, the sum of no values is null, not 0.
        AggFn::Sum => when(x.clone().count().eq(lit(0)))
            .then(lit(NULL))
            .otherwise(x.sum()),
        // Integers average to a float64 already (casting every value first cost 7% of a
        // weekly aggregate of 5M rows); a float32 is widened first.
        AggFn::Avg if dtype == DataType::Float32 => x.cast(DataType::Float64).mean(),
        AggFn::Avg => x.mean(),
        AggFn::Median => x.cast(DataType::Float64).median(),
        AggFn::Min => x.min(),
        AggFn::Max => x.max(),
        AggFn::Count => x.count().cast(DataType::Int64),
        AggFn::CountDistinct => x.drop_nulls().n_unique().cast(DataType::Int64),
        AggFn::First => ordered(x).first(),
        AggFn::Last => ordered(x).last(),
    })
}
