from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notifications_response import NotificationsResponse
    from ..models.pipeline_spec import PipelineSpec
    from ..models.schedule_view import ScheduleView


T = TypeVar("T", bound="PipelineResponse")


@_attrs_define
class PipelineResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        description (str):
        destination_table (str): Table in the tenant's schema that the pipeline loads.
        enabled (bool):
        id (UUID):
        name (str):
        notify (NotificationsResponse):
        spec (PipelineSpec): A whole pipeline spec.
        updated_at (datetime.datetime):
        version (int): Incremented on every change to the name, description, `enabled` or spec.
        next_run_at (datetime.datetime | None | Unset): When the scheduler will next start a run (null when disabled or
            unscheduled).
        schedule (None | ScheduleView | Unset):
    """

    created_at: datetime.datetime
    description: str
    destination_table: str
    enabled: bool
    id: UUID
    name: str
    notify: NotificationsResponse
    spec: PipelineSpec
    updated_at: datetime.datetime
    version: int
    next_run_at: datetime.datetime | None | Unset = UNSET
    schedule: None | ScheduleView | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule_view import ScheduleView  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        description = self.description

        destination_table = self.destination_table

        enabled = self.enabled

        id = str(self.id)

        name = self.name

        notify = self.notify.to_dict()

        spec = self.spec.to_dict()

        updated_at = self.updated_at.isoformat()

        version = self.version

        next_run_at: None | str | Unset
        if isinstance(self.next_run_at, Unset):
            next_run_at = UNSET
        elif isinstance(self.next_run_at, datetime.datetime):
            next_run_at = self.next_run_at.isoformat()
        else:
            next_run_at = self.next_run_at

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, ScheduleView):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "destination_table": destination_table,
                "enabled": enabled,
                "id": id,
                "name": name,
                "notify": notify,
                "spec": spec,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if next_run_at is not UNSET:
            field_dict["next_run_at"] = next_run_at
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notifications_response import NotificationsResponse  # noqa: PLC0415
        from ..models.pipeline_spec import PipelineSpec  # noqa: PLC0415
        from ..models.schedule_view import ScheduleView  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        destination_table = d.pop("destination_table")

        enabled = d.pop("enabled")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        notify = NotificationsResponse.from_dict(d.pop("notify"))

        spec = PipelineSpec.from_dict(d.pop("spec"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_next_run_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_run_at = _parse_next_run_at(d.pop("next_run_at", UNSET))

        def _parse_schedule(data: object) -> None | ScheduleView | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_0 = ScheduleView.from_dict(data)

                return schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleView | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        pipeline_response = cls(
            created_at=created_at,
            description=description,
            destination_table=destination_table,
            enabled=enabled,
            id=id,
            name=name,
            notify=notify,
            spec=spec,
            updated_at=updated_at,
            version=version,
            next_run_at=next_run_at,
            schedule=schedule,
        )

        pipeline_response.additional_properties = d
        return pipeline_response

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
