from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_error_code import RunErrorCode
from ..models.run_status import RunStatus
from ..models.run_trigger import RunTrigger
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_counts import RunCounts


T = TypeVar("T", bound="EventRun")


@_attrs_define
class EventRun:
    """
    Attributes:
        attempt (int):
        counts (RunCounts):
        id (UUID):
        open_failed_records (int): The pipeline's open failed records when the run finished.
        status (RunStatus):
        trigger (RunTrigger): What started a run.
        url (str): The run in the web app.
        duration_ms (int | None | Unset):
        error (None | str | Unset):
        error_code (None | RunErrorCode | Unset):
        finished_at (datetime.datetime | None | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    attempt: int
    counts: RunCounts
    id: UUID
    open_failed_records: int
    status: RunStatus
    trigger: RunTrigger
    url: str
    duration_ms: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    error_code: None | RunErrorCode | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        counts = self.counts.to_dict()

        id = str(self.id)

        open_failed_records = self.open_failed_records

        status = self.status.value

        trigger = self.trigger.value

        url = self.url

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        elif isinstance(self.error_code, RunErrorCode):
            error_code = self.error_code.value
        else:
            error_code = self.error_code

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
                "counts": counts,
                "id": id,
                "open_failed_records": open_failed_records,
                "status": status,
                "trigger": trigger,
                "url": url,
            }
        )
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_counts import RunCounts  # noqa: PLC0415

        d = dict(src_dict)
        attempt = d.pop("attempt")

        counts = RunCounts.from_dict(d.pop("counts"))

        id = UUID(d.pop("id"))

        open_failed_records = d.pop("open_failed_records")

        status = RunStatus(d.pop("status"))

        trigger = RunTrigger(d.pop("trigger"))

        url = d.pop("url")

        def _parse_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_code(data: object) -> None | RunErrorCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_code_type_0 = RunErrorCode(data)

                return error_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunErrorCode | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        event_run = cls(
            attempt=attempt,
            counts=counts,
            id=id,
            open_failed_records=open_failed_records,
            status=status,
            trigger=trigger,
            url=url,
            duration_ms=duration_ms,
            error=error,
            error_code=error_code,
            finished_at=finished_at,
            started_at=started_at,
        )

        event_run.additional_properties = d
        return event_run

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
