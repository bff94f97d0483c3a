from enum import StrEnum


class RunTrigger(StrEnum):
    MANUAL = "manual"
    RETRY = "retry"
    SCHEDULE = "schedule"

    def __str__(self) -> str:
        return str(self.value)
