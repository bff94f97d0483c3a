from enum import StrEnum


class RunErrorCode(StrEnum):
    ALREADY_RUNNING = "already_running"
    DATABASE_UNAVAILABLE = "database_unavailable"
    DATA_TEST_FAILED = "data_test_failed"
    DESTINATION_REFUSED = "destination_refused"
    DESTINATION_UNAVAILABLE = "destination_unavailable"
    DUPLICATE_KEY = "duplicate_key"
    INVALID_SPEC = "invalid_spec"
    LOAD_REFUSED = "load_refused"
    MALFORMED_SOURCE = "malformed_source"
    PIPELINE_NOT_FOUND = "pipeline_not_found"
    RUN_LOST = "run_lost"
    SCHEMA_CHANGED = "schema_changed"
    SOURCE_REFUSED = "source_refused"
    SOURCE_UNAVAILABLE = "source_unavailable"
    TRANSFORM_FAILED = "transform_failed"
    WORKER_LOST = "worker_lost"

    def __str__(self) -> str:
        return str(self.value)
