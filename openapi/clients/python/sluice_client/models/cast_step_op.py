from enum import StrEnum


class CastStepOp(StrEnum):
    CAST = "cast"

    def __str__(self) -> str:
        return str(self.value)
