from enum import StrEnum


class AggregateStepOp(StrEnum):
    AGGREGATE = "aggregate"

    def __str__(self) -> str:
        return str(self.value)
