from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.join_how import JoinHow
from ..models.join_step_op import JoinStepOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="JoinStep")


@_attrs_define
class JoinStep:
    """Joins `left` and `right` on key columns into a new frame `into`. Columns of `right` whose
    names clash with `left` get `suffix`.

        Attributes:
            how (JoinHow):
            into (str):
            left (str):
            op (JoinStepOp):
            right (str):
            left_on (list[str] | Unset):
            on (list[str] | Unset): Key columns with the same name on both sides.
            right_on (list[str] | Unset):
            suffix (str | Unset):
    """

    how: JoinHow
    into: str
    left: str
    op: JoinStepOp
    right: str
    left_on: list[str] | Unset = UNSET
    on: list[str] | Unset = UNSET
    right_on: list[str] | Unset = UNSET
    suffix: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        how = self.how.value

        into = self.into

        left = self.left

        op = self.op.value

        right = self.right

        left_on: list[str] | Unset = UNSET
        if not isinstance(self.left_on, Unset):
            left_on = self.left_on

        on: list[str] | Unset = UNSET
        if not isinstance(self.on, Unset):
            on = self.on

        right_on: list[str] | Unset = UNSET
        if not isinstance(self.right_on, Unset):
            right_on = self.right_on

        suffix = self.suffix

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "how": how,
                "into": into,
                "left": left,
                "op": op,
                "right": right,
            }
        )
        if left_on is not UNSET:
            field_dict["left_on"] = left_on
        if on is not UNSET:
            field_dict["on"] = on
        if right_on is not UNSET:
            field_dict["right_on"] = right_on
        if suffix is not UNSET:
            field_dict["suffix"] = suffix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        how = JoinHow(d.pop("how"))

        into = d.pop("into")

        left = d.pop("left")

        op = JoinStepOp(d.pop("op"))

        right = d.pop("right")

        left_on = cast(list[str], d.pop("left_on", UNSET))

        on = cast(list[str], d.pop("on", UNSET))

        right_on = cast(list[str], d.pop("right_on", UNSET))

        suffix = d.pop("suffix", UNSET)

        join_step = cls(
            how=how,
            into=into,
            left=left,
            op=op,
            right=right,
            left_on=left_on,
            on=on,
            right_on=right_on,
            suffix=suffix,
        )

        return join_step
