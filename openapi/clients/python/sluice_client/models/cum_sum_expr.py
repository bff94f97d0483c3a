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


T = TypeVar("T", bound="CumSumExpr")


@_attrs_define
class CumSumExpr:
    """Running total in `order_by` order.

    Attributes:
        cum_sum (AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | CaseExpr | CoalesceExpr |
            ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr | DaysBetweenExpr |
            DiffExpr | DivExpr | EndsWithExpr | EqExpr | GeExpr | GtExpr | IsInExpr | IsNullExpr | LagExpr | LeadExpr |
            LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | NotExpr | OrExpr | RankExpr
            | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr | RoundExpr | RowNumberExpr
            | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr | TruncExpr | UpperExpr |
            WeekdayExpr | YearExpr):
        order_by (list[str] | str): Columns that order the rows of a partition.
        descending (bool | Unset):
        partition_by (list[str] | str | Unset): Columns whose rows are computed apart.
    """

    cum_sum: (
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
    order_by: list[str] | str
    descending: bool | Unset = UNSET
    partition_by: list[str] | str | Unset = UNSET

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

        cum_sum: dict[str, Any] | str
        if isinstance(self.cum_sum, ColumnCondition):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, ColExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, LitExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, AddExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, SubExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, MulExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, DivExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, CoalesceExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, ConcatExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, LowerExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, UpperExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, TrimExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, RoundExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, DiffExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, EqExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, NeExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, LtExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, LeExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, GtExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, GeExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, AndExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, OrExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, NotExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, IsNullExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, IsInExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, BetweenExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, CaseExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, LengthExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, AbsExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, YearExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, MonthExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, DayExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, WeekdayExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, ReplaceExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, RegexExtractExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, RegexMatchExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, SubstringExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, SplitPartExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, StartsWithExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, EndsWithExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, ContainsExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, TruncExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, AddDaysExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, AddMonthsExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, DaysBetweenExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, CumSumExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, CumMaxExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, RollingMeanExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, RollingSumExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, LagExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, LeadExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, RankExpr):
            cum_sum = self.cum_sum.to_dict()
        elif isinstance(self.cum_sum, RowNumberExpr):
            cum_sum = self.cum_sum.to_dict()
        else:
            cum_sum = self.cum_sum

        order_by: list[str] | str
        if isinstance(self.order_by, list):
            order_by = self.order_by

        else:
            order_by = self.order_by

        descending = self.descending

        partition_by: list[str] | str | Unset
        if isinstance(self.partition_by, Unset):
            partition_by = UNSET
        elif isinstance(self.partition_by, list):
            partition_by = self.partition_by

        else:
            partition_by = self.partition_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cum_sum": cum_sum,
                "order_by": order_by,
            }
        )
        if descending is not UNSET:
            field_dict["descending"] = descending
        if partition_by is not UNSET:
            field_dict["partition_by"] = partition_by

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

        def _parse_cum_sum(
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

        cum_sum = _parse_cum_sum(d.pop("cum_sum"))

        def _parse_order_by(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_by_type_1 = cast(list[str], data)

                return order_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        order_by = _parse_order_by(d.pop("order_by"))

        descending = d.pop("descending", UNSET)

        def _parse_partition_by(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                partition_by_type_1 = cast(list[str], data)

                return partition_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        partition_by = _parse_partition_by(d.pop("partition_by", UNSET))

        cum_sum_expr = cls(
            cum_sum=cum_sum,
            order_by=order_by,
            descending=descending,
            partition_by=partition_by,
        )

        return cum_sum_expr
