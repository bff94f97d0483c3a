from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.destination_request import DestinationRequest
from ...models.destination_response import DestinationResponse
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: DestinationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/destinations/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DestinationResponse | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DestinationResponse.from_dict(response.json())

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
) -> Response[DestinationResponse | ErrorBody]:
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
    body: DestinationRequest,
) -> Response[DestinationResponse | ErrorBody]:
    """Replace a destination (admin)

     `password`: omit to keep the stored one, `null` to remove it, a string to replace it. A
    change to the connection details clears the last check, which was about the old ones. A
    destination that pipelines load into keeps its name (409 `destination_in_use`).

    Args:
        id (UUID):
        body (DestinationRequest): The body of `POST /destinations` and `PUT /destinations/{id}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestinationResponse | ErrorBody]
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
    body: DestinationRequest,
) -> DestinationResponse | ErrorBody | None:
    """Replace a destination (admin)

     `password`: omit to keep the stored one, `null` to remove it, a string to replace it. A
    change to the connection details clears the last check, which was about the old ones. A
    destination that pipelines load into keeps its name (409 `destination_in_use`).

    Args:
        id (UUID):
        body (DestinationRequest): The body of `POST /destinations` and `PUT /destinations/{id}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestinationResponse | ErrorBody
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
    body: DestinationRequest,
) -> Response[DestinationResponse | ErrorBody]:
    """Replace a destination (admin)

     `password`: omit to keep the stored one, `null` to remove it, a string to replace it. A
    change to the connection details clears the last check, which was about the old ones. A
    destination that pipelines load into keeps its name (409 `destination_in_use`).

    Args:
        id (UUID):
        body (DestinationRequest): The body of `POST /destinations` and `PUT /destinations/{id}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestinationResponse | ErrorBody]
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
    body: DestinationRequest,
) -> DestinationResponse | ErrorBody | None:
    """Replace a destination (admin)

     `password`: omit to keep the stored one, `null` to remove it, a string to replace it. A
    change to the connection details clears the last check, which was about the old ones. A
    destination that pipelines load into keeps its name (409 `destination_in_use`).

    Args:
        id (UUID):
        body (DestinationRequest): The body of `POST /destinations` and `PUT /destinations/{id}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestinationResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
