"""Slack Socket Mode: the same Bolt app, fed over a WebSocket instead of HTTP (no public URL needed).

Every envelope is acknowledged with its ``envelope_id`` once Bolt has run (so once the item is
persisted); a failure to persist leaves it unacknowledged and Slack delivers it again. Slack refreshes
connections every few hours (a ``disconnect`` message first) and the SDK reconnects; ``health()``
shows the connection and how many times it was (re)established.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

logger = logging.getLogger(__name__)


class SlackSocket:
    def __init__(self, app: AsyncApp, app_token: str, client: AsyncWebClient) -> None:
        self.app = app
        self.app_token = app_token
        self.web_client = client
        self.handler: AsyncSocketModeHandler | None = None
        self.sessions = 0  # "hello" messages: connections Slack accepted

    def open(self) -> AsyncSocketModeHandler:
        """Build the handler (it needs the running loop), without connecting."""
        self.handler = AsyncSocketModeHandler(self.app, app_token=self.app_token, web_client=self.web_client)
        self.handler.client.message_listeners.append(self._watch)
        return self.handler

    async def start(self) -> None:
        handler = self.handler or self.open()
        await handler.connect_async()

    async def stop(self) -> None:
        if self.handler is not None:
            await self.handler.close_async()
            self.handler = None

    async def _watch(self, client: Any, message: dict, raw: str | None) -> None:
        if message.get("type") == "hello":
            self.sessions += 1
            if self.sessions > 1:
                logger.info("Slack Socket Mode reconnected (connection %d)", self.sessions)
            else:
                logger.info("Slack Socket Mode connected")

    @property
    def connected(self) -> bool:
        if self.handler is None:
            return False
        client = self.handler.client
        session = getattr(client, "current_session", None)
        return bool(session is not None and not session.closed and not client.stale and not client.closed)

    def health(self) -> dict:
        return {"connected": self.connected, "connections": self.sessions}
