from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dry_run_column import DryRunColumn
    from ..models.dry_run_failure import DryRunFailure
    from ..models.dry_run_rows_item import DryRunRowsItem
    from ..models.dry_run_rows_read import DryRunRowsRead
    from ..models.dry_run_test import DryRunTest


T = TypeVar("T", bound="DryRun")


@_attrs_define
class DryRun:
    """
    Attributes:
        columns (list[DryRunColumn]): The output's columns, as the destination table would have them.
        failed (list[DryRunFailure]): Rows that would become failed records, with their source row and reason.
        rows (list[DryRunRowsItem]): The output rows (at most the rows read from each source, fewer after filters and
            joins), as `{column: value}` with typed JSON values.
        rows_read (DryRunRowsRead): Rows read from each source (frame name -> rows).
        tests (list[DryRunTest]): Each data test of the spec, on these rows.
    """

    columns: list[DryRunColumn]
    failed: list[DryRunFailure]
    rows: list[DryRunRowsItem]
    rows_read: DryRunRowsRead
    tests: list[DryRunTest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        rows_read = self.rows_read.to_dict()

        tests = []
        for tests_item_data in self.tests:
            tests_item = tests_item_data.to_dict()
            tests.append(tests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "failed": failed,
                "rows": rows,
                "rows_read": rows_read,
                "tests": tests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dry_run_column import DryRunColumn  # noqa: PLC0415
        from ..models.dry_run_failure import DryRunFailure  # noqa: PLC0415
        from ..models.dry_run_rows_item import DryRunRowsItem  # noqa: PLC0415
        from ..models.dry_run_rows_read import DryRunRowsRead  # noqa: PLC0415
        from ..models.dry_run_test import DryRunTest  # noqa: PLC0415

        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = DryRunColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        failed = []
        _failed = d.pop("failed")
        for failed_item_data in _failed:
            failed_item = DryRunFailure.from_dict(failed_item_data)

            failed.append(failed_item)

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = DryRunRowsItem.from_dict(rows_item_data)

            rows.append(rows_item)

        rows_read = DryRunRowsRead.from_dict(d.pop("rows_read"))

        tests = []
        _tests = d.pop("tests")
        for tests_item_data in _tests:
            tests_item = DryRunTest.from_dict(tests_item_data)

            tests.append(tests_item)

        dry_run = cls(
            columns=columns,
            failed=failed,
            rows=rows,
            rows_read=rows_read,
            tests=tests,
        )

        dry_run.additional_properties = d
        return dry_run

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
