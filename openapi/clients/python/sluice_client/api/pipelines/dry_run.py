from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dry_run import DryRun
from ...models.dry_run_request import DryRunRequest
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: DryRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pipelines/dry-run",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DryRun | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DryRun.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorBody.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 502:
        response_502 = ErrorBody.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DryRun | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DryRunRequest,
) -> Response[DryRun | ErrorBody]:
    """Try a transform on the first rows of its sources (member or admin)

     Fetches the beginning of each source (at most 1 MiB) under the same rules as runs, reads
    the first `rows` rows of each and runs the spec's transform over them: the output's
    columns with the PostgreSQL types the table would get, its rows, and the rows that would
    become failed records with their reasons. Nothing is loaded or stored. A spec that does
    not validate, or a step that cannot run on the sources' columns, is a 422 naming its path
    (`spec.transform[3]`).

    Args:
        body (DryRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRun | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DryRunRequest,
) -> DryRun | ErrorBody | None:
    """Try a transform on the first rows of its sources (member or admin)

     Fetches the beginning of each source (at most 1 MiB) under the same rules as runs, reads
    the first `rows` rows of each and runs the spec's transform over them: the output's
    columns with the PostgreSQL types the table would get, its rows, and the rows that would
    become failed records with their reasons. Nothing is loaded or stored. A spec that does
    not validate, or a step that cannot run on the sources' columns, is a 422 naming its path
    (`spec.transform[3]`).

    Args:
        body (DryRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRun | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DryRunRequest,
) -> Response[DryRun | ErrorBody]:
    """Try a transform on the first rows of its sources (member or admin)

     Fetches the beginning of each source (at most 1 MiB) under the same rules as runs, reads
    the first `rows` rows of each and runs the spec's transform over them: the output's
    columns with the PostgreSQL types the table would get, its rows, and the rows that would
    become failed records with their reasons. Nothing is loaded or stored. A spec that does
    not validate, or a step that cannot run on the sources' columns, is a 422 naming its path
    (`spec.transform[3]`).

    Args:
        body (DryRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRun | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DryRunRequest,
) -> DryRun | ErrorBody | None:
    """Try a transform on the first rows of its sources (member or admin)

     Fetches the beginning of each source (at most 1 MiB) under the same rules as runs, reads
    the first `rows` rows of each and runs the spec's transform over them: the output's
    columns with the PostgreSQL types the table would get, its rows, and the rows that would
    become failed records with their reasons. Nothing is loaded or stored. A spec that does
    not validate, or a step that cannot run on the sources' columns, is a 422 naming its path
    (`spec.transform[3]`).

    Args:
        body (DryRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRun | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
