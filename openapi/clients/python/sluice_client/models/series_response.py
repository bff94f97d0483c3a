from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agg import Agg
from ..models.bucket import Bucket

if TYPE_CHECKING:
    from ..models.series import Series


T = TypeVar("T", bound="SeriesResponse")


@_attrs_define
class SeriesResponse:
    """Chart-ready series: one shared x axis and, per y (and group), one value per x.

    Attributes:
        agg (Agg):
        bucket (Bucket): Time buckets, narrowest first: the order in which they widen.
        requested_bucket (Bucket): Time buckets, narrowest first: the order in which they widen.
        series (list[Series]):
        table (str):
        x (list[str]): Each bucket's start (or each distinct x), ascending: `YYYY-MM-DD` for dates,
            ISO 8601 for timestamps (`Z` for `timestamptz`, bucketed in UTC).
        x_column (str): The column on the x axis.
    """

    agg: Agg
    bucket: Bucket
    requested_bucket: Bucket
    series: list[Series]
    table: str
    x: list[str]
    x_column: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agg = self.agg.value

        bucket = self.bucket.value

        requested_bucket = self.requested_bucket.value

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        table = self.table

        x = self.x

        x_column = self.x_column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agg": agg,
                "bucket": bucket,
                "requested_bucket": requested_bucket,
                "series": series,
                "table": table,
                "x": x,
                "x_column": x_column,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.series import Series  # noqa: PLC0415

        d = dict(src_dict)
        agg = Agg(d.pop("agg"))

        bucket = Bucket(d.pop("bucket"))

        requested_bucket = Bucket(d.pop("requested_bucket"))

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = Series.from_dict(series_item_data)

            series.append(series_item)

        table = d.pop("table")

        x = cast(list[str], d.pop("x"))

        x_column = d.pop("x_column")

        series_response = cls(
            agg=agg,
            bucket=bucket,
            requested_bucket=requested_bucket,
            series=series,
            table=table,
            x=x,
            x_column=x_column,
        )

        series_response.additional_properties = d
        return series_response

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
