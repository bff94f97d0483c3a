from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.warehouse_credentials import WarehouseCredentials
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/destinations/{id}/credentials".format(
            id=quote(str(id), safe=""),
        ),
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

    if response.status_code == 502:
        response_502 = ErrorBody.from_dict(response.json())

        return response_502

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
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | WarehouseCredentials]:
    """Create read-only SQL credentials on a destination, or rotate their password (admin)

     Creates, on the destination's server, a login role that may only `SELECT` from the
    destination's schema (tables loaded later included: the destination's user grants them by
    default), read-only, with `warehouse.connection_limit` sessions and
    `warehouse.statement_timeout_ms` per statement; 201. When it exists, gives it a new password
    (the old one stops working) and re-applies the limits; 200. The role is
    `sluice_<destination id>_reader`. The password is in this answer only: Sluice sends the
    server its SCRAM-SHA-256 verifier and keeps nothing.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WarehouseCredentials]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | WarehouseCredentials | None:
    """Create read-only SQL credentials on a destination, or rotate their password (admin)

     Creates, on the destination's server, a login role that may only `SELECT` from the
    destination's schema (tables loaded later included: the destination's user grants them by
    default), read-only, with `warehouse.connection_limit` sessions and
    `warehouse.statement_timeout_ms` per statement; 201. When it exists, gives it a new password
    (the old one stops working) and re-applies the limits; 200. The role is
    `sluice_<destination id>_reader`. The password is in this answer only: Sluice sends the
    server its SCRAM-SHA-256 verifier and keeps nothing.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WarehouseCredentials
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | WarehouseCredentials]:
    """Create read-only SQL credentials on a destination, or rotate their password (admin)

     Creates, on the destination's server, a login role that may only `SELECT` from the
    destination's schema (tables loaded later included: the destination's user grants them by
    default), read-only, with `warehouse.connection_limit` sessions and
    `warehouse.statement_timeout_ms` per statement; 201. When it exists, gives it a new password
    (the old one stops working) and re-applies the limits; 200. The role is
    `sluice_<destination id>_reader`. The password is in this answer only: Sluice sends the
    server its SCRAM-SHA-256 verifier and keeps nothing.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WarehouseCredentials]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | WarehouseCredentials | None:
    """Create read-only SQL credentials on a destination, or rotate their password (admin)

     Creates, on the destination's server, a login role that may only `SELECT` from the
    destination's schema (tables loaded later included: the destination's user grants them by
    default), read-only, with `warehouse.connection_limit` sessions and
    `warehouse.statement_timeout_ms` per statement; 201. When it exists, gives it a new password
    (the old one stops working) and re-applies the limits; 200. The role is
    `sluice_<destination id>_reader`. The password is in this answer only: Sluice sends the
    server its SCRAM-SHA-256 verifier and keeps nothing.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WarehouseCredentials
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
