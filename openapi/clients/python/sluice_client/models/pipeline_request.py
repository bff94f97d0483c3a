from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notifications_request import NotificationsRequest
    from ..models.pipeline_spec import PipelineSpec


T = TypeVar("T", bound="PipelineRequest")


@_attrs_define
class PipelineRequest:
    """The body of `POST /pipelines` and `PUT /pipelines/{id}`.

    Attributes:
        name (str):  Example: us-covid.
        spec (PipelineSpec): A whole pipeline spec.
        adopt (bool | Unset): Load into a destination table that already exists in the tenant's schema (left by a
            deleted pipeline): its rows stay, and rows with the same key are updated. Without it
            such a table is refused with 409 `destination_exists`. Not stored.
        description (str | Unset):
        enabled (bool | Unset): Whether the scheduler starts runs (manual runs work either way). Default true.
        notify (None | NotificationsRequest | Unset):
    """

    name: str
    spec: PipelineSpec
    adopt: bool | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    notify: None | NotificationsRequest | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.notifications_request import NotificationsRequest  # noqa: PLC0415

        name = self.name

        spec = self.spec.to_dict()

        adopt = self.adopt

        description = self.description

        enabled = self.enabled

        notify: dict[str, Any] | None | Unset
        if isinstance(self.notify, Unset):
            notify = UNSET
        elif isinstance(self.notify, NotificationsRequest):
            notify = self.notify.to_dict()
        else:
            notify = self.notify

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "spec": spec,
            }
        )
        if adopt is not UNSET:
            field_dict["adopt"] = adopt
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if notify is not UNSET:
            field_dict["notify"] = notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notifications_request import NotificationsRequest  # noqa: PLC0415
        from ..models.pipeline_spec import PipelineSpec  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        spec = PipelineSpec.from_dict(d.pop("spec"))

        adopt = d.pop("adopt", UNSET)

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        def _parse_notify(data: object) -> None | NotificationsRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notify_type_0 = NotificationsRequest.from_dict(data)

                return notify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationsRequest | Unset, data)

        notify = _parse_notify(d.pop("notify", UNSET))

        pipeline_request = cls(
            name=name,
            spec=spec,
            adopt=adopt,
            description=description,
            enabled=enabled,
            notify=notify,
        )

        return pipeline_request
