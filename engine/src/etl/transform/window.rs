//! Windows: cumulative, rolling, lag/lead, rank and row number over the rows of a partition in
//! `order_by` order, as polars window expressions. The frame keeps its row order: each value
//! is computed on the sorted partition and put back on its own row.

use polars::prelude::*;

use super::{
    TransformError,
    expr::{Cx, expression},
    require,
};
use crate::spec::{Ties, Window, WindowFn};

pub(super) fn window(w: &Window, cx: &mut Cx, path: &str) -> Result<Expr, TransformError> {
    for c in w.order_by.iter().chain(&w.partition_by) {
        require(cx.schema, c, cx.at, "column")?;
    }
    let head = match &w.function {
        WindowFn::CumSum(_) => "cum_sum",
        WindowFn::CumMax(_) => "cum_max",
        WindowFn::RollingMean { .. } => "rolling_mean",
        WindowFn::RollingSum { .. } => "rolling_sum",
        WindowFn::Lag { .. } => "lag",
        WindowFn::Lead { .. } => "lead",
        WindowFn::Rank(_) => "rank",
        WindowFn::RowNumber => "row_number",
    };
    let p = format!("{path}.{head}");
    let subject = match w.expr() {
        Some(e) => {
            let x = expression(e, cx, &p)?;
            let dtype = cx.dtype(&x, &p)?;
            let numeric = dtype.is_primitive_numeric() || dtype == DataType::Null;
            let needs_number = matches!(
                w.function,
                WindowFn::CumSum(_) | WindowFn::RollingMean { .. } | WindowFn::RollingSum { .. }
            );
            if needs_number && !numeric {
                return Err(cx.fail(
                    &p,
                    format!("`{head}` needs a number, not {dtype}; cast it first"),
                ));
            }
            Some(x)
        }
        None => None,
    };
    let order: Vec<Expr> = w.order_by.iter().map(|c| col(c.as_str())).collect();
    let partition: Vec<Expr> = w.partition_by.iter().map(|c| col(c.as_str())).collect();
    let sort = SortOptions {
        descending: w.descending,
        nulls_last: true,
        maintain_order: true,
        ..Default::default()
    };
    let x = || subject.clone().unwrap_or(lit(NULL));
    let fixed = |rows: u32, min_rows: u32| RollingOptionsFixedWindow {
        window_size: rows as usize,
        min_periods: min_rows as usize,
        ..Default::default()
    };
    let computed = match &w.function {
        WindowFn::CumSum(_) => x().cum_sum(false),
        WindowFn::CumMax(_) => x().cum_max(false),
        WindowFn::RollingMean { rows, min_rows, .. } => x()
            .cast(DataType::Float64)
            .rolling_mean(fixed(*rows, *min_rows)),
        WindowFn::RollingSum { rows, min_rows, .. } => x().rolling_sum(fixed(*rows, *min_rows)),
        WindowFn::Lag { rows, .. } => x().shift(lit(i64::from(*rows))),
        WindowFn::Lead { rows, .. } => x().shift(lit(-i64::from(*rows))),
        WindowFn::Rank(ties) => {
            // Ranks need no sorted partition: they are a function of the ordering values.
            let keys = if order.len() == 1 {
                order[0].clone()
            } else {
                as_struct(order.clone())
            };
            let method = match ties {
                Ties::Min => RankMethod::Min,
                Ties::Dense => RankMethod::Dense,
            };
            let ranked = keys
                .rank(
                    RankOptions {
                        method,
                        descending: w.descending,
                    },
                    None,
                )
                .cast(DataType::Int64);
            return over(ranked, partition, None, cx, &p);
        }
        WindowFn::RowNumber => int_range(lit(0), len(), 1, DataType::Int64) + lit(1i64),
    };
    over(computed, partition, Some((order, sort)), cx, &p)
}

fn over(
    e: Expr,
    partition: Vec<Expr>,
    order: Option<(Vec<Expr>, SortOptions)>,
    cx: &Cx,
    path: &str,
) -> Result<Expr, TransformError> {
    if partition.is_empty() && order.is_none() {
        return Ok(e);
    }
    let partition = (!partition.is_empty()).then_some(partition);
    e.over_with_options(partition, order, WindowMapping::default())
        .map_err(|err| cx.fail(path, super::polars_message(&err)))
}
