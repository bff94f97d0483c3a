from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CsvOptions")


@_attrs_define
class CsvOptions:
    """Options of the CSV reader. Text must be UTF-8; a byte-order mark is skipped.

    Attributes:
        delimiter (str | Unset): Field separator, one ASCII character. Default: ','. Example: ,.
        has_header (bool | Unset): Whether the first line names the columns (otherwise they are `column_1`, `column_2`,
            …). Default: True.
        null_values (list[str] | Unset): Field values read as null.
        quote_char (None | str | Unset): Quote character, one ASCII character; `null` turns quoting off. Default:
            '\\\\"'. Example: ".
        skip_rows (int | Unset): Lines skipped before the header. Default: 0.
    """

    delimiter: str | Unset = ","
    has_header: bool | Unset = True
    null_values: list[str] | Unset = UNSET
    quote_char: None | str | Unset = '\\"'
    skip_rows: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        delimiter = self.delimiter

        has_header = self.has_header

        null_values: list[str] | Unset = UNSET
        if not isinstance(self.null_values, Unset):
            null_values = self.null_values

        quote_char: None | str | Unset
        if isinstance(self.quote_char, Unset):
            quote_char = UNSET
        else:
            quote_char = self.quote_char

        skip_rows = self.skip_rows

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter
        if has_header is not UNSET:
            field_dict["has_header"] = has_header
        if null_values is not UNSET:
            field_dict["null_values"] = null_values
        if quote_char is not UNSET:
            field_dict["quote_char"] = quote_char
        if skip_rows is not UNSET:
            field_dict["skip_rows"] = skip_rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delimiter = d.pop("delimiter", UNSET)

        has_header = d.pop("has_header", UNSET)

        null_values = cast(list[str], d.pop("null_values", UNSET))

        def _parse_quote_char(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote_char = _parse_quote_char(d.pop("quote_char", UNSET))

        skip_rows = d.pop("skip_rows", UNSET)

        csv_options = cls(
            delimiter=delimiter,
            has_header=has_header,
            null_values=null_values,
            quote_char=quote_char,
            skip_rows=skip_rows,
        )

        return csv_options
