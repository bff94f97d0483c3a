from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_expr import AddExpr
    from ..models.coalesce_expr import CoalesceExpr
    from ..models.col_expr import ColExpr
    from ..models.diff_expr import DiffExpr
    from ..models.div_expr import DivExpr
    from ..models.lit_expr import LitExpr
    from ..models.lower_expr import LowerExpr
    from ..models.mul_expr import MulExpr
    from ..models.round_expr import RoundExpr
    from ..models.sub_expr import SubExpr
    from ..models.trim_expr import TrimExpr
    from ..models.upper_expr import UpperExpr


T = TypeVar("T", bound="ConcatExpr")


@_attrs_define
class ConcatExpr:
    """The values as text, joined by `separator` (empty by default).

    Attributes:
        concat (list[AddExpr | CoalesceExpr | ColExpr | ConcatExpr | DiffExpr | DivExpr | LitExpr | LowerExpr | MulExpr
            | RoundExpr | SubExpr | TrimExpr | UpperExpr]):
        separator (str | Unset):
    """

    concat: list[
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
    separator: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.div_expr import DivExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.round_expr import RoundExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415

        concat = []
        for concat_item_data in self.concat:
            concat_item: dict[str, Any]
            if isinstance(concat_item_data, ColExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, LitExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, AddExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, SubExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, MulExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, DivExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, CoalesceExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, ConcatExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, LowerExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, UpperExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, TrimExpr):
                concat_item = concat_item_data.to_dict()
            elif isinstance(concat_item_data, RoundExpr):
                concat_item = concat_item_data.to_dict()
            else:
                concat_item = concat_item_data.to_dict()

            concat.append(concat_item)

        separator = self.separator

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "concat": concat,
            }
        )
        if separator is not UNSET:
            field_dict["separator"] = separator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
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
        concat = []
        _concat = d.pop("concat")
        for concat_item_data in _concat:

            def _parse_concat_item(
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

            concat_item = _parse_concat_item(concat_item_data)

            concat.append(concat_item)

        separator = d.pop("separator", UNSET)

        concat_expr = cls(
            concat=concat,
            separator=separator,
        )

        return concat_expr
