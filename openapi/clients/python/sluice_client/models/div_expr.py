from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.add_expr import AddExpr
    from ..models.coalesce_expr import CoalesceExpr
    from ..models.col_expr import ColExpr
    from ..models.concat_expr import ConcatExpr
    from ..models.diff_expr import DiffExpr
    from ..models.lit_expr import LitExpr
    from ..models.lower_expr import LowerExpr
    from ..models.mul_expr import MulExpr
    from ..models.round_expr import RoundExpr
    from ..models.sub_expr import SubExpr
    from ..models.trim_expr import TrimExpr
    from ..models.upper_expr import UpperExpr


T = TypeVar("T", bound="DivExpr")


@_attrs_define
class DivExpr:
    """The first expression divided by the others.

    Attributes:
        div (list[AddExpr | CoalesceExpr | ColExpr | ConcatExpr | DiffExpr | DivExpr | LitExpr | LowerExpr | MulExpr |
            RoundExpr | SubExpr | TrimExpr | UpperExpr]):
    """

    div: list[
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
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.concat_expr import ConcatExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.round_expr import RoundExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415

        div = []
        for div_item_data in self.div:
            div_item: dict[str, Any]
            if isinstance(div_item_data, ColExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, LitExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, AddExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, SubExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, MulExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, DivExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, CoalesceExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, ConcatExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, LowerExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, UpperExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, TrimExpr):
                div_item = div_item_data.to_dict()
            elif isinstance(div_item_data, RoundExpr):
                div_item = div_item_data.to_dict()
            else:
                div_item = div_item_data.to_dict()

            div.append(div_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "div": div,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.concat_expr import ConcatExpr  # noqa: PLC0415
        from ..models.diff_expr import DiffExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.round_expr import RoundExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415

        d = dict(src_dict)
        div = []
        _div = d.pop("div")
        for div_item_data in _div:

            def _parse_div_item(
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

            div_item = _parse_div_item(div_item_data)

            div.append(div_item)

        div_expr = cls(
            div=div,
        )

        return div_expr
