from enum import StrEnum


class SortStepOp(StrEnum):
    SORT = "sort"

    def __str__(self) -> str:
        return str(self.value)
