from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RowNumberExpr")


@_attrs_define
class RowNumberExpr:
    """1, 2, 3 … in `order_by` order within the partition (ties in frame order).

    Attributes:
        order_by (list[str] | str): The columns that order the rows of a partition.
        row_number (bool): `true`: the function reads no value.
        descending (bool | Unset):
        partition_by (list[str] | str | Unset): Columns whose rows are numbered apart.
    """

    order_by: list[str] | str
    row_number: bool
    descending: bool | Unset = UNSET
    partition_by: list[str] | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_by: list[str] | str
        if isinstance(self.order_by, list):
            order_by = self.order_by

        else:
            order_by = self.order_by

        row_number = self.row_number

        descending = self.descending

        partition_by: list[str] | str | Unset
        if isinstance(self.partition_by, Unset):
            partition_by = UNSET
        elif isinstance(self.partition_by, list):
            partition_by = self.partition_by

        else:
            partition_by = self.partition_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "order_by": order_by,
                "row_number": row_number,
            }
        )
        if descending is not UNSET:
            field_dict["descending"] = descending
        if partition_by is not UNSET:
            field_dict["partition_by"] = partition_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_order_by(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_by_type_1 = cast(list[str], data)

                return order_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        order_by = _parse_order_by(d.pop("order_by"))

        row_number = d.pop("row_number")

        descending = d.pop("descending", UNSET)

        def _parse_partition_by(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                partition_by_type_1 = cast(list[str], data)

                return partition_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        partition_by = _parse_partition_by(d.pop("partition_by", UNSET))

        row_number_expr = cls(
            order_by=order_by,
            row_number=row_number,
            descending=descending,
            partition_by=partition_by,
        )

        return row_number_expr
