from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.destination_check import DestinationCheck
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/destinations/{id}/check".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DestinationCheck | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DestinationCheck.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DestinationCheck | ErrorBody]:
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
) -> Response[DestinationCheck | ErrorBody]:
    """Check a destination (member or admin)

     Connects with the stored details under the server's address rules and reports, step by
    step, what the destination allows: the login (and whether it is encrypted), writes (not a
    standby), creating tables in the schema or the schema itself, and COPY into a table made
    there. The table is made in a transaction that is rolled back. The outcome is stored as
    the destination's `last_check`. Answers 200 either way; `ok` and `steps` say how it went.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestinationCheck | ErrorBody]
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
) -> DestinationCheck | ErrorBody | None:
    """Check a destination (member or admin)

     Connects with the stored details under the server's address rules and reports, step by
    step, what the destination allows: the login (and whether it is encrypted), writes (not a
    standby), creating tables in the schema or the schema itself, and COPY into a table made
    there. The table is made in a transaction that is rolled back. The outcome is stored as
    the destination's `last_check`. Answers 200 either way; `ok` and `steps` say how it went.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestinationCheck | ErrorBody
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[DestinationCheck | ErrorBody]:
    """Check a destination (member or admin)

     Connects with the stored details under the server's address rules and reports, step by
    step, what the destination allows: the login (and whether it is encrypted), writes (not a
    standby), creating tables in the schema or the schema itself, and COPY into a table made
    there. The table is made in a transaction that is rolled back. The outcome is stored as
    the destination's `last_check`. Answers 200 either way; `ok` and `steps` say how it went.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestinationCheck | ErrorBody]
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
) -> DestinationCheck | ErrorBody | None:
    """Check a destination (member or admin)

     Connects with the stored details under the server's address rules and reports, step by
    step, what the destination allows: the login (and whether it is encrypted), writes (not a
    standby), creating tables in the schema or the schema itself, and COPY into a table made
    there. The table is made in a transaction that is rolled back. The outcome is stored as
    the destination's `last_check`. Answers 200 either way; `ok` and `steps` say how it went.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestinationCheck | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
