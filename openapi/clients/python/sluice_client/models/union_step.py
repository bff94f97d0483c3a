from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.union_step_op import UnionStepOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnionStep")


@_attrs_define
class UnionStep:
    """Stacks frames into a new frame `into`. Columns must match by name, unless `relaxed`, where
    a column missing from a frame is null there.

        Attributes:
            frames (list[str]):
            into (str):
            op (UnionStepOp):
            relaxed (bool | Unset):
    """

    frames: list[str]
    into: str
    op: UnionStepOp
    relaxed: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        frames = self.frames

        into = self.into

        op = self.op.value

        relaxed = self.relaxed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "frames": frames,
                "into": into,
                "op": op,
            }
        )
        if relaxed is not UNSET:
            field_dict["relaxed"] = relaxed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frames = cast(list[str], d.pop("frames"))

        into = d.pop("into")

        op = UnionStepOp(d.pop("op"))

        relaxed = d.pop("relaxed", UNSET)

        union_step = cls(
            frames=frames,
            into=into,
            op=op,
            relaxed=relaxed,
        )

        return union_step
