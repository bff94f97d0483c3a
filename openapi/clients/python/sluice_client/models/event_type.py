from enum import StrEnum


class EventType(StrEnum):
    RUN_FAILED = "run.failed"
    RUN_RECOVERED = "run.recovered"
    RUN_SKIPPED = "run.skipped"
    RUN_SUCCEEDED = "run.succeeded"
    TEST = "test"

    def __str__(self) -> str:
        return str(self.value)
