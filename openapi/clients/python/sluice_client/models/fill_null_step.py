from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.fill_null_step_op import FillNullStepOp

if TYPE_CHECKING:
    from ..models.fill_null_step_values import FillNullStepValues


T = TypeVar("T", bound="FillNullStep")


@_attrs_define
class FillNullStep:
    """Replaces nulls: `{"column": value}`.

    Attributes:
        frame (str):
        op (FillNullStepOp):
        values (FillNullStepValues):
    """

    frame: str
    op: FillNullStepOp
    values: FillNullStepValues

    def to_dict(self) -> dict[str, Any]:
        frame = self.frame

        op = self.op.value

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "frame": frame,
                "op": op,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fill_null_step_values import FillNullStepValues  # noqa: PLC0415

        d = dict(src_dict)
        frame = d.pop("frame")

        op = FillNullStepOp(d.pop("op"))

        values = FillNullStepValues.from_dict(d.pop("values"))

        fill_null_step = cls(
            frame=frame,
            op=op,
            values=values,
        )

        return fill_null_step
