from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Series")


@_attrs_define
class Series:
    """
    Attributes:
        other (bool): The series folding the groups beyond the 20 largest.
        values (list[float | None | str]):
        y (str): The y column.
        group (None | str | Unset): The group's value, when grouped; null otherwise and for `other`.
    """

    other: bool
    values: list[float | None | str]
    y: str
    group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other = self.other

        values = []
        for values_item_data in self.values:
            values_item: float | None | str
            values_item = values_item_data
            values.append(values_item)

        y = self.y

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "other": other,
                "values": values,
                "y": y,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        other = d.pop("other")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:

            def _parse_values_item(data: object) -> float | None | str:
                if data is None:
                    return data
                return cast(float | None | str, data)

            values_item = _parse_values_item(values_item_data)

            values.append(values_item)

        y = d.pop("y")

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        series = cls(
            other=other,
            values=values,
            y=y,
            group=group,
        )

        series.additional_properties = d
        return series

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
