from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dedupe_step_op import DedupeStepOp
from ..models.keep import Keep
from ..types import UNSET, Unset

T = TypeVar("T", bound="DedupeStep")


@_attrs_define
class DedupeStep:
    """Keeps one row per distinct `on` (every column when omitted), the first or the last seen.

    Attributes:
        frame (str):
        op (DedupeStepOp):
        keep (Keep | Unset):
        on (list[str] | None | Unset):
    """

    frame: str
    op: DedupeStepOp
    keep: Keep | Unset = UNSET
    on: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        frame = self.frame

        op = self.op.value

        keep: str | Unset = UNSET
        if not isinstance(self.keep, Unset):
            keep = self.keep.value

        on: list[str] | None | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, list):
            on = self.on

        else:
            on = self.on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "frame": frame,
                "op": op,
            }
        )
        if keep is not UNSET:
            field_dict["keep"] = keep
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frame = d.pop("frame")

        op = DedupeStepOp(d.pop("op"))

        _keep = d.pop("keep", UNSET)
        keep: Keep | Unset
        if isinstance(_keep, Unset):
            keep = UNSET
        else:
            keep = Keep(_keep)

        def _parse_on(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                on_type_0 = cast(list[str], data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        dedupe_step = cls(
            frame=frame,
            op=op,
            keep=keep,
            on=on,
        )

        return dedupe_step
