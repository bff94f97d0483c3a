from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceFrameType1")


@_attrs_define
class SourceFrameType1:
    """
    Attributes:
        source (str): The source's name.
        infer_types (bool | Unset): Whether text columns whose every value is an integer, a number, true/false, an ISO
            date or an ISO date-time are read as that type (default true); false reads every column as text.
    """

    source: str
    infer_types: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        infer_types = self.infer_types

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
            }
        )
        if infer_types is not UNSET:
            field_dict["infer_types"] = infer_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        infer_types = d.pop("infer_types", UNSET)

        source_frame_type_1 = cls(
            source=source,
            infer_types=infer_types,
        )

        return source_frame_type_1
