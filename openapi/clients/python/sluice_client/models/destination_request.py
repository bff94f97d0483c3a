from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ssl_mode import SslMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DestinationRequest")


@_attrs_define
class DestinationRequest:
    """The body of `POST /destinations` and `PUT /destinations/{id}`.

    Attributes:
        database (str):  Example: analytics.
        host (str): A DNS name or an IP address. Only public addresses, unless the operator allows the host
            or its network (`destinations.allow_hosts`, `destinations.allow_networks`). Example: warehouse.example.com.
        name (str): Unique in the tenant; pipelines will name the destination by it. Example: warehouse.
        user (str):  Example: sluice_loader.
        password (None | str | Unset): Stored encrypted, never returned. On update: omit to keep the stored one, `null`
            to
            remove it. Example: s3cr3t.
        port (int | None | Unset): Default 5432. Example: 5432.
        schema (None | str | Unset): Where Sluice's tables go; default `public`. Created on the first load when missing.
            Example: sluice.
        sslmode (None | SslMode | Unset):
    """

    database: str
    host: str
    name: str
    user: str
    password: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    schema: None | str | Unset = UNSET
    sslmode: None | SslMode | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        database = self.database

        host = self.host

        name = self.name

        user = self.user

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
                "name": name,
                "user": user,
            }
        )
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

        name = d.pop("name")

        user = d.pop("user")

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

        destination_request = cls(
            database=database,
            host=host,
            name=name,
            user=user,
            password=password,
            port=port,
            schema=schema,
            sslmode=sslmode,
        )

        return destination_request
