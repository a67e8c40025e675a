"""A recording stand-in for the Slack Web API on loopback (port 0), after Bolt's own
``mock_web_api_server``: every call is kept (method, arguments, token) and answered like Slack would.
Posted messages are kept per channel (``visible``) and can be read back with ``conversations.history``
and ``conversations.replies`` (see ``history``).

Failures can be scripted per method (``fail``): a 429 with ``Retry-After``, a 500, or an ``ok: false``;
``after=True`` carries the call out first (the message is posted) and fails only the answer, and
``fault`` can also hang the answer until the caller gives up, or drop the connection, after posting.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass, field
from typing import Any, Self
from urllib.parse import parse_qsl

from aiohttp import web

from tandem.testing.slack.history import Channels

TEAM = "T0TEST"
BOT_USER = "UBOT"
BOT_ID = "BBOT"


@dataclass(frozen=True)
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    response: dict[str, Any]

    @property
    def ts(self) -> str:
        """The ``ts`` Slack gave the message this call posted."""
        return self.response["ts"]

    def __getitem__(self, key: str) -> Any:
        return self.args[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.args.get(key, default)


@dataclass
class Failure:
    status: int = 200
    error: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    after: bool = False  # carry the call out (post the message), then fail the answer
    kind: str = "answer"  # "answer" the failure; "hang": never answer; "drop": close the connection
    channel: str | None = None  # only calls to this channel (None: any)


class SlackStandin:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.users: dict[str, dict[str, Any]] = {}
        self._failures: dict[str, list[Failure]] = {}
        self.channels = Channels(BOT_USER, BOT_ID)
        self._stopping = asyncio.Event()  # lets hung answers end
        self.hang_seconds: float | None = None  # a hung answer's connection is closed after this long (None: at stop)
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.sockets: list[web.WebSocketResponse] = []  # Socket Mode connections
        self.acks: list[dict[str, Any]] = []  # what Socket Mode clients sent back
        self.gates: dict[str, asyncio.Event] = {}  # methods whose answers wait for the test
        self.held: list[str] = []  # calls waiting at a gate

    # ---- set-up ----

    def add_user(self, user_id: str, name: str, email: str | None, display_name: str | None = None) -> None:
        profile: dict[str, Any] = {"real_name": name, "display_name": display_name or ""}
        if email:
            profile["email"] = email
        self.users[user_id] = {
            "id": user_id,
            "team_id": TEAM,
            "name": name.split(" ")[0].lower(),
            "real_name": name,
            "is_bot": False,
            "profile": profile,
        }

    def fail(
        self,
        method: str,
        *,
        status: int = 200,
        error: str | None = None,
        retry_after: float | None = None,
        times: int = 1,
        after: bool = False,
        channel: str | None = None,
    ) -> None:
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        failures = self._failures.setdefault(method, [])
        failures.extend(Failure(status, error, headers, after, channel=channel) for _ in range(times))

    def fault(self, method: str, kind: str, times: int = 1, channel: str | None = None) -> None:
        """After carrying the call out: ``hang`` (no answer until the caller gives up) or ``drop`` the connection."""
        assert kind in ("hang", "drop"), kind
        self._failures.setdefault(method, []).extend(
            Failure(after=True, kind=kind, channel=channel) for _ in range(times)
        )

    def recover(self, method: str) -> None:
        """Forget the scripted failures of ``method`` that have not happened yet."""
        self._failures.pop(method, None)

    def hold(self, method: str) -> asyncio.Event:
        """Keep calls to ``method`` waiting until the returned event is set."""
        self.gates[method] = asyncio.Event()
        return self.gates[method]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    async def start(self) -> Self:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._handle)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        self._stopping.set()
        for ws in self.sockets:
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # ---- what was called ----

    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def posts(self, channel: str | None = None) -> list[Call]:
        return [c for c in self.of("chat.postMessage") if channel is None or c["channel"] == channel]

    def texts(self, channel: str | None = None, thread: str | None = None) -> list[str]:
        return [c["text"] for c in self.posts(channel) if thread is None or c.get("thread_ts") == thread]

    def visible(self, channel: str, thread: str | None = None) -> list[str]:
        """The texts a person sees in the channel (or in one thread), failed attempts that posted included."""
        return [m["text"] for m in self.channels.visible(channel, thread)]

    async def push(self, envelope: dict[str, Any]) -> None:
        """Send a Socket Mode envelope down the newest connection."""
        await self.sockets[-1].send_json(envelope)

    # ---- serving ----

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_json(
            {"type": "hello", "num_connections": len(self.sockets), "connection_info": {"app_id": "A0TANDEM"}}
        )
        async for message in ws:
            if message.type == web.WSMsgType.TEXT:
                self.acks.append(json.loads(message.data))
        return ws

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        body = await request.read()
        if body:
            if request.content_type == "application/json":
                args.update(json.loads(body))
            else:
                args.update(parse_qsl(body.decode()))
        if isinstance(args.get("blocks"), str):
            args["blocks"] = json.loads(args["blocks"])
        token = request.headers.get("Authorization", "").removeprefix("Bearer ") or None
        gate = self.gates.get(method)
        if gate is not None and not gate.is_set():
            self.held.append(method)
            await gate.wait()
        queued = self._failures.get(method) or []
        failure = next((f for f in queued if f.channel in (None, args.get("channel"))), None)
        if failure is not None:
            queued.remove(failure)
        if failure is None or failure.after:
            answer = self._answer(method, args)
            self.calls.append(Call(method, args, token, answer))
            if failure is None:
                return web.json_response(answer)
        if failure.kind == "hang":
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.hang_seconds)
        if failure.kind != "answer":
            assert request.transport is not None
            request.transport.abort()
            return web.Response()
        answer = {"ok": False, "error": failure.error or ("ratelimited" if failure.status == 429 else "internal_error")}
        if not failure.after:
            self.calls.append(Call(method, args, token, answer))
        return web.json_response(answer, status=failure.status or 500, headers=failure.headers)

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://tandem-test.slack.com/",
                "team": "Tandem Test",
                "user": "tandem",
                "team_id": TEAM,
                "user_id": BOT_USER,
                "bot_id": BOT_ID,
            }
        if method == "users.info":
            user = self.users.get(args.get("user", ""))
            return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}
        if method == "chat.postMessage":
            message = self.channels.post(args)
            return {"ok": True, "channel": args["channel"], "ts": message["ts"], "message": message}
        if method == "chat.update":
            self.channels.update(args)  # unlike Slack, a message it never posted is fine: tests update made-up cards
            return {"ok": True, "channel": args["channel"], "ts": args["ts"], "text": args.get("text", "")}
        if method == "conversations.history":
            return self.channels.history(args)
        if method == "conversations.replies":
            return self.channels.replies(args)
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self.next_ts()}
        if method == "reactions.add":
            return {"ok": True}
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"}
        return {"ok": False, "error": "unknown_method"}

    def next_ts(self) -> str:
        return self.channels.next_ts()
