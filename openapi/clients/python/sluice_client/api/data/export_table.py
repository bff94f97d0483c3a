from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.export_table_format import ExportTableFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    format_: ExportTableFormat | Unset = UNSET,
    columns: str | Unset = UNSET,
    bookkeeping: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["columns"] = columns

    params["bookkeeping"] = bookkeeping

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pipelines/{id}/export".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | str]:
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
    format_: ExportTableFormat | Unset = UNSET,
    columns: str | Unset = UNSET,
    bookkeeping: bool | Unset = UNSET,
) -> Response[ErrorBody | str]:
    """Export a pipeline's table

     The whole destination table in primary-key order, streamed from PostgreSQL's `COPY` as it
    is read, so memory stays constant whatever the table's size. Any role may export. A failure
    after the first bytes cuts the response short (the transfer is not completed), so a
    truncated file is never mistaken for a whole one.

    Args:
        id (UUID):
        format_ (ExportTableFormat | Unset):
        columns (str | Unset):
        bookkeeping (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        id=id,
        format_=format_,
        columns=columns,
        bookkeeping=bookkeeping,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    format_: ExportTableFormat | Unset = UNSET,
    columns: str | Unset = UNSET,
    bookkeeping: bool | Unset = UNSET,
) -> ErrorBody | str | None:
    """Export a pipeline's table

     The whole destination table in primary-key order, streamed from PostgreSQL's `COPY` as it
    is read, so memory stays constant whatever the table's size. Any role may export. A failure
    after the first bytes cuts the response short (the transfer is not completed), so a
    truncated file is never mistaken for a whole one.

    Args:
        id (UUID):
        format_ (ExportTableFormat | Unset):
        columns (str | Unset):
        bookkeeping (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return sync_detailed(
        id=id,
        client=client,
        format_=format_,
        columns=columns,
        bookkeeping=bookkeeping,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    format_: ExportTableFormat | Unset = UNSET,
    columns: str | Unset = UNSET,
    bookkeeping: bool | Unset = UNSET,
) -> Response[ErrorBody | str]:
    """Export a pipeline's table

     The whole destination table in primary-key order, streamed from PostgreSQL's `COPY` as it
    is read, so memory stays constant whatever the table's size. Any role may export. A failure
    after the first bytes cuts the response short (the transfer is not completed), so a
    truncated file is never mistaken for a whole one.

    Args:
        id (UUID):
        format_ (ExportTableFormat | Unset):
        columns (str | Unset):
        bookkeeping (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        id=id,
        format_=format_,
        columns=columns,
        bookkeeping=bookkeeping,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    format_: ExportTableFormat | Unset = UNSET,
    columns: str | Unset = UNSET,
    bookkeeping: bool | Unset = UNSET,
) -> ErrorBody | str | None:
    """Export a pipeline's table

     The whole destination table in primary-key order, streamed from PostgreSQL's `COPY` as it
    is read, so memory stays constant whatever the table's size. Any role may export. A failure
    after the first bytes cuts the response short (the transfer is not completed), so a
    truncated file is never mistaken for a whole one.

    Args:
        id (UUID):
        format_ (ExportTableFormat | Unset):
        columns (str | Unset):
        bookkeeping (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            format_=format_,
            columns=columns,
            bookkeeping=bookkeeping,
        )
    ).parsed
