from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check_step_name import CheckStepName
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckStep")


@_attrs_define
class CheckStep:
    """
    Attributes:
        message (str): What was found, or what is wrong and how to fix it.
        ok (bool):
        step (CheckStepName): One step of a check.
        code (None | str | Unset): The kind of failure (`destination_refused`, `destination_unreachable`,
            `login_refused`,
            `database_missing`, `tls_failed`, `not_permitted`, `destination_failed`); absent when
            the step passed.
    """

    message: str
    ok: bool
    step: CheckStepName
    code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        ok = self.ok

        step = self.step.value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "ok": ok,
                "step": step,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        ok = d.pop("ok")

        step = CheckStepName(d.pop("step"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        check_step = cls(
            message=message,
            ok=ok,
            step=step,
            code=code,
        )

        check_step.additional_properties = d
        return check_step

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
