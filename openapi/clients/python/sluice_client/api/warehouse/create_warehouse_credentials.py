from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.warehouse_credentials import WarehouseCredentials
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/warehouse/credentials",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | WarehouseCredentials | None:
    if response.status_code == 200:
        response_200 = WarehouseCredentials.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = WarehouseCredentials.from_dict(response.json())

        return response_201

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
) -> Response[ErrorBody | WarehouseCredentials]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | WarehouseCredentials]:
    """Create read-only SQL credentials, or rotate their password (admin)

     Creates the tenant's PostgreSQL login role, which may only `SELECT` from the tenant's schema
    (tables loaded later included), with `warehouse.connection_limit` sessions at most and
    `warehouse.statement_timeout_ms` per statement; 201. When it exists, gives it a new password
    (the old one stops working) and re-applies the limits; 200. The password is in this answer
    only: Sluice sends PostgreSQL its SCRAM-SHA-256 verifier and keeps nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WarehouseCredentials]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorBody | WarehouseCredentials | None:
    """Create read-only SQL credentials, or rotate their password (admin)

     Creates the tenant's PostgreSQL login role, which may only `SELECT` from the tenant's schema
    (tables loaded later included), with `warehouse.connection_limit` sessions at most and
    `warehouse.statement_timeout_ms` per statement; 201. When it exists, gives it a new password
    (the old one stops working) and re-applies the limits; 200. The password is in this answer
    only: Sluice sends PostgreSQL its SCRAM-SHA-256 verifier and keeps nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WarehouseCredentials
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | WarehouseCredentials]:
    """Create read-only SQL credentials, or rotate their password (admin)

     Creates the tenant's PostgreSQL login role, which may only `SELECT` from the tenant's schema
    (tables loaded later included), with `warehouse.connection_limit` sessions at most and
    `warehouse.statement_timeout_ms` per statement; 201. When it exists, gives it a new password
    (the old one stops working) and re-applies the limits; 200. The password is in this answer
    only: Sluice sends PostgreSQL its SCRAM-SHA-256 verifier and keeps nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WarehouseCredentials]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorBody | WarehouseCredentials | None:
    """Create read-only SQL credentials, or rotate their password (admin)

     Creates the tenant's PostgreSQL login role, which may only `SELECT` from the tenant's schema
    (tables loaded later included), with `warehouse.connection_limit` sessions at most and
    `warehouse.statement_timeout_ms` per statement; 201. When it exists, gives it a new password
    (the old one stops working) and re-applies the limits; 200. The password is in this answer
    only: Sluice sends PostgreSQL its SCRAM-SHA-256 verifier and keeps nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WarehouseCredentials
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
