from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_type import DataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnInfo")


@_attrs_define
class ColumnInfo:
    """What a column's values look like in the rows read.

    Attributes:
        inferred_type (DataType): A value type a column can be cast to.
        name (str):
        nulls (int): Nulls among the rows read.
        date_format (None | str | Unset): For a text column whose every value is a date in another form, the
            `parse_date` format
            that reads it (e.g. `%m/%d/%Y`).
    """

    inferred_type: DataType
    name: str
    nulls: int
    date_format: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inferred_type = self.inferred_type.value

        name = self.name

        nulls = self.nulls

        date_format: None | str | Unset
        if isinstance(self.date_format, Unset):
            date_format = UNSET
        else:
            date_format = self.date_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inferred_type": inferred_type,
                "name": name,
                "nulls": nulls,
            }
        )
        if date_format is not UNSET:
            field_dict["date_format"] = date_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inferred_type = DataType(d.pop("inferred_type"))

        name = d.pop("name")

        nulls = d.pop("nulls")

        def _parse_date_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_format = _parse_date_format(d.pop("date_format", UNSET))

        column_info = cls(
            inferred_type=inferred_type,
            name=name,
            nulls=nulls,
            date_format=date_format,
        )

        column_info.additional_properties = d
        return column_info

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
