from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.destination_apply_request import DestinationApplyRequest
from ...models.destination_response import DestinationResponse
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    name: str,
    *,
    body: DestinationApplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/destinations/by-name/{name}".format(
            name=quote(str(name), safe=""),
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

    if response.status_code == 201:
        response_201 = DestinationResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

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
    name: str,
    *,
    client: AuthenticatedClient,
    body: DestinationApplyRequest,
) -> Response[DestinationResponse | ErrorBody]:
    """Create or update a destination by name (idempotent apply; admin)

     201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
    `created`, `updated` or `unchanged`, and an unchanged destination keeps its `updated_at`
    and its last check.

    Args:
        name (str):
        body (DestinationApplyRequest): A destination as code: the same document as `POST
            /destinations`, the name optional (it
            comes from the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestinationResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    body: DestinationApplyRequest,
) -> DestinationResponse | ErrorBody | None:
    """Create or update a destination by name (idempotent apply; admin)

     201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
    `created`, `updated` or `unchanged`, and an unchanged destination keeps its `updated_at`
    and its last check.

    Args:
        name (str):
        body (DestinationApplyRequest): A destination as code: the same document as `POST
            /destinations`, the name optional (it
            comes from the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestinationResponse | ErrorBody
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: DestinationApplyRequest,
) -> Response[DestinationResponse | ErrorBody]:
    """Create or update a destination by name (idempotent apply; admin)

     201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
    `created`, `updated` or `unchanged`, and an unchanged destination keeps its `updated_at`
    and its last check.

    Args:
        name (str):
        body (DestinationApplyRequest): A destination as code: the same document as `POST
            /destinations`, the name optional (it
            comes from the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestinationResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    body: DestinationApplyRequest,
) -> DestinationResponse | ErrorBody | None:
    """Create or update a destination by name (idempotent apply; admin)

     201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
    `created`, `updated` or `unchanged`, and an unchanged destination keeps its `updated_at`
    and its last check.

    Args:
        name (str):
        body (DestinationApplyRequest): A destination as code: the same document as `POST
            /destinations`, the name optional (it
            comes from the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestinationResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
