from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.add_expr import AddExpr
    from ..models.col_expr import ColExpr
    from ..models.concat_expr import ConcatExpr
    from ..models.diff_expr import DiffExpr
    from ..models.div_expr import DivExpr
    from ..models.lit_expr import LitExpr
    from ..models.lower_expr import LowerExpr
    from ..models.mul_expr import MulExpr
    from ..models.round_expr import RoundExpr
    from ..models.sub_expr import SubExpr
    from ..models.trim_expr import TrimExpr
    from ..models.upper_expr import UpperExpr


T = TypeVar("T", bound="CoalesceExpr")


@_attrs_define
class CoalesceExpr:
    """The first non-null value.

    Attributes:
        coalesce (list[AddExpr | CoalesceExpr | ColExpr | ConcatExpr | DiffExpr | DivExpr | LitExpr | LowerExpr |
            MulExpr | RoundExpr | SubExpr | TrimExpr | UpperExpr]):
    """

    coalesce: list[
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
    ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.concat_expr import ConcatExpr  # noqa: PLC0415
        from ..models.div_expr import DivExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.round_expr import RoundExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415

        coalesce = []
        for coalesce_item_data in self.coalesce:
            coalesce_item: dict[str, Any]
            if isinstance(coalesce_item_data, ColExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, LitExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, AddExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, SubExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, MulExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, DivExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, CoalesceExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, ConcatExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, LowerExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, UpperExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, TrimExpr):
                coalesce_item = coalesce_item_data.to_dict()
            elif isinstance(coalesce_item_data, RoundExpr):
                coalesce_item = coalesce_item_data.to_dict()
            else:
                coalesce_item = coalesce_item_data.to_dict()

            coalesce.append(coalesce_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "coalesce": coalesce,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.concat_expr import ConcatExpr  # noqa: PLC0415
        from ..models.diff_expr import DiffExpr  # noqa: PLC0415
        from ..models.div_expr import DivExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.round_expr import RoundExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415

        d = dict(src_dict)
        coalesce = []
        _coalesce = d.pop("coalesce")
        for coalesce_item_data in _coalesce:

            def _parse_coalesce_item(
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

            coalesce_item = _parse_coalesce_item(coalesce_item_data)

            coalesce.append(coalesce_item)

        coalesce_expr = cls(
            coalesce=coalesce,
        )

        return coalesce_expr
