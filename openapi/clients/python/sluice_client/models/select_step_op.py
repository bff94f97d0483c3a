from enum import StrEnum


class SelectStepOp(StrEnum):
    SELECT = "select"

    def __str__(self) -> str:
        return str(self.value)
