from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.sql_step_op import SqlStepOp

T = TypeVar("T", bound="SqlStep")


@_attrs_define
class SqlStep:
    """Runs a SQL `SELECT` over the frames defined so far (by name) and makes its result the new
    frame `into`.

        Attributes:
            into (str):
            op (SqlStepOp):
            query (str): One SQL SELECT over the frames defined before the step, by name (polars SQL). Example: SELECT
                n.date, n.cases, j.recovered FROM nyt n JOIN jhu j USING (date).
    """

    into: str
    op: SqlStepOp
    query: str

    def to_dict(self) -> dict[str, Any]:
        into = self.into

        op = self.op.value

        query = self.query

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "into": into,
                "op": op,
                "query": query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        into = d.pop("into")

        op = SqlStepOp(d.pop("op"))

        query = d.pop("query")

        sql_step = cls(
            into=into,
            op=op,
            query=query,
        )

        return sql_step
