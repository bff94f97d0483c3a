from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.cast_step_op import CastStepOp

if TYPE_CHECKING:
    from ..models.cast_step_columns import CastStepColumns


T = TypeVar("T", bound="CastStep")


@_attrs_define
class CastStep:
    """Converts columns to a type. A non-null value that does not convert rejects its row, which
    goes to the failed records with the column, the value and the source row.

        Attributes:
            columns (CastStepColumns):
            frame (str):
            op (CastStepOp):
    """

    columns: CastStepColumns
    frame: str
    op: CastStepOp

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns.to_dict()

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
        from ..models.cast_step_columns import CastStepColumns  # noqa: PLC0415

        d = dict(src_dict)
        columns = CastStepColumns.from_dict(d.pop("columns"))

        frame = d.pop("frame")

        op = CastStepOp(d.pop("op"))

        cast_step = cls(
            columns=columns,
            frame=frame,
            op=op,
        )

        return cast_step
