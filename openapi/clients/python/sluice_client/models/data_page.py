from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_column import DataColumn
    from ..models.data_page_rows_item import DataPageRowsItem


T = TypeVar("T", bound="DataPage")


@_attrs_define
class DataPage:
    """One page of a destination table's rows.

    Attributes:
        columns (list[DataColumn]): The columns each row has, in order.
        rows (list[DataPageRowsItem]): One object per row, keyed by column name. Numbers are JSON numbers, except
            integers
            beyond ±(2^53 − 1), which are strings (JavaScript cannot hold them exactly); dates are
            `YYYY-MM-DD`, timestamps ISO 8601 (`timestamptz` in UTC with `Z`); NULL is null.
        table (str):
        next_cursor (None | str | Unset): Pass as `after` for the next page; null on the last one.
    """

    columns: list[DataColumn]
    rows: list[DataPageRowsItem]
    table: str
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        table = self.table

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "rows": rows,
                "table": table,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_column import DataColumn  # noqa: PLC0415
        from ..models.data_page_rows_item import DataPageRowsItem  # noqa: PLC0415

        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = DataColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = DataPageRowsItem.from_dict(rows_item_data)

            rows.append(rows_item)

        table = d.pop("table")

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        data_page = cls(
            columns=columns,
            rows=rows,
            table=table,
            next_cursor=next_cursor,
        )

        data_page.additional_properties = d
        return data_page

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
