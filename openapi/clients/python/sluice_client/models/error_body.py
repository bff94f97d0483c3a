from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code import Code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_in_progress_details import RunInProgressDetails
    from ..models.source_in_use_details import SourceInUseDetails
    from ..models.spec_error import SpecError


T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """The body of every error response.

    Attributes:
        code (Code): Every error code the API answers with, and its HTTP status.
        message (str):
        details (list[SpecError] | None | RunInProgressDetails | SourceInUseDetails | Unset):
    """

    code: Code
    message: str
    details: list[SpecError] | None | RunInProgressDetails | SourceInUseDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_in_progress_details import RunInProgressDetails  # noqa: PLC0415
        from ..models.source_in_use_details import SourceInUseDetails  # noqa: PLC0415

        code = self.code.value

        message = self.message

        details: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = []
            for componentsschemas_error_details_type_0_item_data in self.details:
                componentsschemas_error_details_type_0_item = componentsschemas_error_details_type_0_item_data.to_dict()
                details.append(componentsschemas_error_details_type_0_item)

        elif isinstance(self.details, RunInProgressDetails):
            details = self.details.to_dict()
        elif isinstance(self.details, SourceInUseDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_in_progress_details import RunInProgressDetails  # noqa: PLC0415
        from ..models.source_in_use_details import SourceInUseDetails  # noqa: PLC0415
        from ..models.spec_error import SpecError  # noqa: PLC0415

        d = dict(src_dict)
        code = Code(d.pop("code"))

        message = d.pop("message")

        def _parse_details(data: object) -> list[SpecError] | None | RunInProgressDetails | SourceInUseDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_error_details_type_0 = []
                _componentsschemas_error_details_type_0 = data
                for componentsschemas_error_details_type_0_item_data in _componentsschemas_error_details_type_0:
                    componentsschemas_error_details_type_0_item = SpecError.from_dict(
                        componentsschemas_error_details_type_0_item_data
                    )

                    componentsschemas_error_details_type_0.append(componentsschemas_error_details_type_0_item)

                return componentsschemas_error_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_details_type_1 = RunInProgressDetails.from_dict(data)

                return componentsschemas_error_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_details_type_2 = SourceInUseDetails.from_dict(data)

                return componentsschemas_error_details_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SpecError] | None | RunInProgressDetails | SourceInUseDetails | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        error_body = cls(
            code=code,
            message=message,
            details=details,
        )

        error_body.additional_properties = d
        return error_body

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
