"""A recording stand-in for the Slack Web API, for benchmarks: answers like Slack, notes when each
message arrived (``time.monotonic()``, comparable across processes on Linux).

Run it as its own process so it does not take the load generator's CPU:

    python -m benchmarks.standin          # prints "READY <port>"; /api/<method>, /_bench/stats, /_bench/posts
    python -m benchmarks.standin --users-info-ms 100   # users.info as slow as the real Slack's
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import re
import sys
import time
from collections import Counter
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from .slack_wire import AGENTS, BOT_ID, BOT_USER, TEAM

DEMO_EMAILS = ("ada@example.com", "grace@example.com", "alan@example.com", "mary@example.com")
_CARD_CUSTOMER = re.compile(r"Bench customer (\d+)")


def profile(user: str) -> dict[str, Any]:
    """Every user exists: ``U0000042`` is "Bench customer 0000042"; every fourth has demo orders."""
    number = int(user[1:]) if user[1:].isdigit() else 0
    email = DEMO_EMAILS[(number // 4) % len(DEMO_EMAILS)] if number % 4 == 0 else f"customer{number}@bench.example"
    name = f"Bench customer {number:07d}"
    return {"id": user, "team_id": TEAM, "name": f"c{number}", "real_name": name, "is_bot": False,
            "profile": {"real_name": name, "display_name": name, "email": email}}  # fmt: skip


class RecordingWebApi:
    """``posts``: one ``[arrived, channel, thread_ts, card_customer]`` per chat.postMessage."""

    def __init__(self, agents: str = AGENTS, users_info_delay: float = 0.0) -> None:
        self.agents = agents
        self.users_info_delay = users_info_delay  # seconds: the real Slack answers in about 0.1
        self.posts: list[list[Any]] = []
        self.methods: Counter[str] = Counter()
        self._ts = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    async def start(self, port: int = 0) -> RecordingWebApi:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_get("/_bench/stats", self._stats)
        app.router.add_get("/_bench/posts", self._posts)
        app.router.add_post("/_bench/reset", self._reset)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _api(self, request: web.Request) -> web.Response:
        arrived = time.monotonic()
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        body = await request.read()
        if body:
            args.update(json.loads(body) if request.content_type == "application/json" else parse_qsl(body.decode()))
        self.methods[method] += 1
        if method == "users.info" and self.users_info_delay:
            await asyncio.sleep(self.users_info_delay)
        return web.json_response(self._answer(method, args, arrived))

    def _answer(self, method: str, args: dict[str, Any], arrived: float) -> dict[str, Any]:
        if method == "chat.postMessage":
            channel, thread = args.get("channel", ""), args.get("thread_ts")
            card = None
            if channel == self.agents and not thread:
                found = _CARD_CUSTOMER.search(json.dumps(args.get("blocks")) + str(args.get("text", "")))
                card = int(found.group(1)) if found else -1
            self.posts.append([arrived, channel, thread, card])
            ts = f"1800000000.{next(self._ts):06d}"
            return {"ok": True, "channel": channel, "ts": ts, "message": {"ts": ts}}
        if method == "users.info":
            return {"ok": True, "user": profile(str(args.get("user", "")))}
        if method == "auth.test":
            return {
                "ok": True,
                "team": "Bench",
                "user": "tandem",
                "team_id": TEAM,
                "user_id": BOT_USER,
                "bot_id": BOT_ID,
            }
        if method in ("chat.update", "reactions.add"):
            return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts") or args.get("timestamp")}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"1800000000.{next(self._ts):06d}"}
        return {"ok": False, "error": "unknown_method"}

    async def _stats(self, request: web.Request) -> web.Response:
        return web.json_response({"posts": len(self.posts), "methods": dict(self.methods)})

    async def _posts(self, request: web.Request) -> web.Response:
        since = int(request.query.get("since", "0"))
        return web.json_response(self.posts[since:])

    async def _reset(self, request: web.Request) -> web.Response:
        self.posts.clear()
        self.methods.clear()
        return web.json_response({"ok": True})


async def serve(port: int, agents: str, users_info_delay: float = 0.0) -> None:
    api = await RecordingWebApi(agents, users_info_delay).start(port)
    print(f"READY {api.port}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await api.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="the Slack Web API stand-in for benchmarks")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--agents", default=AGENTS, help="the agents' channel id (its top-level posts are cards)")
    parser.add_argument("--users-info-ms", type=float, default=0.0, help="answer users.info this much later")
    options = parser.parse_args()
    try:
        asyncio.run(serve(options.port, options.agents, options.users_info_ms / 1000))
    except KeyboardInterrupt:
        sys.exit(0)
