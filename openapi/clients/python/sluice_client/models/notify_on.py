from enum import StrEnum


class NotifyOn(StrEnum):
    FAILURE = "failure"
    RECOVERED = "recovered"
    SKIPPED = "skipped"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
