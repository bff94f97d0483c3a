from enum import StrEnum


class JoinHow(StrEnum):
    FULL = "full"
    INNER = "inner"
    LEFT = "left"

    def __str__(self) -> str:
        return str(self.value)
