from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dry_run_failure_raw import DryRunFailureRaw


T = TypeVar("T", bound="DryRunFailure")


@_attrs_define
class DryRunFailure:
    """
    Attributes:
        raw (DryRunFailureRaw): The source row as text.
        reason (str):
        row (int): Its line in the source file (its position for a JSON array).
        source (str): The frame (source) the row came from.
    """

    raw: DryRunFailureRaw
    reason: str
    row: int
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self.raw.to_dict()

        reason = self.reason

        row = self.row

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "raw": raw,
                "reason": reason,
                "row": row,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dry_run_failure_raw import DryRunFailureRaw  # noqa: PLC0415

        d = dict(src_dict)
        raw = DryRunFailureRaw.from_dict(d.pop("raw"))

        reason = d.pop("reason")

        row = d.pop("row")

        source = d.pop("source")

        dry_run_failure = cls(
            raw=raw,
            reason=reason,
            row=row,
            source=source,
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
