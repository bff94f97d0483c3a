from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.source_apply_request import SourceApplyRequest
from ...models.source_response import SourceResponse
from ...types import Response


def _get_kwargs(
    name: str,
    *,
    body: SourceApplyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/sources/by-name/{name}".format(
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SourceResponse | None:
    if response.status_code == 200:
        response_200 = SourceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SourceResponse.from_dict(response.json())

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
) -> Response[ErrorBody | SourceResponse]:
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
    body: SourceApplyRequest,
) -> Response[ErrorBody | SourceResponse]:
    """Create or update a source by name (idempotent apply; member or admin)

     201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
    `created`, `updated` or `unchanged`, and an unchanged source keeps its `updated_at`. Like
    `PUT /sources/{id}`, the URL is checked against the server's rules but not fetched. A
    script or a deployment can run it every time: the result is the same wherever it runs.

    Args:
        name (str):
        body (SourceApplyRequest): A source as code: the same document as `POST /sources`, the
            name optional (it comes from
            the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SourceResponse]
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
    body: SourceApplyRequest,
) -> ErrorBody | SourceResponse | None:
    """Create or update a source by name (idempotent apply; member or admin)

     201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
    `created`, `updated` or `unchanged`, and an unchanged source keeps its `updated_at`. Like
    `PUT /sources/{id}`, the URL is checked against the server's rules but not fetched. A
    script or a deployment can run it every time: the result is the same wherever it runs.

    Args:
        name (str):
        body (SourceApplyRequest): A source as code: the same document as `POST /sources`, the
            name optional (it comes from
            the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SourceResponse
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
    body: SourceApplyRequest,
) -> Response[ErrorBody | SourceResponse]:
    """Create or update a source by name (idempotent apply; member or admin)

     201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
    `created`, `updated` or `unchanged`, and an unchanged source keeps its `updated_at`. Like
    `PUT /sources/{id}`, the URL is checked against the server's rules but not fetched. A
    script or a deployment can run it every time: the result is the same wherever it runs.

    Args:
        name (str):
        body (SourceApplyRequest): A source as code: the same document as `POST /sources`, the
            name optional (it comes from
            the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SourceResponse]
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
    body: SourceApplyRequest,
) -> ErrorBody | SourceResponse | None:
    """Create or update a source by name (idempotent apply; member or admin)

     201 when created, 200 when updated or already identical; the `Sluice-Apply` header says
    `created`, `updated` or `unchanged`, and an unchanged source keeps its `updated_at`. Like
    `PUT /sources/{id}`, the URL is checked against the server's rules but not fetched. A
    script or a deployment can run it every time: the result is the same wherever it runs.

    Args:
        name (str):
        body (SourceApplyRequest): A source as code: the same document as `POST /sources`, the
            name optional (it comes from
            the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SourceResponse
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
