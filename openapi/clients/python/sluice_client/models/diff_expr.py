from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.diff_expr_first import DiffExprFirst
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiffExpr")


@_attrs_define
class DiffExpr:
    """The column's value minus its value on the previous row of the same partition, rows ordered by `order_by`; the first
    row of a partition gets null (`first: "null"`) or its own value (`first: "value"`).

        Attributes:
            diff (str):
            order_by (list[str]):
            first (DiffExprFirst | Unset):
            partition_by (list[str] | Unset): Columns whose rows are compared apart.
    """

    diff: str
    order_by: list[str]
    first: DiffExprFirst | Unset = UNSET
    partition_by: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        diff = self.diff

        order_by = self.order_by

        first: str | Unset = UNSET
        if not isinstance(self.first, Unset):
            first = self.first.value

        partition_by: list[str] | Unset = UNSET
        if not isinstance(self.partition_by, Unset):
            partition_by = self.partition_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "diff": diff,
                "order_by": order_by,
            }
        )
        if first is not UNSET:
            field_dict["first"] = first
        if partition_by is not UNSET:
            field_dict["partition_by"] = partition_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diff = d.pop("diff")

        order_by = cast(list[str], d.pop("order_by"))

        _first = d.pop("first", UNSET)
        first: DiffExprFirst | Unset
        if isinstance(_first, Unset):
            first = UNSET
        else:
            first = DiffExprFirst(_first)

        partition_by = cast(list[str], d.pop("partition_by", UNSET))

        diff_expr = cls(
            diff=diff,
            order_by=order_by,
            first=first,
            partition_by=partition_by,
        )

        return diff_expr
