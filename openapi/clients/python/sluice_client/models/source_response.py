from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_format import SourceFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.csv_options import CsvOptions
    from ..models.source_check import SourceCheck


T = TypeVar("T", bound="SourceResponse")


@_attrs_define
class SourceResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        format_ (SourceFormat): The file format of a source.
        has_auth_header (bool): Whether an auth header is stored; the header itself is never returned.
        id (UUID):
        name (str):
        options (CsvOptions): Options of the CSV reader. Text must be UTF-8; a byte-order mark is skipped.
        updated_at (datetime.datetime):
        url (str):
        last_check (None | SourceCheck | Unset):
        last_checked_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime
    format_: SourceFormat
    has_auth_header: bool
    id: UUID
    name: str
    options: CsvOptions
    updated_at: datetime.datetime
    url: str
    last_check: None | SourceCheck | Unset = UNSET
    last_checked_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_check import SourceCheck  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        format_ = self.format_.value

        has_auth_header = self.has_auth_header

        id = str(self.id)

        name = self.name

        options = self.options.to_dict()

        updated_at = self.updated_at.isoformat()

        url = self.url

        last_check: dict[str, Any] | None | Unset
        if isinstance(self.last_check, Unset):
            last_check = UNSET
        elif isinstance(self.last_check, SourceCheck):
            last_check = self.last_check.to_dict()
        else:
            last_check = self.last_check

        last_checked_at: None | str | Unset
        if isinstance(self.last_checked_at, Unset):
            last_checked_at = UNSET
        elif isinstance(self.last_checked_at, datetime.datetime):
            last_checked_at = self.last_checked_at.isoformat()
        else:
            last_checked_at = self.last_checked_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "format": format_,
                "has_auth_header": has_auth_header,
                "id": id,
                "name": name,
                "options": options,
                "updated_at": updated_at,
                "url": url,
            }
        )
        if last_check is not UNSET:
            field_dict["last_check"] = last_check
        if last_checked_at is not UNSET:
            field_dict["last_checked_at"] = last_checked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.csv_options import CsvOptions  # noqa: PLC0415
        from ..models.source_check import SourceCheck  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        format_ = SourceFormat(d.pop("format"))

        has_auth_header = d.pop("has_auth_header")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        options = CsvOptions.from_dict(d.pop("options"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        url = d.pop("url")

        def _parse_last_check(data: object) -> None | SourceCheck | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_check_type_0 = SourceCheck.from_dict(data)

                return last_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceCheck | Unset, data)

        last_check = _parse_last_check(d.pop("last_check", UNSET))

        def _parse_last_checked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_checked_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_checked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_checked_at = _parse_last_checked_at(d.pop("last_checked_at", UNSET))

        source_response = cls(
            created_at=created_at,
            format_=format_,
            has_auth_header=has_auth_header,
            id=id,
            name=name,
            options=options,
            updated_at=updated_at,
            url=url,
            last_check=last_check,
            last_checked_at=last_checked_at,
        )

        source_response.additional_properties = d
        return source_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
