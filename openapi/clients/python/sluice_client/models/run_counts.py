from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunCounts")


@_attrs_define
class RunCounts:
    """
    Attributes:
        extracted (int): Rows read from the sources.
        failed (int): Rows rejected this run (see the pipeline's failed records).
        inserted (int):
        retried (int): Open failed records re-checked this run.
        unchanged (int): Rows considered that the table already held as they are.
        updated (int):
        deleted (int | Unset): Rows a `mirror` load deleted, or marked deleted (`soft_delete`), because the output no
            longer has their key.
        resolved (int | Unset): Open failed records that loaded this run, now resolved.
        warned (int | Unset): Output rows that failed a data test with `on_fail: warn` (loaded anyway).
    """

    extracted: int
    failed: int
    inserted: int
    retried: int
    unchanged: int
    updated: int
    deleted: int | Unset = UNSET
    resolved: int | Unset = UNSET
    warned: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extracted = self.extracted

        failed = self.failed

        inserted = self.inserted

        retried = self.retried

        unchanged = self.unchanged

        updated = self.updated

        deleted = self.deleted

        resolved = self.resolved

        warned = self.warned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extracted": extracted,
                "failed": failed,
                "inserted": inserted,
                "retried": retried,
                "unchanged": unchanged,
                "updated": updated,
            }
        )
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if resolved is not UNSET:
            field_dict["resolved"] = resolved
        if warned is not UNSET:
            field_dict["warned"] = warned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        extracted = d.pop("extracted")

        failed = d.pop("failed")

        inserted = d.pop("inserted")

        retried = d.pop("retried")

        unchanged = d.pop("unchanged")

        updated = d.pop("updated")

        deleted = d.pop("deleted", UNSET)

        resolved = d.pop("resolved", UNSET)

        warned = d.pop("warned", UNSET)

        run_counts = cls(
            extracted=extracted,
            failed=failed,
            inserted=inserted,
            retried=retried,
            unchanged=unchanged,
            updated=updated,
            deleted=deleted,
            resolved=resolved,
            warned=warned,
        )

        run_counts.additional_properties = d
        return run_counts

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
