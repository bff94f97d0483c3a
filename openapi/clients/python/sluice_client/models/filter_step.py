from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.filter_step_op import FilterStepOp

if TYPE_CHECKING:
    from ..models.and_condition import AndCondition
    from ..models.column_condition import ColumnCondition
    from ..models.not_condition import NotCondition
    from ..models.or_condition import OrCondition


T = TypeVar("T", bound="FilterStep")


@_attrs_define
class FilterStep:
    """Keeps the rows where `where` holds.

    Attributes:
        frame (str):
        op (FilterStepOp):
        where (AndCondition | ColumnCondition | NotCondition | OrCondition): A row condition: a test on a column, or
            `and`/`or`/`not` of conditions.
    """

    frame: str
    op: FilterStepOp
    where: AndCondition | ColumnCondition | NotCondition | OrCondition

    def to_dict(self) -> dict[str, Any]:
        from ..models.and_condition import AndCondition  # noqa: PLC0415
        from ..models.column_condition import ColumnCondition  # noqa: PLC0415
        from ..models.or_condition import OrCondition  # noqa: PLC0415

        frame = self.frame

        op = self.op.value

        where: dict[str, Any]
        if isinstance(self.where, ColumnCondition):
            where = self.where.to_dict()
        elif isinstance(self.where, AndCondition):
            where = self.where.to_dict()
        elif isinstance(self.where, OrCondition):
            where = self.where.to_dict()
        else:
            where = self.where.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "frame": frame,
                "op": op,
                "where": where,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.and_condition import AndCondition  # noqa: PLC0415
        from ..models.column_condition import ColumnCondition  # noqa: PLC0415
        from ..models.not_condition import NotCondition  # noqa: PLC0415
        from ..models.or_condition import OrCondition  # noqa: PLC0415

        d = dict(src_dict)
        frame = d.pop("frame")

        op = FilterStepOp(d.pop("op"))

        def _parse_where(data: object) -> AndCondition | ColumnCondition | NotCondition | OrCondition:
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

        where = _parse_where(d.pop("where"))

        filter_step = cls(
            frame=frame,
            op=op,
            where=where,
        )

        return filter_step
