from enum import StrEnum


class JoinStepOp(StrEnum):
    JOIN = "join"

    def __str__(self) -> str:
        return str(self.value)
