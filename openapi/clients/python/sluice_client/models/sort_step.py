from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sort_step_op import SortStepOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="SortStep")


@_attrs_define
class SortStep:
    """Sorts rows by `by`; `descending` is one flag for all columns or one per column.

    Attributes:
        by (list[str]):
        frame (str):
        op (SortStepOp):
        descending (bool | list[bool] | Unset):
    """

    by: list[str]
    frame: str
    op: SortStepOp
    descending: bool | list[bool] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        by = self.by

        frame = self.frame

        op = self.op.value

        descending: bool | list[bool] | Unset
        if isinstance(self.descending, Unset):
            descending = UNSET
        elif isinstance(self.descending, list):
            descending = self.descending

        else:
            descending = self.descending

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "by": by,
                "frame": frame,
                "op": op,
            }
        )
        if descending is not UNSET:
            field_dict["descending"] = descending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        by = cast(list[str], d.pop("by"))

        frame = d.pop("frame")

        op = SortStepOp(d.pop("op"))

        def _parse_descending(data: object) -> bool | list[bool] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_descending_type_1 = cast(list[bool], data)

                return componentsschemas_descending_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[bool] | Unset, data)

        descending = _parse_descending(d.pop("descending", UNSET))

        sort_step = cls(
            by=by,
            frame=frame,
            op=op,
            descending=descending,
        )

        return sort_step
