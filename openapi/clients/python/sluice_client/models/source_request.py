from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.source_format import SourceFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.csv_options import CsvOptions


T = TypeVar("T", bound="SourceRequest")


@_attrs_define
class SourceRequest:
    """The body of `POST /sources` and `PUT /sources/{id}`.

    Attributes:
        format_ (SourceFormat): The file format of a source.
        name (str): Unique in the tenant; pipelines refer to the source by it. Example: nyt-us.
        url (str): `http`, `https`, or `file` (only under the operator's `extract.local_dir`). Example:
            https://raw.githubusercontent.com/nytimes/covid-19-data/master/us.csv.
        auth_header (None | str | Unset): Sent as the `Authorization` header when fetching, stored encrypted, never
            returned.
            On update: omit to keep the stored one, `null` to remove it. Example: Bearer s3cr3t.
        options (CsvOptions | None | Unset):
    """

    format_: SourceFormat
    name: str
    url: str
    auth_header: None | str | Unset = UNSET
    options: CsvOptions | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.csv_options import CsvOptions  # noqa: PLC0415

        format_ = self.format_.value

        name = self.name

        url = self.url

        auth_header: None | str | Unset
        if isinstance(self.auth_header, Unset):
            auth_header = UNSET
        else:
            auth_header = self.auth_header

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
                "name": name,
                "url": url,
            }
        )
        if auth_header is not UNSET:
            field_dict["auth_header"] = auth_header
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.csv_options import CsvOptions  # noqa: PLC0415

        d = dict(src_dict)
        format_ = SourceFormat(d.pop("format"))

        name = d.pop("name")

        url = d.pop("url")

        def _parse_auth_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_header = _parse_auth_header(d.pop("auth_header", UNSET))

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

        source_request = cls(
            format_=format_,
            name=name,
            url=url,
            auth_header=auth_header,
            options=options,
        )

        return source_request
