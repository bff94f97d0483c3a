from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_expr import AddExpr
    from ..models.coalesce_expr import CoalesceExpr
    from ..models.col_expr import ColExpr
    from ..models.concat_expr import ConcatExpr
    from ..models.diff_expr import DiffExpr
    from ..models.div_expr import DivExpr
    from ..models.lit_expr import LitExpr
    from ..models.lower_expr import LowerExpr
    from ..models.mul_expr import MulExpr
    from ..models.sub_expr import SubExpr
    from ..models.trim_expr import TrimExpr
    from ..models.upper_expr import UpperExpr


T = TypeVar("T", bound="RoundExpr")


@_attrs_define
class RoundExpr:
    """A number rounded to `decimals` places (0 by default).

    Attributes:
        round_ (AddExpr | CoalesceExpr | ColExpr | ConcatExpr | DiffExpr | DivExpr | LitExpr | LowerExpr | MulExpr |
            RoundExpr | SubExpr | TrimExpr | UpperExpr): A column expression: an object with one head key (`col`, `lit`,
            `add`, …).
        decimals (int | Unset):
    """

    round_: (
        AddExpr
        | CoalesceExpr
        | ColExpr
        | ConcatExpr
        | DiffExpr
        | DivExpr
        | LitExpr
        | LowerExpr
        | MulExpr
        | RoundExpr
        | SubExpr
        | TrimExpr
        | UpperExpr
    )
    decimals: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.concat_expr import ConcatExpr  # noqa: PLC0415
        from ..models.div_expr import DivExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415

        round_: dict[str, Any]
        if isinstance(self.round_, ColExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, LitExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, AddExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, SubExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, MulExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, DivExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, CoalesceExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, ConcatExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, LowerExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, UpperExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, TrimExpr):
            round_ = self.round_.to_dict()
        elif isinstance(self.round_, RoundExpr):
            round_ = self.round_.to_dict()
        else:
            round_ = self.round_.to_dict()

        decimals = self.decimals

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "round": round_,
            }
        )
        if decimals is not UNSET:
            field_dict["decimals"] = decimals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.concat_expr import ConcatExpr  # noqa: PLC0415
        from ..models.diff_expr import DiffExpr  # noqa: PLC0415
        from ..models.div_expr import DivExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_round_(
            data: object,
        ) -> (
            AddExpr
            | CoalesceExpr
            | ColExpr
            | ConcatExpr
            | DiffExpr
            | DivExpr
            | LitExpr
            | LowerExpr
            | MulExpr
            | RoundExpr
            | SubExpr
            | TrimExpr
            | UpperExpr
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_expr_type_12 = DiffExpr.from_dict(data)

            return componentsschemas_expr_type_12

        round_ = _parse_round_(d.pop("round"))

        decimals = d.pop("decimals", UNSET)

        round_expr = cls(
            round_=round_,
            decimals=decimals,
        )

        return round_expr
