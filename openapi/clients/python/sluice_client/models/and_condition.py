from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.column_condition import ColumnCondition
    from ..models.not_condition import NotCondition
    from ..models.or_condition import OrCondition


T = TypeVar("T", bound="AndCondition")


@_attrs_define
class AndCondition:
    """Every condition holds.

    Attributes:
        and_ (list[AndCondition | ColumnCondition | NotCondition | OrCondition]):
    """

    and_: list[AndCondition | ColumnCondition | NotCondition | OrCondition]

    def to_dict(self) -> dict[str, Any]:
        from ..models.column_condition import ColumnCondition  # noqa: PLC0415
        from ..models.or_condition import OrCondition  # noqa: PLC0415

        and_ = []
        for and_item_data in self.and_:
            and_item: dict[str, Any]
            if isinstance(and_item_data, ColumnCondition):
                and_item = and_item_data.to_dict()
            elif isinstance(and_item_data, AndCondition):
                and_item = and_item_data.to_dict()
            elif isinstance(and_item_data, OrCondition):
                and_item = and_item_data.to_dict()
            else:
                and_item = and_item_data.to_dict()

            and_.append(and_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "and": and_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_condition import ColumnCondition  # noqa: PLC0415
        from ..models.not_condition import NotCondition  # noqa: PLC0415
        from ..models.or_condition import OrCondition  # noqa: PLC0415

        d = dict(src_dict)
        and_ = []
        _and_ = d.pop("and")
        for and_item_data in _and_:

            def _parse_and_item(data: object) -> AndCondition | ColumnCondition | NotCondition | OrCondition:
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

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        and_condition = cls(
            and_=and_,
        )

        return and_condition
