from enum import StrEnum


class FailedStatus(StrEnum):
    DISCARDED = "discarded"
    OPEN = "open"
    RESOLVED = "resolved"

    def __str__(self) -> str:
        return str(self.value)
