from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_spec import PipelineSpec


T = TypeVar("T", bound="DryRunRequest")


@_attrs_define
class DryRunRequest:
    """
    Attributes:
        spec (PipelineSpec): A whole pipeline spec.
        rows (int | None | Unset): Rows read from the start of each source, 1 to 1000 (default 200). Default: 200.
    """

    spec: PipelineSpec
    rows: int | None | Unset = 200

    def to_dict(self) -> dict[str, Any]:
        spec = self.spec.to_dict()

        rows: int | None | Unset
        if isinstance(self.rows, Unset):
            rows = UNSET
        else:
            rows = self.rows

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "spec": spec,
            }
        )
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_spec import PipelineSpec  # noqa: PLC0415

        d = dict(src_dict)
        spec = PipelineSpec.from_dict(d.pop("spec"))

        def _parse_rows(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rows = _parse_rows(d.pop("rows", UNSET))

        dry_run_request = cls(
            spec=spec,
            rows=rows,
        )

        return dry_run_request
