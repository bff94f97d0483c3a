from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.webhook_kind import WebhookKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRequest")


@_attrs_define
class WebhookRequest:
    """
    Attributes:
        url (str): `http` or `https`; the same address rules as sources (no private addresses). Example:
            https://example.com/hooks/sluice.
        kind (WebhookKind | Unset): What a webhook endpoint receives.
        secret (None | str | Unset): A secret of your own for a `json` endpoint: `whsec_` and the base64 of 24 to 64
            random
            bytes (the Standard Webhooks form; any other string of 16 to 256 characters is used as
            raw key bytes). When omitted, the endpoint keeps its current secret, or a new one is
            generated and returned once.
    """

    url: str
    kind: WebhookKind | Unset = UNSET
    secret: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _kind = d.pop("kind", UNSET)
        kind: WebhookKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = WebhookKind(_kind)

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        webhook_request = cls(
            url=url,
            kind=kind,
            secret=secret,
        )

        return webhook_request
