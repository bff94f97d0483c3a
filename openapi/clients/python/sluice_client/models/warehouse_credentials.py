from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ssl_mode import SslMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseCredentials")


@_attrs_define
class WarehouseCredentials:
    """The connection details and the new password, shown this once.

    Attributes:
        connection_limit (int): Sessions the role may hold at once (PostgreSQL's `rolconnlimit`; -1 would be none).
        database (str):  Example: sluice.
        exists (bool): Whether the role exists. Until it does, the fields below say what it will be.
        host (str): Where BI tools connect (`warehouse.host`, by default the service's database host). Example:
            db.example.com.
        jdbc_url (str): A JDBC URL (Metabase, DBeaver, other Java tools), the user and password given apart. Example:
            jdbc:postgresql://db.example.com:5432/sluice?currentSchema=t_0195c3a5e0a07b3c9d2e4f6a8b0c1d2e.
        port (int):  Example: 5432.
        psql (str): A `psql` command line that connects (it asks for the password, or reads `PGPASSWORD`). Example: psql
            'postgresql://t_0195c3a5e0a07b3c9d2e4f6a8b0c1d2e_reader@db.example.com:5432/sluice'.
        schema (str): The tenant's schema: the only one the role reads, and its `search_path`. Example:
            t_0195c3a5e0a07b3c9d2e4f6a8b0c1d2e.
        uri (str): A libpq connection URI without the password (psql, pgcli, Grafana, most drivers). Example:
            postgresql://t_0195c3a5e0a07b3c9d2e4f6a8b0c1d2e_reader@db.example.com:5432/sluice.
        user (str): The role's name, the user to log in as. Example: t_0195c3a5e0a07b3c9d2e4f6a8b0c1d2e_reader.
        password (str): The role's password, shown in this answer only: Sluice does not keep it. 32 letters and
            digits.
        sslmode (None | SslMode | Unset):
        statement_timeout_ms (int | None | Unset): The role's `statement_timeout` in milliseconds: longer statements are
            cancelled. Null if
            an operator changed it to something this does not read.
    """

    connection_limit: int
    database: str
    exists: bool
    host: str
    jdbc_url: str
    port: int
    psql: str
    schema: str
    uri: str
    user: str
    password: str
    sslmode: None | SslMode | Unset = UNSET
    statement_timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_limit = self.connection_limit

        database = self.database

        exists = self.exists

        host = self.host

        jdbc_url = self.jdbc_url

        port = self.port

        psql = self.psql

        schema = self.schema

        uri = self.uri

        user = self.user

        password = self.password

        sslmode: None | str | Unset
        if isinstance(self.sslmode, Unset):
            sslmode = UNSET
        elif isinstance(self.sslmode, SslMode):
            sslmode = self.sslmode.value
        else:
            sslmode = self.sslmode

        statement_timeout_ms: int | None | Unset
        if isinstance(self.statement_timeout_ms, Unset):
            statement_timeout_ms = UNSET
        else:
            statement_timeout_ms = self.statement_timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_limit": connection_limit,
                "database": database,
                "exists": exists,
                "host": host,
                "jdbc_url": jdbc_url,
                "port": port,
                "psql": psql,
                "schema": schema,
                "uri": uri,
                "user": user,
                "password": password,
            }
        )
        if sslmode is not UNSET:
            field_dict["sslmode"] = sslmode
        if statement_timeout_ms is not UNSET:
            field_dict["statement_timeout_ms"] = statement_timeout_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_limit = d.pop("connection_limit")

        database = d.pop("database")

        exists = d.pop("exists")

        host = d.pop("host")

        jdbc_url = d.pop("jdbc_url")

        port = d.pop("port")

        psql = d.pop("psql")

        schema = d.pop("schema")

        uri = d.pop("uri")

        user = d.pop("user")

        password = d.pop("password")

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

        def _parse_statement_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        statement_timeout_ms = _parse_statement_timeout_ms(d.pop("statement_timeout_ms", UNSET))

        warehouse_credentials = cls(
            connection_limit=connection_limit,
            database=database,
            exists=exists,
            host=host,
            jdbc_url=jdbc_url,
            port=port,
            psql=psql,
            schema=schema,
            uri=uri,
            user=user,
            password=password,
            sslmode=sslmode,
            statement_timeout_ms=statement_timeout_ms,
        )

        warehouse_credentials.additional_properties = d
        return warehouse_credentials

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
