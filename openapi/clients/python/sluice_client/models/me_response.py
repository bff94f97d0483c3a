from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_response import TenantResponse


T = TypeVar("T", bound="MeResponse")


@_attrs_define
class MeResponse:
    """
    Attributes:
        email (str):
        role (Role): What a user (or an API token) may do inside its tenant. Ordered: viewer < member < admin.
        tenant (TenantResponse):
        user_id (UUID):
        api_token_id (None | Unset | UUID): The API token in use, when the caller authenticated with one.
    """

    email: str
    role: Role
    tenant: TenantResponse
    user_id: UUID
    api_token_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role = self.role.value

        tenant = self.tenant.to_dict()

        user_id = str(self.user_id)

        api_token_id: None | str | Unset
        if isinstance(self.api_token_id, Unset):
            api_token_id = UNSET
        elif isinstance(self.api_token_id, UUID):
            api_token_id = str(self.api_token_id)
        else:
            api_token_id = self.api_token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
                "tenant": tenant,
                "user_id": user_id,
            }
        )
        if api_token_id is not UNSET:
            field_dict["api_token_id"] = api_token_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_response import TenantResponse  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        role = Role(d.pop("role"))

        tenant = TenantResponse.from_dict(d.pop("tenant"))

        user_id = UUID(d.pop("user_id"))

        def _parse_api_token_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                api_token_id_type_0 = UUID(data)

                return api_token_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        api_token_id = _parse_api_token_id(d.pop("api_token_id", UNSET))

        me_response = cls(
            email=email,
            role=role,
            tenant=tenant,
            user_id=user_id,
            api_token_id=api_token_id,
        )

        me_response.additional_properties = d
        return me_response

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
