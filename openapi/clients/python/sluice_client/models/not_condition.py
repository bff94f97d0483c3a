from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.and_condition import AndCondition
    from ..models.column_condition import ColumnCondition
    from ..models.or_condition import OrCondition


T = TypeVar("T", bound="NotCondition")


@_attrs_define
class NotCondition:
    """The condition does not hold.

    Attributes:
        not_ (AndCondition | ColumnCondition | NotCondition | OrCondition): A row condition: a test on a column, or
            `and`/`or`/`not` of conditions.
    """

    not_: AndCondition | ColumnCondition | NotCondition | OrCondition

    def to_dict(self) -> dict[str, Any]:
        from ..models.and_condition import AndCondition  # noqa: PLC0415
        from ..models.column_condition import ColumnCondition  # noqa: PLC0415
        from ..models.or_condition import OrCondition  # noqa: PLC0415

        not_: dict[str, Any]
        if isinstance(self.not_, ColumnCondition):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, AndCondition):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, OrCondition):
            not_ = self.not_.to_dict()
        else:
            not_ = self.not_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "not": not_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.and_condition import AndCondition  # noqa: PLC0415
        from ..models.column_condition import ColumnCondition  # noqa: PLC0415
        from ..models.or_condition import OrCondition  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(data: object) -> AndCondition | ColumnCondition | NotCondition | OrCondition:
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

        not_ = _parse_not_(d.pop("not"))

        not_condition = cls(
            not_=not_,
        )

        return not_condition
