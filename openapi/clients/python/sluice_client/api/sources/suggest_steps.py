from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.suggestion import Suggestion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    frame: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["frame"] = frame

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sources/{id}/suggest".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | Suggestion | None:
    if response.status_code == 200:
        response_200 = Suggestion.from_dict(response.json())

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
) -> Response[ErrorBody | Suggestion]:
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
    frame: str | Unset = UNSET,
) -> Response[ErrorBody | Suggestion]:
    """Suggest transform steps from a source's preview

     Previews the source as `GET /sources/{id}/preview` does and returns the steps that make its
    columns land typed: a `rename` of the column names a table cannot have, a `parse_date` per
    date column (with the format found), a `cast` of the integer, float, boolean and date-time
    columns. Inference already reads ISO dates and those columns typed (their steps are then
    no-ops that keep the types whatever later files hold, and with `infer_types: false`).
    Nothing is stored: put the steps in a pipeline's `transform`.

    Args:
        id (UUID):
        frame (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Suggestion]
    """

    kwargs = _get_kwargs(
        id=id,
        frame=frame,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    frame: str | Unset = UNSET,
) -> ErrorBody | Suggestion | None:
    """Suggest transform steps from a source's preview

     Previews the source as `GET /sources/{id}/preview` does and returns the steps that make its
    columns land typed: a `rename` of the column names a table cannot have, a `parse_date` per
    date column (with the format found), a `cast` of the integer, float, boolean and date-time
    columns. Inference already reads ISO dates and those columns typed (their steps are then
    no-ops that keep the types whatever later files hold, and with `infer_types: false`).
    Nothing is stored: put the steps in a pipeline's `transform`.

    Args:
        id (UUID):
        frame (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Suggestion
    """

    return sync_detailed(
        id=id,
        client=client,
        frame=frame,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    frame: str | Unset = UNSET,
) -> Response[ErrorBody | Suggestion]:
    """Suggest transform steps from a source's preview

     Previews the source as `GET /sources/{id}/preview` does and returns the steps that make its
    columns land typed: a `rename` of the column names a table cannot have, a `parse_date` per
    date column (with the format found), a `cast` of the integer, float, boolean and date-time
    columns. Inference already reads ISO dates and those columns typed (their steps are then
    no-ops that keep the types whatever later files hold, and with `infer_types: false`).
    Nothing is stored: put the steps in a pipeline's `transform`.

    Args:
        id (UUID):
        frame (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Suggestion]
    """

    kwargs = _get_kwargs(
        id=id,
        frame=frame,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    frame: str | Unset = UNSET,
) -> ErrorBody | Suggestion | None:
    """Suggest transform steps from a source's preview

     Previews the source as `GET /sources/{id}/preview` does and returns the steps that make its
    columns land typed: a `rename` of the column names a table cannot have, a `parse_date` per
    date column (with the format found), a `cast` of the integer, float, boolean and date-time
    columns. Inference already reads ISO dates and those columns typed (their steps are then
    no-ops that keep the types whatever later files hold, and with `infer_types: false`).
    Nothing is stored: put the steps in a pipeline's `transform`.

    Args:
        id (UUID):
        frame (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Suggestion
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            frame=frame,
        )
    ).parsed
