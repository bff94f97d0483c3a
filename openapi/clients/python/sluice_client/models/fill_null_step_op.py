from enum import StrEnum


class FillNullStepOp(StrEnum):
    FILL_NULL = "fill_null"

    def __str__(self) -> str:
        return str(self.value)
