from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_run_request import CreateRunRequest
from ...models.error_body import ErrorBody
from ...models.run_response import RunResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: CreateRunRequest | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pipelines/{id}/runs".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, CreateRunRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | RunResponse | None:
    if response.status_code == 202:
        response_202 = RunResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorBody.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | RunResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRunRequest | None | Unset = UNSET,
) -> Response[ErrorBody | RunResponse]:
    """Start a run of a pipeline now (member or admin)

     Answers 202 with the queued run. A pipeline runs at most once at a time: while a run is
    queued, retrying or executing, another trigger is refused with 409 `run_in_progress`
    (`details.run_id` names the run to follow). Scheduled runs are not refused: they wait.

    Args:
        id (UUID):
        body (CreateRunRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RunResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRunRequest | None | Unset = UNSET,
) -> ErrorBody | RunResponse | None:
    """Start a run of a pipeline now (member or admin)

     Answers 202 with the queued run. A pipeline runs at most once at a time: while a run is
    queued, retrying or executing, another trigger is refused with 409 `run_in_progress`
    (`details.run_id` names the run to follow). Scheduled runs are not refused: they wait.

    Args:
        id (UUID):
        body (CreateRunRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RunResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRunRequest | None | Unset = UNSET,
) -> Response[ErrorBody | RunResponse]:
    """Start a run of a pipeline now (member or admin)

     Answers 202 with the queued run. A pipeline runs at most once at a time: while a run is
    queued, retrying or executing, another trigger is refused with 409 `run_in_progress`
    (`details.run_id` names the run to follow). Scheduled runs are not refused: they wait.

    Args:
        id (UUID):
        body (CreateRunRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RunResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRunRequest | None | Unset = UNSET,
) -> ErrorBody | RunResponse | None:
    """Start a run of a pipeline now (member or admin)

     Answers 202 with the queued run. A pipeline runs at most once at a time: while a run is
    queued, retrying or executing, another trigger is refused with 409 `run_in_progress`
    (`details.run_id` names the run to follow). Scheduled runs are not refused: they wait.

    Args:
        id (UUID):
        body (CreateRunRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RunResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
