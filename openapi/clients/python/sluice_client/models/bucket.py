from enum import StrEnum


class Bucket(StrEnum):
    DAY = "day"
    HOUR = "hour"
    MONTH = "month"
    NONE = "none"
    QUARTER = "quarter"
    WEEK = "week"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
