from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aggregate_step import AggregateStep
    from ..models.cast_step import CastStep
    from ..models.data_test import DataTest
    from ..models.dedupe_step import DedupeStep
    from ..models.derive_step import DeriveStep
    from ..models.destination import Destination
    from ..models.drop_step import DropStep
    from ..models.fill_null_step import FillNullStep
    from ..models.filter_step import FilterStep
    from ..models.incremental import Incremental
    from ..models.join_step import JoinStep
    from ..models.parse_date_step import ParseDateStep
    from ..models.parse_datetime_step import ParseDatetimeStep
    from ..models.pipeline_spec_sources import PipelineSpecSources
    from ..models.rename_step import RenameStep
    from ..models.schedule import Schedule
    from ..models.select_step import SelectStep
    from ..models.sort_step import SortStep
    from ..models.sql_step import SqlStep
    from ..models.union_step import UnionStep
    from ..models.unpivot_step import UnpivotStep


T = TypeVar("T", bound="PipelineSpec")


@_attrs_define
class PipelineSpec:
    """A whole pipeline spec.

    Attributes:
        destination (Destination): Where the output lands.
        output (str):
        sources (PipelineSpecSources): Frame name -> name of a registered source (or `{"source": name, "infer_types":
            false}`
            to read its columns as text). Example: {'jhu': {'infer_types': False, 'source': 'jhu-recovered'}, 'nyt': 'nyt-
            us'}.
        transform (list[AggregateStep | CastStep | DedupeStep | DeriveStep | DropStep | FillNullStep | FilterStep |
            JoinStep | ParseDateStep | ParseDatetimeStep | RenameStep | SelectStep | SortStep | SqlStep | UnionStep |
            UnpivotStep]): Steps, applied in order; at most [`MAX_STEPS`].
        incremental (Incremental | None | Unset):
        schedule (None | Schedule | Unset):
        tests (list[DataTest] | Unset): Data tests on the output, applied in order before it loads.
    """

    destination: Destination
    output: str
    sources: PipelineSpecSources
    transform: list[
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
    incremental: Incremental | None | Unset = UNSET
    schedule: None | Schedule | Unset = UNSET
    tests: list[DataTest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.aggregate_step import AggregateStep  # noqa: PLC0415
        from ..models.cast_step import CastStep  # noqa: PLC0415
        from ..models.dedupe_step import DedupeStep  # noqa: PLC0415
        from ..models.derive_step import DeriveStep  # noqa: PLC0415
        from ..models.drop_step import DropStep  # noqa: PLC0415
        from ..models.fill_null_step import FillNullStep  # noqa: PLC0415
        from ..models.filter_step import FilterStep  # noqa: PLC0415
        from ..models.incremental import Incremental  # noqa: PLC0415
        from ..models.join_step import JoinStep  # noqa: PLC0415
        from ..models.parse_date_step import ParseDateStep  # noqa: PLC0415
        from ..models.parse_datetime_step import ParseDatetimeStep  # noqa: PLC0415
        from ..models.rename_step import RenameStep  # noqa: PLC0415
        from ..models.schedule import Schedule  # noqa: PLC0415
        from ..models.select_step import SelectStep  # noqa: PLC0415
        from ..models.sort_step import SortStep  # noqa: PLC0415
        from ..models.union_step import UnionStep  # noqa: PLC0415
        from ..models.unpivot_step import UnpivotStep  # noqa: PLC0415

        destination = self.destination.to_dict()

        output = self.output

        sources = self.sources.to_dict()

        transform = []
        for transform_item_data in self.transform:
            transform_item: dict[str, Any]
            if isinstance(transform_item_data, SelectStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, DropStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, RenameStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, CastStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, ParseDateStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, ParseDatetimeStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, FilterStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, UnpivotStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, JoinStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, DeriveStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, DedupeStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, SortStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, UnionStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, FillNullStep):
                transform_item = transform_item_data.to_dict()
            elif isinstance(transform_item_data, AggregateStep):
                transform_item = transform_item_data.to_dict()
            else:
                transform_item = transform_item_data.to_dict()

            transform.append(transform_item)

        incremental: dict[str, Any] | None | Unset
        if isinstance(self.incremental, Unset):
            incremental = UNSET
        elif isinstance(self.incremental, Incremental):
            incremental = self.incremental.to_dict()
        else:
            incremental = self.incremental

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, Schedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tests, Unset):
            tests = []
            for tests_item_data in self.tests:
                tests_item = tests_item_data.to_dict()
                tests.append(tests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "output": output,
                "sources": sources,
                "transform": transform,
            }
        )
        if incremental is not UNSET:
            field_dict["incremental"] = incremental
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if tests is not UNSET:
            field_dict["tests"] = tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_step import AggregateStep  # noqa: PLC0415
        from ..models.cast_step import CastStep  # noqa: PLC0415
        from ..models.data_test import DataTest  # noqa: PLC0415
        from ..models.dedupe_step import DedupeStep  # noqa: PLC0415
        from ..models.derive_step import DeriveStep  # noqa: PLC0415
        from ..models.destination import Destination  # noqa: PLC0415
        from ..models.drop_step import DropStep  # noqa: PLC0415
        from ..models.fill_null_step import FillNullStep  # noqa: PLC0415
        from ..models.filter_step import FilterStep  # noqa: PLC0415
        from ..models.incremental import Incremental  # noqa: PLC0415
        from ..models.join_step import JoinStep  # noqa: PLC0415
        from ..models.parse_date_step import ParseDateStep  # noqa: PLC0415
        from ..models.parse_datetime_step import ParseDatetimeStep  # noqa: PLC0415
        from ..models.pipeline_spec_sources import PipelineSpecSources  # noqa: PLC0415
        from ..models.rename_step import RenameStep  # noqa: PLC0415
        from ..models.schedule import Schedule  # noqa: PLC0415
        from ..models.select_step import SelectStep  # noqa: PLC0415
        from ..models.sort_step import SortStep  # noqa: PLC0415
        from ..models.sql_step import SqlStep  # noqa: PLC0415
        from ..models.union_step import UnionStep  # noqa: PLC0415
        from ..models.unpivot_step import UnpivotStep  # noqa: PLC0415

        d = dict(src_dict)
        destination = Destination.from_dict(d.pop("destination"))

        output = d.pop("output")

        sources = PipelineSpecSources.from_dict(d.pop("sources"))

        transform = []
        _transform = d.pop("transform")
        for transform_item_data in _transform:

            def _parse_transform_item(
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

            transform_item = _parse_transform_item(transform_item_data)

            transform.append(transform_item)

        def _parse_incremental(data: object) -> Incremental | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incremental_type_0 = Incremental.from_dict(data)

                return incremental_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Incremental | None | Unset, data)

        incremental = _parse_incremental(d.pop("incremental", UNSET))

        def _parse_schedule(data: object) -> None | Schedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_0 = Schedule.from_dict(data)

                return schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Schedule | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        _tests = d.pop("tests", UNSET)
        tests: list[DataTest] | Unset = UNSET
        if _tests is not UNSET:
            tests = []
            for tests_item_data in _tests:
                tests_item = DataTest.from_dict(tests_item_data)

                tests.append(tests_item)

        pipeline_spec = cls(
            destination=destination,
            output=output,
            sources=sources,
            transform=transform,
            incremental=incremental,
            schedule=schedule,
            tests=tests,
        )

        pipeline_spec.additional_properties = d
        return pipeline_spec

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
