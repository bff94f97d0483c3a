from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notify_on import NotifyOn

if TYPE_CHECKING:
    from ..models.webhook_response import WebhookResponse


T = TypeVar("T", bound="NotificationsResponse")


@_attrs_define
class NotificationsResponse:
    """
    Attributes:
        email (list[str]):
        on (list[NotifyOn]):
        webhooks (list[WebhookResponse]):
    """

    email: list[str]
    on: list[NotifyOn]
    webhooks: list[WebhookResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        on = []
        for on_item_data in self.on:
            on_item = on_item_data.value
            on.append(on_item)

        webhooks = []
        for webhooks_item_data in self.webhooks:
            webhooks_item = webhooks_item_data.to_dict()
            webhooks.append(webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "on": on,
                "webhooks": webhooks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_response import WebhookResponse  # noqa: PLC0415

        d = dict(src_dict)
        email = cast(list[str], d.pop("email"))

        on = []
        _on = d.pop("on")
        for on_item_data in _on:
            on_item = NotifyOn(on_item_data)

            on.append(on_item)

        webhooks = []
        _webhooks = d.pop("webhooks")
        for webhooks_item_data in _webhooks:
            webhooks_item = WebhookResponse.from_dict(webhooks_item_data)

            webhooks.append(webhooks_item)

        notifications_response = cls(
            email=email,
            on=on,
            webhooks=webhooks,
        )

        notifications_response.additional_properties = d
        return notifications_response

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
