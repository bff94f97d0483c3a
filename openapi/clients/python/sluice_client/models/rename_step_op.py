from enum import StrEnum


class RenameStepOp(StrEnum):
    RENAME = "rename"

    def __str__(self) -> str:
        return str(self.value)
