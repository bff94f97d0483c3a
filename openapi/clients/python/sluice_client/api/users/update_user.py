from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.update_user_request import UpdateUserRequest
from ...models.update_user_response import UpdateUserResponse
from ...types import Response


def _get_kwargs(
    id: UUID,
    *,
    body: UpdateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/users/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | UpdateUserResponse | None:
    if response.status_code == 200:
        response_200 = UpdateUserResponse.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorBody.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorBody.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | UpdateUserResponse]:
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
    body: UpdateUserRequest,
) -> Response[ErrorBody | UpdateUserResponse]:
    """Change a user's role or password

     An admin may change any user of the tenant; any user may change their own password, giving
    `current_password` (422 without it, 403 `wrong_password` when it does not match). A
    password change ends every session of that user: access tokens issued before it and all
    their API tokens stop working at once. When the caller changed their own password with an
    access token, `session` holds a fresh one. The last admin cannot be demoted
    (409 `last_admin`).

    Args:
        id (UUID):
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UpdateUserResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> ErrorBody | UpdateUserResponse | None:
    """Change a user's role or password

     An admin may change any user of the tenant; any user may change their own password, giving
    `current_password` (422 without it, 403 `wrong_password` when it does not match). A
    password change ends every session of that user: access tokens issued before it and all
    their API tokens stop working at once. When the caller changed their own password with an
    access token, `session` holds a fresh one. The last admin cannot be demoted
    (409 `last_admin`).

    Args:
        id (UUID):
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UpdateUserResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> Response[ErrorBody | UpdateUserResponse]:
    """Change a user's role or password

     An admin may change any user of the tenant; any user may change their own password, giving
    `current_password` (422 without it, 403 `wrong_password` when it does not match). A
    password change ends every session of that user: access tokens issued before it and all
    their API tokens stop working at once. When the caller changed their own password with an
    access token, `session` holds a fresh one. The last admin cannot be demoted
    (409 `last_admin`).

    Args:
        id (UUID):
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UpdateUserResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> ErrorBody | UpdateUserResponse | None:
    """Change a user's role or password

     An admin may change any user of the tenant; any user may change their own password, giving
    `current_password` (422 without it, 403 `wrong_password` when it does not match). A
    password change ends every session of that user: access tokens issued before it and all
    their API tokens stop working at once. When the caller changed their own password with an
    access token, `session` holds a fresh one. The last admin cannot be demoted
    (409 `last_admin`).

    Args:
        id (UUID):
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UpdateUserResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
