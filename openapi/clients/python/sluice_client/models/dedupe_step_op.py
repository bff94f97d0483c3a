from enum import StrEnum


class DedupeStepOp(StrEnum):
    DEDUPE = "dedupe"

    def __str__(self) -> str:
        return str(self.value)
