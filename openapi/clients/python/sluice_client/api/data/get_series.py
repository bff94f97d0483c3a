from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agg import Agg
from ...models.bucket import Bucket
from ...models.error_body import ErrorBody
from ...models.series_response import SeriesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    x: str,
    y: str,
    bucket: Bucket | Unset = UNSET,
    agg: Agg | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    group: str | Unset = UNSET,
    max_points: int | Unset = 2000,
    filter_: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["x"] = x

    params["y"] = y

    json_bucket: str | Unset = UNSET
    if not isinstance(bucket, Unset):
        json_bucket = bucket.value

    params["bucket"] = json_bucket

    json_agg: str | Unset = UNSET
    if not isinstance(agg, Unset):
        json_agg = agg.value

    params["agg"] = json_agg

    params["from"] = from_

    params["to"] = to

    params["group"] = group

    params["max_points"] = max_points

    json_filter_: list[str] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pipelines/{id}/series".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SeriesResponse | None:
    if response.status_code == 200:
        response_200 = SeriesResponse.from_dict(response.json())

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
) -> Response[ErrorBody | SeriesResponse]:
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
    x: str,
    y: str,
    bucket: Bucket | Unset = UNSET,
    agg: Agg | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    group: str | Unset = UNSET,
    max_points: int | Unset = 2000,
    filter_: list[str] | Unset = UNSET,
) -> Response[ErrorBody | SeriesResponse]:
    """Chart a pipeline's data

     Aggregates the destination table in PostgreSQL into series for a chart: `y` columns over
    the time column `x`, bucketed and aggregated, optionally split by a text column, never more
    than `max_points` points. Any role may read. 422 names the parameter that is wrong.

    Args:
        id (UUID):
        x (str):
        y (str):
        bucket (Bucket | Unset): Time buckets, narrowest first: the order in which they widen.
        agg (Agg | Unset):
        from_ (str | Unset):
        to (str | Unset):
        group (str | Unset):
        max_points (int | Unset):  Default: 2000.
        filter_ (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SeriesResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x=x,
        y=y,
        bucket=bucket,
        agg=agg,
        from_=from_,
        to=to,
        group=group,
        max_points=max_points,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    x: str,
    y: str,
    bucket: Bucket | Unset = UNSET,
    agg: Agg | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    group: str | Unset = UNSET,
    max_points: int | Unset = 2000,
    filter_: list[str] | Unset = UNSET,
) -> ErrorBody | SeriesResponse | None:
    """Chart a pipeline's data

     Aggregates the destination table in PostgreSQL into series for a chart: `y` columns over
    the time column `x`, bucketed and aggregated, optionally split by a text column, never more
    than `max_points` points. Any role may read. 422 names the parameter that is wrong.

    Args:
        id (UUID):
        x (str):
        y (str):
        bucket (Bucket | Unset): Time buckets, narrowest first: the order in which they widen.
        agg (Agg | Unset):
        from_ (str | Unset):
        to (str | Unset):
        group (str | Unset):
        max_points (int | Unset):  Default: 2000.
        filter_ (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SeriesResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        x=x,
        y=y,
        bucket=bucket,
        agg=agg,
        from_=from_,
        to=to,
        group=group,
        max_points=max_points,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    x: str,
    y: str,
    bucket: Bucket | Unset = UNSET,
    agg: Agg | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    group: str | Unset = UNSET,
    max_points: int | Unset = 2000,
    filter_: list[str] | Unset = UNSET,
) -> Response[ErrorBody | SeriesResponse]:
    """Chart a pipeline's data

     Aggregates the destination table in PostgreSQL into series for a chart: `y` columns over
    the time column `x`, bucketed and aggregated, optionally split by a text column, never more
    than `max_points` points. Any role may read. 422 names the parameter that is wrong.

    Args:
        id (UUID):
        x (str):
        y (str):
        bucket (Bucket | Unset): Time buckets, narrowest first: the order in which they widen.
        agg (Agg | Unset):
        from_ (str | Unset):
        to (str | Unset):
        group (str | Unset):
        max_points (int | Unset):  Default: 2000.
        filter_ (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SeriesResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x=x,
        y=y,
        bucket=bucket,
        agg=agg,
        from_=from_,
        to=to,
        group=group,
        max_points=max_points,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    x: str,
    y: str,
    bucket: Bucket | Unset = UNSET,
    agg: Agg | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    group: str | Unset = UNSET,
    max_points: int | Unset = 2000,
    filter_: list[str] | Unset = UNSET,
) -> ErrorBody | SeriesResponse | None:
    """Chart a pipeline's data

     Aggregates the destination table in PostgreSQL into series for a chart: `y` columns over
    the time column `x`, bucketed and aggregated, optionally split by a text column, never more
    than `max_points` points. Any role may read. 422 names the parameter that is wrong.

    Args:
        id (UUID):
        x (str):
        y (str):
        bucket (Bucket | Unset): Time buckets, narrowest first: the order in which they widen.
        agg (Agg | Unset):
        from_ (str | Unset):
        to (str | Unset):
        group (str | Unset):
        max_points (int | Unset):  Default: 2000.
        filter_ (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SeriesResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x=x,
            y=y,
            bucket=bucket,
            agg=agg,
            from_=from_,
            to=to,
            group=group,
            max_points=max_points,
            filter_=filter_,
        )
    ).parsed
