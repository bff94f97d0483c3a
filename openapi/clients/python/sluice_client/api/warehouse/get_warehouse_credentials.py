from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.warehouse_connection import WarehouseConnection
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/warehouse/credentials",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | WarehouseConnection | None:
    if response.status_code == 200:
        response_200 = WarehouseConnection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | WarehouseConnection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | WarehouseConnection]:
    """How BI tools connect (admin)

     Whether the tenant's read-only PostgreSQL role exists, and the host, port, database, schema
    and user to connect with, with a `psql` command and a JDBC URL. The password is never shown
    again: rotate it with `POST` when it is lost.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WarehouseConnection]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorBody | WarehouseConnection | None:
    """How BI tools connect (admin)

     Whether the tenant's read-only PostgreSQL role exists, and the host, port, database, schema
    and user to connect with, with a `psql` command and a JDBC URL. The password is never shown
    again: rotate it with `POST` when it is lost.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WarehouseConnection
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | WarehouseConnection]:
    """How BI tools connect (admin)

     Whether the tenant's read-only PostgreSQL role exists, and the host, port, database, schema
    and user to connect with, with a `psql` command and a JDBC URL. The password is never shown
    again: rotate it with `POST` when it is lost.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WarehouseConnection]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorBody | WarehouseConnection | None:
    """How BI tools connect (admin)

     Whether the tenant's read-only PostgreSQL role exists, and the host, port, database, schema
    and user to connect with, with a `psql` command and a JDBC URL. The password is never shown
    again: rotate it with `POST` when it is lost.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WarehouseConnection
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
