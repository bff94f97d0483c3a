from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.column_info import ColumnInfo
    from ..models.preview_rows_item import PreviewRowsItem


T = TypeVar("T", bound="Preview")


@_attrs_define
class Preview:
    """
    Attributes:
        columns (list[ColumnInfo]):
        rows (list[PreviewRowsItem]): The first rows, as `{column: text}` (null where the source has no value).
        rows_sampled (int): Rows read to infer the types (at most the preview's sample).
    """

    columns: list[ColumnInfo]
    rows: list[PreviewRowsItem]
    rows_sampled: int
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

        rows_sampled = self.rows_sampled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "rows": rows,
                "rows_sampled": rows_sampled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_info import ColumnInfo  # noqa: PLC0415
        from ..models.preview_rows_item import PreviewRowsItem  # noqa: PLC0415

        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = ColumnInfo.from_dict(columns_item_data)

            columns.append(columns_item)

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = PreviewRowsItem.from_dict(rows_item_data)

            rows.append(rows_item)

        rows_sampled = d.pop("rows_sampled")

        preview = cls(
            columns=columns,
            rows=rows,
            rows_sampled=rows_sampled,
        )

        preview.additional_properties = d
        return preview

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
