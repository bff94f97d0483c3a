from enum import StrEnum


class ParseDatetimeStepOp(StrEnum):
    PARSE_DATETIME = "parse_datetime"

    def __str__(self) -> str:
        return str(self.value)
