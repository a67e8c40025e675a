"""What the public HTTP server allows a connection: bounded time and size, whoever is on the other end.

- A connection that does not finish sending a request's headers (or stays idle between requests) is
  closed after ``idle_seconds`` (aiohttp's keep-alive timer, which starts with the connection).
- A request whose body does not arrive within ``read_seconds`` gets 408 and its connection is closed.
- A body larger than ``MAX_BODY`` gets 413 (Slack's and Teams' payloads are a few kilobytes).

Each refusal is one log line, rate-limited: a stranger cannot fill the log.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.typedefs import Middleware

from adapters.refusals import RefusalLog

logger = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024
MAX_LINE = 8190  # request line and each header, as aiohttp's default
MAX_HEADERS = 100

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def runner_options(idle_seconds: float) -> dict[str, Any]:
    """Keyword arguments for ``web.AppRunner``: the connection-level limits."""
    return {
        "keepalive_timeout": idle_seconds,
        "max_line_size": MAX_LINE,
        "max_field_size": MAX_LINE,
        "max_headers": MAX_HEADERS,
        "lingering_time": 1.0,
    }


def body_in_time(read_seconds: float) -> Middleware:
    """A middleware that reads every request's body, within ``read_seconds`` and ``MAX_BODY``, before its
    handler runs (the handler then reads it from memory)."""
    refusals = RefusalLog(logger)

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.body_exists:
            try:
                await asyncio.wait_for(request.read(), read_seconds)
            except TimeoutError:
                refusals.refused(
                    "HTTP: %s did not send its request body within %g s; connection closed",
                    request.remote,
                    read_seconds,
                )
                return _closing(408, "the request body did not arrive in time")
            except web.HTTPRequestEntityTooLarge:
                refusals.refused("HTTP: %s sent a request body over %d bytes; refused", request.remote, MAX_BODY)
                return _closing(413, "the request body is too large")
        return await handler(request)

    return guard


def _closing(status: int, text: str) -> web.Response:
    response = web.json_response({"error": text}, status=status)
    response.force_close()
    return response
