from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.drop_step_op import DropStepOp

T = TypeVar("T", bound="DropStep")


@_attrs_define
class DropStep:
    """Removes `columns`.

    Attributes:
        columns (list[str]):
        frame (str):
        op (DropStepOp):
    """

    columns: list[str]
    frame: str
    op: DropStepOp

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns

        frame = self.frame

        op = self.op.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "columns": columns,
                "frame": frame,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        columns = cast(list[str], d.pop("columns"))

        frame = d.pop("frame")

        op = DropStepOp(d.pop("op"))

        drop_step = cls(
            columns=columns,
            frame=frame,
            op=op,
        )

        return drop_step
