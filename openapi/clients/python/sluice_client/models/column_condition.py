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


T = TypeVar("T", bound="ColumnCondition")


@_attrs_define
class ColumnCondition:
    """`column` and exactly one test: eq, ne, lt, le, gt, ge (with a non-null value or an expression), in (a list), or
    is_null.

        Attributes:
            column (str):
            eq (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | bool | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | float | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr |
                LeadExpr | LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr
                | RankExpr | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr |
                RowNumberExpr | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset |
                UpperExpr | WeekdayExpr | YearExpr): a constant, or an expression (another column: `{"col": "b"}`)
            ge (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | bool | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | float | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr |
                LeadExpr | LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr
                | RankExpr | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr |
                RowNumberExpr | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset |
                UpperExpr | WeekdayExpr | YearExpr): a constant, or an expression (another column: `{"col": "b"}`)
            gt (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | bool | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | float | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr |
                LeadExpr | LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr
                | RankExpr | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr |
                RowNumberExpr | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset |
                UpperExpr | WeekdayExpr | YearExpr): a constant, or an expression (another column: `{"col": "b"}`)
            in_ (list[bool | float | None | str] | Unset):
            is_null (bool | Unset): `true` keeps rows where the column is null
            le (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | bool | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | float | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr |
                LeadExpr | LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr
                | RankExpr | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr |
                RowNumberExpr | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset |
                UpperExpr | WeekdayExpr | YearExpr): a constant, or an expression (another column: `{"col": "b"}`)
            lt (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | bool | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | float | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr |
                LeadExpr | LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr
                | RankExpr | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr |
                RowNumberExpr | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset |
                UpperExpr | WeekdayExpr | YearExpr): a constant, or an expression (another column: `{"col": "b"}`)
            ne (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | bool | CaseExpr | CoalesceExpr |
                ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
                DiffExpr | DivExpr | EndsWithExpr | EqExpr | float | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr |
                LeadExpr | LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr
                | RankExpr | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr |
                RowNumberExpr | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | Unset |
                UpperExpr | WeekdayExpr | YearExpr): a constant, or an expression (another column: `{"col": "b"}`)
    """

    column: str
    eq: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | bool
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
        | float
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
    ge: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | bool
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
        | float
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
    gt: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | bool
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
        | float
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
    in_: list[bool | float | None | str] | Unset = UNSET
    is_null: bool | Unset = UNSET
    le: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | bool
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
        | float
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
    lt: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | bool
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
        | float
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
    ne: (
        AbsExpr
        | AddDaysExpr
        | AddExpr
        | AddMonthsExpr
        | AndExpr
        | BetweenExpr
        | bool
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
        | float
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

        column = self.column

        eq: bool | dict[str, Any] | float | str | Unset
        if isinstance(self.eq, Unset):
            eq = UNSET
        elif isinstance(self.eq, ColumnCondition):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, ColExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, LitExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, AddExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, SubExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, MulExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, DivExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, CoalesceExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, ConcatExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, LowerExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, UpperExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, TrimExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, RoundExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, DiffExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, EqExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, NeExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, LtExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, LeExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, GtExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, GeExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, AndExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, OrExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, NotExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, IsNullExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, IsInExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, BetweenExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, CaseExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, LengthExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, AbsExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, YearExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, MonthExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, DayExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, WeekdayExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, ReplaceExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, RegexExtractExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, RegexMatchExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, SubstringExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, SplitPartExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, StartsWithExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, EndsWithExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, ContainsExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, TruncExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, AddDaysExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, AddMonthsExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, DaysBetweenExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, CumSumExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, CumMaxExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, RollingMeanExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, RollingSumExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, LagExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, LeadExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, RankExpr):
            eq = self.eq.to_dict()
        elif isinstance(self.eq, RowNumberExpr):
            eq = self.eq.to_dict()
        else:
            eq = self.eq

        ge: bool | dict[str, Any] | float | str | Unset
        if isinstance(self.ge, Unset):
            ge = UNSET
        elif isinstance(self.ge, ColumnCondition):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, ColExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, LitExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, AddExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, SubExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, MulExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, DivExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, CoalesceExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, ConcatExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, LowerExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, UpperExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, TrimExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, RoundExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, DiffExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, EqExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, NeExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, LtExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, LeExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, GtExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, GeExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, AndExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, OrExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, NotExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, IsNullExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, IsInExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, BetweenExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, CaseExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, LengthExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, AbsExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, YearExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, MonthExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, DayExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, WeekdayExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, ReplaceExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, RegexExtractExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, RegexMatchExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, SubstringExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, SplitPartExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, StartsWithExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, EndsWithExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, ContainsExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, TruncExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, AddDaysExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, AddMonthsExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, DaysBetweenExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, CumSumExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, CumMaxExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, RollingMeanExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, RollingSumExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, LagExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, LeadExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, RankExpr):
            ge = self.ge.to_dict()
        elif isinstance(self.ge, RowNumberExpr):
            ge = self.ge.to_dict()
        else:
            ge = self.ge

        gt: bool | dict[str, Any] | float | str | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        elif isinstance(self.gt, ColumnCondition):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, ColExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, LitExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, AddExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, SubExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, MulExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, DivExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, CoalesceExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, ConcatExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, LowerExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, UpperExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, TrimExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, RoundExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, DiffExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, EqExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, NeExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, LtExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, LeExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, GtExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, GeExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, AndExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, OrExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, NotExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, IsNullExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, IsInExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, BetweenExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, CaseExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, LengthExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, AbsExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, YearExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, MonthExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, DayExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, WeekdayExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, ReplaceExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, RegexExtractExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, RegexMatchExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, SubstringExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, SplitPartExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, StartsWithExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, EndsWithExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, ContainsExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, TruncExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, AddDaysExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, AddMonthsExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, DaysBetweenExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, CumSumExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, CumMaxExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, RollingMeanExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, RollingSumExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, LagExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, LeadExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, RankExpr):
            gt = self.gt.to_dict()
        elif isinstance(self.gt, RowNumberExpr):
            gt = self.gt.to_dict()
        else:
            gt = self.gt

        in_: list[bool | float | None | str] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = []
            for in_item_data in self.in_:
                in_item: bool | float | None | str
                in_item = in_item_data
                in_.append(in_item)

        is_null = self.is_null

        le: bool | dict[str, Any] | float | str | Unset
        if isinstance(self.le, Unset):
            le = UNSET
        elif isinstance(self.le, ColumnCondition):
            le = self.le.to_dict()
        elif isinstance(self.le, ColExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, LitExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, AddExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, SubExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, MulExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, DivExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, CoalesceExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, ConcatExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, LowerExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, UpperExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, TrimExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, RoundExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, DiffExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, EqExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, NeExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, LtExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, LeExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, GtExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, GeExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, AndExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, OrExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, NotExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, IsNullExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, IsInExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, BetweenExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, CaseExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, LengthExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, AbsExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, YearExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, MonthExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, DayExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, WeekdayExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, ReplaceExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, RegexExtractExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, RegexMatchExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, SubstringExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, SplitPartExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, StartsWithExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, EndsWithExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, ContainsExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, TruncExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, AddDaysExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, AddMonthsExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, DaysBetweenExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, CumSumExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, CumMaxExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, RollingMeanExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, RollingSumExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, LagExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, LeadExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, RankExpr):
            le = self.le.to_dict()
        elif isinstance(self.le, RowNumberExpr):
            le = self.le.to_dict()
        else:
            le = self.le

        lt: bool | dict[str, Any] | float | str | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        elif isinstance(self.lt, ColumnCondition):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, ColExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, LitExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, AddExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, SubExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, MulExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, DivExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, CoalesceExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, ConcatExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, LowerExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, UpperExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, TrimExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, RoundExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, DiffExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, EqExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, NeExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, LtExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, LeExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, GtExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, GeExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, AndExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, OrExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, NotExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, IsNullExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, IsInExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, BetweenExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, CaseExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, LengthExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, AbsExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, YearExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, MonthExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, DayExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, WeekdayExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, ReplaceExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, RegexExtractExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, RegexMatchExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, SubstringExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, SplitPartExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, StartsWithExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, EndsWithExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, ContainsExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, TruncExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, AddDaysExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, AddMonthsExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, DaysBetweenExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, CumSumExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, CumMaxExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, RollingMeanExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, RollingSumExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, LagExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, LeadExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, RankExpr):
            lt = self.lt.to_dict()
        elif isinstance(self.lt, RowNumberExpr):
            lt = self.lt.to_dict()
        else:
            lt = self.lt

        ne: bool | dict[str, Any] | float | str | Unset
        if isinstance(self.ne, Unset):
            ne = UNSET
        elif isinstance(self.ne, ColumnCondition):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, ColExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, LitExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, AddExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, SubExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, MulExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, DivExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, CoalesceExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, ConcatExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, LowerExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, UpperExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, TrimExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, RoundExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, DiffExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, EqExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, NeExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, LtExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, LeExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, GtExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, GeExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, AndExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, OrExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, NotExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, IsNullExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, IsInExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, BetweenExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, CaseExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, LengthExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, AbsExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, YearExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, MonthExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, DayExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, WeekdayExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, ReplaceExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, RegexExtractExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, RegexMatchExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, SubstringExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, SplitPartExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, StartsWithExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, EndsWithExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, ContainsExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, TruncExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, AddDaysExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, AddMonthsExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, DaysBetweenExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, CumSumExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, CumMaxExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, RollingMeanExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, RollingSumExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, LagExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, LeadExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, RankExpr):
            ne = self.ne.to_dict()
        elif isinstance(self.ne, RowNumberExpr):
            ne = self.ne.to_dict()
        else:
            ne = self.ne

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "column": column,
            }
        )
        if eq is not UNSET:
            field_dict["eq"] = eq
        if ge is not UNSET:
            field_dict["ge"] = ge
        if gt is not UNSET:
            field_dict["gt"] = gt
        if in_ is not UNSET:
            field_dict["in"] = in_
        if is_null is not UNSET:
            field_dict["is_null"] = is_null
        if le is not UNSET:
            field_dict["le"] = le
        if lt is not UNSET:
            field_dict["lt"] = lt
        if ne is not UNSET:
            field_dict["ne"] = ne

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
        column = d.pop("column")

        def _parse_eq(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | bool
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
            | float
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
                | bool
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
                | float
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

        eq = _parse_eq(d.pop("eq", UNSET))

        def _parse_ge(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | bool
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
            | float
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
                | bool
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
                | float
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

        ge = _parse_ge(d.pop("ge", UNSET))

        def _parse_gt(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | bool
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
            | float
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
                | bool
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
                | float
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

        gt = _parse_gt(d.pop("gt", UNSET))

        _in_ = d.pop("in", UNSET)
        in_: list[bool | float | None | str] | Unset = UNSET
        if _in_ is not UNSET:
            in_ = []
            for in_item_data in _in_:

                def _parse_in_item(data: object) -> bool | float | None | str:
                    if data is None:
                        return data
                    return cast(bool | float | None | str, data)

                in_item = _parse_in_item(in_item_data)

                in_.append(in_item)

        is_null = d.pop("is_null", UNSET)

        def _parse_le(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | bool
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
            | float
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
                | bool
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
                | float
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

        le = _parse_le(d.pop("le", UNSET))

        def _parse_lt(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | bool
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
            | float
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
                | bool
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
                | float
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

        lt = _parse_lt(d.pop("lt", UNSET))

        def _parse_ne(
            data: object,
        ) -> (
            AbsExpr
            | AddDaysExpr
            | AddExpr
            | AddMonthsExpr
            | AndExpr
            | BetweenExpr
            | bool
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
            | float
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
                | bool
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
                | float
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

        ne = _parse_ne(d.pop("ne", UNSET))

        column_condition = cls(
            column=column,
            eq=eq,
            ge=ge,
            gt=gt,
            in_=in_,
            is_null=is_null,
            le=le,
            lt=lt,
            ne=ne,
        )

        return column_condition
