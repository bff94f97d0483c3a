"""A tenant's first hour, through the generated Python client only (openapi/clients/python).

Sign up, log in, register the two reference sources, apply the reference pipeline by name
(created, then unchanged), ask for an e-mail on success, run it, and read back the run, its
failed records and its deliveries; then a typed error. Every call is checked for its status code
and for the type of its parsed body.

`./scripts/openapi flows` starts the API and a worker and runs this with:
  SLUICE_API_URL   the API's address, e.g. http://127.0.0.1:8080 (the paths carry /api/v1)
  SLUICE_ROOT      the repository, for data/us-covid/ and examples/us-covid/pipeline.json
and the generated client on PYTHONPATH. Exits non-zero, saying which step failed, on any failure.
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from sluice_client import AuthenticatedClient, Client
from sluice_client.api.auth import login, signup
from sluice_client.api.data import export_table, get_data, get_series
from sluice_client.api.failed_records import list_failed_records
from sluice_client.api.notifications import list_deliveries, put_notifications
from sluice_client.api.pipelines import apply_pipeline, get_pipeline
from sluice_client.api.runs import create_run, get_run
from sluice_client.api.sources import create_source
from sluice_client.errors import UnexpectedStatus
from sluice_client.models import (
    AccessToken,
    Agg,
    ApplyRequest,
    Bucket,
    Channel,
    Code,
    CreateRunRequest,
    DataPage,
    DeliveryPage,
    DeliveryResponse,
    ErrorBody,
    EventType,
    ExportTableFormat,
    FailedRecordPage,
    FailedRecordResponse,
    FailedStatus,
    GetDataOrder,
    LoginRequest,
    NotificationsRequest,
    NotificationsResponse,
    NotifyOn,
    PipelineResponse,
    RunCounts,
    RunResponse,
    RunStatus,
    SeriesResponse,
    SignupRequest,
    SignupResponse,
    SourceFormat,
    SourceRequest,
    SourceResponse,
)
from sluice_client.types import Response

API_URL = os.environ["SLUICE_API_URL"]
ROOT = Path(os.environ["SLUICE_ROOT"])
PIPELINE_NAME = "us-covid"
SOURCES = {
    "nyt-us": ROOT / "data/us-covid/us.csv",
    "jhu-recovered-global": ROOT / "data/us-covid/time_series_covid19_recovered_global.csv",
}
# The reference pipeline loads one row per day present in both files.
EXPECTED_INSERTED = 170
RECIPIENT = "ops@example.com"
RUN_DEADLINE_SECS = 120
FINISHED = {RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.SKIPPED, RunStatus.CANCELED}

T = TypeVar("T")


class FlowFailed(Exception):
    pass


def fail(message: str) -> NoReturn:
    raise FlowFailed(message)


def check(condition: bool, message: str) -> None:
    if not condition:
        fail(message)


def ok(step: str) -> None:
    print(f"  ok  {step}", flush=True)


def expect(step: str, response: Response[Any], status: int, model: type[T]) -> T:
    """The parsed body of a response that must have this status and this type."""
    if response.status_code != status:
        body = response.content.decode("utf-8", errors="replace")[:1000]
        fail(f"{step}: expected HTTP {status}, got {int(response.status_code)}: {body}")
    parsed = response.parsed
    if not isinstance(parsed, model):
        fail(f"{step}: expected a {model.__name__} body, got {type(parsed).__name__}: {parsed!r}")
    return parsed


def main() -> None:
    email = f"py-flow-{uuid.uuid4().hex[:12]}@example.com"
    password = "a long passphrase for the flow"
    anonymous = Client(base_url=API_URL, raise_on_unexpected_status=True, timeout=30.0)

    created = expect(
        "sign up",
        signup.sync_detailed(
            client=anonymous,
            body=SignupRequest(tenant_name="Python client flow", email=email, password=password),
        ),
        201,
        SignupResponse,
    )
    check(created.user.email == email, f"sign up: the new admin is {created.user.email!r}, not {email!r}")
    ok("sign up (201 SignupResponse)")

    token = expect(
        "log in",
        login.sync_detailed(client=anonymous, body=LoginRequest(email=email, password=password)),
        200,
        AccessToken,
    )
    check(token.access_token != "", "log in: empty access token")
    ok("log in (200 AccessToken)")

    client = AuthenticatedClient(
        base_url=API_URL, token=token.access_token, raise_on_unexpected_status=True, timeout=30.0
    )

    for name, path in SOURCES.items():
        source = expect(
            f"register source {name}",
            create_source.sync_detailed(
                client=client,
                body=SourceRequest(name=name, url=path.as_uri(), format_=SourceFormat.CSV),
            ),
            201,
            SourceResponse,
        )
        check(source.name == name, f"register source {name}: answered {source.name!r}")
    ok(f"register sources {', '.join(SOURCES)} (201 SourceResponse)")

    document = json.loads((ROOT / "examples/us-covid/pipeline.json").read_text())
    applied = apply_pipeline.sync_detailed(PIPELINE_NAME, client=client, body=ApplyRequest.from_dict(document))
    pipeline = expect("apply the pipeline", applied, 201, PipelineResponse)
    check(
        applied.headers.get("Sluice-Apply") == "created",
        f"apply the pipeline: Sluice-Apply is {applied.headers.get('Sluice-Apply')!r}, not 'created'",
    )
    check(pipeline.name == PIPELINE_NAME, f"apply the pipeline: named {pipeline.name!r}")
    ok("apply the pipeline by name (201, Sluice-Apply: created)")

    again = apply_pipeline.sync_detailed(PIPELINE_NAME, client=client, body=ApplyRequest.from_dict(document))
    same = expect("apply the pipeline again", again, 200, PipelineResponse)
    check(
        again.headers.get("Sluice-Apply") == "unchanged",
        f"apply the pipeline again: Sluice-Apply is {again.headers.get('Sluice-Apply')!r}, not 'unchanged'",
    )
    check(
        (same.id, same.version) == (pipeline.id, pipeline.version),
        f"apply the pipeline again: {same.id} v{same.version}, was {pipeline.id} v{pipeline.version}",
    )
    ok("apply it again (200, Sluice-Apply: unchanged, same version)")

    notify = expect(
        "set notifications",
        put_notifications.sync_detailed(
            pipeline.id,
            client=client,
            body=NotificationsRequest(email=[RECIPIENT], on=[NotifyOn.SUCCESS]),
        ),
        200,
        NotificationsResponse,
    )
    check(notify.email == [RECIPIENT], f"set notifications: recipients are {notify.email!r}")
    check(notify.on == [NotifyOn.SUCCESS], f"set notifications: on {notify.on!r}")
    ok("set notifications (200 NotificationsResponse)")

    run = expect(
        "trigger a run",
        create_run.sync_detailed(pipeline.id, client=client, body=CreateRunRequest()),
        202,
        RunResponse,
    )
    check(run.pipeline_id == pipeline.id, f"trigger a run: it is for pipeline {run.pipeline_id}")
    ok(f"trigger a run (202 RunResponse, {run.status})")

    deadline = time.monotonic() + RUN_DEADLINE_SECS
    while run.status not in FINISHED:
        if time.monotonic() > deadline:
            fail(f"wait for the run: still {run.status} after {RUN_DEADLINE_SECS} s: {run.to_dict()}")
        time.sleep(0.2)
        run = expect("wait for the run", get_run.sync_detailed(run.id, client=client), 200, RunResponse)
    check(
        isinstance(run.status, RunStatus),
        f"the run's status is a {type(run.status).__name__}, not the RunStatus enum",
    )
    check(
        run.status is RunStatus.SUCCEEDED,
        f"the run finished {run.status}: {run.error_code}: {run.error}; steps: {run.step_log}",
    )
    check(isinstance(run.counts, RunCounts), f"the run's counts are a {type(run.counts).__name__}")
    check(
        run.counts.inserted == EXPECTED_INSERTED,
        f"the run inserted {run.counts.inserted} rows, not {EXPECTED_INSERTED}: {run.counts.to_dict()}",
    )
    ok(f"the run succeeded: {run.counts.inserted} inserted, {run.counts.failed} failed")

    page = expect(
        "list failed records",
        list_failed_records.sync_detailed(pipeline.id, client=client, status=FailedStatus.OPEN, limit=200),
        200,
        FailedRecordPage,
    )
    check(
        all(isinstance(record, FailedRecordResponse) for record in page.items),
        "list failed records: an item is not a FailedRecordResponse",
    )
    check(
        len(page.items) == min(run.counts.failed, 200),
        f"list failed records: {len(page.items)} open, the run counted {run.counts.failed} failed",
    )
    ok(f"list failed records (200 FailedRecordPage, {len(page.items)} open)")

    delivery_page = expect(
        "list the run's deliveries", list_deliveries.sync_detailed(run.id, client=client), 200, DeliveryPage
    )
    deliveries = delivery_page.items
    check(
        all(isinstance(delivery, DeliveryResponse) for delivery in deliveries),
        "list the run's deliveries: an item is not a DeliveryResponse",
    )
    emails = [d for d in deliveries if d.channel is Channel.EMAIL and d.target == RECIPIENT]
    check(
        len(emails) == 1,
        f"list the run's deliveries: expected one e-mail to {RECIPIENT}, got {[d.to_dict() for d in deliveries]}",
    )
    check(emails[0].run_id == run.id, f"the delivery is for run {emails[0].run_id}, not {run.id}")
    check(
        emails[0].event_type is EventType.RUN_SUCCEEDED,
        f"the delivery's event is {emails[0].event_type!r}, not EventType.RUN_SUCCEEDED",
    )
    ok(f"list the run's deliveries (200 DeliveryPage: e-mail {emails[0].status})")

    series = expect(
        "chart the loaded table",
        get_series.sync_detailed(
            pipeline.id, client=client, x="date", y="cases,deaths", bucket=Bucket.MONTH, agg=Agg.LAST
        ),
        200,
        SeriesResponse,
    )
    check(
        series.bucket is Bucket.MONTH and len(series.x) == 7 and series.x[-1] == "2020-07-01",
        f"chart the loaded table: {series.bucket!r} buckets {series.x}",
    )
    check(
        [s.y for s in series.series] == ["cases", "deaths"] and all(len(s.values) == 7 for s in series.series),
        f"chart the loaded table: series {[s.to_dict() for s in series.series]}",
    )
    ok(f"chart the loaded table (200 SeriesResponse: {len(series.x)} months of cases and deaths)")

    rows = expect(
        "read the newest rows",
        get_data.sync_detailed(
            pipeline.id, client=client, limit=5, order=GetDataOrder.DESC, filter_=["date:gte:2020-07-01"]
        ),
        200,
        DataPage,
    )
    dates = [row["date"] for row in rows.rows]
    check(
        dates == ["2020-07-09", "2020-07-08", "2020-07-07", "2020-07-06", "2020-07-05"],
        f"read the newest rows: dates {dates}",
    )
    check(rows.next_cursor is not None, "read the newest rows: no cursor to the next page")
    ok(f"read the newest rows (200 DataPage: {len(rows.rows)} rows and a next_cursor)")

    export = expect(
        "export the table as CSV",
        export_table.sync_detailed(pipeline.id, client=client, format_=ExportTableFormat.CSV),
        200,
        str,
    )
    lines = export.splitlines()
    check(
        lines[0] == "date,cases,deaths,recovered" and len(lines) == EXPECTED_INSERTED + 1,
        f"export the table as CSV: header {lines[0]!r}, {len(lines) - 1} rows",
    )
    ok(f"export the table as CSV (200 text/csv, {len(lines) - 1} rows)")

    missing = uuid.uuid4()
    error = expect(
        "get a pipeline that does not exist",
        get_pipeline.sync_detailed(missing, client=client),
        404,
        ErrorBody,
    )
    check(
        error.code is Code.PIPELINE_NOT_FOUND,
        f"get a pipeline that does not exist: code {error.code!r}, not Code.PIPELINE_NOT_FOUND",
    )
    ok("get a pipeline that does not exist (404 ErrorBody, Code.PIPELINE_NOT_FOUND)")

    client.get_httpx_client().close()
    anonymous.get_httpx_client().close()


if __name__ == "__main__":
    print(f"python flow against {API_URL}", flush=True)
    try:
        main()
    except FlowFailed as failure:
        print(f"python flow FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
    except UnexpectedStatus as unexpected:
        body = unexpected.content.decode("utf-8", errors="replace")[:1000]
        print(f"python flow FAILED: an undocumented status {unexpected.status_code}: {body}", file=sys.stderr)
        sys.exit(1)
    print("python flow: ok", flush=True)
