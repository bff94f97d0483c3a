from enum import StrEnum


class OnFail(StrEnum):
    FAIL_RUN = "fail_run"
    REJECT_ROW = "reject_row"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)
