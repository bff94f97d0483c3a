from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.agg import Agg
from ..models.bucket import Bucket
from ..models.chart_kind import ChartKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Chart")


@_attrs_define
class Chart:
    """One chart: what `GET /pipelines/{pipeline_id}/series` is asked.

    Attributes:
        pipeline_id (UUID):
        title (str):  Example: Cases and deaths.
        x (str):  Example: date.
        y (list[str]): 1 to 10 columns. Example: ['cases', 'deaths'].
        agg (Agg | Unset):
        bucket (Bucket | Unset): Time buckets, narrowest first: the order in which they widen.
        from_ (None | str | Unset): Inclusive bounds on x, as `series` takes them.
        group (None | str | Unset):
        kind (ChartKind | Unset):
        to (None | str | Unset):
    """

    pipeline_id: UUID
    title: str
    x: str
    y: list[str]
    agg: Agg | Unset = UNSET
    bucket: Bucket | Unset = UNSET
    from_: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    kind: ChartKind | Unset = UNSET
    to: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pipeline_id = str(self.pipeline_id)

        title = self.title

        x = self.x

        y = self.y

        agg: str | Unset = UNSET
        if not isinstance(self.agg, Unset):
            agg = self.agg.value

        bucket: str | Unset = UNSET
        if not isinstance(self.bucket, Unset):
            bucket = self.bucket.value

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pipeline_id": pipeline_id,
                "title": title,
                "x": x,
                "y": y,
            }
        )
        if agg is not UNSET:
            field_dict["agg"] = agg
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if from_ is not UNSET:
            field_dict["from"] = from_
        if group is not UNSET:
            field_dict["group"] = group
        if kind is not UNSET:
            field_dict["kind"] = kind
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pipeline_id = UUID(d.pop("pipeline_id"))

        title = d.pop("title")

        x = d.pop("x")

        y = cast(list[str], d.pop("y"))

        _agg = d.pop("agg", UNSET)
        agg: Agg | Unset
        if isinstance(_agg, Unset):
            agg = UNSET
        else:
            agg = Agg(_agg)

        _bucket = d.pop("bucket", UNSET)
        bucket: Bucket | Unset
        if isinstance(_bucket, Unset):
            bucket = UNSET
        else:
            bucket = Bucket(_bucket)

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: ChartKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ChartKind(_kind)

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        chart = cls(
            pipeline_id=pipeline_id,
            title=title,
            x=x,
            y=y,
            agg=agg,
            bucket=bucket,
            from_=from_,
            group=group,
            kind=kind,
            to=to,
        )

        return chart
