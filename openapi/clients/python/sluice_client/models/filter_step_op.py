from enum import StrEnum


class FilterStepOp(StrEnum):
    FILTER = "filter"

    def __str__(self) -> str:
        return str(self.value)
