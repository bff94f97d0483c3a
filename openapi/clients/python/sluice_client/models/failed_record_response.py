from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.failed_status import FailedStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_record_response_raw_record_type_0 import FailedRecordResponseRawRecordType0


T = TypeVar("T", bound="FailedRecordResponse")


@_attrs_define
class FailedRecordResponse:
    """
    Attributes:
        attempts (int): Runs that tried the row.
        created_at (datetime.datetime):
        id (UUID):
        pipeline_id (UUID):
        reason (str):
        retry_requested (bool): A retry was asked for: the next run reloads even if the sources did not change.
        source (str): The frame (source) of the pipeline the row came from.
        status (FailedStatus):
        updated_at (datetime.datetime):
        raw_record (FailedRecordResponseRawRecordType0 | None | Unset): The row as read: `{column: text}`, a null value
            where the source had none; null when
            the row could not be recovered.
        resolved_at (datetime.datetime | None | Unset):
        resolved_run_id (None | Unset | UUID):
        row_number (int | None | Unset): Line number in the source (position for a JSON array).
        run_id (None | Unset | UUID): The run that last saw the row fail.
    """

    attempts: int
    created_at: datetime.datetime
    id: UUID
    pipeline_id: UUID
    reason: str
    retry_requested: bool
    source: str
    status: FailedStatus
    updated_at: datetime.datetime
    raw_record: FailedRecordResponseRawRecordType0 | None | Unset = UNSET
    resolved_at: datetime.datetime | None | Unset = UNSET
    resolved_run_id: None | Unset | UUID = UNSET
    row_number: int | None | Unset = UNSET
    run_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.failed_record_response_raw_record_type_0 import FailedRecordResponseRawRecordType0  # noqa: PLC0415

        attempts = self.attempts

        created_at = self.created_at.isoformat()

        id = str(self.id)

        pipeline_id = str(self.pipeline_id)

        reason = self.reason

        retry_requested = self.retry_requested

        source = self.source

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        raw_record: dict[str, Any] | None | Unset
        if isinstance(self.raw_record, Unset):
            raw_record = UNSET
        elif isinstance(self.raw_record, FailedRecordResponseRawRecordType0):
            raw_record = self.raw_record.to_dict()
        else:
            raw_record = self.raw_record

        resolved_at: None | str | Unset
        if isinstance(self.resolved_at, Unset):
            resolved_at = UNSET
        elif isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        resolved_run_id: None | str | Unset
        if isinstance(self.resolved_run_id, Unset):
            resolved_run_id = UNSET
        elif isinstance(self.resolved_run_id, UUID):
            resolved_run_id = str(self.resolved_run_id)
        else:
            resolved_run_id = self.resolved_run_id

        row_number: int | None | Unset
        if isinstance(self.row_number, Unset):
            row_number = UNSET
        else:
            row_number = self.row_number

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        elif isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "created_at": created_at,
                "id": id,
                "pipeline_id": pipeline_id,
                "reason": reason,
                "retry_requested": retry_requested,
                "source": source,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if raw_record is not UNSET:
            field_dict["raw_record"] = raw_record
        if resolved_at is not UNSET:
            field_dict["resolved_at"] = resolved_at
        if resolved_run_id is not UNSET:
            field_dict["resolved_run_id"] = resolved_run_id
        if row_number is not UNSET:
            field_dict["row_number"] = row_number
        if run_id is not UNSET:
            field_dict["run_id"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.failed_record_response_raw_record_type_0 import FailedRecordResponseRawRecordType0  # noqa: PLC0415

        d = dict(src_dict)
        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        pipeline_id = UUID(d.pop("pipeline_id"))

        reason = d.pop("reason")

        retry_requested = d.pop("retry_requested")

        source = d.pop("source")

        status = FailedStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_raw_record(data: object) -> FailedRecordResponseRawRecordType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raw_record_type_0 = FailedRecordResponseRawRecordType0.from_dict(data)

                return raw_record_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FailedRecordResponseRawRecordType0 | None | Unset, data)

        raw_record = _parse_raw_record(d.pop("raw_record", UNSET))

        def _parse_resolved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at", UNSET))

        def _parse_resolved_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_run_id_type_0 = UUID(data)

                return resolved_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        resolved_run_id = _parse_resolved_run_id(d.pop("resolved_run_id", UNSET))

        def _parse_row_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_number = _parse_row_number(d.pop("row_number", UNSET))

        def _parse_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_id_type_0 = UUID(data)

                return run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        failed_record_response = cls(
            attempts=attempts,
            created_at=created_at,
            id=id,
            pipeline_id=pipeline_id,
            reason=reason,
            retry_requested=retry_requested,
            source=source,
            status=status,
            updated_at=updated_at,
            raw_record=raw_record,
            resolved_at=resolved_at,
            resolved_run_id=resolved_run_id,
            row_number=row_number,
            run_id=run_id,
        )

        failed_record_response.additional_properties = d
        return failed_record_response

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
