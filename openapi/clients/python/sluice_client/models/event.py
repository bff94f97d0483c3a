from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType

if TYPE_CHECKING:
    from ..models.event_pipeline import EventPipeline
    from ..models.event_run import EventRun
    from ..models.event_tenant import EventTenant


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """The event a notification carries: the webhook body, byte for byte, and what an e-mail is
    written from.

        Attributes:
            created_at (datetime.datetime):
            id (UUID): Stable across retries and redeliveries (the `Sluice-Event-Id` header).
            pipeline (EventPipeline):
            run (EventRun):
            tenant (EventTenant):
            type_ (EventType): What a notification reports.
    """

    created_at: datetime.datetime
    id: UUID
    pipeline: EventPipeline
    run: EventRun
    tenant: EventTenant
    type_: EventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        pipeline = self.pipeline.to_dict()

        run = self.run.to_dict()

        tenant = self.tenant.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "pipeline": pipeline,
                "run": run,
                "tenant": tenant,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_pipeline import EventPipeline  # noqa: PLC0415
        from ..models.event_run import EventRun  # noqa: PLC0415
        from ..models.event_tenant import EventTenant  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        pipeline = EventPipeline.from_dict(d.pop("pipeline"))

        run = EventRun.from_dict(d.pop("run"))

        tenant = EventTenant.from_dict(d.pop("tenant"))

        type_ = EventType(d.pop("type"))

        event = cls(
            created_at=created_at,
            id=id,
            pipeline=pipeline,
            run=run,
            tenant=tenant,
            type_=type_,
        )

        event.additional_properties = d
        return event

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
