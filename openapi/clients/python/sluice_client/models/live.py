from enum import StrEnum


class Live(StrEnum):
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
