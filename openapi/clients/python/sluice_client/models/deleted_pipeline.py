from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeletedPipeline")


@_attrs_define
class DeletedPipeline:
    """What a deletion did with the pipeline's table.

    Attributes:
        id (UUID):
        message (str): The same, in a sentence.
        table (str): The destination table, in the tenant's schema.
        table_dropped (bool): Whether the table was dropped. When kept, its rows stay readable (psql, BI tools), and a
            new pipeline may load into it again with `"adopt": true`.
    """

    id: UUID
    message: str
    table: str
    table_dropped: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        message = self.message

        table = self.table

        table_dropped = self.table_dropped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
                "table": table,
                "table_dropped": table_dropped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        message = d.pop("message")

        table = d.pop("table")

        table_dropped = d.pop("table_dropped")

        deleted_pipeline = cls(
            id=id,
            message=message,
            table=table,
            table_dropped=table_dropped,
        )

        deleted_pipeline.additional_properties = d
        return deleted_pipeline

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
