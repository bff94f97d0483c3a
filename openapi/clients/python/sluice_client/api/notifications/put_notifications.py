from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.notifications_request import NotificationsRequest
from ...models.notifications_response import NotificationsResponse
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: NotificationsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/pipelines/{id}/notifications".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | NotificationsResponse | None:
    if response.status_code == 200:
        response_200 = NotificationsResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

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
) -> Response[ErrorBody | NotificationsResponse]:
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
    body: NotificationsRequest,
) -> Response[ErrorBody | NotificationsResponse]:
    """Replace a pipeline's notification settings (member or admin)

     A webhook given without a secret keeps the one it has (same URL), or gets a new one, which
    this answer shows once. Addresses that are not public are refused unless the operator
    allow-listed them (`extract.allow_hosts`).

    Args:
        id (UUID):
        body (NotificationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationsResponse]
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
    body: NotificationsRequest,
) -> ErrorBody | NotificationsResponse | None:
    """Replace a pipeline's notification settings (member or admin)

     A webhook given without a secret keeps the one it has (same URL), or gets a new one, which
    this answer shows once. Addresses that are not public are refused unless the operator
    allow-listed them (`extract.allow_hosts`).

    Args:
        id (UUID):
        body (NotificationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationsResponse
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
    body: NotificationsRequest,
) -> Response[ErrorBody | NotificationsResponse]:
    """Replace a pipeline's notification settings (member or admin)

     A webhook given without a secret keeps the one it has (same URL), or gets a new one, which
    this answer shows once. Addresses that are not public are refused unless the operator
    allow-listed them (`extract.allow_hosts`).

    Args:
        id (UUID):
        body (NotificationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationsResponse]
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
    body: NotificationsRequest,
) -> ErrorBody | NotificationsResponse | None:
    """Replace a pipeline's notification settings (member or admin)

     A webhook given without a secret keeps the one it has (same URL), or gets a new one, which
    this answer shows once. Addresses that are not public are refused unless the operator
    allow-listed them (`extract.allow_hosts`).

    Args:
        id (UUID):
        body (NotificationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
