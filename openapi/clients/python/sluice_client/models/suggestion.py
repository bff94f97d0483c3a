from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.aggregate_step import AggregateStep
    from ..models.cast_step import CastStep
    from ..models.dedupe_step import DedupeStep
    from ..models.derive_step import DeriveStep
    from ..models.drop_step import DropStep
    from ..models.fill_null_step import FillNullStep
    from ..models.filter_step import FilterStep
    from ..models.join_step import JoinStep
    from ..models.parse_date_step import ParseDateStep
    from ..models.parse_datetime_step import ParseDatetimeStep
    from ..models.rename_step import RenameStep
    from ..models.select_step import SelectStep
    from ..models.sort_step import SortStep
    from ..models.sql_step import SqlStep
    from ..models.suggested_column import SuggestedColumn
    from ..models.union_step import UnionStep
    from ..models.unpivot_step import UnpivotStep


T = TypeVar("T", bound="Suggestion")


@_attrs_define
class Suggestion:
    """Steps that make a previewed source's columns land typed instead of as text.

    Attributes:
        columns (list[SuggestedColumn]):
        frame (str): The frame the steps apply to.
        steps (list[AggregateStep | CastStep | DedupeStep | DeriveStep | DropStep | FillNullStep | FilterStep | JoinStep
            | ParseDateStep | ParseDatetimeStep | RenameStep | SelectStep | SortStep | SqlStep | UnionStep | UnpivotStep]):
            In order: a `rename` of the columns whose names cannot be table columns, one
            `parse_date` per date column, one `cast` of the other typed columns. Empty when every
            column is text with a valid name. Inference already reads ISO dates and the typed
            columns so (the steps are then no-ops); the steps keep the types whatever later files
            hold, and with `infer_types: false`.
    """

    columns: list[SuggestedColumn]
    frame: str
    steps: list[
        AggregateStep
        | CastStep
        | DedupeStep
        | DeriveStep
        | DropStep
        | FillNullStep
        | FilterStep
        | JoinStep
        | ParseDateStep
        | ParseDatetimeStep
        | RenameStep
        | SelectStep
        | SortStep
        | SqlStep
        | UnionStep
        | UnpivotStep
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.aggregate_step import AggregateStep  # noqa: PLC0415
        from ..models.cast_step import CastStep  # noqa: PLC0415
        from ..models.dedupe_step import DedupeStep  # noqa: PLC0415
        from ..models.derive_step import DeriveStep  # noqa: PLC0415
        from ..models.drop_step import DropStep  # noqa: PLC0415
        from ..models.fill_null_step import FillNullStep  # noqa: PLC0415
        from ..models.filter_step import FilterStep  # noqa: PLC0415
        from ..models.join_step import JoinStep  # noqa: PLC0415
        from ..models.parse_date_step import ParseDateStep  # noqa: PLC0415
        from ..models.parse_datetime_step import ParseDatetimeStep  # noqa: PLC0415
        from ..models.rename_step import RenameStep  # noqa: PLC0415
        from ..models.select_step import SelectStep  # noqa: PLC0415
        from ..models.sort_step import SortStep  # noqa: PLC0415
        from ..models.union_step import UnionStep  # noqa: PLC0415
        from ..models.unpivot_step import UnpivotStep  # noqa: PLC0415

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        frame = self.frame

        steps = []
        for steps_item_data in self.steps:
            steps_item: dict[str, Any]
            if isinstance(steps_item_data, SelectStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, DropStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, RenameStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, CastStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, ParseDateStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, ParseDatetimeStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, FilterStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, UnpivotStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, JoinStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, DeriveStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, DedupeStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, SortStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, UnionStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, FillNullStep):
                steps_item = steps_item_data.to_dict()
            elif isinstance(steps_item_data, AggregateStep):
                steps_item = steps_item_data.to_dict()
            else:
                steps_item = steps_item_data.to_dict()

            steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "frame": frame,
                "steps": steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_step import AggregateStep  # noqa: PLC0415
        from ..models.cast_step import CastStep  # noqa: PLC0415
        from ..models.dedupe_step import DedupeStep  # noqa: PLC0415
        from ..models.derive_step import DeriveStep  # noqa: PLC0415
        from ..models.drop_step import DropStep  # noqa: PLC0415
        from ..models.fill_null_step import FillNullStep  # noqa: PLC0415
        from ..models.filter_step import FilterStep  # noqa: PLC0415
        from ..models.join_step import JoinStep  # noqa: PLC0415
        from ..models.parse_date_step import ParseDateStep  # noqa: PLC0415
        from ..models.parse_datetime_step import ParseDatetimeStep  # noqa: PLC0415
        from ..models.rename_step import RenameStep  # noqa: PLC0415
        from ..models.select_step import SelectStep  # noqa: PLC0415
        from ..models.sort_step import SortStep  # noqa: PLC0415
        from ..models.sql_step import SqlStep  # noqa: PLC0415
        from ..models.suggested_column import SuggestedColumn  # noqa: PLC0415
        from ..models.union_step import UnionStep  # noqa: PLC0415
        from ..models.unpivot_step import UnpivotStep  # noqa: PLC0415

        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = SuggestedColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        frame = d.pop("frame")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:

            def _parse_steps_item(
                data: object,
            ) -> (
                AggregateStep
                | CastStep
                | DedupeStep
                | DeriveStep
                | DropStep
                | FillNullStep
                | FilterStep
                | JoinStep
                | ParseDateStep
                | ParseDatetimeStep
                | RenameStep
                | SelectStep
                | SortStep
                | SqlStep
                | UnionStep
                | UnpivotStep
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_0 = SelectStep.from_dict(data)

                    return componentsschemas_transform_step_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_1 = DropStep.from_dict(data)

                    return componentsschemas_transform_step_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_2 = RenameStep.from_dict(data)

                    return componentsschemas_transform_step_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_3 = CastStep.from_dict(data)

                    return componentsschemas_transform_step_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_4 = ParseDateStep.from_dict(data)

                    return componentsschemas_transform_step_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_5 = ParseDatetimeStep.from_dict(data)

                    return componentsschemas_transform_step_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_6 = FilterStep.from_dict(data)

                    return componentsschemas_transform_step_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_7 = UnpivotStep.from_dict(data)

                    return componentsschemas_transform_step_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_8 = JoinStep.from_dict(data)

                    return componentsschemas_transform_step_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_9 = DeriveStep.from_dict(data)

                    return componentsschemas_transform_step_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_10 = DedupeStep.from_dict(data)

                    return componentsschemas_transform_step_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_11 = SortStep.from_dict(data)

                    return componentsschemas_transform_step_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_12 = UnionStep.from_dict(data)

                    return componentsschemas_transform_step_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_13 = FillNullStep.from_dict(data)

                    return componentsschemas_transform_step_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transform_step_type_14 = AggregateStep.from_dict(data)

                    return componentsschemas_transform_step_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_transform_step_type_15 = SqlStep.from_dict(data)

                return componentsschemas_transform_step_type_15

            steps_item = _parse_steps_item(steps_item_data)

            steps.append(steps_item)

        suggestion = cls(
            columns=columns,
            frame=frame,
            steps=steps,
        )

        suggestion.additional_properties = d
        return suggestion

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
