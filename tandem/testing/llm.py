"""An OpenAI-compatible stand-in server on loopback that replays a script and records what it was sent.

    standin = StandIn([Reply(tool_calls=[("get_order", '{"order_id": "1001"}')]), Status(429), Reply("Done")])
    await standin.start()          # standin.base_url -> "http://127.0.0.1:<port>/v1"
    ...
    standin.requests[0]["messages"]  # the JSON bodies the client posted, in order

A step may be a function of the request body returning a step (a scripted "model" with a policy).
When the script runs out, ``default`` answers (a 500 unless given).
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Reply:
    content: str | None = None
    prompt_tokens: int | None = 120  # None: estimated from the request (about 4 characters a token)
    completion_tokens: int | None = 30  # None: estimated from the reply
    tool_calls: tuple[tuple[str, str], ...] | list[tuple[str, str]] = ()  # (name, raw JSON arguments)
    usage: bool = True


@dataclass(frozen=True)
class Status:
    code: int
    retry_after: float | None = None
    message: str = "scripted error"


@dataclass(frozen=True)
class Hang:
    """Never answers (until the server stops): the client's per-call timeout must cut it."""


@dataclass(frozen=True)
class Garbage:
    body: str = "<html>not json</html>"


Step = Reply | Status | Hang | Garbage | Callable[[dict], "Step"]


@dataclass
class StandIn:
    script: Iterable[Step] = ()
    default: Step | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._queue: deque[Step] = deque(self.script)
        self._ids = itertools.count(1)
        self._stopping = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    def add(self, *steps: Step) -> None:
        self._queue.extend(steps)

    @property
    def calls(self) -> int:
        return len(self.requests)

    async def start(self) -> StandIn:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._complete)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}/v1"
        return self

    async def stop(self) -> None:
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _complete(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        step: Any = self._queue.popleft() if self._queue else self.default
        while callable(step):
            step = step(body)
        if step is None:
            return web.json_response({"error": {"message": "the script ran out"}}, status=500)
        if isinstance(step, Hang):
            await self._stopping.wait()
            return web.json_response({"error": {"message": "stopping"}}, status=503)
        if isinstance(step, Garbage):
            return web.Response(text=step.body, content_type="application/json")
        if isinstance(step, Status):
            headers = {"Retry-After": str(step.retry_after)} if step.retry_after is not None else {}
            error = {"error": {"message": step.message, "type": "scripted", "code": step.code}}
            return web.json_response(error, status=step.code, headers=headers)
        return web.json_response(self._completion(body, step))

    def _completion(self, body: dict, reply: Reply) -> dict:
        message: dict[str, Any] = {"role": "assistant", "content": reply.content}
        if reply.tool_calls:
            message["tool_calls"] = [
                {"id": f"call_{next(self._ids)}", "type": "function", "function": {"name": name, "arguments": args}}
                for name, args in reply.tool_calls
            ]
        out: dict[str, Any] = {
            "id": f"chatcmpl-{next(self._ids)}",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": body.get("model", "standin"),
            "choices": [
                {"index": 0, "message": message, "finish_reason": "tool_calls" if reply.tool_calls else "stop"}
            ],
        }
        if reply.usage:
            prompt = reply.prompt_tokens if reply.prompt_tokens is not None else estimate_tokens(body)
            completion = reply.completion_tokens
            if completion is None:
                completion = estimate_tokens({"content": reply.content, "tool_calls": message.get("tool_calls")})
            out["usage"] = {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            }
        return out


def estimate_tokens(value: Any) -> int:
    """A rough token count (about four characters of JSON per token), for when no tokenizer is at hand."""
    return max(1, len(json.dumps(value, ensure_ascii=False)) // 4)


def call(name: str, **arguments: Any) -> tuple[str, str]:
    """A tool call for a Reply, with well-formed JSON arguments."""
    return (name, json.dumps(arguments))


def sent_text(request: dict[str, Any]) -> str:
    """Everything a request showed the model, as one string (for asserting what was and wasn't sent)."""
    parts = []
    for message in request.get("messages", []):
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        for tool_call in message.get("tool_calls") or ():
            parts.append(tool_call["function"]["arguments"])
    return "\n".join(parts)
