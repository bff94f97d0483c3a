from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination:
    """Where the output lands.

    Attributes:
        primary_key (list[str]): Columns that identify a row: rows are upserted on them, never duplicated. Example:
            ['date'].
        table (str):
    """

    primary_key: list[str]
    table: str

    def to_dict(self) -> dict[str, Any]:
        primary_key = self.primary_key

        table = self.table

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "primary_key": primary_key,
                "table": table,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_key = cast(list[str], d.pop("primary_key"))

        table = d.pop("table")

        destination = cls(
            primary_key=primary_key,
            table=table,
        )

        return destination
