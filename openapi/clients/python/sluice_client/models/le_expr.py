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


T = TypeVar("T", bound="LeExpr")


@_attrs_define
class LeExpr:
    """Less than or equal: `[subject, value]`; null when either is null.

    Attributes:
        le (list[AbsExpr | AddDaysExpr | AddExpr | AddMonthsExpr | AndExpr | BetweenExpr | bool | CaseExpr |
            CoalesceExpr | ColExpr | ColumnCondition | ConcatExpr | ContainsExpr | CumMaxExpr | CumSumExpr | DayExpr |
            DaysBetweenExpr | DiffExpr | DivExpr | EndsWithExpr | EqExpr | float | GeExpr | GtExpr | IsInExpr | IsNullExpr |
            LagExpr | LeadExpr | LeExpr | LengthExpr | LitExpr | LowerExpr | LtExpr | MonthExpr | MulExpr | NeExpr | None |
            NotExpr | OrExpr | RankExpr | RegexExtractExpr | RegexMatchExpr | ReplaceExpr | RollingMeanExpr | RollingSumExpr
            | RoundExpr | RowNumberExpr | SplitPartExpr | StartsWithExpr | str | SubExpr | SubstringExpr | TrimExpr |
            TruncExpr | UpperExpr | WeekdayExpr | YearExpr]): Less than or equal
    """

    le: list[
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
    ]

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

        le = []
        for le_item_data in self.le:
            le_item: bool | dict[str, Any] | float | None | str
            if isinstance(le_item_data, ColumnCondition):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, ColExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, LitExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, AddExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, SubExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, MulExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, DivExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, CoalesceExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, ConcatExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, LowerExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, UpperExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, TrimExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, RoundExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, DiffExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, EqExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, NeExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, LtExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, LeExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, GtExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, GeExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, AndExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, OrExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, NotExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, IsNullExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, IsInExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, BetweenExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, CaseExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, LengthExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, AbsExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, YearExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, MonthExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, DayExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, WeekdayExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, ReplaceExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, RegexExtractExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, RegexMatchExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, SubstringExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, SplitPartExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, StartsWithExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, EndsWithExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, ContainsExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, TruncExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, AddDaysExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, AddMonthsExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, DaysBetweenExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, CumSumExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, CumMaxExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, RollingMeanExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, RollingSumExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, LagExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, LeadExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, RankExpr):
                le_item = le_item_data.to_dict()
            elif isinstance(le_item_data, RowNumberExpr):
                le_item = le_item_data.to_dict()
            else:
                le_item = le_item_data
            le.append(le_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "le": le,
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
        le = []
        _le = d.pop("le")
        for le_item_data in _le:

            def _parse_le_item(
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

            le_item = _parse_le_item(le_item_data)

            le.append(le_item)

        le_expr = cls(
            le=le,
        )

        return le_expr
