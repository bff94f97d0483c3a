from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.on_fail import OnFail
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataTest")


@_attrs_define
class DataTest:
    """A data test on the output. A null value passes `min`, `max` and `accepted` (test nulls
    with `not_null`); `unique` fails every row of a repeated combination of `columns`.

        Attributes:
            accepted (list[bool | float | str] | None | Unset): The only values allowed.
            column (None | str | Unset): The output column tested (`not_null`, `min`, `max`, `accepted`; `unique` on one
                column). Example: cases.
            columns (list[str] | None | Unset): The columns whose combination must be unique (`unique`).
            max_ (bool | float | None | str | Unset):
            min_ (bool | float | None | str | Unset):
            not_null (bool | None | Unset): `true`: the column has no nulls.
            on_fail (OnFail | Unset): What a row that fails a data test does.
            unique (bool | None | Unset): `true`: no two rows share the value of `column` (or of all `columns`).
    """

    accepted: list[bool | float | str] | None | Unset = UNSET
    column: None | str | Unset = UNSET
    columns: list[str] | None | Unset = UNSET
    max_: bool | float | None | str | Unset = UNSET
    min_: bool | float | None | str | Unset = UNSET
    not_null: bool | None | Unset = UNSET
    on_fail: OnFail | Unset = UNSET
    unique: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        accepted: list[bool | float | str] | None | Unset
        if isinstance(self.accepted, Unset):
            accepted = UNSET
        elif isinstance(self.accepted, list):
            accepted = []
            for accepted_type_0_item_data in self.accepted:
                accepted_type_0_item: bool | float | str
                accepted_type_0_item = accepted_type_0_item_data
                accepted.append(accepted_type_0_item)

        else:
            accepted = self.accepted

        column: None | str | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        else:
            column = self.column

        columns: list[str] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, list):
            columns = self.columns

        else:
            columns = self.columns

        max_: bool | float | None | str | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        min_: bool | float | None | str | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        not_null: bool | None | Unset
        if isinstance(self.not_null, Unset):
            not_null = UNSET
        else:
            not_null = self.not_null

        on_fail: str | Unset = UNSET
        if not isinstance(self.on_fail, Unset):
            on_fail = self.on_fail.value

        unique: bool | None | Unset
        if isinstance(self.unique, Unset):
            unique = UNSET
        else:
            unique = self.unique

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if column is not UNSET:
            field_dict["column"] = column
        if columns is not UNSET:
            field_dict["columns"] = columns
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if not_null is not UNSET:
            field_dict["not_null"] = not_null
        if on_fail is not UNSET:
            field_dict["on_fail"] = on_fail
        if unique is not UNSET:
            field_dict["unique"] = unique

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_accepted(data: object) -> list[bool | float | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                accepted_type_0 = []
                _accepted_type_0 = data
                for accepted_type_0_item_data in _accepted_type_0:

                    def _parse_accepted_type_0_item(data: object) -> bool | float | str:
                        return cast(bool | float | str, data)

                    accepted_type_0_item = _parse_accepted_type_0_item(accepted_type_0_item_data)

                    accepted_type_0.append(accepted_type_0_item)

                return accepted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[bool | float | str] | None | Unset, data)

        accepted = _parse_accepted(d.pop("accepted", UNSET))

        def _parse_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        column = _parse_column(d.pop("column", UNSET))

        def _parse_columns(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                columns_type_0 = cast(list[str], data)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        def _parse_max_(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_min_(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_not_null(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        not_null = _parse_not_null(d.pop("not_null", UNSET))

        _on_fail = d.pop("on_fail", UNSET)
        on_fail: OnFail | Unset
        if isinstance(_on_fail, Unset):
            on_fail = UNSET
        else:
            on_fail = OnFail(_on_fail)

        def _parse_unique(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unique = _parse_unique(d.pop("unique", UNSET))

        data_test = cls(
            accepted=accepted,
            column=column,
            columns=columns,
            max_=max_,
            min_=min_,
            not_null=not_null,
            on_fail=on_fail,
            unique=unique,
        )

        return data_test
