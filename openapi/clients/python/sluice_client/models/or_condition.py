from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.and_condition import AndCondition
    from ..models.column_condition import ColumnCondition
    from ..models.not_condition import NotCondition


T = TypeVar("T", bound="OrCondition")


@_attrs_define
class OrCondition:
    """At least one condition holds.

    Attributes:
        or_ (list[AndCondition | ColumnCondition | NotCondition | OrCondition]):
    """

    or_: list[AndCondition | ColumnCondition | NotCondition | OrCondition]

    def to_dict(self) -> dict[str, Any]:
        from ..models.and_condition import AndCondition  # noqa: PLC0415
        from ..models.column_condition import ColumnCondition  # noqa: PLC0415

        or_ = []
        for or_item_data in self.or_:
            or_item: dict[str, Any]
            if isinstance(or_item_data, ColumnCondition):
                or_item = or_item_data.to_dict()
            elif isinstance(or_item_data, AndCondition):
                or_item = or_item_data.to_dict()
            elif isinstance(or_item_data, OrCondition):
                or_item = or_item_data.to_dict()
            else:
                or_item = or_item_data.to_dict()

            or_.append(or_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "or": or_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.and_condition import AndCondition  # noqa: PLC0415
        from ..models.column_condition import ColumnCondition  # noqa: PLC0415
        from ..models.not_condition import NotCondition  # noqa: PLC0415

        d = dict(src_dict)
        or_ = []
        _or_ = d.pop("or")
        for or_item_data in _or_:

            def _parse_or_item(data: object) -> AndCondition | ColumnCondition | NotCondition | OrCondition:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_predicate_type_0 = ColumnCondition.from_dict(data)

                    return componentsschemas_predicate_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_predicate_type_1 = AndCondition.from_dict(data)

                    return componentsschemas_predicate_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_predicate_type_2 = OrCondition.from_dict(data)

                    return componentsschemas_predicate_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_predicate_type_3 = NotCondition.from_dict(data)

                return componentsschemas_predicate_type_3

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        or_condition = cls(
            or_=or_,
        )

        return or_condition
