from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignupRequest")


@_attrs_define
class SignupRequest:
    """
    Attributes:
        email (str): E-mail of the tenant's first admin; it is the login. Example: ada@example.com.
        password (str): At least 10 characters.
        tenant_name (str): Display name of the new tenant (organisation or team). Example: Acme Data.
    """

    email: str
    password: str
    tenant_name: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        tenant_name = self.tenant_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
                "tenant_name": tenant_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        tenant_name = d.pop("tenant_name")

        signup_request = cls(
            email=email,
            password=password,
            tenant_name=tenant_name,
        )

        return signup_request
