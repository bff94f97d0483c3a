from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ssl_mode import SslMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DestinationApplyRequest")


@_attrs_define
class DestinationApplyRequest:
    """A destination as code: the same document as `POST /destinations`, the name optional (it
    comes from the path).

        Attributes:
            database (str):
            host (str):
            user (str):
            name (None | str | Unset): When present, must equal the name in the path.
            password (None | str | Unset): Stored encrypted, never returned. Omit to keep the stored one (none for a new
                destination), `null` to remove it; the same password again is no change.
            port (int | None | Unset): Default 5432.
            schema (None | str | Unset): Default `public`.
            sslmode (None | SslMode | Unset):
    """

    database: str
    host: str
    user: str
    name: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    schema: None | str | Unset = UNSET
    sslmode: None | SslMode | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        database = self.database

        host = self.host

        user = self.user

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        schema: None | str | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        else:
            schema = self.schema

        sslmode: None | str | Unset
        if isinstance(self.sslmode, Unset):
            sslmode = UNSET
        elif isinstance(self.sslmode, SslMode):
            sslmode = self.sslmode.value
        else:
            sslmode = self.sslmode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "database": database,
                "host": host,
                "user": user,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if password is not UNSET:
            field_dict["password"] = password
        if port is not UNSET:
            field_dict["port"] = port
        if schema is not UNSET:
            field_dict["schema"] = schema
        if sslmode is not UNSET:
            field_dict["sslmode"] = sslmode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database = d.pop("database")

        host = d.pop("host")

        user = d.pop("user")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_schema(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

        def _parse_sslmode(data: object) -> None | SslMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sslmode_type_0 = SslMode(data)

                return sslmode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SslMode | Unset, data)

        sslmode = _parse_sslmode(d.pop("sslmode", UNSET))

        destination_apply_request = cls(
            database=database,
            host=host,
            user=user,
            name=name,
            password=password,
            port=port,
            schema=schema,
            sslmode=sslmode,
        )

        return destination_apply_request
