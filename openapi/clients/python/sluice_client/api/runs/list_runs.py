from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.run_page import RunPage
from ...models.run_status import RunStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    status: RunStatus | Unset = UNSET,
    limit: int | Unset = 50,
    after: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = str(after)
    params["after"] = json_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pipelines/{id}/runs".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | RunPage | None:
    if response.status_code == 200:
        response_200 = RunPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | RunPage]:
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
    status: RunStatus | Unset = UNSET,
    limit: int | Unset = 50,
    after: UUID | Unset = UNSET,
) -> Response[ErrorBody | RunPage]:
    """List a pipeline's runs, newest first

     `after` continues from a page's `next_cursor` (older runs).

    Args:
        id (UUID):
        status (RunStatus | Unset):
        limit (int | Unset):  Default: 50.
        after (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RunPage]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        limit=limit,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    status: RunStatus | Unset = UNSET,
    limit: int | Unset = 50,
    after: UUID | Unset = UNSET,
) -> ErrorBody | RunPage | None:
    """List a pipeline's runs, newest first

     `after` continues from a page's `next_cursor` (older runs).

    Args:
        id (UUID):
        status (RunStatus | Unset):
        limit (int | Unset):  Default: 50.
        after (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RunPage
    """

    return sync_detailed(
        id=id,
        client=client,
        status=status,
        limit=limit,
        after=after,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    status: RunStatus | Unset = UNSET,
    limit: int | Unset = 50,
    after: UUID | Unset = UNSET,
) -> Response[ErrorBody | RunPage]:
    """List a pipeline's runs, newest first

     `after` continues from a page's `next_cursor` (older runs).

    Args:
        id (UUID):
        status (RunStatus | Unset):
        limit (int | Unset):  Default: 50.
        after (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RunPage]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        limit=limit,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    status: RunStatus | Unset = UNSET,
    limit: int | Unset = 50,
    after: UUID | Unset = UNSET,
) -> ErrorBody | RunPage | None:
    """List a pipeline's runs, newest first

     `after` continues from a page's `next_cursor` (older runs).

    Args:
        id (UUID):
        status (RunStatus | Unset):
        limit (int | Unset):  Default: 50.
        after (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RunPage
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            status=status,
            limit=limit,
            after=after,
        )
    ).parsed
