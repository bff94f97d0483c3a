from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart import Chart


T = TypeVar("T", bound="DashboardRequest")


@_attrs_define
class DashboardRequest:
    """The body of `POST /dashboards` and `PUT /dashboards/{id}`.

    Attributes:
        name (str):  Example: COVID-19 in the US.
        charts (list[Chart] | Unset): At most 24, in display order.
        description (str | Unset):
    """

    name: str
    charts: list[Chart] | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        charts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charts, Unset):
            charts = []
            for charts_item_data in self.charts:
                charts_item = charts_item_data.to_dict()
                charts.append(charts_item)

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if charts is not UNSET:
            field_dict["charts"] = charts
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chart import Chart  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _charts = d.pop("charts", UNSET)
        charts: list[Chart] | Unset = UNSET
        if _charts is not UNSET:
            charts = []
            for charts_item_data in _charts:
                charts_item = Chart.from_dict(charts_item_data)

                charts.append(charts_item)

        description = d.pop("description", UNSET)

        dashboard_request = cls(
            name=name,
            charts=charts,
            description=description,
        )

        return dashboard_request
