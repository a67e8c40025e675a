"""Signed requests into ``/slack/events``, as Slack sends them (Events API callbacks and button clicks)."""

from __future__ import annotations

from typing import Any

import aiohttp

from tandem.testing.slack.payloads import SECRET, action_request, event_callback, event_request


class SlackClient:
    """Sends signed requests to ``/slack/events``, as Slack would."""

    def __init__(self, base_url: str, secret: str = SECRET) -> None:
        self.url = base_url.rstrip("/") + "/slack/events"
        self.secret = secret
        self.session = aiohttp.ClientSession()

    async def event(
        self, event: dict[str, Any], event_id: str | None = None, retry: int | None = None, **kw: Any
    ) -> aiohttp.ClientResponse:
        return await self.send_event(event_callback(event, event_id), retry=retry, **kw)

    async def send_event(
        self, payload: dict[str, Any], retry: int | None = None, timestamp: int | None = None, secret: str | None = None
    ) -> aiohttp.ClientResponse:
        body, headers = event_request(payload, secret or self.secret, timestamp)
        if retry:
            headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
        return await self._post(body, headers)

    async def action(
        self, payload: dict[str, Any], timestamp: int | None = None, secret: str | None = None
    ) -> aiohttp.ClientResponse:
        body, headers = action_request(payload, secret or self.secret, timestamp)
        return await self._post(body, headers)

    async def raw(self, body: str, headers: dict[str, str]) -> aiohttp.ClientResponse:
        return await self._post(body, headers)

    async def _post(self, body: str, headers: dict[str, str]) -> aiohttp.ClientResponse:
        async with self.session.post(self.url, data=body.encode(), headers=headers) as response:
            await response.read()
            return response

    async def close(self) -> None:
        await self.session.close()
