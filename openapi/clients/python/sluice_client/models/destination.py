from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.load_mode import LoadMode
from ..models.on_schema_change import OnSchemaChange
from ..types import UNSET, Unset

T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination:
    """Where the output lands.

    Attributes:
        primary_key (list[str]): Columns that identify a row: rows are upserted on them, never duplicated. Example:
            ['date'].
        table (str):
        database (None | str | Unset): The name of one of the tenant's destinations (`/api/v1/destinations`): the table
            is
            loaded into that PostgreSQL database, in the destination's schema. Without it, the
            built-in database, in the tenant's schema. Example: warehouse.
        mode (LoadMode | Unset): How a run writes the destination table.
        on_schema_change (OnSchemaChange | Unset): What a run does when the output has columns the table lacks, or lacks
            columns the table
            has. A column whose type changes is refused in every mode (cast it, or load into a new
            table).
        soft_delete (bool | Unset): Only with `mode: mirror`: rows the sources no longer have are kept and marked with
            the
            time they disappeared in the bookkeeping column `_sluice_deleted_at`, instead of being
            deleted; a row that comes back has the mark cleared.
    """

    primary_key: list[str]
    table: str
    database: None | str | Unset = UNSET
    mode: LoadMode | Unset = UNSET
    on_schema_change: OnSchemaChange | Unset = UNSET
    soft_delete: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        primary_key = self.primary_key

        table = self.table

        database: None | str | Unset
        if isinstance(self.database, Unset):
            database = UNSET
        else:
            database = self.database

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        on_schema_change: str | Unset = UNSET
        if not isinstance(self.on_schema_change, Unset):
            on_schema_change = self.on_schema_change.value

        soft_delete = self.soft_delete

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "primary_key": primary_key,
                "table": table,
            }
        )
        if database is not UNSET:
            field_dict["database"] = database
        if mode is not UNSET:
            field_dict["mode"] = mode
        if on_schema_change is not UNSET:
            field_dict["on_schema_change"] = on_schema_change
        if soft_delete is not UNSET:
            field_dict["soft_delete"] = soft_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_key = cast(list[str], d.pop("primary_key"))

        table = d.pop("table")

        def _parse_database(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        database = _parse_database(d.pop("database", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: LoadMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = LoadMode(_mode)

        _on_schema_change = d.pop("on_schema_change", UNSET)
        on_schema_change: OnSchemaChange | Unset
        if isinstance(_on_schema_change, Unset):
            on_schema_change = UNSET
        else:
            on_schema_change = OnSchemaChange(_on_schema_change)

        soft_delete = d.pop("soft_delete", UNSET)

        destination = cls(
            primary_key=primary_key,
            table=table,
            database=database,
            mode=mode,
            on_schema_change=on_schema_change,
            soft_delete=soft_delete,
        )

        return destination
