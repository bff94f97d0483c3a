from enum import StrEnum


class LoadMode(StrEnum):
    APPEND = "append"
    MIRROR = "mirror"
    REPLACE = "replace"
    UPSERT = "upsert"

    def __str__(self) -> str:
        return str(self.value)
