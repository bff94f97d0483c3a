from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_type import DataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SuggestedColumn")


@_attrs_define
class SuggestedColumn:
    """
    Attributes:
        inferred_type (DataType): A value type a column can be cast to.
        name (str): As the steps leave it: a valid table column name.
        source (str): As the source names it.
        date_format (None | str | Unset): The `parse_date` format, for dates.
    """

    inferred_type: DataType
    name: str
    source: str
    date_format: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inferred_type = self.inferred_type.value

        name = self.name

        source = self.source

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
                "source": source,
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

        source = d.pop("source")

        def _parse_date_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_format = _parse_date_format(d.pop("date_format", UNSET))

        suggested_column = cls(
            inferred_type=inferred_type,
            name=name,
            source=source,
            date_format=date_format,
        )

        suggested_column.additional_properties = d
        return suggested_column

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
