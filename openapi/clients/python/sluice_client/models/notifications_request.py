from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.notify_on import NotifyOn
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_request import WebhookRequest


T = TypeVar("T", bound="NotificationsRequest")


@_attrs_define
class NotificationsRequest:
    """
    Attributes:
        email (list[str] | Unset):  Example: ['ops@example.com'].
        on (list[NotifyOn] | Unset): Outcomes that notify; none means the pipeline sends nothing. Example: ['failure',
            'recovered'].
        webhooks (list[WebhookRequest] | Unset):
    """

    email: list[str] | Unset = UNSET
    on: list[NotifyOn] | Unset = UNSET
    webhooks: list[WebhookRequest] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email: list[str] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email

        on: list[str] | Unset = UNSET
        if not isinstance(self.on, Unset):
            on = []
            for on_item_data in self.on:
                on_item = on_item_data.value
                on.append(on_item)

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if on is not UNSET:
            field_dict["on"] = on
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_request import WebhookRequest  # noqa: PLC0415

        d = dict(src_dict)
        email = cast(list[str], d.pop("email", UNSET))

        _on = d.pop("on", UNSET)
        on: list[NotifyOn] | Unset = UNSET
        if _on is not UNSET:
            on = []
            for on_item_data in _on:
                on_item = NotifyOn(on_item_data)

                on.append(on_item)

        _webhooks = d.pop("webhooks", UNSET)
        webhooks: list[WebhookRequest] | Unset = UNSET
        if _webhooks is not UNSET:
            webhooks = []
            for webhooks_item_data in _webhooks:
                webhooks_item = WebhookRequest.from_dict(webhooks_item_data)

                webhooks.append(webhooks_item)

        notifications_request = cls(
            email=email,
            on=on,
            webhooks=webhooks,
        )

        return notifications_request
