from enum import StrEnum


class UnpivotStepOp(StrEnum):
    UNPIVOT = "unpivot"

    def __str__(self) -> str:
        return str(self.value)
