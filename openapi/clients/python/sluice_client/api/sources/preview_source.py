from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.preview import Preview
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    rows: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["rows"] = rows

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sources/{id}/preview".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | Preview | None:
    if response.status_code == 200:
        response_200 = Preview.from_dict(response.json())

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

    if response.status_code == 502:
        response_502 = ErrorBody.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | Preview]:
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
    rows: int | Unset = 20,
) -> Response[ErrorBody | Preview]:
    """Preview a source's first rows and inferred column types

     Reads the beginning of the source (at most 1 MiB), returns `rows` rows as text and, per
    column, the type a run reads it as (from up to 1000 rows; runs decide from every row), with
    the `parse_date` format of text columns whose values are dates in another form.

    Args:
        id (UUID):
        rows (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Preview]
    """

    kwargs = _get_kwargs(
        id=id,
        rows=rows,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    rows: int | Unset = 20,
) -> ErrorBody | Preview | None:
    """Preview a source's first rows and inferred column types

     Reads the beginning of the source (at most 1 MiB), returns `rows` rows as text and, per
    column, the type a run reads it as (from up to 1000 rows; runs decide from every row), with
    the `parse_date` format of text columns whose values are dates in another form.

    Args:
        id (UUID):
        rows (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Preview
    """

    return sync_detailed(
        id=id,
        client=client,
        rows=rows,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    rows: int | Unset = 20,
) -> Response[ErrorBody | Preview]:
    """Preview a source's first rows and inferred column types

     Reads the beginning of the source (at most 1 MiB), returns `rows` rows as text and, per
    column, the type a run reads it as (from up to 1000 rows; runs decide from every row), with
    the `parse_date` format of text columns whose values are dates in another form.

    Args:
        id (UUID):
        rows (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Preview]
    """

    kwargs = _get_kwargs(
        id=id,
        rows=rows,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    rows: int | Unset = 20,
) -> ErrorBody | Preview | None:
    """Preview a source's first rows and inferred column types

     Reads the beginning of the source (at most 1 MiB), returns `rows` rows as text and, per
    column, the type a run reads it as (from up to 1000 rows; runs decide from every row), with
    the `parse_date` format of text columns whose values are dates in another form.

    Args:
        id (UUID):
        rows (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Preview
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            rows=rows,
        )
    ).parsed
