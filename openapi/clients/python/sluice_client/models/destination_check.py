from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.check_step import CheckStep


T = TypeVar("T", bound="DestinationCheck")


@_attrs_define
class DestinationCheck:
    """The outcome of a check.

    Attributes:
        checked_at (datetime.datetime):
        ok (bool): Every step passed: pipelines can load here.
        steps (list[CheckStep]): The steps run, in order; the first that fails is the last.
        server_version (None | str | Unset): `server_version` as the server reports it, once connected.
        tls (bool | None | Unset): Whether the connection is encrypted, once connected.
    """

    checked_at: datetime.datetime
    ok: bool
    steps: list[CheckStep]
    server_version: None | str | Unset = UNSET
    tls: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked_at = self.checked_at.isoformat()

        ok = self.ok

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        server_version: None | str | Unset
        if isinstance(self.server_version, Unset):
            server_version = UNSET
        else:
            server_version = self.server_version

        tls: bool | None | Unset
        if isinstance(self.tls, Unset):
            tls = UNSET
        else:
            tls = self.tls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checked_at": checked_at,
                "ok": ok,
                "steps": steps,
            }
        )
        if server_version is not UNSET:
            field_dict["server_version"] = server_version
        if tls is not UNSET:
            field_dict["tls"] = tls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_step import CheckStep  # noqa: PLC0415

        d = dict(src_dict)
        checked_at = datetime.datetime.fromisoformat(d.pop("checked_at"))

        ok = d.pop("ok")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = CheckStep.from_dict(steps_item_data)

            steps.append(steps_item)

        def _parse_server_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_version = _parse_server_version(d.pop("server_version", UNSET))

        def _parse_tls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tls = _parse_tls(d.pop("tls", UNSET))

        destination_check = cls(
            checked_at=checked_at,
            ok=ok,
            steps=steps,
            server_version=server_version,
            tls=tls,
        )

        destination_check.additional_properties = d
        return destination_check

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
