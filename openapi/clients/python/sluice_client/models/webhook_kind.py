from enum import StrEnum


class WebhookKind(StrEnum):
    JSON = "json"
    SLACK = "slack"

    def __str__(self) -> str:
        return str(self.value)
