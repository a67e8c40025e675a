"""A recording stand-in for the Bot Connector REST API (what Teams' serviceUrl points at), on loopback.

It answers the calls the bot makes (send, reply, update, create conversation, get member) the way the
documentation describes, records every request, and can be told to fail the next matching calls.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from aiohttp import web

_ACTIVITIES = re.compile(r"^/v3/conversations/([^/]+)/activities(?:/([^/]+))?$")
_MEMBER = re.compile(r"^/v3/conversations/([^/]+)/members/([^/]+)$")


def _part(pattern: re.Pattern[str], path: str) -> str:
    """The id in a path the route already matched (the activity's, the member's)."""
    found = pattern.match(path)
    assert found is not None, path
    return found.group(2)


@dataclass
class Call:
    method: str
    path: str  # decoded: /v3/conversations/19:x@thread.tacv2;messageid=1/activities
    body: Any
    headers: dict[str, str]
    status: int = 0
    response: Any = None  # what the stand-in answered
    at: float = field(default_factory=time.monotonic)

    @property
    def conversation(self) -> str | None:
        match = _ACTIVITIES.match(self.path) or _MEMBER.match(self.path)
        return match.group(1) if match else None

    @property
    def kind(self) -> str:
        """create, send, reply, update, member (or other)."""
        if self.path == "/v3/conversations" and self.method == "POST":
            return "create"
        match = _ACTIVITIES.match(self.path)
        if match:
            if self.method == "PUT":
                return "update"
            return "reply" if match.group(2) else "send"
        if _MEMBER.match(self.path):
            return "member"
        return "other"

    @property
    def activity(self) -> dict:
        if self.kind == "create":
            return (self.body or {}).get("activity") or {}
        return self.body or {}

    @property
    def text(self) -> str:
        return self.activity.get("text") or ""

    @property
    def card(self) -> dict | None:
        for attachment in self.activity.get("attachments") or []:
            if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive":
                return attachment.get("content")
        return None


@dataclass
class Failure:
    kind: str | None
    status: int
    body: Any
    headers: dict[str, str]
    times: int
    conversation: str | None = None

    def matches(self, call: Call) -> bool:
        return (
            self.times > 0
            and self.kind in (None, call.kind)
            and self.conversation in (None, call.conversation)
        )


@dataclass
class BotConnectorStandIn:
    members: dict[str, dict] = field(default_factory=dict)  # user id -> TeamsChannelAccount JSON
    calls: list[Call] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    url: str = ""

    delays: dict[str, float] = field(default_factory=dict)  # kind -> seconds before answering

    def __post_init__(self) -> None:
        self._ids = itertools.count(1_700_000_000_001)
        self._runner: web.AppRunner | None = None

    async def start(self) -> BotConnectorStandIn:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}/"
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def fail(
        self,
        kind: str | None,
        status: int,
        body: Any = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
        conversation: str | None = None,
    ) -> None:
        """The next ``times`` calls of this kind (create/send/reply/update/member, None: any), into this
        conversation (None: any), answer ``status``."""
        body = body if body is not None else {"error": {"code": "ServiceError", "message": "scripted failure"}}
        self.failures.append(Failure(kind, status, body, headers or {}, times, conversation))

    def of(self, kind: str, conversation: str | None = None) -> list[Call]:
        return [c for c in self.calls if c.kind == kind and (conversation is None or c.conversation == conversation)]

    def messages(self, conversation: str) -> list[Call]:
        """Messages (not typing indicators) posted into a conversation."""
        return [
            c
            for c in self.calls
            if c.kind in ("send", "reply") and c.conversation == conversation and c.activity.get("type") == "message"
        ]

    def texts(self, conversation: str) -> list[str]:
        return [c.text for c in self.messages(conversation)]

    async def _handle(self, request: web.Request) -> web.Response:
        path = unquote(request.rel_url.raw_path)
        raw = await request.read()
        body = json.loads(raw) if raw else None
        call = Call(request.method, path, body, dict(request.headers))
        self.calls.append(call)
        if call.kind in self.delays:
            await asyncio.sleep(self.delays[call.kind])  # a slow Bot Connector (the test wants it slow)
        headers: dict[str, str] = {}
        for failure in self.failures:
            if failure.matches(call):
                failure.times -= 1
                call.status, call.response, headers = failure.status, failure.body, failure.headers
                break
        else:
            call.status, call.response = self._answer(call)
        return web.json_response(call.response, status=call.status, headers=headers)

    def _answer(self, call: Call) -> tuple[int, Any]:
        if call.kind == "create":
            return 201, self._create(call.body or {})
        if call.kind in ("send", "reply"):
            return (201 if call.kind == "send" else 200), {"id": str(next(self._ids))}
        if call.kind == "update":
            return 200, {"id": _part(_ACTIVITIES, call.path)}
        if call.kind == "member":
            found = self.members.get(_part(_MEMBER, call.path))
            if found is None:
                return 404, {"error": {"code": "MemberNotFoundInConversation", "message": "not found"}}
            return 200, found
        return 404, {"error": {"code": "BadSyntax", "message": f"unknown route {call.path}"}}

    def _create(self, parameters: dict) -> dict:
        activity_id = str(next(self._ids))
        channel = ((parameters.get("channelData") or {}).get("channel") or {}).get("id")
        if channel:
            return {"id": f"{channel};messageid={activity_id}", "activityId": activity_id}
        members = parameters.get("members") or [{}]
        return {"id": f"a:1:1-{members[0].get('id')}", "activityId": None}


def member(user_id: str, name: str, email: str) -> dict:
    """A Teams member as GET /v3/conversations/{id}/members/{id} returns it."""
    given, _, surname = name.partition(" ")
    return {
        "id": user_id,
        "name": name,
        "aadObjectId": "6b4d0c1e-5f1a-4a43-9c0e-" + f"{sum(map(ord, user_id)) % 10**12:012d}",
        "givenName": given,
        "surname": surname,
        "email": email,
        "userPrincipalName": email,
        "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
        "userRole": "user",
    }
