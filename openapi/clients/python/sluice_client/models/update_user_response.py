from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_token import AccessToken


T = TypeVar("T", bound="UpdateUserResponse")


@_attrs_define
class UpdateUserResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        email (str):
        id (UUID):
        role (Role): What a user (or an API token) may do inside its tenant. Ordered: viewer < member < admin.
        updated_at (datetime.datetime):
        session (AccessToken | None | Unset):
    """

    created_at: datetime.datetime
    email: str
    id: UUID
    role: Role
    updated_at: datetime.datetime
    session: AccessToken | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.access_token import AccessToken  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        email = self.email

        id = str(self.id)

        role = self.role.value

        updated_at = self.updated_at.isoformat()

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, AccessToken):
            session = self.session.to_dict()
        else:
            session = self.session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "email": email,
                "id": id,
                "role": role,
                "updated_at": updated_at,
            }
        )
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_token import AccessToken  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        email = d.pop("email")

        id = UUID(d.pop("id"))

        role = Role(d.pop("role"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_session(data: object) -> AccessToken | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = AccessToken.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessToken | None | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        update_user_response = cls(
            created_at=created_at,
            email=email,
            id=id,
            role=role,
            updated_at=updated_at,
            session=session,
        )

        update_user_response.additional_properties = d
        return update_user_response

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
