from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_pipeline import DeletedPipeline
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    drop_table: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["drop_table"] = drop_table

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/pipelines/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedPipeline | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DeletedPipeline.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeletedPipeline | ErrorBody]:
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
    drop_table: bool | Unset = UNSET,
) -> Response[DeletedPipeline | ErrorBody]:
    """Delete a pipeline (member or admin)

     Its runs, failed records and deliveries go with it. The destination table and its rows stay
    unless `drop_table=true`, which drops it in the same transaction (409 `table_busy`, nothing
    deleted, when a run holds the table for more than 5 s).

    Args:
        id (UUID):
        drop_table (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedPipeline | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        drop_table=drop_table,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    drop_table: bool | Unset = UNSET,
) -> DeletedPipeline | ErrorBody | None:
    """Delete a pipeline (member or admin)

     Its runs, failed records and deliveries go with it. The destination table and its rows stay
    unless `drop_table=true`, which drops it in the same transaction (409 `table_busy`, nothing
    deleted, when a run holds the table for more than 5 s).

    Args:
        id (UUID):
        drop_table (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedPipeline | ErrorBody
    """

    return sync_detailed(
        id=id,
        client=client,
        drop_table=drop_table,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    drop_table: bool | Unset = UNSET,
) -> Response[DeletedPipeline | ErrorBody]:
    """Delete a pipeline (member or admin)

     Its runs, failed records and deliveries go with it. The destination table and its rows stay
    unless `drop_table=true`, which drops it in the same transaction (409 `table_busy`, nothing
    deleted, when a run holds the table for more than 5 s).

    Args:
        id (UUID):
        drop_table (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedPipeline | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        drop_table=drop_table,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    drop_table: bool | Unset = UNSET,
) -> DeletedPipeline | ErrorBody | None:
    """Delete a pipeline (member or admin)

     Its runs, failed records and deliveries go with it. The destination table and its rows stay
    unless `drop_table=true`, which drops it in the same transaction (409 `table_busy`, nothing
    deleted, when a run holds the table for more than 5 s).

    Args:
        id (UUID):
        drop_table (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedPipeline | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            drop_table=drop_table,
        )
    ).parsed
