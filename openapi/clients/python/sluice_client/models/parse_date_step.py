from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.parse_date_step_op import ParseDateStepOp

T = TypeVar("T", bound="ParseDateStep")


@_attrs_define
class ParseDateStep:
    """Parses a text column as a date with a chrono `format` (`%m/%d/%Y`). Unparsable values
    reject their rows.

        Attributes:
            column (str):
            format_ (str):
            frame (str):
            op (ParseDateStepOp):
    """

    column: str
    format_: str
    frame: str
    op: ParseDateStepOp

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        format_ = self.format_

        frame = self.frame

        op = self.op.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "column": column,
                "format": format_,
                "frame": frame,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        column = d.pop("column")

        format_ = d.pop("format")

        frame = d.pop("frame")

        op = ParseDateStepOp(d.pop("op"))

        parse_date_step = cls(
            column=column,
            format_=format_,
            frame=frame,
            op=op,
        )

        return parse_date_step
