from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Incremental")


@_attrs_define
class Incremental:
    """Only rows whose cursor is at or after (the latest loaded value minus `lookback`) are
    considered on each run.

        Attributes:
            cursor (str):
            lookback (int | Unset): How far behind the latest loaded cursor value to look again, in the cursor's unit:
                days for a date, seconds for a datetime, the number itself for an integer.
    """

    cursor: str
    lookback: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        lookback = self.lookback

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cursor": cursor,
            }
        )
        if lookback is not UNSET:
            field_dict["lookback"] = lookback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cursor = d.pop("cursor")

        lookback = d.pop("lookback", UNSET)

        incremental = cls(
            cursor=cursor,
            lookback=lookback,
        )

        return incremental
