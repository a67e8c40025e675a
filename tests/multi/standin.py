"""The Slack Web API stand-in, with two more ways to misbehave that several instances need tested:

- ``swallow(method, channel)``: the next such call is read and then never answered, as if Slack never
  got it; the caller hangs until it gives up or dies. A process killed while it waits leaves nothing.
- ``hold_channel(channel)``: ``chat.postMessage`` calls to one channel wait until the test lets them
  go, while every other channel is answered at once.

It also serves the bundled demo orders as an order API (``orders_url``), which can be swallowed too.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from tandem.testing.slack.standin import Call, SlackStandin

DEMO_ORDERS = Path(__file__).resolve().parents[2] / "bot" / "data" / "demo_orders.json"


class ClusterStandin(SlackStandin):
    def __init__(self) -> None:
        super().__init__()
        self._swallow: list[tuple[str, str | None]] = []  # (method, channel or None for any)
        self.swallowed: list[tuple[str, dict[str, Any]]] = []  # (method, arguments) never answered
        self._channel_gates: dict[str, asyncio.Event] = {}
        self.held_channels: list[str] = []
        self._hung: asyncio.Event = asyncio.Event()  # set at stop: lets swallowed calls end

    def swallow(self, method: str, channel: str | None = None, times: int = 1) -> None:
        self._swallow.extend([(method, channel)] * times)

    @property
    def orders_url(self) -> str:
        """An order API (``GET ?email=``) answering the bundled demo orders; swallow it with "orders"."""
        return f"{self.url}orders"

    def hold_channel(self, channel: str) -> asyncio.Event:
        self._channel_gates[channel] = asyncio.Event()
        return self._channel_gates[channel]

    def replies(self, channel: str) -> list[str]:
        """What reached ``channel`` in order: posted messages and ephemeral ones."""
        posting = ("chat.postMessage", "chat.postEphemeral")
        return [c["text"] for c in self.calls if c.method in posting and c.get("channel") == channel]

    async def stop(self) -> None:
        self._hung.set()
        await super().stop()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await _arguments(request)
        trap = next((t for t in self._swallow if t[0] == method and t[1] in (None, args.get("channel"))), None)
        if trap is not None:
            self._swallow.remove(trap)
            self.swallowed.append((method, args))
            await self._hung.wait()
            return web.json_response({"ok": False, "error": "request_timeout"}, status=504)
        if method == "orders":
            self.calls.append(Call(method, args, None, {"ok": True}))
            return web.Response(body=DEMO_ORDERS.read_bytes(), content_type="application/json")
        if method == "chat.postMessage" and self._channel_gates:
            gate = self._channel_gates.get(str(args.get("channel")))
            if gate is not None and not gate.is_set():
                self.held_channels.append(str(args.get("channel")))
                await gate.wait()
        return await super()._handle(request)


async def _arguments(request: web.Request) -> dict[str, Any]:
    """The call's arguments, leaving the body readable for the stand-in's own handler (aiohttp caches it)."""
    args: dict[str, Any] = dict(request.query)
    body = await request.read()
    if body:
        if request.content_type == "application/json":
            args.update(json.loads(body))
        else:
            args.update(parse_qsl(body.decode()))
    return args
