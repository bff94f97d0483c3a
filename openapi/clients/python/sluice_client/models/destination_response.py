from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ssl_mode import SslMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination_check import DestinationCheck


T = TypeVar("T", bound="DestinationResponse")


@_attrs_define
class DestinationResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        database (str):
        has_password (bool): Whether a password is stored; the password itself is never returned.
        host (str):
        id (UUID):
        name (str):
        port (int):
        schema (str): The schema Sluice's tables go in.
        sslmode (SslMode): How the connection is encrypted. There is no `prefer`: a connection that silently falls
            back to plain text would send the password in the clear.
        updated_at (datetime.datetime):
        user (str):
        last_check (DestinationCheck | None | Unset):
        last_checked_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime
    database: str
    has_password: bool
    host: str
    id: UUID
    name: str
    port: int
    schema: str
    sslmode: SslMode
    updated_at: datetime.datetime
    user: str
    last_check: DestinationCheck | None | Unset = UNSET
    last_checked_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.destination_check import DestinationCheck  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        database = self.database

        has_password = self.has_password

        host = self.host

        id = str(self.id)

        name = self.name

        port = self.port

        schema = self.schema

        sslmode = self.sslmode.value

        updated_at = self.updated_at.isoformat()

        user = self.user

        last_check: dict[str, Any] | None | Unset
        if isinstance(self.last_check, Unset):
            last_check = UNSET
        elif isinstance(self.last_check, DestinationCheck):
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
                "database": database,
                "has_password": has_password,
                "host": host,
                "id": id,
                "name": name,
                "port": port,
                "schema": schema,
                "sslmode": sslmode,
                "updated_at": updated_at,
                "user": user,
            }
        )
        if last_check is not UNSET:
            field_dict["last_check"] = last_check
        if last_checked_at is not UNSET:
            field_dict["last_checked_at"] = last_checked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.destination_check import DestinationCheck  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        database = d.pop("database")

        has_password = d.pop("has_password")

        host = d.pop("host")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        port = d.pop("port")

        schema = d.pop("schema")

        sslmode = SslMode(d.pop("sslmode"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        user = d.pop("user")

        def _parse_last_check(data: object) -> DestinationCheck | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_check_type_0 = DestinationCheck.from_dict(data)

                return last_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DestinationCheck | None | Unset, data)

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

        destination_response = cls(
            created_at=created_at,
            database=database,
            has_password=has_password,
            host=host,
            id=id,
            name=name,
            port=port,
            schema=schema,
            sslmode=sslmode,
            updated_at=updated_at,
            user=user,
            last_check=last_check,
            last_checked_at=last_checked_at,
        )

        destination_response.additional_properties = d
        return destination_response

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
