from enum import StrEnum


class ParseDateStepOp(StrEnum):
    PARSE_DATE = "parse_date"

    def __str__(self) -> str:
        return str(self.value)
