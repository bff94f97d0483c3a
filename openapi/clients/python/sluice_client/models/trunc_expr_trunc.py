from enum import StrEnum


class TruncExprTrunc(StrEnum):
    DAY = "day"
    HOUR = "hour"
    MONTH = "month"
    QUARTER = "quarter"
    WEEK = "week"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
