from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.delivery_status import DeliveryStatus
from ..models.event_type import EventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attempt import Attempt
    from ..models.event import Event


T = TypeVar("T", bound="DeliveryResponse")


@_attrs_define
class DeliveryResponse:
    """
    Attributes:
        attempt_log (list[Attempt]): Every attempt, oldest first.
        attempts (int):
        channel (Channel): How a notification travels.
        created_at (datetime.datetime):
        event (Event): The event a notification carries: the webhook body, byte for byte, and what an e-mail is
            written from.
        event_id (UUID): Stays the same across attempts and redeliveries (the `Sluice-Event-Id` header).
        event_type (EventType): What a notification reports.
        id (UUID):
        next_attempt_at (datetime.datetime):
        run_id (UUID):
        status (DeliveryStatus):
        target (str): The recipient's address, or the webhook URL (for a viewer, only its scheme and host).
        delivered_at (datetime.datetime | None | Unset):
        last_error (None | str | Unset):
    """

    attempt_log: list[Attempt]
    attempts: int
    channel: Channel
    created_at: datetime.datetime
    event: Event
    event_id: UUID
    event_type: EventType
    id: UUID
    next_attempt_at: datetime.datetime
    run_id: UUID
    status: DeliveryStatus
    target: str
    delivered_at: datetime.datetime | None | Unset = UNSET
    last_error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt_log = []
        for attempt_log_item_data in self.attempt_log:
            attempt_log_item = attempt_log_item_data.to_dict()
            attempt_log.append(attempt_log_item)

        attempts = self.attempts

        channel = self.channel.value

        created_at = self.created_at.isoformat()

        event = self.event.to_dict()

        event_id = str(self.event_id)

        event_type = self.event_type.value

        id = str(self.id)

        next_attempt_at = self.next_attempt_at.isoformat()

        run_id = str(self.run_id)

        status = self.status.value

        target = self.target

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt_log": attempt_log,
                "attempts": attempts,
                "channel": channel,
                "created_at": created_at,
                "event": event,
                "event_id": event_id,
                "event_type": event_type,
                "id": id,
                "next_attempt_at": next_attempt_at,
                "run_id": run_id,
                "status": status,
                "target": target,
            }
        )
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if last_error is not UNSET:
            field_dict["last_error"] = last_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attempt import Attempt  # noqa: PLC0415
        from ..models.event import Event  # noqa: PLC0415

        d = dict(src_dict)
        attempt_log = []
        _attempt_log = d.pop("attempt_log")
        for attempt_log_item_data in _attempt_log:
            attempt_log_item = Attempt.from_dict(attempt_log_item_data)

            attempt_log.append(attempt_log_item)

        attempts = d.pop("attempts")

        channel = Channel(d.pop("channel"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        event = Event.from_dict(d.pop("event"))

        event_id = UUID(d.pop("event_id"))

        event_type = EventType(d.pop("event_type"))

        id = UUID(d.pop("id"))

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("next_attempt_at"))

        run_id = UUID(d.pop("run_id"))

        status = DeliveryStatus(d.pop("status"))

        target = d.pop("target")

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

        def _parse_last_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

        delivery_response = cls(
            attempt_log=attempt_log,
            attempts=attempts,
            channel=channel,
            created_at=created_at,
            event=event,
            event_id=event_id,
            event_type=event_type,
            id=id,
            next_attempt_at=next_attempt_at,
            run_id=run_id,
            status=status,
            target=target,
            delivered_at=delivered_at,
            last_error=last_error,
        )

        delivery_response.additional_properties = d
        return delivery_response

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
