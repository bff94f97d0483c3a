from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_page import DataPage
from ...models.error_body import ErrorBody
from ...models.get_data_order import GetDataOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    limit: int | Unset = 100,
    after: str | Unset = UNSET,
    columns: str | Unset = UNSET,
    order: GetDataOrder | Unset = UNSET,
    filter_: list[str] | Unset = UNSET,
    bookkeeping: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["columns"] = columns

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_filter_: list[str] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params["bookkeeping"] = bookkeeping

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pipelines/{id}/data".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DataPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DataPage.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataPage | ErrorBody]:
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
    limit: int | Unset = 100,
    after: str | Unset = UNSET,
    columns: str | Unset = UNSET,
    order: GetDataOrder | Unset = UNSET,
    filter_: list[str] | Unset = UNSET,
    bookkeeping: bool | Unset = UNSET,
) -> Response[DataPage | ErrorBody]:
    """Read a pipeline's rows

     The destination table's rows, a page at a time in primary-key order (keyset pagination: a
    page never repeats or skips a row however the table changes between pages), with a choice
    of columns and simple filters. Any role may read. 422 names the parameter that is wrong.

    Args:
        id (UUID):
        limit (int | Unset):  Default: 100.
        after (str | Unset):
        columns (str | Unset):
        order (GetDataOrder | Unset):
        filter_ (list[str] | Unset):
        bookkeeping (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        after=after,
        columns=columns,
        order=order,
        filter_=filter_,
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
    limit: int | Unset = 100,
    after: str | Unset = UNSET,
    columns: str | Unset = UNSET,
    order: GetDataOrder | Unset = UNSET,
    filter_: list[str] | Unset = UNSET,
    bookkeeping: bool | Unset = UNSET,
) -> DataPage | ErrorBody | None:
    """Read a pipeline's rows

     The destination table's rows, a page at a time in primary-key order (keyset pagination: a
    page never repeats or skips a row however the table changes between pages), with a choice
    of columns and simple filters. Any role may read. 422 names the parameter that is wrong.

    Args:
        id (UUID):
        limit (int | Unset):  Default: 100.
        after (str | Unset):
        columns (str | Unset):
        order (GetDataOrder | Unset):
        filter_ (list[str] | Unset):
        bookkeeping (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataPage | ErrorBody
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        after=after,
        columns=columns,
        order=order,
        filter_=filter_,
        bookkeeping=bookkeeping,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    after: str | Unset = UNSET,
    columns: str | Unset = UNSET,
    order: GetDataOrder | Unset = UNSET,
    filter_: list[str] | Unset = UNSET,
    bookkeeping: bool | Unset = UNSET,
) -> Response[DataPage | ErrorBody]:
    """Read a pipeline's rows

     The destination table's rows, a page at a time in primary-key order (keyset pagination: a
    page never repeats or skips a row however the table changes between pages), with a choice
    of columns and simple filters. Any role may read. 422 names the parameter that is wrong.

    Args:
        id (UUID):
        limit (int | Unset):  Default: 100.
        after (str | Unset):
        columns (str | Unset):
        order (GetDataOrder | Unset):
        filter_ (list[str] | Unset):
        bookkeeping (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        after=after,
        columns=columns,
        order=order,
        filter_=filter_,
        bookkeeping=bookkeeping,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    after: str | Unset = UNSET,
    columns: str | Unset = UNSET,
    order: GetDataOrder | Unset = UNSET,
    filter_: list[str] | Unset = UNSET,
    bookkeeping: bool | Unset = UNSET,
) -> DataPage | ErrorBody | None:
    """Read a pipeline's rows

     The destination table's rows, a page at a time in primary-key order (keyset pagination: a
    page never repeats or skips a row however the table changes between pages), with a choice
    of columns and simple filters. Any role may read. 422 names the parameter that is wrong.

    Args:
        id (UUID):
        limit (int | Unset):  Default: 100.
        after (str | Unset):
        columns (str | Unset):
        order (GetDataOrder | Unset):
        filter_ (list[str] | Unset):
        bookkeeping (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            after=after,
            columns=columns,
            order=order,
            filter_=filter_,
            bookkeeping=bookkeeping,
        )
    ).parsed
