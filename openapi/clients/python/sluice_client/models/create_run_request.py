from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRunRequest")


@_attrs_define
class CreateRunRequest:
    """
    Attributes:
        full_reload (bool | Unset): Ignore the incremental state for this run: fetch every source and consider every row
            (still writing only what changed).
    """

    full_reload: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_reload = self.full_reload

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full_reload is not UNSET:
            field_dict["full_reload"] = full_reload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_reload = d.pop("full_reload", UNSET)

        create_run_request = cls(
            full_reload=full_reload,
        )

        return create_run_request
