from enum import StrEnum


class CheckStepName(StrEnum):
    CONNECT = "connect"
    COPY = "copy"
    SCHEMA = "schema"
    WRITABLE = "writable"

    def __str__(self) -> str:
        return str(self.value)
