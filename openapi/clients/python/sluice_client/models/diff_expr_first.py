from enum import StrEnum


class DiffExprFirst(StrEnum):
    NULL = "null"
    VALUE = "value"

    def __str__(self) -> str:
        return str(self.value)
