from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.derive_step_op import DeriveStepOp

if TYPE_CHECKING:
    from ..models.add_expr import AddExpr
    from ..models.coalesce_expr import CoalesceExpr
    from ..models.col_expr import ColExpr
    from ..models.concat_expr import ConcatExpr
    from ..models.diff_expr import DiffExpr
    from ..models.div_expr import DivExpr
    from ..models.lit_expr import LitExpr
    from ..models.lower_expr import LowerExpr
    from ..models.mul_expr import MulExpr
    from ..models.round_expr import RoundExpr
    from ..models.sub_expr import SubExpr
    from ..models.trim_expr import TrimExpr
    from ..models.upper_expr import UpperExpr


T = TypeVar("T", bound="DeriveStep")


@_attrs_define
class DeriveStep:
    """Adds (or replaces) `column` with the value of `expr`.

    Attributes:
        column (str):
        expr (AddExpr | CoalesceExpr | ColExpr | ConcatExpr | DiffExpr | DivExpr | LitExpr | LowerExpr | MulExpr |
            RoundExpr | SubExpr | TrimExpr | UpperExpr): A column expression: an object with one head key (`col`, `lit`,
            `add`, …).
        frame (str):
        op (DeriveStepOp):
    """

    column: str
    expr: (
        AddExpr
        | CoalesceExpr
        | ColExpr
        | ConcatExpr
        | DiffExpr
        | DivExpr
        | LitExpr
        | LowerExpr
        | MulExpr
        | RoundExpr
        | SubExpr
        | TrimExpr
        | UpperExpr
    )
    frame: str
    op: DeriveStepOp

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.concat_expr import ConcatExpr  # noqa: PLC0415
        from ..models.div_expr import DivExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.round_expr import RoundExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415

        column = self.column

        expr: dict[str, Any]
        if isinstance(self.expr, ColExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, LitExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, AddExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, SubExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, MulExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, DivExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, CoalesceExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, ConcatExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, LowerExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, UpperExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, TrimExpr):
            expr = self.expr.to_dict()
        elif isinstance(self.expr, RoundExpr):
            expr = self.expr.to_dict()
        else:
            expr = self.expr.to_dict()

        frame = self.frame

        op = self.op.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "column": column,
                "expr": expr,
                "frame": frame,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_expr import AddExpr  # noqa: PLC0415
        from ..models.coalesce_expr import CoalesceExpr  # noqa: PLC0415
        from ..models.col_expr import ColExpr  # noqa: PLC0415
        from ..models.concat_expr import ConcatExpr  # noqa: PLC0415
        from ..models.diff_expr import DiffExpr  # noqa: PLC0415
        from ..models.div_expr import DivExpr  # noqa: PLC0415
        from ..models.lit_expr import LitExpr  # noqa: PLC0415
        from ..models.lower_expr import LowerExpr  # noqa: PLC0415
        from ..models.mul_expr import MulExpr  # noqa: PLC0415
        from ..models.round_expr import RoundExpr  # noqa: PLC0415
        from ..models.sub_expr import SubExpr  # noqa: PLC0415
        from ..models.trim_expr import TrimExpr  # noqa: PLC0415
        from ..models.upper_expr import UpperExpr  # noqa: PLC0415

        d = dict(src_dict)
        column = d.pop("column")

        def _parse_expr(
            data: object,
        ) -> (
            AddExpr
            | CoalesceExpr
            | ColExpr
            | ConcatExpr
            | DiffExpr
            | DivExpr
            | LitExpr
            | LowerExpr
            | MulExpr
            | RoundExpr
            | SubExpr
            | TrimExpr
            | UpperExpr
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_0 = ColExpr.from_dict(data)

                return componentsschemas_expr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_1 = LitExpr.from_dict(data)

                return componentsschemas_expr_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_2 = AddExpr.from_dict(data)

                return componentsschemas_expr_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_3 = SubExpr.from_dict(data)

                return componentsschemas_expr_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_4 = MulExpr.from_dict(data)

                return componentsschemas_expr_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_5 = DivExpr.from_dict(data)

                return componentsschemas_expr_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_6 = CoalesceExpr.from_dict(data)

                return componentsschemas_expr_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_7 = ConcatExpr.from_dict(data)

                return componentsschemas_expr_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_8 = LowerExpr.from_dict(data)

                return componentsschemas_expr_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_9 = UpperExpr.from_dict(data)

                return componentsschemas_expr_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_10 = TrimExpr.from_dict(data)

                return componentsschemas_expr_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_expr_type_11 = RoundExpr.from_dict(data)

                return componentsschemas_expr_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_expr_type_12 = DiffExpr.from_dict(data)

            return componentsschemas_expr_type_12

        expr = _parse_expr(d.pop("expr"))

        frame = d.pop("frame")

        op = DeriveStepOp(d.pop("op"))

        derive_step = cls(
            column=column,
            expr=expr,
            frame=frame,
            op=op,
        )

        return derive_step
