from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.abs_expr import AbsExpr
    from ..models.add_days_expr import AddDaysExpr
    from ..models.add_expr import AddExpr
    from ..models.add_months_expr import AddMonthsExpr
    from ..models.and_expr import AndExpr
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


T = TypeVar("T", bound="BetweenExpr")


@_attrs_define
class BetweenExpr:
    """Whether `low <= value <= high`.

    Attributes:
        between (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr | CoalesceExpr |
            ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
            DiffExpr | DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr | LeadExpr |
            LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr | RankExpr
            | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr | RowNumberExpr
            | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | UpperExpr |
            WeekdayExpr | YearExpr):
        high (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | bool | CaseExpr | CoalesceExpr |
            ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
            DiffExpr | DivExpr | EndsWithExpr | EqExpr | float | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr |
            LeadExpr | LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | None | NotExpr |
            OrExpr | RankExpr | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr |
            RoundExpr | RowNumberExpr | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr |
            TruncExpr | UpperExpr | WeekdayExpr | YearExpr):
        low (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | bool | CaseExpr | CoalesceExpr |
            ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
            DiffExpr | DivExpr | EndsWithExpr | EqExpr | float | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr |
            LeadExpr | LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | None | NotExpr |
            OrExpr | RankExpr | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr |
            RoundExpr | RowNumberExpr | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr |
            TruncExpr | UpperExpr | WeekdayExpr | YearExpr):
    """

    between: (
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
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    )
    high: (
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
        | None
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
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    )
    low: (
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
        | None
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
        | UpperExpr
        | WeekdayExpr
        | YearExpr
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.abs_expr import AbsExpr  # noqa: PLC0415
        from ..models.add_days_expr import AddDaysExpr  # noqa: PLC0415
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.add_months_expr import AddMonthsExpr  # noqa: PLC0415
        from ..models.and_expr import AndExpr  # noqa: PLC0415
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

        between: dict[str, Any] | str
        if isinstance(self.between, ColumnCondition):
            between = self.between.to_dict()
        elif isinstance(self.between, ColExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, LitExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, AddExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, SubExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, MulExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, DivExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, CoalesceExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, ConcatExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, LowerExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, UpperExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, TrimExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, RoundExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, DiffExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, EqExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, NeExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, LtExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, LeExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, GtExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, GeExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, AndExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, OrExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, NotExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, IsNullExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, IsInExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, BetweenExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, CaseExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, LengthExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, AbsExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, YearExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, MonthExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, DayExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, WeekdayExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, ReplaceExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, RegexExtractExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, RegexMatchExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, SubstringExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, SplitPartExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, StartsWithExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, EndsWithExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, ContainsExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, TruncExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, AddDaysExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, AddMonthsExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, DaysBetweenExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, CumSumExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, CumMaxExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, RollingMeanExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, RollingSumExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, LagExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, LeadExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, RankExpr):
            between = self.between.to_dict()
        elif isinstance(self.between, RowNumberExpr):
            between = self.between.to_dict()
        else:
            between = self.between

        high: bool | dict[str, Any] | float | None | str
        if isinstance(self.high, ColumnCondition):
            high = self.high.to_dict()
        elif isinstance(self.high, ColExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, LitExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, AddExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, SubExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, MulExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, DivExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, CoalesceExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, ConcatExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, LowerExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, UpperExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, TrimExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, RoundExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, DiffExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, EqExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, NeExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, LtExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, LeExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, GtExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, GeExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, AndExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, OrExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, NotExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, IsNullExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, IsInExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, BetweenExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, CaseExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, LengthExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, AbsExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, YearExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, MonthExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, DayExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, WeekdayExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, ReplaceExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, RegexExtractExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, RegexMatchExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, SubstringExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, SplitPartExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, StartsWithExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, EndsWithExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, ContainsExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, TruncExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, AddDaysExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, AddMonthsExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, DaysBetweenExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, CumSumExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, CumMaxExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, RollingMeanExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, RollingSumExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, LagExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, LeadExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, RankExpr):
            high = self.high.to_dict()
        elif isinstance(self.high, RowNumberExpr):
            high = self.high.to_dict()
        else:
            high = self.high

        low: bool | dict[str, Any] | float | None | str
        if isinstance(self.low, ColumnCondition):
            low = self.low.to_dict()
        elif isinstance(self.low, ColExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, LitExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, AddExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, SubExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, MulExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, DivExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, CoalesceExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, ConcatExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, LowerExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, UpperExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, TrimExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, RoundExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, DiffExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, EqExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, NeExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, LtExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, LeExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, GtExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, GeExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, AndExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, OrExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, NotExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, IsNullExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, IsInExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, BetweenExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, CaseExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, LengthExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, AbsExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, YearExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, MonthExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, DayExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, WeekdayExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, ReplaceExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, RegexExtractExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, RegexMatchExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, SubstringExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, SplitPartExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, StartsWithExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, EndsWithExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, ContainsExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, TruncExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, AddDaysExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, AddMonthsExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, DaysBetweenExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, CumSumExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, CumMaxExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, RollingMeanExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, RollingSumExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, LagExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, LeadExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, RankExpr):
            low = self.low.to_dict()
        elif isinstance(self.low, RowNumberExpr):
            low = self.low.to_dict()
        else:
            low = self.low

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "between": between,
                "high": high,
                "low": low,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.abs_expr import AbsExpr  # noqa: PLC0415
        from ..models.add_days_expr import AddDaysExpr  # noqa: PLC0415
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.add_months_expr import AddMonthsExpr  # noqa: PLC0415
        from ..models.and_expr import AndExpr  # noqa: PLC0415
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

        def _parse_between(
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
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
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
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        between = _parse_between(d.pop("between"))

        def _parse_high(
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
            | None
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
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if data is None:
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
                | None
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
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        high = _parse_high(d.pop("high"))

        def _parse_low(
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
            | None
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
            | UpperExpr
            | WeekdayExpr
            | YearExpr
        ):
            if data is None:
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
                | None
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
                | UpperExpr
                | WeekdayExpr
                | YearExpr,
                data,
            )

        low = _parse_low(d.pop("low"))

        between_expr = cls(
            between=between,
            high=high,
            low=low,
        )

        return between_expr
