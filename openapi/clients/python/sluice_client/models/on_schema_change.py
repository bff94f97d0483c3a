from enum import StrEnum


class OnSchemaChange(StrEnum):
    ADD_COLUMNS = "add_columns"
    BACKFILL = "backfill"
    FAIL = "fail"

    def __str__(self) -> str:
        return str(self.value)
