from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import UNSET, Response


def _get_kwargs(
    *,
    pipeline: UUID,
    email: str,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_pipeline = str(pipeline)
    params["pipeline"] = json_pipeline

    params["email"] = email

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/unsubscribe",
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

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

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
    *,
    client: AuthenticatedClient | Client,
    pipeline: UUID,
    email: str,
    token: str,
) -> Response[ErrorBody | str]:
    """Unsubscribe an address from a pipeline's e-mails (one click, RFC 8058)

     Takes the address off the pipeline's recipients; pending e-mails to it are not sent. Asking
    again, or for a pipeline that is gone, answers the same. The body, if any (a mail client
    sends `List-Unsubscribe=One-Click`), is not read.

    Args:
        pipeline (UUID):
        email (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        pipeline=pipeline,
        email=email,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    pipeline: UUID,
    email: str,
    token: str,
) -> ErrorBody | str | None:
    """Unsubscribe an address from a pipeline's e-mails (one click, RFC 8058)

     Takes the address off the pipeline's recipients; pending e-mails to it are not sent. Asking
    again, or for a pipeline that is gone, answers the same. The body, if any (a mail client
    sends `List-Unsubscribe=One-Click`), is not read.

    Args:
        pipeline (UUID):
        email (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return sync_detailed(
        client=client,
        pipeline=pipeline,
        email=email,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pipeline: UUID,
    email: str,
    token: str,
) -> Response[ErrorBody | str]:
    """Unsubscribe an address from a pipeline's e-mails (one click, RFC 8058)

     Takes the address off the pipeline's recipients; pending e-mails to it are not sent. Asking
    again, or for a pipeline that is gone, answers the same. The body, if any (a mail client
    sends `List-Unsubscribe=One-Click`), is not read.

    Args:
        pipeline (UUID):
        email (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = _get_kwargs(
        pipeline=pipeline,
        email=email,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pipeline: UUID,
    email: str,
    token: str,
) -> ErrorBody | str | None:
    """Unsubscribe an address from a pipeline's e-mails (one click, RFC 8058)

     Takes the address off the pipeline's recipients; pending e-mails to it are not sent. Asking
    again, or for a pipeline that is gone, answers the same. The body, if any (a mail client
    sends `List-Unsubscribe=One-Click`), is not read.

    Args:
        pipeline (UUID):
        email (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            pipeline=pipeline,
            email=email,
            token=token,
        )
    ).parsed
