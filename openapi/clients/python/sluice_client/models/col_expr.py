from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ColExpr")


@_attrs_define
class ColExpr:
    """The value of a column.

    Attributes:
        col (str):
    """

    col: str

    def to_dict(self) -> dict[str, Any]:
        col = self.col

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "col": col,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        col = d.pop("col")

        col_expr = cls(
            col=col,
        )

        return col_expr
