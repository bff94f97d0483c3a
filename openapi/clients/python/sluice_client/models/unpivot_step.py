from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.unpivot_step_op import UnpivotStepOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnpivotStep")


@_attrs_define
class UnpivotStep:
    """Turns columns into rows: each column of `on` (by default every column not in `index`)
    becomes a row with its header in `name` and its value in `value`.

        Attributes:
            frame (str):
            name (str):
            op (UnpivotStepOp):
            value (str):
            drop (list[str] | Unset): Columns removed first.
            index (list[str] | Unset): Columns repeated on every produced row.
            on (list[str] | None | Unset): Columns turned into rows; all the others (minus `drop`) when omitted.
    """

    frame: str
    name: str
    op: UnpivotStepOp
    value: str
    drop: list[str] | Unset = UNSET
    index: list[str] | Unset = UNSET
    on: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        frame = self.frame

        name = self.name

        op = self.op.value

        value = self.value

        drop: list[str] | Unset = UNSET
        if not isinstance(self.drop, Unset):
            drop = self.drop

        index: list[str] | Unset = UNSET
        if not isinstance(self.index, Unset):
            index = self.index

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
                "name": name,
                "op": op,
                "value": value,
            }
        )
        if drop is not UNSET:
            field_dict["drop"] = drop
        if index is not UNSET:
            field_dict["index"] = index
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frame = d.pop("frame")

        name = d.pop("name")

        op = UnpivotStepOp(d.pop("op"))

        value = d.pop("value")

        drop = cast(list[str], d.pop("drop", UNSET))

        index = cast(list[str], d.pop("index", UNSET))

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

        unpivot_step = cls(
            frame=frame,
            name=name,
            op=op,
            value=value,
            drop=drop,
            index=index,
            on=on,
        )

        return unpivot_step
