from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_change import TableChange
    from ..models.table_column import TableColumn


T = TypeVar("T", bound="TableResponse")


@_attrs_define
class TableResponse:
    """A pipeline's destination table as PostgreSQL has it now.

    Attributes:
        columns (list[TableColumn]): In table order, Sluice's own bookkeeping columns (`_sluice_*`) included and marked.
        estimated_rows (int): PostgreSQL's estimate (from its statistics), not an exact count.
        schema (str): The tenant's schema.
        table (str):
        last_changed_by (None | TableChange | Unset):
    """

    columns: list[TableColumn]
    estimated_rows: int
    schema: str
    table: str
    last_changed_by: None | TableChange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.table_change import TableChange  # noqa: PLC0415

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        estimated_rows = self.estimated_rows

        schema = self.schema

        table = self.table

        last_changed_by: dict[str, Any] | None | Unset
        if isinstance(self.last_changed_by, Unset):
            last_changed_by = UNSET
        elif isinstance(self.last_changed_by, TableChange):
            last_changed_by = self.last_changed_by.to_dict()
        else:
            last_changed_by = self.last_changed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "estimated_rows": estimated_rows,
                "schema": schema,
                "table": table,
            }
        )
        if last_changed_by is not UNSET:
            field_dict["last_changed_by"] = last_changed_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_change import TableChange  # noqa: PLC0415
        from ..models.table_column import TableColumn  # noqa: PLC0415

        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = TableColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        estimated_rows = d.pop("estimated_rows")

        schema = d.pop("schema")

        table = d.pop("table")

        def _parse_last_changed_by(data: object) -> None | TableChange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_changed_by_type_0 = TableChange.from_dict(data)

                return last_changed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TableChange | Unset, data)

        last_changed_by = _parse_last_changed_by(d.pop("last_changed_by", UNSET))

        table_response = cls(
            columns=columns,
            estimated_rows=estimated_rows,
            schema=schema,
            table=table,
            last_changed_by=last_changed_by,
        )

        table_response.additional_properties = d
        return table_response

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
