from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.rank_expr_ties import RankExprTies
from ..types import UNSET, Unset

T = TypeVar("T", bound="RankExpr")


@_attrs_define
class RankExpr:
    """Rank in `order_by` order within the partition: ties share the lowest rank (`ties: min`, 1 2 2 4) or the next
    (`dense`, 1 2 2 3).

        Attributes:
            order_by (list[str] | str): The columns that order the rows of a partition.
            rank (bool): `true`: the function reads no value.
            descending (bool | Unset):
            partition_by (list[str] | str | Unset): Columns whose rows are numbered apart.
            ties (RankExprTies | Unset):
    """

    order_by: list[str] | str
    rank: bool
    descending: bool | Unset = UNSET
    partition_by: list[str] | str | Unset = UNSET
    ties: RankExprTies | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_by: list[str] | str
        if isinstance(self.order_by, list):
            order_by = self.order_by

        else:
            order_by = self.order_by

        rank = self.rank

        descending = self.descending

        partition_by: list[str] | str | Unset
        if isinstance(self.partition_by, Unset):
            partition_by = UNSET
        elif isinstance(self.partition_by, list):
            partition_by = self.partition_by

        else:
            partition_by = self.partition_by

        ties: str | Unset = UNSET
        if not isinstance(self.ties, Unset):
            ties = self.ties.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "order_by": order_by,
                "rank": rank,
            }
        )
        if descending is not UNSET:
            field_dict["descending"] = descending
        if partition_by is not UNSET:
            field_dict["partition_by"] = partition_by
        if ties is not UNSET:
            field_dict["ties"] = ties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_order_by(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_by_type_1 = cast(list[str], data)

                return order_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        order_by = _parse_order_by(d.pop("order_by"))

        rank = d.pop("rank")

        descending = d.pop("descending", UNSET)

        def _parse_partition_by(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                partition_by_type_1 = cast(list[str], data)

                return partition_by_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        partition_by = _parse_partition_by(d.pop("partition_by", UNSET))

        _ties = d.pop("ties", UNSET)
        ties: RankExprTies | Unset
        if isinstance(_ties, Unset):
            ties = UNSET
        else:
            ties = RankExprTies(_ties)

        rank_expr = cls(
            order_by=order_by,
            rank=rank,
            descending=descending,
            partition_by=partition_by,
            ties=ties,
        )

        return rank_expr
