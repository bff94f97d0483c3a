from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TableColumn")


@_attrs_define
class TableColumn:
    """
    Attributes:
        bookkeeping (bool): A column Sluice keeps for itself (`_sluice_key`, `_sluice_hash`, `_sluice_run_id`,
            `_sluice_loaded_at`), hidden from data reads unless asked for.
        name (str):
        nullable (bool):
        pg_type (str): As PostgreSQL writes it: `bigint`, `double precision`, `date`, `text`, …
        primary_key (bool):
    """

    bookkeeping: bool
    name: str
    nullable: bool
    pg_type: str
    primary_key: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bookkeeping = self.bookkeeping

        name = self.name

        nullable = self.nullable

        pg_type = self.pg_type

        primary_key = self.primary_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookkeeping": bookkeeping,
                "name": name,
                "nullable": nullable,
                "pg_type": pg_type,
                "primary_key": primary_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bookkeeping = d.pop("bookkeeping")

        name = d.pop("name")

        nullable = d.pop("nullable")

        pg_type = d.pop("pg_type")

        primary_key = d.pop("primary_key")

        table_column = cls(
            bookkeeping=bookkeeping,
            name=name,
            nullable=nullable,
            pg_type=pg_type,
            primary_key=primary_key,
        )

        table_column.additional_properties = d
        return table_column

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
