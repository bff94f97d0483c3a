from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="LitExpr")


@_attrs_define
class LitExpr:
    """A constant.

    Attributes:
        lit (bool | float | None | str): A constant.
    """

    lit: bool | float | None | str

    def to_dict(self) -> dict[str, Any]:
        lit: bool | float | None | str
        lit = self.lit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lit": lit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_lit(data: object) -> bool | float | None | str:
            if data is None:
                return data
            return cast(bool | float | None | str, data)

        lit = _parse_lit(d.pop("lit"))

        lit_expr = cls(
            lit=lit,
        )

        return lit_expr
