from enum import StrEnum


class ChartKind(StrEnum):
    BAR = "bar"
    LINE = "line"

    def __str__(self) -> str:
        return str(self.value)
