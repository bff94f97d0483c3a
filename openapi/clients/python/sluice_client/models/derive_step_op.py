from enum import StrEnum


class DeriveStepOp(StrEnum):
    DERIVE = "derive"

    def __str__(self) -> str:
        return str(self.value)
