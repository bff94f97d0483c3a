from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_fail import OnFail

T = TypeVar("T", bound="DryRunTest")


@_attrs_define
class DryRunTest:
    """
    Attributes:
        failing (int): Output rows that fail it (for `reject_row`, the rows it would reject; a `fail_run`
            test with failing rows would fail the run).
        on_fail (OnFail): What a row that fails a data test does.
        test (str): `tests[1] (`cases` min 0)`.
    """

    failing: int
    on_fail: OnFail
    test: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failing = self.failing

        on_fail = self.on_fail.value

        test = self.test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failing": failing,
                "on_fail": on_fail,
                "test": test,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failing = d.pop("failing")

        on_fail = OnFail(d.pop("on_fail"))

        test = d.pop("test")

        dry_run_test = cls(
            failing=failing,
            on_fail=on_fail,
            test=test,
        )

        dry_run_test.additional_properties = d
        return dry_run_test

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
