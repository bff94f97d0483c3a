from enum import StrEnum


class UnionStepOp(StrEnum):
    UNION = "union"

    def __str__(self) -> str:
        return str(self.value)
