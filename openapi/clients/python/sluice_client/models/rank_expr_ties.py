from enum import StrEnum


class RankExprTies(StrEnum):
    DENSE = "dense"
    MIN = "min"

    def __str__(self) -> str:
        return str(self.value)
