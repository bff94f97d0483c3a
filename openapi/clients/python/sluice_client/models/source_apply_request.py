from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.source_format import SourceFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.csv_options import CsvOptions


T = TypeVar("T", bound="SourceApplyRequest")


@_attrs_define
class SourceApplyRequest:
    """A source as code: the same document as `POST /sources`, the name optional (it comes from
    the path).

        Attributes:
            format_ (SourceFormat): The file format of a source.
            url (str): `http`, `https`, or `file` (only under the operator's `extract.local_dir`).
            auth_header (None | str | Unset): Sent as the `Authorization` header when fetching, stored encrypted, never
                returned.
                Omit to keep the stored one (none for a new source), `null` to remove it; the same
                header again is no change. Example: Bearer s3cr3t.
            name (None | str | Unset): When present, must equal the name in the path.
            options (CsvOptions | None | Unset):
    """

    format_: SourceFormat
    url: str
    auth_header: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    options: CsvOptions | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.csv_options import CsvOptions  # noqa: PLC0415

        format_ = self.format_.value

        url = self.url

        auth_header: None | str | Unset
        if isinstance(self.auth_header, Unset):
            auth_header = UNSET
        else:
            auth_header = self.auth_header

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, CsvOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "format": format_,
                "url": url,
            }
        )
        if auth_header is not UNSET:
            field_dict["auth_header"] = auth_header
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.csv_options import CsvOptions  # noqa: PLC0415

        d = dict(src_dict)
        format_ = SourceFormat(d.pop("format"))

        url = d.pop("url")

        def _parse_auth_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_header = _parse_auth_header(d.pop("auth_header", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_options(data: object) -> CsvOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = CsvOptions.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CsvOptions | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        source_apply_request = cls(
            format_=format_,
            url=url,
            auth_header=auth_header,
            name=name,
            options=options,
        )

        return source_apply_request
