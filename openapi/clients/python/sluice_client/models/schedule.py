from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """When the pipeline runs on its own.

    Attributes:
        cron (str): Five-field cron expression, e.g. `0 6 * * *` for 06:00 every day. Example: 0 6 * * *.
        timezone (str | Unset): IANA timezone the expression is read in; `UTC` when omitted. Example: America/New_York.
    """

    cron: str
    timezone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cron = self.cron

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cron": cron,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cron = d.pop("cron")

        timezone = d.pop("timezone", UNSET)

        schedule = cls(
            cron=cron,
            timezone=timezone,
        )

        return schedule
