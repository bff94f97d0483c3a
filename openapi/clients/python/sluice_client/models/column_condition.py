from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnCondition")


@_attrs_define
class ColumnCondition:
    """`column` and exactly one test: eq, ne, lt, le, gt, ge (with a non-null value), in (a list), or is_null.

    Attributes:
        column (str):
        eq (bool | float | str | Unset): A non-null constant.
        ge (bool | float | str | Unset): A non-null constant.
        gt (bool | float | str | Unset): A non-null constant.
        in_ (list[bool | float | None | str] | Unset):
        is_null (bool | Unset): `true` keeps rows where the column is null
        le (bool | float | str | Unset): A non-null constant.
        lt (bool | float | str | Unset): A non-null constant.
        ne (bool | float | str | Unset): A non-null constant.
    """

    column: str
    eq: bool | float | str | Unset = UNSET
    ge: bool | float | str | Unset = UNSET
    gt: bool | float | str | Unset = UNSET
    in_: list[bool | float | None | str] | Unset = UNSET
    is_null: bool | Unset = UNSET
    le: bool | float | str | Unset = UNSET
    lt: bool | float | str | Unset = UNSET
    ne: bool | float | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        eq: bool | float | str | Unset
        if isinstance(self.eq, Unset):
            eq = UNSET
        else:
            eq = self.eq

        ge: bool | float | str | Unset
        if isinstance(self.ge, Unset):
            ge = UNSET
        else:
            ge = self.ge

        gt: bool | float | str | Unset
        if isinstance(self.gt, Unset):
            gt = UNSET
        else:
            gt = self.gt

        in_: list[bool | float | None | str] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = []
            for in_item_data in self.in_:
                in_item: bool | float | None | str
                in_item = in_item_data
                in_.append(in_item)

        is_null = self.is_null

        le: bool | float | str | Unset
        if isinstance(self.le, Unset):
            le = UNSET
        else:
            le = self.le

        lt: bool | float | str | Unset
        if isinstance(self.lt, Unset):
            lt = UNSET
        else:
            lt = self.lt

        ne: bool | float | str | Unset
        if isinstance(self.ne, Unset):
            ne = UNSET
        else:
            ne = self.ne

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "column": column,
            }
        )
        if eq is not UNSET:
            field_dict["eq"] = eq
        if ge is not UNSET:
            field_dict["ge"] = ge
        if gt is not UNSET:
            field_dict["gt"] = gt
        if in_ is not UNSET:
            field_dict["in"] = in_
        if is_null is not UNSET:
            field_dict["is_null"] = is_null
        if le is not UNSET:
            field_dict["le"] = le
        if lt is not UNSET:
            field_dict["lt"] = lt
        if ne is not UNSET:
            field_dict["ne"] = ne

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        column = d.pop("column")

        def _parse_eq(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        eq = _parse_eq(d.pop("eq", UNSET))

        def _parse_ge(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        ge = _parse_ge(d.pop("ge", UNSET))

        def _parse_gt(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        gt = _parse_gt(d.pop("gt", UNSET))

        _in_ = d.pop("in", UNSET)
        in_: list[bool | float | None | str] | Unset = UNSET
        if _in_ is not UNSET:
            in_ = []
            for in_item_data in _in_:

                def _parse_in_item(data: object) -> bool | float | None | str:
                    if data is None:
                        return data
                    return cast(bool | float | None | str, data)

                in_item = _parse_in_item(in_item_data)

                in_.append(in_item)

        is_null = d.pop("is_null", UNSET)

        def _parse_le(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        le = _parse_le(d.pop("le", UNSET))

        def _parse_lt(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        lt = _parse_lt(d.pop("lt", UNSET))

        def _parse_ne(data: object) -> bool | float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | str | Unset, data)

        ne = _parse_ne(d.pop("ne", UNSET))

        column_condition = cls(
            column=column,
            eq=eq,
            ge=ge,
            gt=gt,
            in_=in_,
            is_null=is_null,
            le=le,
            lt=lt,
            ne=ne,
        )

        return column_condition
