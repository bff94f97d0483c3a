from enum import StrEnum


class DropStepOp(StrEnum):
    DROP = "drop"

    def __str__(self) -> str:
        return str(self.value)
