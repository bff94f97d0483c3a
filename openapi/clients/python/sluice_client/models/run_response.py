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
    from ..models.run_timings import RunTimings


T = TypeVar("T", bound="RunResponse")


@_attrs_define
class RunResponse:
    """
    Attributes:
        attempt (int): Attempts started so far (a run handed back at a worker's shutdown does not count).
        cancel_requested (bool):
        counts (RunCounts):
        full_reload (bool):
        id (UUID):
        pipeline_id (UUID):
        progress_rows (int): Rows handled so far, while running.
        queued_at (datetime.datetime):
        status (RunStatus):
        step_log (list[str]): What happened, step by step.
        timings (RunTimings): Milliseconds spent in each stage; a stage the run did not reach is absent.
        trigger (RunTrigger): What started a run.
        error (None | str | Unset):
        error_code (None | RunErrorCode | Unset):
        finished_at (datetime.datetime | None | Unset):
        heartbeat_at (datetime.datetime | None | Unset):
        retry_at (datetime.datetime | None | Unset): When a retrying run is queued again.
        scheduled_for (datetime.datetime | None | Unset): The schedule tick this run is for.
        started_at (datetime.datetime | None | Unset):
        worker_id (None | str | Unset): The worker that holds (or last held) the run.
    """

    attempt: int
    cancel_requested: bool
    counts: RunCounts
    full_reload: bool
    id: UUID
    pipeline_id: UUID
    progress_rows: int
    queued_at: datetime.datetime
    status: RunStatus
    step_log: list[str]
    timings: RunTimings
    trigger: RunTrigger
    error: None | str | Unset = UNSET
    error_code: None | RunErrorCode | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    heartbeat_at: datetime.datetime | None | Unset = UNSET
    retry_at: datetime.datetime | None | Unset = UNSET
    scheduled_for: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    worker_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        cancel_requested = self.cancel_requested

        counts = self.counts.to_dict()

        full_reload = self.full_reload

        id = str(self.id)

        pipeline_id = str(self.pipeline_id)

        progress_rows = self.progress_rows

        queued_at = self.queued_at.isoformat()

        status = self.status.value

        step_log = self.step_log

        timings = self.timings.to_dict()

        trigger = self.trigger.value

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

        heartbeat_at: None | str | Unset
        if isinstance(self.heartbeat_at, Unset):
            heartbeat_at = UNSET
        elif isinstance(self.heartbeat_at, datetime.datetime):
            heartbeat_at = self.heartbeat_at.isoformat()
        else:
            heartbeat_at = self.heartbeat_at

        retry_at: None | str | Unset
        if isinstance(self.retry_at, Unset):
            retry_at = UNSET
        elif isinstance(self.retry_at, datetime.datetime):
            retry_at = self.retry_at.isoformat()
        else:
            retry_at = self.retry_at

        scheduled_for: None | str | Unset
        if isinstance(self.scheduled_for, Unset):
            scheduled_for = UNSET
        elif isinstance(self.scheduled_for, datetime.datetime):
            scheduled_for = self.scheduled_for.isoformat()
        else:
            scheduled_for = self.scheduled_for

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        worker_id: None | str | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
                "cancel_requested": cancel_requested,
                "counts": counts,
                "full_reload": full_reload,
                "id": id,
                "pipeline_id": pipeline_id,
                "progress_rows": progress_rows,
                "queued_at": queued_at,
                "status": status,
                "step_log": step_log,
                "timings": timings,
                "trigger": trigger,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if heartbeat_at is not UNSET:
            field_dict["heartbeat_at"] = heartbeat_at
        if retry_at is not UNSET:
            field_dict["retry_at"] = retry_at
        if scheduled_for is not UNSET:
            field_dict["scheduled_for"] = scheduled_for
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_counts import RunCounts  # noqa: PLC0415
        from ..models.run_timings import RunTimings  # noqa: PLC0415

        d = dict(src_dict)
        attempt = d.pop("attempt")

        cancel_requested = d.pop("cancel_requested")

        counts = RunCounts.from_dict(d.pop("counts"))

        full_reload = d.pop("full_reload")

        id = UUID(d.pop("id"))

        pipeline_id = UUID(d.pop("pipeline_id"))

        progress_rows = d.pop("progress_rows")

        queued_at = datetime.datetime.fromisoformat(d.pop("queued_at"))

        status = RunStatus(d.pop("status"))

        step_log = cast(list[str], d.pop("step_log"))

        timings = RunTimings.from_dict(d.pop("timings"))

        trigger = RunTrigger(d.pop("trigger"))

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

        def _parse_heartbeat_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                heartbeat_at_type_0 = datetime.datetime.fromisoformat(data)

                return heartbeat_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        heartbeat_at = _parse_heartbeat_at(d.pop("heartbeat_at", UNSET))

        def _parse_retry_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_at_type_0 = datetime.datetime.fromisoformat(data)

                return retry_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        retry_at = _parse_retry_at(d.pop("retry_at", UNSET))

        def _parse_scheduled_for(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_for_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_for = _parse_scheduled_for(d.pop("scheduled_for", UNSET))

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

        def _parse_worker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker_id = _parse_worker_id(d.pop("worker_id", UNSET))

        run_response = cls(
            attempt=attempt,
            cancel_requested=cancel_requested,
            counts=counts,
            full_reload=full_reload,
            id=id,
            pipeline_id=pipeline_id,
            progress_rows=progress_rows,
            queued_at=queued_at,
            status=status,
            step_log=step_log,
            timings=timings,
            trigger=trigger,
            error=error,
            error_code=error_code,
            finished_at=finished_at,
            heartbeat_at=heartbeat_at,
            retry_at=retry_at,
            scheduled_for=scheduled_for,
            started_at=started_at,
            worker_id=worker_id,
        )

        run_response.additional_properties = d
        return run_response

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
