from enum import StrEnum


class SqlStepOp(StrEnum):
    SQL = "sql"

    def __str__(self) -> str:
        return str(self.value)
