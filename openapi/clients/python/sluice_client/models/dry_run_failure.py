from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dry_run_failure_raw import DryRunFailureRaw


T = TypeVar("T", bound="DryRunFailure")


@_attrs_define
class DryRunFailure:
    """
    Attributes:
        raw (DryRunFailureRaw): The source row as text.
        reason (str):
        source (str): The frame (source) the row came from.
        row (int | None | Unset): Its line in the source file (its position for a JSON array); none for an output row
            a `sql` step made without its origin (then `source` is the output frame).
    """

    raw: DryRunFailureRaw
    reason: str
    source: str
    row: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self.raw.to_dict()

        reason = self.reason

        source = self.source

        row: int | None | Unset
        if isinstance(self.row, Unset):
            row = UNSET
        else:
            row = self.row

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "raw": raw,
                "reason": reason,
                "source": source,
            }
        )
        if row is not UNSET:
            field_dict["row"] = row

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dry_run_failure_raw import DryRunFailureRaw  # noqa: PLC0415

        d = dict(src_dict)
        raw = DryRunFailureRaw.from_dict(d.pop("raw"))

        reason = d.pop("reason")

        source = d.pop("source")

        def _parse_row(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row = _parse_row(d.pop("row", UNSET))

        dry_run_failure = cls(
            raw=raw,
            reason=reason,
            source=source,
            row=row,
        )

        dry_run_failure.additional_properties = d
        return dry_run_failure

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
