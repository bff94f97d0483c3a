from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.check_problem import CheckProblem


T = TypeVar("T", bound="SourceCheck")


@_attrs_define
class SourceCheck:
    """
    Attributes:
        bytes_checked (int): Bytes read (the first MiB at most).
        checked_at (datetime.datetime):
        columns (list[str]): Columns found, when the beginning parsed.
        ok (bool): Reachable, allowed, and the beginning parses in the source's format.
        truncated (bool): Whether the source is longer than what was checked.
        problem (CheckProblem | None | Unset):
    """

    bytes_checked: int
    checked_at: datetime.datetime
    columns: list[str]
    ok: bool
    truncated: bool
    problem: CheckProblem | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.check_problem import CheckProblem  # noqa: PLC0415

        bytes_checked = self.bytes_checked

        checked_at = self.checked_at.isoformat()

        columns = self.columns

        ok = self.ok

        truncated = self.truncated

        problem: dict[str, Any] | None | Unset
        if isinstance(self.problem, Unset):
            problem = UNSET
        elif isinstance(self.problem, CheckProblem):
            problem = self.problem.to_dict()
        else:
            problem = self.problem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes_checked": bytes_checked,
                "checked_at": checked_at,
                "columns": columns,
                "ok": ok,
                "truncated": truncated,
            }
        )
        if problem is not UNSET:
            field_dict["problem"] = problem

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_problem import CheckProblem  # noqa: PLC0415

        d = dict(src_dict)
        bytes_checked = d.pop("bytes_checked")

        checked_at = datetime.datetime.fromisoformat(d.pop("checked_at"))

        columns = cast(list[str], d.pop("columns"))

        ok = d.pop("ok")

        truncated = d.pop("truncated")

        def _parse_problem(data: object) -> CheckProblem | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = CheckProblem.from_dict(data)

                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CheckProblem | None | Unset, data)

        problem = _parse_problem(d.pop("problem", UNSET))

        source_check = cls(
            bytes_checked=bytes_checked,
            checked_at=checked_at,
            columns=columns,
            ok=ok,
            truncated=truncated,
            problem=problem,
        )

        source_check.additional_properties = d
        return source_check

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
