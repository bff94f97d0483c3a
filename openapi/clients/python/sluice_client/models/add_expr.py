from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.coalesce_expr import CoalesceExpr
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


T = TypeVar("T", bound="AddExpr")


@_attrs_define
class AddExpr:
    """The sum of two or more expressions.

    Attributes:
        add (list[AddExpr | CoalesceExpr | ColExpr | ConcatExpr | DiffExpr | DivExpr | LitExpr | LowerExpr | MulExpr |
            RoundExpr | SubExpr | TrimExpr | UpperExpr]):
    """

    add: list[
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
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
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

        add = []
        for add_item_data in self.add:
            add_item: dict[str, Any]
            if isinstance(add_item_data, ColExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, LitExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, AddExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, SubExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, MulExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, DivExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, CoalesceExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, ConcatExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, LowerExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, UpperExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, TrimExpr):
                add_item = add_item_data.to_dict()
            elif isinstance(add_item_data, RoundExpr):
                add_item = add_item_data.to_dict()
            else:
                add_item = add_item_data.to_dict()

            add.append(add_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "add": add,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
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
        add = []
        _add = d.pop("add")
        for add_item_data in _add:

            def _parse_add_item(
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

            add_item = _parse_add_item(add_item_data)

            add.append(add_item)

        add_expr = cls(
            add=add,
        )

        return add_expr
