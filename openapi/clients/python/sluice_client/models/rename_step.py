from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.rename_step_op import RenameStepOp

if TYPE_CHECKING:
    from ..models.rename_step_columns import RenameStepColumns


T = TypeVar("T", bound="RenameStep")


@_attrs_define
class RenameStep:
    """Renames columns: `{"old name": "new_name"}`.

    Attributes:
        columns (RenameStepColumns):
        frame (str):
        op (RenameStepOp):
    """

    columns: RenameStepColumns
    frame: str
    op: RenameStepOp

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
        from ..models.rename_step_columns import RenameStepColumns  # noqa: PLC0415

        d = dict(src_dict)
        columns = RenameStepColumns.from_dict(d.pop("columns"))

        frame = d.pop("frame")

        op = RenameStepOp(d.pop("op"))

        rename_step = cls(
            columns=columns,
            frame=frame,
            op=op,
        )

        return rename_step
