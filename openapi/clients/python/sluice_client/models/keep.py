from enum import StrEnum


class Keep(StrEnum):
    FIRST = "first"
    LAST = "last"

    def __str__(self) -> str:
        return str(self.value)
