from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_spec import PipelineSpec


T = TypeVar("T", bound="PipelinePatch")


@_attrs_define
class PipelinePatch:
    """The fields of a pipeline to change; the others keep their value.

    Attributes:
        adopt (bool | Unset): Load into a destination table that already exists in the tenant's schema (left by a
            deleted pipeline): its rows stay, and rows with the same key are updated. Without it
            such a table is refused with 409 `destination_exists`. Not stored.
        description (None | str | Unset):
        enabled (bool | None | Unset):
        name (None | str | Unset):
        spec (None | PipelineSpec | Unset):
    """

    adopt: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    spec: None | PipelineSpec | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.pipeline_spec import PipelineSpec  # noqa: PLC0415

        adopt = self.adopt

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, PipelineSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if adopt is not UNSET:
            field_dict["adopt"] = adopt
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_spec import PipelineSpec  # noqa: PLC0415

        d = dict(src_dict)
        adopt = d.pop("adopt", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_spec(data: object) -> None | PipelineSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spec_type_0 = PipelineSpec.from_dict(data)

                return spec_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PipelineSpec | Unset, data)

        spec = _parse_spec(d.pop("spec", UNSET))

        pipeline_patch = cls(
            adopt=adopt,
            description=description,
            enabled=enabled,
            name=name,
            spec=spec,
        )

        return pipeline_patch
