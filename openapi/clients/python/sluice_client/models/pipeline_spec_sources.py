from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.source_frame_type_1 import SourceFrameType1


T = TypeVar("T", bound="PipelineSpecSources")


@_attrs_define
class PipelineSpecSources:
    """Frame name -> name of a registered source (or `{"source": name, "infer_types": false}`
    to read its columns as text).

        Example:
            {'jhu': {'infer_types': False, 'source': 'jhu-recovered'}, 'nyt': 'nyt-us'}

    """

    additional_properties: dict[str, SourceFrameType1 | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.source_frame_type_1 import SourceFrameType1  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, SourceFrameType1):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_frame_type_1 import SourceFrameType1  # noqa: PLC0415

        d = dict(src_dict)
        pipeline_spec_sources = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> SourceFrameType1 | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_source_frame_type_1 = SourceFrameType1.from_dict(data)

                    return componentsschemas_source_frame_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(SourceFrameType1 | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        pipeline_spec_sources.additional_properties = additional_properties
        return pipeline_spec_sources

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SourceFrameType1 | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SourceFrameType1 | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
