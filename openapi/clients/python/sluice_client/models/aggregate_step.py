from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.aggregate_step_op import AggregateStepOp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aggregate_step_aggs import AggregateStepAggs
    from ..models.group_key_type_1 import GroupKeyType1


T = TypeVar("T", bound="AggregateStep")


@_attrs_define
class AggregateStep:
    """Groups the rows of `frame` by `group_by` and computes `aggs` over each group, into `into` (default: `frame`); rows
    come out sorted by the keys.

        Attributes:
            aggs (AggregateStepAggs): Output column -> aggregation.
            frame (str):
            op (AggregateStepOp):
            group_by (list[GroupKeyType1 | str] | Unset):
            into (str | Unset):
    """

    aggs: AggregateStepAggs
    frame: str
    op: AggregateStepOp
    group_by: list[GroupKeyType1 | str] | Unset = UNSET
    into: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_key_type_1 import GroupKeyType1  # noqa: PLC0415

        aggs = self.aggs.to_dict()

        frame = self.frame

        op = self.op.value

        group_by: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = []
            for group_by_item_data in self.group_by:
                group_by_item: dict[str, Any] | str
                if isinstance(group_by_item_data, GroupKeyType1):
                    group_by_item = group_by_item_data.to_dict()
                else:
                    group_by_item = group_by_item_data
                group_by.append(group_by_item)

        into = self.into

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "aggs": aggs,
                "frame": frame,
                "op": op,
            }
        )
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if into is not UNSET:
            field_dict["into"] = into

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_step_aggs import AggregateStepAggs  # noqa: PLC0415
        from ..models.group_key_type_1 import GroupKeyType1  # noqa: PLC0415

        d = dict(src_dict)
        aggs = AggregateStepAggs.from_dict(d.pop("aggs"))

        frame = d.pop("frame")

        op = AggregateStepOp(d.pop("op"))

        _group_by = d.pop("group_by", UNSET)
        group_by: list[GroupKeyType1 | str] | Unset = UNSET
        if _group_by is not UNSET:
            group_by = []
            for group_by_item_data in _group_by:

                def _parse_group_by_item(data: object) -> GroupKeyType1 | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_group_key_type_1 = GroupKeyType1.from_dict(data)

                        return componentsschemas_group_key_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(GroupKeyType1 | str, data)

                group_by_item = _parse_group_by_item(group_by_item_data)

                group_by.append(group_by_item)

        into = d.pop("into", UNSET)

        aggregate_step = cls(
            aggs=aggs,
            frame=frame,
            op=op,
            group_by=group_by,
            into=into,
        )

        return aggregate_step
