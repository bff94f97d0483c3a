from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.parse_datetime_step_op import ParseDatetimeStepOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseDatetimeStep")


@_attrs_define
class ParseDatetimeStep:
    """Parses a text column as a date and time with a chrono `format`; values without an offset
    are read in `timezone` (UTC by default). The result is UTC.

        Attributes:
            column (str):
            format_ (str):
            frame (str):
            op (ParseDatetimeStepOp):
            timezone (None | str | Unset):  Example: America/New_York.
    """

    column: str
    format_: str
    frame: str
    op: ParseDatetimeStepOp
    timezone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        format_ = self.format_

        frame = self.frame

        op = self.op.value

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "column": column,
                "format": format_,
                "frame": frame,
                "op": op,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        column = d.pop("column")

        format_ = d.pop("format")

        frame = d.pop("frame")

        op = ParseDatetimeStepOp(d.pop("op"))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        parse_datetime_step = cls(
            column=column,
            format_=format_,
            frame=frame,
            op=op,
            timezone=timezone,
        )

        return parse_datetime_step
