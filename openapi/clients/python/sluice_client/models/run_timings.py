from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunTimings")


@_attrs_define
class RunTimings:
    """Milliseconds spent in each stage; a stage the run did not reach is absent.

    Attributes:
        extract_ms (int | Unset): From the run's start until its sources were downloaded, or known to be unchanged.
        load_ms (int | Unset): From the last row copied to the load's end: a new table's primary key; a `mirror`'s
            deletes; the failed records.
        merge_ms (int | Unset): Into a table that held rows: the time spent merging the new and changed rows into it,
            each batch's as soon as it is copied (the reading of the next batch goes on meanwhile).
        open_ms (int | Unset): Opening the downloaded files: their headers and, for a CSV whose column types are
            inferred, one pass over its values.
        total_ms (int | Unset): The whole run, from its start until its outcome was known.
        transform_ms (int | Unset): The time the load spent waiting for transformed rows: reading, transforming and
            comparing run beside the load's copy, and only this part held it up.
    """

    extract_ms: int | Unset = UNSET
    load_ms: int | Unset = UNSET
    merge_ms: int | Unset = UNSET
    open_ms: int | Unset = UNSET
    total_ms: int | Unset = UNSET
    transform_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extract_ms = self.extract_ms

        load_ms = self.load_ms

        merge_ms = self.merge_ms

        open_ms = self.open_ms

        total_ms = self.total_ms

        transform_ms = self.transform_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extract_ms is not UNSET:
            field_dict["extract_ms"] = extract_ms
        if load_ms is not UNSET:
            field_dict["load_ms"] = load_ms
        if merge_ms is not UNSET:
            field_dict["merge_ms"] = merge_ms
        if open_ms is not UNSET:
            field_dict["open_ms"] = open_ms
        if total_ms is not UNSET:
            field_dict["total_ms"] = total_ms
        if transform_ms is not UNSET:
            field_dict["transform_ms"] = transform_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        extract_ms = d.pop("extract_ms", UNSET)

        load_ms = d.pop("load_ms", UNSET)

        merge_ms = d.pop("merge_ms", UNSET)

        open_ms = d.pop("open_ms", UNSET)

        total_ms = d.pop("total_ms", UNSET)

        transform_ms = d.pop("transform_ms", UNSET)

        run_timings = cls(
            extract_ms=extract_ms,
            load_ms=load_ms,
            merge_ms=merge_ms,
            open_ms=open_ms,
            total_ms=total_ms,
            transform_ms=transform_ms,
        )

        run_timings.additional_properties = d
        return run_timings

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
