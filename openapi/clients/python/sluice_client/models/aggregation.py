from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abs_expr import AbsExpr
    from ..models.add_days_expr import AddDaysExpr
    from ..models.add_expr import AddExpr
    from ..models.add_months_expr import AddMonthsExpr
    from ..models.and_expr import AndExpr
    from ..models.between_expr import BetweenExpr
    from ..models.case_expr import CaseExpr
    from ..models.coalesce_expr import CoalesceExpr
    from ..models.col_expr import ColExpr
    from ..models.column_condition import ColumnCondition
    from ..models.concat_expr import ConcatExpr
    from ..models.contains_expr import ContainsExpr
    from ..models.cum_max_expr import CumMaxExpr
    from ..models.cum_sum_expr import CumSumExpr
    from ..models.day_expr import DayExpr
    from ..models.days_between_expr import DaysBetweenExpr
    from ..models.diff_expr import DiffExpr
    from ..models.div_expr import DivExpr
    from ..models.ends_with_expr import EndsWithExpr
    from ..models.eq_expr import EqExpr
    from ..models.ge_expr import GeExpr
    from ..models.gt_expr import GtExpr
    from ..models.is_in_expr import IsInExpr
    from ..models.is_null_expr import IsNullExpr
    from ..models.lag_expr import LagExpr
    from ..models.le_expr import LeExpr
    from ..models.lead_expr import LeadExpr
    from ..models.length_expr import LengthExpr
    from ..models.lit_expr import LitExpr
    from ..models.lower_expr import LowerExpr
    from ..models.lt_expr import LtExpr
    from ..models.month_expr import MonthExpr
    from ..models.mul_expr import MulExpr
    from ..models.ne_expr import NeExpr
    from ..models.not_expr import NotExpr
    from ..models.or_expr import OrExpr
    from ..models.rank_expr import RankExpr
    from ..models.regex_extract_expr import RegexExtractExpr
    from ..models.regex_match_expr import RegexMatchExpr
    from ..models.replace_expr import ReplaceExpr
    from ..models.rolling_mean_expr import RollingMeanExpr
    from ..models.rolling_sum_expr import RollingSumExpr
    from ..models.round_expr import RoundExpr
    from ..models.row_number_expr import RowNumberExpr
    from ..models.split_part_expr import SplitPartExpr
    from ..models.starts_with_expr import StartsWithExpr
    from ..models.sub_expr import SubExpr
    from ..models.substring_expr import SubstringExpr
    from ..models.trim_expr import TrimExpr
    from ..models.trunc_expr import TruncExpr
    from ..models.upper_expr import UpperExpr
    from ..models.weekday_expr import WeekdayExpr
    from ..models.year_expr import YearExpr


T = TypeVar("T", bound="Aggregation")


@_attrs_define
class Aggregation:
    """One of sum, avg, min, max, count (`"*"` counts rows), count_distinct, first, last, median, with the column or
    expression it reads.

        Attributes:
            avg (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr | CoalesceExpr | ColExpr
                | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr | DiffExpr |
                DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr | LeadExpr | LeExpr |
                LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr | RankExpr |
                RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr | RowNumberExpr |
                SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset | UpperExpr |
                WeekdayExpr | YearExpr):
            count (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr | LeadExpr |
                LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr | RankExpr
                | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr | RowNumberExpr
                | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset | UpperExpr |
                WeekdayExpr | YearExpr):
            count_distinct (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr |
                CoalesceExpr | ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr |
                DaysBetweenExpr | DiffExpr | DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr
                | LeadExpr | LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr |
                OrExpr | RankExpr | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr |
                RoundExpr | RowNumberExpr | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr |
                TruncExpr | Unset | UpperExpr | WeekdayExpr | YearExpr):
            first (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr | LeadExpr |
                LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr | RankExpr
                | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr | RowNumberExpr
                | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset | UpperExpr |
                WeekdayExpr | YearExpr):
            last (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr | LeadExpr |
                LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr | RankExpr
                | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr | RowNumberExpr
                | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset | UpperExpr |
                WeekdayExpr | YearExpr):
            max_ (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr | LeadExpr |
                LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr | RankExpr
                | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr | RowNumberExpr
                | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset | UpperExpr |
                WeekdayExpr | YearExpr):
            median (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr | LeadExpr |
                LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr | RankExpr
                | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr | RowNumberExpr
                | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset | UpperExpr |
                WeekdayExpr | YearExpr):
            min_ (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr | LeadExpr |
                LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr | RankExpr
                | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr | RowNumberExpr
                | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset | UpperExpr |
                WeekdayExpr | YearExpr):
            order_by (list[str] | str | Unset): For `first` and `last`: the columns that order the group's rows.
            sum_ (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr | LeadExpr |
                LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr | RankExpr
                | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr | RowNumberExpr
                | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset | UpperExpr |
                WeekdayExpr | YearExpr):
    """

    avg: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | CaseExpr
        | CoalesceExpr
        | ColExpr
        | ColumnCondition
        | ConcatExpr
        | ContainsExpr
        | CumMaxExpr
        | CumSumExpr
        | DayExpr
        | DaysBetweenExpr
        | DiffExpr
        | DivExpr
        | EndsWithExpr
        | EqExpr
        | GeExpr
        | GtExpr
        | IsInExpr
        | IsNullExpr
        | LagExpr
        | LeadExpr
        | LeExpr
        | LengthExpr
        | LitExpr
        | LowerExpr
        | LtExpr
        | MonthExpr
        | MulExpr
        | NeExpr
        | NotExpr
        | OrExpr
        | RankExpr
        | RegexExtractExpr
        | RegexMatchExpr
        | ReplaceExpr
        | RollingMeanExpr
        | RollingSumExpr
        | RoundExpr
        | RowNumberExpr
        | SplitPartExpr
        | StartsWithExpr
        | str
        | SubExpr
        | SubstringExpr
        | TrimExpr
        | TruncExpr
        | Unset
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    ) = UNSET
    count: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | CaseExpr
        | CoalesceExpr
        | ColExpr
        | ColumnCondition
        | ConcatExpr
        | ContainsExpr
        | CumMaxExpr
        | CumSumExpr
        | DayExpr
        | DaysBetweenExpr
        | DiffExpr
        | DivExpr
        | EndsWithExpr
        | EqExpr
        | GeExpr
        | GtExpr
        | IsInExpr
        | IsNullExpr
        | LagExpr
        | LeadExpr
        | LeExpr
        | LengthExpr
        | LitExpr
        | LowerExpr
        | LtExpr
        | MonthExpr
        | MulExpr
        | NeExpr
        | NotExpr
        | OrExpr
        | RankExpr
        | RegexExtractExpr
        | RegexMatchExpr
        | ReplaceExpr
        | RollingMeanExpr
        | RollingSumExpr
        | RoundExpr
        | RowNumberExpr
        | SplitPartExpr
        | StartsWithExpr
        | str
        | SubExpr
        | SubstringExpr
        | TrimExpr
        | TruncExpr
        | Unset
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    ) = UNSET
    count_distinct: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | CaseExpr
        | CoalesceExpr
        | ColExpr
        | ColumnCondition
        | ConcatExpr
        | ContainsExpr
        | CumMaxExpr
        | CumSumExpr
        | DayExpr
        | DaysBetweenExpr
        | DiffExpr
        | DivExpr
        | EndsWithExpr
        | EqExpr
        | GeExpr
        | GtExpr
        | IsInExpr
        | IsNullExpr
        | LagExpr
        | LeadExpr
        | LeExpr
        | LengthExpr
        | LitExpr
        | LowerExpr
        | LtExpr
        | MonthExpr
        | MulExpr
        | NeExpr
        | NotExpr
        | OrExpr
        | RankExpr
        | RegexExtractExpr
        | RegexMatchExpr
        | ReplaceExpr
        | RollingMeanExpr
        | RollingSumExpr
        | RoundExpr
        | RowNumberExpr
        | SplitPartExpr
        | StartsWithExpr
        | str
        | SubExpr
        | SubstringExpr
        | TrimExpr
        | TruncExpr
        | Unset
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    ) = UNSET
    first: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | CaseExpr
        | CoalesceExpr
        | ColExpr
        | ColumnCondition
        | ConcatExpr
        | ContainsExpr
        | CumMaxExpr
        | CumSumExpr
        | DayExpr
        | DaysBetweenExpr
        | DiffExpr
        | DivExpr
        | EndsWithExpr
        | EqExpr
        | GeExpr
        | GtExpr
        | IsInExpr
        | IsNullExpr
        | LagExpr
        | LeadExpr
        | LeExpr
        | LengthExpr
        | LitExpr
        | LowerExpr
        | LtExpr
        | MonthExpr
        | MulExpr
        | NeExpr
        | NotExpr
        | OrExpr
        | RankExpr
        | RegexExtractExpr
        | RegexMatchExpr
        | ReplaceExpr
        | RollingMeanExpr
        | RollingSumExpr
        | RoundExpr
        | RowNumberExpr
        | SplitPartExpr
        | StartsWithExpr
        | str
        | SubExpr
        | SubstringExpr
        | TrimExpr
        | TruncExpr
        | Unset
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    ) = UNSET
    last: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | CaseExpr
        | CoalesceExpr
        | ColExpr
        | ColumnCondition
        | ConcatExpr
        | ContainsExpr
        | CumMaxExpr
        | CumSumExpr
        | DayExpr
        | DaysBetweenExpr
        | DiffExpr
        | DivExpr
        | EndsWithExpr
        | EqExpr
        | GeExpr
        | GtExpr
        | IsInExpr
        | IsNullExpr
        | LagExpr
        | LeadExpr
        | LeExpr
        | LengthExpr
        | LitExpr
        | LowerExpr
        | LtExpr
        | MonthExpr
        | MulExpr
        | NeExpr
        | NotExpr
        | OrExpr
        | RankExpr
        | RegexExtractExpr
        | RegexMatchExpr
        | ReplaceExpr
        | RollingMeanExpr
        | RollingSumExpr
        | RoundExpr
        | RowNumberExpr
        | SplitPartExpr
        | StartsWithExpr
        | str
        | SubExpr
        | SubstringExpr
        | TrimExpr
        | TruncExpr
        | Unset
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    ) = UNSET
    max_: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | CaseExpr
        | CoalesceExpr
        | ColExpr
        | ColumnCondition
        | ConcatExpr
        | ContainsExpr
        | CumMaxExpr
        | CumSumExpr
        | DayExpr
        | DaysBetweenExpr
        | DiffExpr
        | DivExpr
        | EndsWithExpr
        | EqExpr
        | GeExpr
        | GtExpr
        | IsInExpr
        | IsNullExpr
        | LagExpr
        | LeadExpr
        | LeExpr
        | LengthExpr
        | LitExpr
        | LowerExpr
        | LtExpr
        | MonthExpr
        | MulExpr
        | NeExpr
        | NotExpr
        | OrExpr
        | RankExpr
        | RegexExtractExpr
        | RegexMatchExpr
        | ReplaceExpr
        | RollingMeanExpr
        | RollingSumExpr
        | RoundExpr
        | RowNumberExpr
        | SplitPartExpr
        | StartsWithExpr
        | str
        | SubExpr
        | SubstringExpr
        | TrimExpr
        | TruncExpr
        | Unset
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    ) = UNSET
    median: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | CaseExpr
        | CoalesceExpr
        | ColExpr
        | ColumnCondition
        | ConcatExpr
        | ContainsExpr
        | CumMaxExpr
        | CumSumExpr
        | DayExpr
        | DaysBetweenExpr
        | DiffExpr
        | DivExpr
        | EndsWithExpr
        | EqExpr
        | GeExpr
        | GtExpr
        | IsInExpr
        | IsNullExpr
        | LagExpr
        | LeadExpr
        | LeExpr
        | LengthExpr
        | LitExpr
        | LowerExpr
        | LtExpr
        | MonthExpr
        | MulExpr
        | NeExpr
        | NotExpr
        | OrExpr
        | RankExpr
        | RegexExtractExpr
        | RegexMatchExpr
        | ReplaceExpr
        | RollingMeanExpr
        | RollingSumExpr
        | RoundExpr
        | RowNumberExpr
        | SplitPartExpr
        | StartsWithExpr
        | str
        | SubExpr
        | SubstringExpr
        | TrimExpr
        | TruncExpr
        | Unset
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    ) = UNSET
    min_: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | CaseExpr
        | CoalesceExpr
        | ColExpr
        | ColumnCondition
        | ConcatExpr
        | ContainsExpr
        | CumMaxExpr
        | CumSumExpr
        | DayExpr
        | DaysBetweenExpr
        | DiffExpr
        | DivExpr
        | EndsWithExpr
        | EqExpr
        | GeExpr
        | GtExpr
        | IsInExpr
        | IsNullExpr
        | LagExpr
        | LeadExpr
        | LeExpr
        | LengthExpr
        | LitExpr
        | LowerExpr
        | LtExpr
        | MonthExpr
        | MulExpr
        | NeExpr
        | NotExpr
        | OrExpr
        | RankExpr
        | RegexExtractExpr
        | RegexMatchExpr
        | ReplaceExpr
        | RollingMeanExpr
        | RollingSumExpr
        | RoundExpr
        | RowNumberExpr
        | SplitPartExpr
        | StartsWithExpr
        | str
        | SubExpr
        | SubstringExpr
        | TrimExpr
        | TruncExpr
        | Unset
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    ) = UNSET
    order_by: list[str] | str | Unset = UNSET
    sum_: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | CaseExpr
        | CoalesceExpr
        | ColExpr
        | ColumnCondition
        | ConcatExpr
        | ContainsExpr
        | CumMaxExpr
        | CumSumExpr
        | DayExpr
        | DaysBetweenExpr
        | DiffExpr
        | DivExpr
        | EndsWithExpr
        | EqExpr
        | GeExpr
        | GtExpr
        | IsInExpr
        | IsNullExpr
        | LagExpr
        | LeadExpr
        | LeExpr
        | LengthExpr
        | LitExpr
        | LowerExpr
        | LtExpr
        | MonthExpr
        | MulExpr
        | NeExpr
        | NotExpr
        | OrExpr
        | RankExpr
        | RegexExtractExpr
        | RegexMatchExpr
        | ReplaceExpr
        | RollingMeanExpr
        | RollingSumExpr
        | RoundExpr
        | RowNumberExpr
        | SplitPartExpr
        | StartsWithExpr
        | str
        | SubExpr
        | SubstringExpr
        | TrimExpr
        | TruncExpr
        | Unset
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.abs_expr import AbsExpr  # noqa: PLC0415
        from ..models.add_days_expr import AddDaysExpr  # noqa: PLC0415
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.add_months_expr import AddMonthsExpr  # noqa: PLC0415
        from ..models.and_expr import AndExpr  # noqa: PLC0415
        from ..models.between_expr import BetweenExpr  # noqa: PLC0415
        from ..models.case_expr import CaseExpr  # noqa: PLC0415
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.column_condition import ColumnCondition  # noqa: PLC0415
        from ..models.concat_expr import ConcatExpr  # noqa: PLC0415
        from ..models.contains_expr import ContainsExpr  # noqa: PLC0415
        from ..models.cum_max_expr import CumMaxExpr  # noqa: PLC0415
        from ..models.cum_sum_expr import CumSumExpr  # noqa: PLC0415
        from ..models.day_expr import DayExpr  # noqa: PLC0415
        from ..models.days_between_expr import DaysBetweenExpr  # noqa: PLC0415
        from ..models.diff_expr import DiffExpr  # noqa: PLC0415
        from ..models.div_expr import DivExpr  # noqa: PLC0415
        from ..models.ends_with_expr import EndsWithExpr  # noqa: PLC0415
        from ..models.eq_expr import EqExpr  # noqa: PLC0415
        from ..models.ge_expr import GeExpr  # noqa: PLC0415
        from ..models.gt_expr import GtExpr  # noqa: PLC0415
        from ..models.is_in_expr import IsInExpr  # noqa: PLC0415
        from ..models.is_null_expr import IsNullExpr  # noqa: PLC0415
        from ..models.lag_expr import LagExpr  # noqa: PLC0415
        from ..models.le_expr import LeExpr  # noqa: PLC0415
        from ..models.lead_expr import LeadExpr  # noqa: PLC0415
        from ..models.length_expr import LengthExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.lt_expr import LtExpr  # noqa: PLC0415
        from ..models.month_expr import MonthExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.ne_expr import NeExpr  # noqa: PLC0415
        from ..models.not_expr import NotExpr  # noqa: PLC0415
        from ..models.or_expr import OrExpr  # noqa: PLC0415
        from ..models.rank_expr import RankExpr  # noqa: PLC0415
        from ..models.regex_extract_expr import RegexExtractExpr  # noqa: PLC0415
        from ..models.regex_match_expr import RegexMatchExpr  # noqa: PLC0415
        from ..models.replace_expr import ReplaceExpr  # noqa: PLC0415
        from ..models.rolling_mean_expr import RollingMeanExpr  # noqa: PLC0415
        from ..models.rolling_sum_expr import RollingSumExpr  # noqa: PLC0415
        from ..models.round_expr import RoundExpr  # noqa: PLC0415
        from ..models.row_number_expr import RowNumberExpr  # noqa: PLC0415
        from ..models.split_part_expr import SplitPartExpr  # noqa: PLC0415
        from ..models.starts_with_expr import StartsWithExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.substring_expr import SubstringExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.trunc_expr import TruncExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415
        from ..models.weekday_expr import WeekdayExpr  # noqa: PLC0415
        from ..models.year_expr import YearExpr  # noqa: PLC0415

        avg: dict[str, Any] | str | Unset
        if isinstance(self.avg, Unset):
            avg = UNSET
        elif isinstance(self.avg, ColumnCondition):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, ColExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, LitExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, AddExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, SubExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, MulExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, DivExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, CoalesceExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, ConcatExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, LowerExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, UpperExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, TrimExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, RoundExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, DiffExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, EqExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, NeExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, LtExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, LeExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, GtExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, GeExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, AndExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, OrExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, NotExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, IsNullExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, IsInExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, BetweenExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, CaseExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, LengthExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, AbsExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, YearExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, MonthExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, DayExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, WeekdayExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, ReplaceExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, RegexExtractExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, RegexMatchExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, SubstringExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, SplitPartExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, StartsWithExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, EndsWithExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, ContainsExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, TruncExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, AddDaysExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, AddMonthsExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, DaysBetweenExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, CumSumExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, CumMaxExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, RollingMeanExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, RollingSumExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, LagExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, LeadExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, RankExpr):
            avg = self.avg.to_dict()
        elif isinstance(self.avg, RowNumberExpr):
            avg = self.avg.to_dict()
        else:
            avg = self.avg

        count: dict[str, Any] | str | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        elif isinstance(self.count, ColumnCondition):
            count = self.count.to_dict()
        elif isinstance(self.count, ColExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, LitExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, AddExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, SubExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, MulExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, DivExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, CoalesceExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, ConcatExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, LowerExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, UpperExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, TrimExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, RoundExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, DiffExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, EqExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, NeExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, LtExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, LeExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, GtExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, GeExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, AndExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, OrExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, NotExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, IsNullExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, IsInExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, BetweenExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, CaseExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, LengthExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, AbsExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, YearExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, MonthExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, DayExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, WeekdayExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, ReplaceExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, RegexExtractExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, RegexMatchExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, SubstringExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, SplitPartExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, StartsWithExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, EndsWithExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, ContainsExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, TruncExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, AddDaysExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, AddMonthsExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, DaysBetweenExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, CumSumExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, CumMaxExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, RollingMeanExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, RollingSumExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, LagExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, LeadExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, RankExpr):
            count = self.count.to_dict()
        elif isinstance(self.count, RowNumberExpr):
            count = self.count.to_dict()
        else:
            count = self.count

        count_distinct: dict[str, Any] | str | Unset
        if isinstance(self.count_distinct, Unset):
            count_distinct = UNSET
        elif isinstance(self.count_distinct, ColumnCondition):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, ColExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, LitExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, AddExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, SubExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, MulExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, DivExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, CoalesceExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, ConcatExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, LowerExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, UpperExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, TrimExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, RoundExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, DiffExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, EqExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, NeExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, LtExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, LeExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, GtExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, GeExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, AndExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, OrExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, NotExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, IsNullExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, IsInExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, BetweenExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, CaseExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, LengthExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, AbsExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, YearExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, MonthExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, DayExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, WeekdayExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, ReplaceExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, RegexExtractExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, RegexMatchExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, SubstringExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, SplitPartExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, StartsWithExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, EndsWithExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, ContainsExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, TruncExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, AddDaysExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, AddMonthsExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, DaysBetweenExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, CumSumExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, CumMaxExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, RollingMeanExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, RollingSumExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, LagExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, LeadExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, RankExpr):
            count_distinct = self.count_distinct.to_dict()
        elif isinstance(self.count_distinct, RowNumberExpr):
            count_distinct = self.count_distinct.to_dict()
        else:
            count_distinct = self.count_distinct

        first: dict[str, Any] | str | Unset
        if isinstance(self.first, Unset):
            first = UNSET
        elif isinstance(self.first, ColumnCondition):
            first = self.first.to_dict()
        elif isinstance(self.first, ColExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, LitExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, AddExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, SubExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, MulExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, DivExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, CoalesceExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, ConcatExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, LowerExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, UpperExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, TrimExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, RoundExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, DiffExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, EqExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, NeExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, LtExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, LeExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, GtExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, GeExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, AndExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, OrExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, NotExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, IsNullExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, IsInExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, BetweenExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, CaseExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, LengthExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, AbsExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, YearExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, MonthExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, DayExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, WeekdayExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, ReplaceExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, RegexExtractExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, RegexMatchExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, SubstringExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, SplitPartExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, StartsWithExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, EndsWithExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, ContainsExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, TruncExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, AddDaysExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, AddMonthsExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, DaysBetweenExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, CumSumExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, CumMaxExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, RollingMeanExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, RollingSumExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, LagExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, LeadExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, RankExpr):
            first = self.first.to_dict()
        elif isinstance(self.first, RowNumberExpr):
            first = self.first.to_dict()
        else:
            first = self.first

        last: dict[str, Any] | str | Unset
        if isinstance(self.last, Unset):
            last = UNSET
        elif isinstance(self.last, ColumnCondition):
            last = self.last.to_dict()
        elif isinstance(self.last, ColExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, LitExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, AddExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, SubExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, MulExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, DivExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, CoalesceExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, ConcatExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, LowerExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, UpperExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, TrimExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, RoundExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, DiffExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, EqExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, NeExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, LtExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, LeExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, GtExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, GeExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, AndExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, OrExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, NotExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, IsNullExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, IsInExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, BetweenExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, CaseExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, LengthExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, AbsExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, YearExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, MonthExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, DayExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, WeekdayExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, ReplaceExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, RegexExtractExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, RegexMatchExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, SubstringExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, SplitPartExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, StartsWithExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, EndsWithExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, ContainsExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, TruncExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, AddDaysExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, AddMonthsExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, DaysBetweenExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, CumSumExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, CumMaxExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, RollingMeanExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, RollingSumExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, LagExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, LeadExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, RankExpr):
            last = self.last.to_dict()
        elif isinstance(self.last, RowNumberExpr):
            last = self.last.to_dict()
        else:
            last = self.last

        max_: dict[str, Any] | str | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        elif isinstance(self.max_, ColumnCondition):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, ColExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, LitExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, AddExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, SubExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, MulExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, DivExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, CoalesceExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, ConcatExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, LowerExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, UpperExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, TrimExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, RoundExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, DiffExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, EqExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, NeExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, LtExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, LeExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, GtExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, GeExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, AndExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, OrExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, NotExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, IsNullExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, IsInExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, BetweenExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, CaseExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, LengthExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, AbsExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, YearExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, MonthExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, DayExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, WeekdayExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, ReplaceExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, RegexExtractExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, RegexMatchExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, SubstringExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, SplitPartExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, StartsWithExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, EndsWithExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, ContainsExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, TruncExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, AddDaysExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, AddMonthsExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, DaysBetweenExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, CumSumExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, CumMaxExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, RollingMeanExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, RollingSumExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, LagExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, LeadExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, RankExpr):
            max_ = self.max_.to_dict()
        elif isinstance(self.max_, RowNumberExpr):
            max_ = self.max_.to_dict()
        else:
            max_ = self.max_

        median: dict[str, Any] | str | Unset
        if isinstance(self.median, Unset):
            median = UNSET
        elif isinstance(self.median, ColumnCondition):
            median = self.median.to_dict()
        elif isinstance(self.median, ColExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, LitExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, AddExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, SubExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, MulExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, DivExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, CoalesceExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, ConcatExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, LowerExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, UpperExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, TrimExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, RoundExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, DiffExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, EqExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, NeExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, LtExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, LeExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, GtExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, GeExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, AndExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, OrExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, NotExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, IsNullExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, IsInExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, BetweenExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, CaseExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, LengthExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, AbsExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, YearExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, MonthExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, DayExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, WeekdayExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, ReplaceExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, RegexExtractExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, RegexMatchExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, SubstringExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, SplitPartExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, StartsWithExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, EndsWithExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, ContainsExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, TruncExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, AddDaysExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, AddMonthsExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, DaysBetweenExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, CumSumExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, CumMaxExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, RollingMeanExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, RollingSumExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, LagExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, LeadExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, RankExpr):
            median = self.median.to_dict()
        elif isinstance(self.median, RowNumberExpr):
            median = self.median.to_dict()
        else:
            median = self.median

        min_: dict[str, Any] | str | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        elif isinstance(self.min_, ColumnCondition):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, ColExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, LitExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, AddExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, SubExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, MulExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, DivExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, CoalesceExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, ConcatExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, LowerExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, UpperExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, TrimExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, RoundExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, DiffExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, EqExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, NeExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, LtExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, LeExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, GtExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, GeExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, AndExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, OrExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, NotExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, IsNullExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, IsInExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, BetweenExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, CaseExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, LengthExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, AbsExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, YearExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, MonthExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, DayExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, WeekdayExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, ReplaceExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, RegexExtractExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, RegexMatchExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, SubstringExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, SplitPartExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, StartsWithExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, EndsWithExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, ContainsExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, TruncExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, AddDaysExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, AddMonthsExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, DaysBetweenExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, CumSumExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, CumMaxExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, RollingMeanExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, RollingSumExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, LagExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, LeadExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, RankExpr):
            min_ = self.min_.to_dict()
        elif isinstance(self.min_, RowNumberExpr):
            min_ = self.min_.to_dict()
        else:
            min_ = self.min_

        order_by: list[str] | str | Unset
        if isinstance(self.order_by, Unset):
            order_by = UNSET
        elif isinstance(self.order_by, list):
            order_by = self.order_by

        else:
            order_by = self.order_by

        sum_: dict[str, Any] | str | Unset
        if isinstance(self.sum_, Unset):
            sum_ = UNSET
        elif isinstance(self.sum_, ColumnCondition):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, ColExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, LitExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, AddExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, SubExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, MulExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, DivExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, CoalesceExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, ConcatExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, LowerExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, UpperExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, TrimExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, RoundExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, DiffExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, EqExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, NeExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, LtExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, LeExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, GtExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, GeExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, AndExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, OrExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, NotExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, IsNullExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, IsInExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, BetweenExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, CaseExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, LengthExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, AbsExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, YearExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, MonthExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, DayExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, WeekdayExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, ReplaceExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, RegexExtractExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, RegexMatchExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, SubstringExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, SplitPartExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, StartsWithExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, EndsWithExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, ContainsExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, TruncExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, AddDaysExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, AddMonthsExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, DaysBetweenExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, CumSumExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, CumMaxExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, RollingMeanExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, RollingSumExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, LagExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, LeadExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, RankExpr):
            sum_ = self.sum_.to_dict()
        elif isinstance(self.sum_, RowNumberExpr):
            sum_ = self.sum_.to_dict()
        else:
            sum_ = self.sum_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if avg is not UNSET:
            field_dict["avg"] = avg
        if count is not UNSET:
            field_dict["count"] = count
        if count_distinct is not UNSET:
            field_dict["count_distinct"] = count_distinct
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last
        if max_ is not UNSET:
            field_dict["max"] = max_
        if median is not UNSET:
            field_dict["median"] = median
        if min_ is not UNSET:
            field_dict["min"] = min_
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if sum_ is not UNSET:
            field_dict["sum"] = sum_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abs_expr import AbsExpr  # noqa: PLC0415
        from ..models.add_days_expr import AddDaysExpr  # noqa: PLC0415
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.add_months_expr import AddMonthsExpr  # noqa: PLC0415
        from ..models.and_expr import AndExpr  # noqa: PLC0415
        from ..models.between_expr import BetweenExpr  # noqa: PLC0415
        from ..models.case_expr import CaseExpr  # noqa: PLC0415
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.column_condition import ColumnCondition  # noqa: PLC0415
        from ..models.concat_expr import ConcatExpr  # noqa: PLC0415
        from ..models.contains_expr import ContainsExpr  # noqa: PLC0415
        from ..models.cum_max_expr import CumMaxExpr  # noqa: PLC0415
        from ..models.cum_sum_expr import CumSumExpr  # noqa: PLC0415
        from ..models.day_expr import DayExpr  # noqa: PLC0415
        from ..models.days_between_expr import DaysBetweenExpr  # noqa: PLC0415
        from ..models.diff_expr import DiffExpr  # noqa: PLC0415
        from ..models.div_expr import DivExpr  # noqa: PLC0415
        from ..models.ends_with_expr import EndsWithExpr  # noqa: PLC0415
        from ..models.eq_expr import EqExpr  # noqa: PLC0415
        from ..models.ge_expr import GeExpr  # noqa: PLC0415
        from ..models.gt_expr import GtExpr  # noqa: PLC0415
        from ..models.is_in_expr import IsInExpr  # noqa: PLC0415
        from ..models.is_null_expr import IsNullExpr  # noqa: PLC0415
        from ..models.lag_expr import LagExpr  # noqa: PLC0415
        from ..models.le_expr import LeExpr  # noqa: PLC0415
        from ..models.lead_expr import LeadExpr  # noqa: PLC0415
        from ..models.length_expr import LengthExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.lt_expr import LtExpr  # noqa: PLC0415
        from ..models.month_expr import MonthExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.ne_expr import NeExpr  # noqa: PLC0415
        from ..models.not_expr import NotExpr  # noqa: PLC0415
        from ..models.or_expr import OrExpr  # noqa: PLC0415
        from ..models.rank_expr import RankExpr  # noqa: PLC0415
        from ..models.regex_extract_expr import RegexExtractExpr  # noqa: PLC0415
        from ..models.regex_match_expr import RegexMatchExpr  # noqa: PLC0415
        from ..models.replace_expr import ReplaceExpr  # noqa: PLC0415
        from ..models.rolling_mean_expr import RollingMeanExpr  # noqa: PLC0415
        from ..models.rolling_sum_expr import RollingSumExpr  # noqa: PLC0415
        from ..models.round_expr import RoundExpr  # noqa: PLC0415
        from ..models.row_number_expr import RowNumberExpr  # noqa: PLC0415
        from ..models.split_part_expr import SplitPartExpr  # noqa: PLC0415
        from ..models.starts_with_expr import StartsWithExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.substring_expr import SubstringExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.trunc_expr import TruncExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415
        from ..models.weekday_expr import WeekdayExpr  # noqa: PLC0415
        from ..models.year_expr import YearExpr  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_avg(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | CaseExpr
            | CoalesceExpr
            | ColExpr
            | ColumnCondition
            | ConcatExpr
            | ContainsExpr
            | CumMaxExpr
            | CumSumExpr
            | DayExpr
            | DaysBetweenExpr
            | DiffExpr
            | DivExpr
            | EndsWithExpr
            | EqExpr
            | GeExpr
            | GtExpr
            | IsInExpr
            | IsNullExpr
            | LagExpr
            | LeadExpr
            | LeExpr
            | LengthExpr
            | LitExpr
            | LowerExpr
            | LtExpr
            | MonthExpr
            | MulExpr
            | NeExpr
            | NotExpr
            | OrExpr
            | RankExpr
            | RegexExtractExpr
            | RegexMatchExpr
            | ReplaceExpr
            | RollingMeanExpr
            | RollingSumExpr
            | RoundExpr
            | RowNumberExpr
            | SplitPartExpr
            | StartsWithExpr
            | str
            | SubExpr
            | SubstringExpr
            | TrimExpr
            | TruncExpr
            | Unset
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColumnCondition.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_12 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_13 = DiffExpr.from_dict(data)

                return componentsschemas_expr_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_14 = EqExpr.from_dict(data)

                return componentsschemas_expr_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_15 = NeExpr.from_dict(data)

                return componentsschemas_expr_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_16 = LtExpr.from_dict(data)

                return componentsschemas_expr_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_17 = LeExpr.from_dict(data)

                return componentsschemas_expr_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_18 = GtExpr.from_dict(data)

                return componentsschemas_expr_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_19 = GeExpr.from_dict(data)

                return componentsschemas_expr_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_20 = AndExpr.from_dict(data)

                return componentsschemas_expr_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_21 = OrExpr.from_dict(data)

                return componentsschemas_expr_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_22 = NotExpr.from_dict(data)

                return componentsschemas_expr_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_23 = IsNullExpr.from_dict(data)

                return componentsschemas_expr_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_24 = IsInExpr.from_dict(data)

                return componentsschemas_expr_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_25 = BetweenExpr.from_dict(data)

                return componentsschemas_expr_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_26 = CaseExpr.from_dict(data)

                return componentsschemas_expr_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_27 = LengthExpr.from_dict(data)

                return componentsschemas_expr_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_28 = AbsExpr.from_dict(data)

                return componentsschemas_expr_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_29 = YearExpr.from_dict(data)

                return componentsschemas_expr_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_30 = MonthExpr.from_dict(data)

                return componentsschemas_expr_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_31 = DayExpr.from_dict(data)

                return componentsschemas_expr_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_32 = WeekdayExpr.from_dict(data)

                return componentsschemas_expr_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_33 = ReplaceExpr.from_dict(data)

                return componentsschemas_expr_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_34 = RegexExtractExpr.from_dict(data)

                return componentsschemas_expr_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_35 = RegexMatchExpr.from_dict(data)

                return componentsschemas_expr_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_36 = SubstringExpr.from_dict(data)

                return componentsschemas_expr_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_37 = SplitPartExpr.from_dict(data)

                return componentsschemas_expr_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_38 = StartsWithExpr.from_dict(data)

                return componentsschemas_expr_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_39 = EndsWithExpr.from_dict(data)

                return componentsschemas_expr_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_40 = ContainsExpr.from_dict(data)

                return componentsschemas_expr_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_41 = TruncExpr.from_dict(data)

                return componentsschemas_expr_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_42 = AddDaysExpr.from_dict(data)

                return componentsschemas_expr_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_43 = AddMonthsExpr.from_dict(data)

                return componentsschemas_expr_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_44 = DaysBetweenExpr.from_dict(data)

                return componentsschemas_expr_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_45 = CumSumExpr.from_dict(data)

                return componentsschemas_expr_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_46 = CumMaxExpr.from_dict(data)

                return componentsschemas_expr_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_47 = RollingMeanExpr.from_dict(data)

                return componentsschemas_expr_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_48 = RollingSumExpr.from_dict(data)

                return componentsschemas_expr_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_49 = LagExpr.from_dict(data)

                return componentsschemas_expr_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_50 = LeadExpr.from_dict(data)

                return componentsschemas_expr_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_51 = RankExpr.from_dict(data)

                return componentsschemas_expr_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_52 = RowNumberExpr.from_dict(data)

                return componentsschemas_expr_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AbsExpr
                | AddDaysExpr
                | AddExpr
                | AddMonthsExpr
                | AndExpr
                | BetweenExpr
                | CaseExpr
                | CoalesceExpr
                | ColExpr
                | ColumnCondition
                | ConcatExpr
                | ContainsExpr
                | CumMaxExpr
                | CumSumExpr
                | DayExpr
                | DaysBetweenExpr
                | DiffExpr
                | DivExpr
                | EndsWithExpr
                | EqExpr
                | GeExpr
                | GtExpr
                | IsInExpr
                | IsNullExpr
                | LagExpr
                | LeadExpr
                | LeExpr
                | LengthExpr
                | LitExpr
                | LowerExpr
                | LtExpr
                | MonthExpr
                | MulExpr
                | NeExpr
                | NotExpr
                | OrExpr
                | RankExpr
                | RegexExtractExpr
                | RegexMatchExpr
                | ReplaceExpr
                | RollingMeanExpr
                | RollingSumExpr
                | RoundExpr
                | RowNumberExpr
                | SplitPartExpr
                | StartsWithExpr
                | str
                | SubExpr
                | SubstringExpr
                | TrimExpr
                | TruncExpr
                | Unset
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        avg = _parse_avg(d.pop("avg", UNSET))

        def _parse_count(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | CaseExpr
            | CoalesceExpr
            | ColExpr
            | ColumnCondition
            | ConcatExpr
            | ContainsExpr
            | CumMaxExpr
            | CumSumExpr
            | DayExpr
            | DaysBetweenExpr
            | DiffExpr
            | DivExpr
            | EndsWithExpr
            | EqExpr
            | GeExpr
            | GtExpr
            | IsInExpr
            | IsNullExpr
            | LagExpr
            | LeadExpr
            | LeExpr
            | LengthExpr
            | LitExpr
            | LowerExpr
            | LtExpr
            | MonthExpr
            | MulExpr
            | NeExpr
            | NotExpr
            | OrExpr
            | RankExpr
            | RegexExtractExpr
            | RegexMatchExpr
            | ReplaceExpr
            | RollingMeanExpr
            | RollingSumExpr
            | RoundExpr
            | RowNumberExpr
            | SplitPartExpr
            | StartsWithExpr
            | str
            | SubExpr
            | SubstringExpr
            | TrimExpr
            | TruncExpr
            | Unset
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColumnCondition.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_12 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_13 = DiffExpr.from_dict(data)

                return componentsschemas_expr_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_14 = EqExpr.from_dict(data)

                return componentsschemas_expr_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_15 = NeExpr.from_dict(data)

                return componentsschemas_expr_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_16 = LtExpr.from_dict(data)

                return componentsschemas_expr_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_17 = LeExpr.from_dict(data)

                return componentsschemas_expr_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_18 = GtExpr.from_dict(data)

                return componentsschemas_expr_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_19 = GeExpr.from_dict(data)

                return componentsschemas_expr_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_20 = AndExpr.from_dict(data)

                return componentsschemas_expr_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_21 = OrExpr.from_dict(data)

                return componentsschemas_expr_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_22 = NotExpr.from_dict(data)

                return componentsschemas_expr_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_23 = IsNullExpr.from_dict(data)

                return componentsschemas_expr_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_24 = IsInExpr.from_dict(data)

                return componentsschemas_expr_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_25 = BetweenExpr.from_dict(data)

                return componentsschemas_expr_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_26 = CaseExpr.from_dict(data)

                return componentsschemas_expr_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_27 = LengthExpr.from_dict(data)

                return componentsschemas_expr_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_28 = AbsExpr.from_dict(data)

                return componentsschemas_expr_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_29 = YearExpr.from_dict(data)

                return componentsschemas_expr_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_30 = MonthExpr.from_dict(data)

                return componentsschemas_expr_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_31 = DayExpr.from_dict(data)

                return componentsschemas_expr_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_32 = WeekdayExpr.from_dict(data)

                return componentsschemas_expr_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_33 = ReplaceExpr.from_dict(data)

                return componentsschemas_expr_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_34 = RegexExtractExpr.from_dict(data)

                return componentsschemas_expr_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_35 = RegexMatchExpr.from_dict(data)

                return componentsschemas_expr_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_36 = SubstringExpr.from_dict(data)

                return componentsschemas_expr_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_37 = SplitPartExpr.from_dict(data)

                return componentsschemas_expr_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_38 = StartsWithExpr.from_dict(data)

                return componentsschemas_expr_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_39 = EndsWithExpr.from_dict(data)

                return componentsschemas_expr_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_40 = ContainsExpr.from_dict(data)

                return componentsschemas_expr_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_41 = TruncExpr.from_dict(data)

                return componentsschemas_expr_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_42 = AddDaysExpr.from_dict(data)

                return componentsschemas_expr_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_43 = AddMonthsExpr.from_dict(data)

                return componentsschemas_expr_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_44 = DaysBetweenExpr.from_dict(data)

                return componentsschemas_expr_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_45 = CumSumExpr.from_dict(data)

                return componentsschemas_expr_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_46 = CumMaxExpr.from_dict(data)

                return componentsschemas_expr_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_47 = RollingMeanExpr.from_dict(data)

                return componentsschemas_expr_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_48 = RollingSumExpr.from_dict(data)

                return componentsschemas_expr_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_49 = LagExpr.from_dict(data)

                return componentsschemas_expr_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_50 = LeadExpr.from_dict(data)

                return componentsschemas_expr_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_51 = RankExpr.from_dict(data)

                return componentsschemas_expr_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_52 = RowNumberExpr.from_dict(data)

                return componentsschemas_expr_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AbsExpr
                | AddDaysExpr
                | AddExpr
                | AddMonthsExpr
                | AndExpr
                | BetweenExpr
                | CaseExpr
                | CoalesceExpr
                | ColExpr
                | ColumnCondition
                | ConcatExpr
                | ContainsExpr
                | CumMaxExpr
                | CumSumExpr
                | DayExpr
                | DaysBetweenExpr
                | DiffExpr
                | DivExpr
                | EndsWithExpr
                | EqExpr
                | GeExpr
                | GtExpr
                | IsInExpr
                | IsNullExpr
                | LagExpr
                | LeadExpr
                | LeExpr
                | LengthExpr
                | LitExpr
                | LowerExpr
                | LtExpr
                | MonthExpr
                | MulExpr
                | NeExpr
                | NotExpr
                | OrExpr
                | RankExpr
                | RegexExtractExpr
                | RegexMatchExpr
                | ReplaceExpr
                | RollingMeanExpr
                | RollingSumExpr
                | RoundExpr
                | RowNumberExpr
                | SplitPartExpr
                | StartsWithExpr
                | str
                | SubExpr
                | SubstringExpr
                | TrimExpr
                | TruncExpr
                | Unset
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        count = _parse_count(d.pop("count", UNSET))

        def _parse_count_distinct(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | CaseExpr
            | CoalesceExpr
            | ColExpr
            | ColumnCondition
            | ConcatExpr
            | ContainsExpr
            | CumMaxExpr
            | CumSumExpr
            | DayExpr
            | DaysBetweenExpr
            | DiffExpr
            | DivExpr
            | EndsWithExpr
            | EqExpr
            | GeExpr
            | GtExpr
            | IsInExpr
            | IsNullExpr
            | LagExpr
            | LeadExpr
            | LeExpr
            | LengthExpr
            | LitExpr
            | LowerExpr
            | LtExpr
            | MonthExpr
            | MulExpr
            | NeExpr
            | NotExpr
            | OrExpr
            | RankExpr
            | RegexExtractExpr
            | RegexMatchExpr
            | ReplaceExpr
            | RollingMeanExpr
            | RollingSumExpr
            | RoundExpr
            | RowNumberExpr
            | SplitPartExpr
            | StartsWithExpr
            | str
            | SubExpr
            | SubstringExpr
            | TrimExpr
            | TruncExpr
            | Unset
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColumnCondition.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_12 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_13 = DiffExpr.from_dict(data)

                return componentsschemas_expr_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_14 = EqExpr.from_dict(data)

                return componentsschemas_expr_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_15 = NeExpr.from_dict(data)

                return componentsschemas_expr_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_16 = LtExpr.from_dict(data)

                return componentsschemas_expr_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_17 = LeExpr.from_dict(data)

                return componentsschemas_expr_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_18 = GtExpr.from_dict(data)

                return componentsschemas_expr_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_19 = GeExpr.from_dict(data)

                return componentsschemas_expr_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_20 = AndExpr.from_dict(data)

                return componentsschemas_expr_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_21 = OrExpr.from_dict(data)

                return componentsschemas_expr_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_22 = NotExpr.from_dict(data)

                return componentsschemas_expr_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_23 = IsNullExpr.from_dict(data)

                return componentsschemas_expr_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_24 = IsInExpr.from_dict(data)

                return componentsschemas_expr_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_25 = BetweenExpr.from_dict(data)

                return componentsschemas_expr_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_26 = CaseExpr.from_dict(data)

                return componentsschemas_expr_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_27 = LengthExpr.from_dict(data)

                return componentsschemas_expr_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_28 = AbsExpr.from_dict(data)

                return componentsschemas_expr_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_29 = YearExpr.from_dict(data)

                return componentsschemas_expr_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_30 = MonthExpr.from_dict(data)

                return componentsschemas_expr_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_31 = DayExpr.from_dict(data)

                return componentsschemas_expr_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_32 = WeekdayExpr.from_dict(data)

                return componentsschemas_expr_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_33 = ReplaceExpr.from_dict(data)

                return componentsschemas_expr_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_34 = RegexExtractExpr.from_dict(data)

                return componentsschemas_expr_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_35 = RegexMatchExpr.from_dict(data)

                return componentsschemas_expr_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_36 = SubstringExpr.from_dict(data)

                return componentsschemas_expr_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_37 = SplitPartExpr.from_dict(data)

                return componentsschemas_expr_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_38 = StartsWithExpr.from_dict(data)

                return componentsschemas_expr_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_39 = EndsWithExpr.from_dict(data)

                return componentsschemas_expr_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_40 = ContainsExpr.from_dict(data)

                return componentsschemas_expr_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_41 = TruncExpr.from_dict(data)

                return componentsschemas_expr_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_42 = AddDaysExpr.from_dict(data)

                return componentsschemas_expr_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_43 = AddMonthsExpr.from_dict(data)

                return componentsschemas_expr_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_44 = DaysBetweenExpr.from_dict(data)

                return componentsschemas_expr_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_45 = CumSumExpr.from_dict(data)

                return componentsschemas_expr_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_46 = CumMaxExpr.from_dict(data)

                return componentsschemas_expr_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_47 = RollingMeanExpr.from_dict(data)

                return componentsschemas_expr_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_48 = RollingSumExpr.from_dict(data)

                return componentsschemas_expr_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_49 = LagExpr.from_dict(data)

                return componentsschemas_expr_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_50 = LeadExpr.from_dict(data)

                return componentsschemas_expr_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_51 = RankExpr.from_dict(data)

                return componentsschemas_expr_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_52 = RowNumberExpr.from_dict(data)

                return componentsschemas_expr_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AbsExpr
                | AddDaysExpr
                | AddExpr
                | AddMonthsExpr
                | AndExpr
                | BetweenExpr
                | CaseExpr
                | CoalesceExpr
                | ColExpr
                | ColumnCondition
                | ConcatExpr
                | ContainsExpr
                | CumMaxExpr
                | CumSumExpr
                | DayExpr
                | DaysBetweenExpr
                | DiffExpr
                | DivExpr
                | EndsWithExpr
                | EqExpr
                | GeExpr
                | GtExpr
                | IsInExpr
                | IsNullExpr
                | LagExpr
                | LeadExpr
                | LeExpr
                | LengthExpr
                | LitExpr
                | LowerExpr
                | LtExpr
                | MonthExpr
                | MulExpr
                | NeExpr
                | NotExpr
                | OrExpr
                | RankExpr
                | RegexExtractExpr
                | RegexMatchExpr
                | ReplaceExpr
                | RollingMeanExpr
                | RollingSumExpr
                | RoundExpr
                | RowNumberExpr
                | SplitPartExpr
                | StartsWithExpr
                | str
                | SubExpr
                | SubstringExpr
                | TrimExpr
                | TruncExpr
                | Unset
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        count_distinct = _parse_count_distinct(d.pop("count_distinct", UNSET))

        def _parse_first(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | CaseExpr
            | CoalesceExpr
            | ColExpr
            | ColumnCondition
            | ConcatExpr
            | ContainsExpr
            | CumMaxExpr
            | CumSumExpr
            | DayExpr
            | DaysBetweenExpr
            | DiffExpr
            | DivExpr
            | EndsWithExpr
            | EqExpr
            | GeExpr
            | GtExpr
            | IsInExpr
            | IsNullExpr
            | LagExpr
            | LeadExpr
            | LeExpr
            | LengthExpr
            | LitExpr
            | LowerExpr
            | LtExpr
            | MonthExpr
            | MulExpr
            | NeExpr
            | NotExpr
            | OrExpr
            | RankExpr
            | RegexExtractExpr
            | RegexMatchExpr
            | ReplaceExpr
            | RollingMeanExpr
            | RollingSumExpr
            | RoundExpr
            | RowNumberExpr
            | SplitPartExpr
            | StartsWithExpr
            | str
            | SubExpr
            | SubstringExpr
            | TrimExpr
            | TruncExpr
            | Unset
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColumnCondition.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_12 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_13 = DiffExpr.from_dict(data)

                return componentsschemas_expr_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_14 = EqExpr.from_dict(data)

                return componentsschemas_expr_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_15 = NeExpr.from_dict(data)

                return componentsschemas_expr_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_16 = LtExpr.from_dict(data)

                return componentsschemas_expr_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_17 = LeExpr.from_dict(data)

                return componentsschemas_expr_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_18 = GtExpr.from_dict(data)

                return componentsschemas_expr_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_19 = GeExpr.from_dict(data)

                return componentsschemas_expr_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_20 = AndExpr.from_dict(data)

                return componentsschemas_expr_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_21 = OrExpr.from_dict(data)

                return componentsschemas_expr_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_22 = NotExpr.from_dict(data)

                return componentsschemas_expr_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_23 = IsNullExpr.from_dict(data)

                return componentsschemas_expr_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_24 = IsInExpr.from_dict(data)

                return componentsschemas_expr_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_25 = BetweenExpr.from_dict(data)

                return componentsschemas_expr_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_26 = CaseExpr.from_dict(data)

                return componentsschemas_expr_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_27 = LengthExpr.from_dict(data)

                return componentsschemas_expr_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_28 = AbsExpr.from_dict(data)

                return componentsschemas_expr_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_29 = YearExpr.from_dict(data)

                return componentsschemas_expr_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_30 = MonthExpr.from_dict(data)

                return componentsschemas_expr_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_31 = DayExpr.from_dict(data)

                return componentsschemas_expr_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_32 = WeekdayExpr.from_dict(data)

                return componentsschemas_expr_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_33 = ReplaceExpr.from_dict(data)

                return componentsschemas_expr_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_34 = RegexExtractExpr.from_dict(data)

                return componentsschemas_expr_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_35 = RegexMatchExpr.from_dict(data)

                return componentsschemas_expr_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_36 = SubstringExpr.from_dict(data)

                return componentsschemas_expr_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_37 = SplitPartExpr.from_dict(data)

                return componentsschemas_expr_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_38 = StartsWithExpr.from_dict(data)

                return componentsschemas_expr_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_39 = EndsWithExpr.from_dict(data)

                return componentsschemas_expr_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_40 = ContainsExpr.from_dict(data)

                return componentsschemas_expr_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_41 = TruncExpr.from_dict(data)

                return componentsschemas_expr_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_42 = AddDaysExpr.from_dict(data)

                return componentsschemas_expr_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_43 = AddMonthsExpr.from_dict(data)

                return componentsschemas_expr_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_44 = DaysBetweenExpr.from_dict(data)

                return componentsschemas_expr_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_45 = CumSumExpr.from_dict(data)

                return componentsschemas_expr_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_46 = CumMaxExpr.from_dict(data)

                return componentsschemas_expr_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_47 = RollingMeanExpr.from_dict(data)

                return componentsschemas_expr_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_48 = RollingSumExpr.from_dict(data)

                return componentsschemas_expr_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_49 = LagExpr.from_dict(data)

                return componentsschemas_expr_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_50 = LeadExpr.from_dict(data)

                return componentsschemas_expr_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_51 = RankExpr.from_dict(data)

                return componentsschemas_expr_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_52 = RowNumberExpr.from_dict(data)

                return componentsschemas_expr_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AbsExpr
                | AddDaysExpr
                | AddExpr
                | AddMonthsExpr
                | AndExpr
                | BetweenExpr
                | CaseExpr
                | CoalesceExpr
                | ColExpr
                | ColumnCondition
                | ConcatExpr
                | ContainsExpr
                | CumMaxExpr
                | CumSumExpr
                | DayExpr
                | DaysBetweenExpr
                | DiffExpr
                | DivExpr
                | EndsWithExpr
                | EqExpr
                | GeExpr
                | GtExpr
                | IsInExpr
                | IsNullExpr
                | LagExpr
                | LeadExpr
                | LeExpr
                | LengthExpr
                | LitExpr
                | LowerExpr
                | LtExpr
                | MonthExpr
                | MulExpr
                | NeExpr
                | NotExpr
                | OrExpr
                | RankExpr
                | RegexExtractExpr
                | RegexMatchExpr
                | ReplaceExpr
                | RollingMeanExpr
                | RollingSumExpr
                | RoundExpr
                | RowNumberExpr
                | SplitPartExpr
                | StartsWithExpr
                | str
                | SubExpr
                | SubstringExpr
                | TrimExpr
                | TruncExpr
                | Unset
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        first = _parse_first(d.pop("first", UNSET))

        def _parse_last(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | CaseExpr
            | CoalesceExpr
            | ColExpr
            | ColumnCondition
            | ConcatExpr
            | ContainsExpr
            | CumMaxExpr
            | CumSumExpr
            | DayExpr
            | DaysBetweenExpr
            | DiffExpr
            | DivExpr
            | EndsWithExpr
            | EqExpr
            | GeExpr
            | GtExpr
            | IsInExpr
            | IsNullExpr
            | LagExpr
            | LeadExpr
            | LeExpr
            | LengthExpr
            | LitExpr
            | LowerExpr
            | LtExpr
            | MonthExpr
            | MulExpr
            | NeExpr
            | NotExpr
            | OrExpr
            | RankExpr
            | RegexExtractExpr
            | RegexMatchExpr
            | ReplaceExpr
            | RollingMeanExpr
            | RollingSumExpr
            | RoundExpr
            | RowNumberExpr
            | SplitPartExpr
            | StartsWithExpr
            | str
            | SubExpr
            | SubstringExpr
            | TrimExpr
            | TruncExpr
            | Unset
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColumnCondition.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_12 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_13 = DiffExpr.from_dict(data)

                return componentsschemas_expr_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_14 = EqExpr.from_dict(data)

                return componentsschemas_expr_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_15 = NeExpr.from_dict(data)

                return componentsschemas_expr_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_16 = LtExpr.from_dict(data)

                return componentsschemas_expr_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_17 = LeExpr.from_dict(data)

                return componentsschemas_expr_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_18 = GtExpr.from_dict(data)

                return componentsschemas_expr_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_19 = GeExpr.from_dict(data)

                return componentsschemas_expr_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_20 = AndExpr.from_dict(data)

                return componentsschemas_expr_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_21 = OrExpr.from_dict(data)

                return componentsschemas_expr_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_22 = NotExpr.from_dict(data)

                return componentsschemas_expr_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_23 = IsNullExpr.from_dict(data)

                return componentsschemas_expr_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_24 = IsInExpr.from_dict(data)

                return componentsschemas_expr_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_25 = BetweenExpr.from_dict(data)

                return componentsschemas_expr_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_26 = CaseExpr.from_dict(data)

                return componentsschemas_expr_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_27 = LengthExpr.from_dict(data)

                return componentsschemas_expr_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_28 = AbsExpr.from_dict(data)

                return componentsschemas_expr_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_29 = YearExpr.from_dict(data)

                return componentsschemas_expr_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_30 = MonthExpr.from_dict(data)

                return componentsschemas_expr_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_31 = DayExpr.from_dict(data)

                return componentsschemas_expr_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_32 = WeekdayExpr.from_dict(data)

                return componentsschemas_expr_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_33 = ReplaceExpr.from_dict(data)

                return componentsschemas_expr_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_34 = RegexExtractExpr.from_dict(data)

                return componentsschemas_expr_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_35 = RegexMatchExpr.from_dict(data)

                return componentsschemas_expr_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_36 = SubstringExpr.from_dict(data)

                return componentsschemas_expr_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_37 = SplitPartExpr.from_dict(data)

                return componentsschemas_expr_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_38 = StartsWithExpr.from_dict(data)

                return componentsschemas_expr_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_39 = EndsWithExpr.from_dict(data)

                return componentsschemas_expr_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_40 = ContainsExpr.from_dict(data)

                return componentsschemas_expr_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_41 = TruncExpr.from_dict(data)

                return componentsschemas_expr_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_42 = AddDaysExpr.from_dict(data)

                return componentsschemas_expr_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_43 = AddMonthsExpr.from_dict(data)

                return componentsschemas_expr_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_44 = DaysBetweenExpr.from_dict(data)

                return componentsschemas_expr_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_45 = CumSumExpr.from_dict(data)

                return componentsschemas_expr_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_46 = CumMaxExpr.from_dict(data)

                return componentsschemas_expr_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_47 = RollingMeanExpr.from_dict(data)

                return componentsschemas_expr_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_48 = RollingSumExpr.from_dict(data)

                return componentsschemas_expr_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_49 = LagExpr.from_dict(data)

                return componentsschemas_expr_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_50 = LeadExpr.from_dict(data)

                return componentsschemas_expr_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_51 = RankExpr.from_dict(data)

                return componentsschemas_expr_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_52 = RowNumberExpr.from_dict(data)

                return componentsschemas_expr_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AbsExpr
                | AddDaysExpr
                | AddExpr
                | AddMonthsExpr
                | AndExpr
                | BetweenExpr
                | CaseExpr
                | CoalesceExpr
                | ColExpr
                | ColumnCondition
                | ConcatExpr
                | ContainsExpr
                | CumMaxExpr
                | CumSumExpr
                | DayExpr
                | DaysBetweenExpr
                | DiffExpr
                | DivExpr
                | EndsWithExpr
                | EqExpr
                | GeExpr
                | GtExpr
                | IsInExpr
                | IsNullExpr
                | LagExpr
                | LeadExpr
                | LeExpr
                | LengthExpr
                | LitExpr
                | LowerExpr
                | LtExpr
                | MonthExpr
                | MulExpr
                | NeExpr
                | NotExpr
                | OrExpr
                | RankExpr
                | RegexExtractExpr
                | RegexMatchExpr
                | ReplaceExpr
                | RollingMeanExpr
                | RollingSumExpr
                | RoundExpr
                | RowNumberExpr
                | SplitPartExpr
                | StartsWithExpr
                | str
                | SubExpr
                | SubstringExpr
                | TrimExpr
                | TruncExpr
                | Unset
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        last = _parse_last(d.pop("last", UNSET))

        def _parse_max_(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | CaseExpr
            | CoalesceExpr
            | ColExpr
            | ColumnCondition
            | ConcatExpr
            | ContainsExpr
            | CumMaxExpr
            | CumSumExpr
            | DayExpr
            | DaysBetweenExpr
            | DiffExpr
            | DivExpr
            | EndsWithExpr
            | EqExpr
            | GeExpr
            | GtExpr
            | IsInExpr
            | IsNullExpr
            | LagExpr
            | LeadExpr
            | LeExpr
            | LengthExpr
            | LitExpr
            | LowerExpr
            | LtExpr
            | MonthExpr
            | MulExpr
            | NeExpr
            | NotExpr
            | OrExpr
            | RankExpr
            | RegexExtractExpr
            | RegexMatchExpr
            | ReplaceExpr
            | RollingMeanExpr
            | RollingSumExpr
            | RoundExpr
            | RowNumberExpr
            | SplitPartExpr
            | StartsWithExpr
            | str
            | SubExpr
            | SubstringExpr
            | TrimExpr
            | TruncExpr
            | Unset
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColumnCondition.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_12 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_13 = DiffExpr.from_dict(data)

                return componentsschemas_expr_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_14 = EqExpr.from_dict(data)

                return componentsschemas_expr_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_15 = NeExpr.from_dict(data)

                return componentsschemas_expr_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_16 = LtExpr.from_dict(data)

                return componentsschemas_expr_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_17 = LeExpr.from_dict(data)

                return componentsschemas_expr_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_18 = GtExpr.from_dict(data)

                return componentsschemas_expr_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_19 = GeExpr.from_dict(data)

                return componentsschemas_expr_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_20 = AndExpr.from_dict(data)

                return componentsschemas_expr_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_21 = OrExpr.from_dict(data)

                return componentsschemas_expr_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_22 = NotExpr.from_dict(data)

                return componentsschemas_expr_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_23 = IsNullExpr.from_dict(data)

                return componentsschemas_expr_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_24 = IsInExpr.from_dict(data)

                return componentsschemas_expr_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_25 = BetweenExpr.from_dict(data)

                return componentsschemas_expr_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_26 = CaseExpr.from_dict(data)

                return componentsschemas_expr_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_27 = LengthExpr.from_dict(data)

                return componentsschemas_expr_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_28 = AbsExpr.from_dict(data)

                return componentsschemas_expr_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_29 = YearExpr.from_dict(data)

                return componentsschemas_expr_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_30 = MonthExpr.from_dict(data)

                return componentsschemas_expr_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_31 = DayExpr.from_dict(data)

                return componentsschemas_expr_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_32 = WeekdayExpr.from_dict(data)

                return componentsschemas_expr_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_33 = ReplaceExpr.from_dict(data)

                return componentsschemas_expr_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_34 = RegexExtractExpr.from_dict(data)

                return componentsschemas_expr_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_35 = RegexMatchExpr.from_dict(data)

                return componentsschemas_expr_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_36 = SubstringExpr.from_dict(data)

                return componentsschemas_expr_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_37 = SplitPartExpr.from_dict(data)

                return componentsschemas_expr_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_38 = StartsWithExpr.from_dict(data)

                return componentsschemas_expr_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_39 = EndsWithExpr.from_dict(data)

                return componentsschemas_expr_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_40 = ContainsExpr.from_dict(data)

                return componentsschemas_expr_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_41 = TruncExpr.from_dict(data)

                return componentsschemas_expr_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_42 = AddDaysExpr.from_dict(data)

                return componentsschemas_expr_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_43 = AddMonthsExpr.from_dict(data)

                return componentsschemas_expr_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_44 = DaysBetweenExpr.from_dict(data)

                return componentsschemas_expr_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_45 = CumSumExpr.from_dict(data)

                return componentsschemas_expr_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_46 = CumMaxExpr.from_dict(data)

                return componentsschemas_expr_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_47 = RollingMeanExpr.from_dict(data)

                return componentsschemas_expr_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_48 = RollingSumExpr.from_dict(data)

                return componentsschemas_expr_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_49 = LagExpr.from_dict(data)

                return componentsschemas_expr_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_50 = LeadExpr.from_dict(data)

                return componentsschemas_expr_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_51 = RankExpr.from_dict(data)

                return componentsschemas_expr_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_52 = RowNumberExpr.from_dict(data)

                return componentsschemas_expr_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AbsExpr
                | AddDaysExpr
                | AddExpr
                | AddMonthsExpr
                | AndExpr
                | BetweenExpr
                | CaseExpr
                | CoalesceExpr
                | ColExpr
                | ColumnCondition
                | ConcatExpr
                | ContainsExpr
                | CumMaxExpr
                | CumSumExpr
                | DayExpr
                | DaysBetweenExpr
                | DiffExpr
                | DivExpr
                | EndsWithExpr
                | EqExpr
                | GeExpr
                | GtExpr
                | IsInExpr
                | IsNullExpr
                | LagExpr
                | LeadExpr
                | LeExpr
                | LengthExpr
                | LitExpr
                | LowerExpr
                | LtExpr
                | MonthExpr
                | MulExpr
                | NeExpr
                | NotExpr
                | OrExpr
                | RankExpr
                | RegexExtractExpr
                | RegexMatchExpr
                | ReplaceExpr
                | RollingMeanExpr
                | RollingSumExpr
                | RoundExpr
                | RowNumberExpr
                | SplitPartExpr
                | StartsWithExpr
                | str
                | SubExpr
                | SubstringExpr
                | TrimExpr
                | TruncExpr
                | Unset
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_median(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | CaseExpr
            | CoalesceExpr
            | ColExpr
            | ColumnCondition
            | ConcatExpr
            | ContainsExpr
            | CumMaxExpr
            | CumSumExpr
            | DayExpr
            | DaysBetweenExpr
            | DiffExpr
            | DivExpr
            | EndsWithExpr
            | EqExpr
            | GeExpr
            | GtExpr
            | IsInExpr
            | IsNullExpr
            | LagExpr
            | LeadExpr
            | LeExpr
            | LengthExpr
            | LitExpr
            | LowerExpr
            | LtExpr
            | MonthExpr
            | MulExpr
            | NeExpr
            | NotExpr
            | OrExpr
            | RankExpr
            | RegexExtractExpr
            | RegexMatchExpr
            | ReplaceExpr
            | RollingMeanExpr
            | RollingSumExpr
            | RoundExpr
            | RowNumberExpr
            | SplitPartExpr
            | StartsWithExpr
            | str
            | SubExpr
            | SubstringExpr
            | TrimExpr
            | TruncExpr
            | Unset
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColumnCondition.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_12 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_13 = DiffExpr.from_dict(data)

                return componentsschemas_expr_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_14 = EqExpr.from_dict(data)

                return componentsschemas_expr_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_15 = NeExpr.from_dict(data)

                return componentsschemas_expr_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_16 = LtExpr.from_dict(data)

                return componentsschemas_expr_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_17 = LeExpr.from_dict(data)

                return componentsschemas_expr_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_18 = GtExpr.from_dict(data)

                return componentsschemas_expr_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_19 = GeExpr.from_dict(data)

                return componentsschemas_expr_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_20 = AndExpr.from_dict(data)

                return componentsschemas_expr_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_21 = OrExpr.from_dict(data)

                return componentsschemas_expr_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_22 = NotExpr.from_dict(data)

                return componentsschemas_expr_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_23 = IsNullExpr.from_dict(data)

                return componentsschemas_expr_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_24 = IsInExpr.from_dict(data)

                return componentsschemas_expr_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_25 = BetweenExpr.from_dict(data)

                return componentsschemas_expr_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_26 = CaseExpr.from_dict(data)

                return componentsschemas_expr_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_27 = LengthExpr.from_dict(data)

                return componentsschemas_expr_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_28 = AbsExpr.from_dict(data)

                return componentsschemas_expr_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_29 = YearExpr.from_dict(data)

                return componentsschemas_expr_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_30 = MonthExpr.from_dict(data)

                return componentsschemas_expr_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_31 = DayExpr.from_dict(data)

                return componentsschemas_expr_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_32 = WeekdayExpr.from_dict(data)

                return componentsschemas_expr_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_33 = ReplaceExpr.from_dict(data)

                return componentsschemas_expr_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_34 = RegexExtractExpr.from_dict(data)

                return componentsschemas_expr_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_35 = RegexMatchExpr.from_dict(data)

                return componentsschemas_expr_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_36 = SubstringExpr.from_dict(data)

                return componentsschemas_expr_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_37 = SplitPartExpr.from_dict(data)

                return componentsschemas_expr_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_38 = StartsWithExpr.from_dict(data)

                return componentsschemas_expr_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_39 = EndsWithExpr.from_dict(data)

                return componentsschemas_expr_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_40 = ContainsExpr.from_dict(data)

                return componentsschemas_expr_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_41 = TruncExpr.from_dict(data)

                return componentsschemas_expr_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_42 = AddDaysExpr.from_dict(data)

                return componentsschemas_expr_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_43 = AddMonthsExpr.from_dict(data)

                return componentsschemas_expr_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_44 = DaysBetweenExpr.from_dict(data)

                return componentsschemas_expr_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_45 = CumSumExpr.from_dict(data)

                return componentsschemas_expr_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_46 = CumMaxExpr.from_dict(data)

                return componentsschemas_expr_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_47 = RollingMeanExpr.from_dict(data)

                return componentsschemas_expr_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_48 = RollingSumExpr.from_dict(data)

                return componentsschemas_expr_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_49 = LagExpr.from_dict(data)

                return componentsschemas_expr_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_50 = LeadExpr.from_dict(data)

                return componentsschemas_expr_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_51 = RankExpr.from_dict(data)

                return componentsschemas_expr_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_52 = RowNumberExpr.from_dict(data)

                return componentsschemas_expr_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AbsExpr
                | AddDaysExpr
                | AddExpr
                | AddMonthsExpr
                | AndExpr
                | BetweenExpr
                | CaseExpr
                | CoalesceExpr
                | ColExpr
                | ColumnCondition
                | ConcatExpr
                | ContainsExpr
                | CumMaxExpr
                | CumSumExpr
                | DayExpr
                | DaysBetweenExpr
                | DiffExpr
                | DivExpr
                | EndsWithExpr
                | EqExpr
                | GeExpr
                | GtExpr
                | IsInExpr
                | IsNullExpr
                | LagExpr
                | LeadExpr
                | LeExpr
                | LengthExpr
                | LitExpr
                | LowerExpr
                | LtExpr
                | MonthExpr
                | MulExpr
                | NeExpr
                | NotExpr
                | OrExpr
                | RankExpr
                | RegexExtractExpr
                | RegexMatchExpr
                | ReplaceExpr
                | RollingMeanExpr
                | RollingSumExpr
                | RoundExpr
                | RowNumberExpr
                | SplitPartExpr
                | StartsWithExpr
                | str
                | SubExpr
                | SubstringExpr
                | TrimExpr
                | TruncExpr
                | Unset
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        median = _parse_median(d.pop("median", UNSET))

        def _parse_min_(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | CaseExpr
            | CoalesceExpr
            | ColExpr
            | ColumnCondition
            | ConcatExpr
            | ContainsExpr
            | CumMaxExpr
            | CumSumExpr
            | DayExpr
            | DaysBetweenExpr
            | DiffExpr
            | DivExpr
            | EndsWithExpr
            | EqExpr
            | GeExpr
            | GtExpr
            | IsInExpr
            | IsNullExpr
            | LagExpr
            | LeadExpr
            | LeExpr
            | LengthExpr
            | LitExpr
            | LowerExpr
            | LtExpr
            | MonthExpr
            | MulExpr
            | NeExpr
            | NotExpr
            | OrExpr
            | RankExpr
            | RegexExtractExpr
            | RegexMatchExpr
            | ReplaceExpr
            | RollingMeanExpr
            | RollingSumExpr
            | RoundExpr
            | RowNumberExpr
            | SplitPartExpr
            | StartsWithExpr
            | str
            | SubExpr
            | SubstringExpr
            | TrimExpr
            | TruncExpr
            | Unset
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColumnCondition.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_12 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_13 = DiffExpr.from_dict(data)

                return componentsschemas_expr_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_14 = EqExpr.from_dict(data)

                return componentsschemas_expr_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_15 = NeExpr.from_dict(data)

                return componentsschemas_expr_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_16 = LtExpr.from_dict(data)

                return componentsschemas_expr_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_17 = LeExpr.from_dict(data)

                return componentsschemas_expr_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_18 = GtExpr.from_dict(data)

                return componentsschemas_expr_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_19 = GeExpr.from_dict(data)

                return componentsschemas_expr_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_20 = AndExpr.from_dict(data)

                return componentsschemas_expr_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_21 = OrExpr.from_dict(data)

                return componentsschemas_expr_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_22 = NotExpr.from_dict(data)

                return componentsschemas_expr_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_23 = IsNullExpr.from_dict(data)

                return componentsschemas_expr_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_24 = IsInExpr.from_dict(data)

                return componentsschemas_expr_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_25 = BetweenExpr.from_dict(data)

                return componentsschemas_expr_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_26 = CaseExpr.from_dict(data)

                return componentsschemas_expr_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_27 = LengthExpr.from_dict(data)

                return componentsschemas_expr_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_28 = AbsExpr.from_dict(data)

                return componentsschemas_expr_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_29 = YearExpr.from_dict(data)

                return componentsschemas_expr_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_30 = MonthExpr.from_dict(data)

                return componentsschemas_expr_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_31 = DayExpr.from_dict(data)

                return componentsschemas_expr_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_32 = WeekdayExpr.from_dict(data)

                return componentsschemas_expr_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_33 = ReplaceExpr.from_dict(data)

                return componentsschemas_expr_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_34 = RegexExtractExpr.from_dict(data)

                return componentsschemas_expr_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_35 = RegexMatchExpr.from_dict(data)

                return componentsschemas_expr_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_36 = SubstringExpr.from_dict(data)

                return componentsschemas_expr_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_37 = SplitPartExpr.from_dict(data)

                return componentsschemas_expr_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_38 = StartsWithExpr.from_dict(data)

                return componentsschemas_expr_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_39 = EndsWithExpr.from_dict(data)

                return componentsschemas_expr_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_40 = ContainsExpr.from_dict(data)

                return componentsschemas_expr_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_41 = TruncExpr.from_dict(data)

                return componentsschemas_expr_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_42 = AddDaysExpr.from_dict(data)

                return componentsschemas_expr_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_43 = AddMonthsExpr.from_dict(data)

                return componentsschemas_expr_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_44 = DaysBetweenExpr.from_dict(data)

                return componentsschemas_expr_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_45 = CumSumExpr.from_dict(data)

                return componentsschemas_expr_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_46 = CumMaxExpr.from_dict(data)

                return componentsschemas_expr_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_47 = RollingMeanExpr.from_dict(data)

                return componentsschemas_expr_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_48 = RollingSumExpr.from_dict(data)

                return componentsschemas_expr_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_49 = LagExpr.from_dict(data)

                return componentsschemas_expr_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_50 = LeadExpr.from_dict(data)

                return componentsschemas_expr_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_51 = RankExpr.from_dict(data)

                return componentsschemas_expr_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_52 = RowNumberExpr.from_dict(data)

                return componentsschemas_expr_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AbsExpr
                | AddDaysExpr
                | AddExpr
                | AddMonthsExpr
                | AndExpr
                | BetweenExpr
                | CaseExpr
                | CoalesceExpr
                | ColExpr
                | ColumnCondition
                | ConcatExpr
                | ContainsExpr
                | CumMaxExpr
                | CumSumExpr
                | DayExpr
                | DaysBetweenExpr
                | DiffExpr
                | DivExpr
                | EndsWithExpr
                | EqExpr
                | GeExpr
                | GtExpr
                | IsInExpr
                | IsNullExpr
                | LagExpr
                | LeadExpr
                | LeExpr
                | LengthExpr
                | LitExpr
                | LowerExpr
                | LtExpr
                | MonthExpr
                | MulExpr
                | NeExpr
                | NotExpr
                | OrExpr
                | RankExpr
                | RegexExtractExpr
                | RegexMatchExpr
                | ReplaceExpr
                | RollingMeanExpr
                | RollingSumExpr
                | RoundExpr
                | RowNumberExpr
                | SplitPartExpr
                | StartsWithExpr
                | str
                | SubExpr
                | SubstringExpr
                | TrimExpr
                | TruncExpr
                | Unset
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_order_by(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_by_type_1 = cast(list[str], data)

                return order_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        order_by = _parse_order_by(d.pop("order_by", UNSET))

        def _parse_sum_(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | CaseExpr
            | CoalesceExpr
            | ColExpr
            | ColumnCondition
            | ConcatExpr
            | ContainsExpr
            | CumMaxExpr
            | CumSumExpr
            | DayExpr
            | DaysBetweenExpr
            | DiffExpr
            | DivExpr
            | EndsWithExpr
            | EqExpr
            | GeExpr
            | GtExpr
            | IsInExpr
            | IsNullExpr
            | LagExpr
            | LeadExpr
            | LeExpr
            | LengthExpr
            | LitExpr
            | LowerExpr
            | LtExpr
            | MonthExpr
            | MulExpr
            | NeExpr
            | NotExpr
            | OrExpr
            | RankExpr
            | RegexExtractExpr
            | RegexMatchExpr
            | ReplaceExpr
            | RollingMeanExpr
            | RollingSumExpr
            | RoundExpr
            | RowNumberExpr
            | SplitPartExpr
            | StartsWithExpr
            | str
            | SubExpr
            | SubstringExpr
            | TrimExpr
            | TruncExpr
            | Unset
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColumnCondition.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_12 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_13 = DiffExpr.from_dict(data)

                return componentsschemas_expr_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_14 = EqExpr.from_dict(data)

                return componentsschemas_expr_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_15 = NeExpr.from_dict(data)

                return componentsschemas_expr_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_16 = LtExpr.from_dict(data)

                return componentsschemas_expr_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_17 = LeExpr.from_dict(data)

                return componentsschemas_expr_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_18 = GtExpr.from_dict(data)

                return componentsschemas_expr_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_19 = GeExpr.from_dict(data)

                return componentsschemas_expr_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_20 = AndExpr.from_dict(data)

                return componentsschemas_expr_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_21 = OrExpr.from_dict(data)

                return componentsschemas_expr_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_22 = NotExpr.from_dict(data)

                return componentsschemas_expr_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_23 = IsNullExpr.from_dict(data)

                return componentsschemas_expr_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_24 = IsInExpr.from_dict(data)

                return componentsschemas_expr_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_25 = BetweenExpr.from_dict(data)

                return componentsschemas_expr_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_26 = CaseExpr.from_dict(data)

                return componentsschemas_expr_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_27 = LengthExpr.from_dict(data)

                return componentsschemas_expr_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_28 = AbsExpr.from_dict(data)

                return componentsschemas_expr_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_29 = YearExpr.from_dict(data)

                return componentsschemas_expr_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_30 = MonthExpr.from_dict(data)

                return componentsschemas_expr_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_31 = DayExpr.from_dict(data)

                return componentsschemas_expr_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_32 = WeekdayExpr.from_dict(data)

                return componentsschemas_expr_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_33 = ReplaceExpr.from_dict(data)

                return componentsschemas_expr_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_34 = RegexExtractExpr.from_dict(data)

                return componentsschemas_expr_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_35 = RegexMatchExpr.from_dict(data)

                return componentsschemas_expr_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_36 = SubstringExpr.from_dict(data)

                return componentsschemas_expr_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_37 = SplitPartExpr.from_dict(data)

                return componentsschemas_expr_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_38 = StartsWithExpr.from_dict(data)

                return componentsschemas_expr_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_39 = EndsWithExpr.from_dict(data)

                return componentsschemas_expr_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_40 = ContainsExpr.from_dict(data)

                return componentsschemas_expr_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_41 = TruncExpr.from_dict(data)

                return componentsschemas_expr_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_42 = AddDaysExpr.from_dict(data)

                return componentsschemas_expr_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_43 = AddMonthsExpr.from_dict(data)

                return componentsschemas_expr_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_44 = DaysBetweenExpr.from_dict(data)

                return componentsschemas_expr_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_45 = CumSumExpr.from_dict(data)

                return componentsschemas_expr_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_46 = CumMaxExpr.from_dict(data)

                return componentsschemas_expr_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_47 = RollingMeanExpr.from_dict(data)

                return componentsschemas_expr_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_48 = RollingSumExpr.from_dict(data)

                return componentsschemas_expr_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_49 = LagExpr.from_dict(data)

                return componentsschemas_expr_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_50 = LeadExpr.from_dict(data)

                return componentsschemas_expr_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_51 = RankExpr.from_dict(data)

                return componentsschemas_expr_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_52 = RowNumberExpr.from_dict(data)

                return componentsschemas_expr_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AbsExpr
                | AddDaysExpr
                | AddExpr
                | AddMonthsExpr
                | AndExpr
                | BetweenExpr
                | CaseExpr
                | CoalesceExpr
                | ColExpr
                | ColumnCondition
                | ConcatExpr
                | ContainsExpr
                | CumMaxExpr
                | CumSumExpr
                | DayExpr
                | DaysBetweenExpr
                | DiffExpr
                | DivExpr
                | EndsWithExpr
                | EqExpr
                | GeExpr
                | GtExpr
                | IsInExpr
                | IsNullExpr
                | LagExpr
                | LeadExpr
                | LeExpr
                | LengthExpr
                | LitExpr
                | LowerExpr
                | LtExpr
                | MonthExpr
                | MulExpr
                | NeExpr
                | NotExpr
                | OrExpr
                | RankExpr
                | RegexExtractExpr
                | RegexMatchExpr
                | ReplaceExpr
                | RollingMeanExpr
                | RollingSumExpr
                | RoundExpr
                | RowNumberExpr
                | SplitPartExpr
                | StartsWithExpr
                | str
                | SubExpr
                | SubstringExpr
                | TrimExpr
                | TruncExpr
                | Unset
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        sum_ = _parse_sum_(d.pop("sum", UNSET))

        aggregation = cls(
            avg=avg,
            count=count,
            count_distinct=count_distinct,
            first=first,
            last=last,
            max_=max_,
            median=median,
            min_=min_,
            order_by=order_by,
            sum_=sum_,
        )

        return aggregation
