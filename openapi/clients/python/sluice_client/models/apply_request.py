from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notifications_request import NotificationsRequest
    from ..models.pipeline_spec import PipelineSpec


T = TypeVar("T", bound="ApplyRequest")


@_attrs_define
class ApplyRequest:
    """A pipeline as code: the same document as `POST /pipelines`, the name optional (it comes
    from the path).

        Attributes:
            spec (PipelineSpec): A whole pipeline spec.
            adopt (bool | Unset): Load into a destination table that already exists in the tenant's schema (left by a
                deleted pipeline): its rows stay, and rows with the same key are updated. Without it
                such a table is refused with 409 `destination_exists`. Not stored.
            description (str | Unset):
            enabled (bool | Unset):
            name (None | str | Unset): When present, must equal the name in the path.
            notify (None | NotificationsRequest | Unset):
    """

    spec: PipelineSpec
    adopt: bool | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    name: None | str | Unset = UNSET
    notify: None | NotificationsRequest | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.notifications_request import NotificationsRequest  # noqa: PLC0415

        spec = self.spec.to_dict()

        adopt = self.adopt

        description = self.description

        enabled = self.enabled

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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
                "spec": spec,
            }
        )
        if adopt is not UNSET:
            field_dict["adopt"] = adopt
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
        if notify is not UNSET:
            field_dict["notify"] = notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notifications_request import NotificationsRequest  # noqa: PLC0415
        from ..models.pipeline_spec import PipelineSpec  # noqa: PLC0415

        d = dict(src_dict)
        spec = PipelineSpec.from_dict(d.pop("spec"))

        adopt = d.pop("adopt", UNSET)

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        apply_request = cls(
            spec=spec,
            adopt=adopt,
            description=description,
            enabled=enabled,
            name=name,
            notify=notify,
        )

        return apply_request
