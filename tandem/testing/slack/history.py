"""What the Slack stand-in's channels hold, and reading it back as the Web API documents it:
``conversations.history`` (a channel's top-level messages, newest first) and ``conversations.replies``
(a thread, its parent first), both with ``oldest``/``latest``/``inclusive``, ``limit`` and ``cursor``
paging, and message ``metadata`` returned only with ``include_all_metadata``."""

from __future__ import annotations

import time
from typing import Any


class Channels:
    def __init__(self, bot_user: str, bot_id: str) -> None:
        self.bot = {"user": bot_user, "bot_id": bot_id}  # who posts: the bot under test
        self.messages: dict[str, list[dict[str, Any]]] = {}  # channel → messages in the order posted
        self._last = 0  # microseconds

    def next_ts(self) -> str:
        """Like Slack's: the time of posting, unique (a microsecond later than the last when needed)."""
        self._last = max(time.time_ns() // 1000, self._last + 1)
        return f"{self._last // 1_000_000}.{self._last % 1_000_000:06d}"

    def post(self, args: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {"type": "message", "ts": self.next_ts(), **self.bot, "text": args.get("text", "")}
        if args.get("thread_ts"):
            message["thread_ts"] = args["thread_ts"]
        for key in ("blocks", "metadata"):
            if args.get(key):
                message[key] = args[key]
        self.messages.setdefault(args["channel"], []).append(message)
        return message

    def update(self, args: dict[str, Any]) -> bool:
        for message in self.messages.get(args["channel"], []):
            if message["ts"] == args["ts"]:
                message.update({k: args[k] for k in ("text", "blocks") if k in args})
                return True
        return False

    def visible(self, channel: str, thread: str | None = None) -> list[dict[str, Any]]:
        """What a person sees: the channel's top-level messages, or one thread's replies (parent left out)."""
        return [m for m in self.messages.get(channel, []) if m.get("thread_ts") == thread and m["ts"] != thread]

    def history(self, args: dict[str, Any]) -> dict[str, Any]:
        top = [m for m in self.messages.get(args["channel"], []) if m.get("thread_ts") in (None, m["ts"])]
        return _page(list(reversed(top)), args)

    def replies(self, args: dict[str, Any]) -> dict[str, Any]:
        thread = str(args.get("ts", ""))
        messages = self.messages.get(args["channel"], [])
        parent = [m for m in messages if m["ts"] == thread]
        if not parent:
            return {"ok": False, "error": "thread_not_found"}
        return _page(parent + [m for m in messages if m.get("thread_ts") == thread and m["ts"] != thread], args)


def _page(messages: list[dict[str, Any]], args: dict[str, Any]) -> dict[str, Any]:
    inclusive = _flag(args.get("inclusive"))
    oldest, latest = float(args.get("oldest") or 0), float(args.get("latest") or "inf")

    def within(m: dict[str, Any]) -> bool:
        ts = float(m["ts"])
        return (oldest <= ts <= latest) if inclusive else (oldest < ts < latest)

    chosen = [m for m in messages if within(m)]
    start, limit = int(args.get("cursor") or 0), min(int(args.get("limit") or 100), 999)
    page = chosen[start : start + limit]
    if not _flag(args.get("include_all_metadata")):
        page = [{k: v for k, v in m.items() if k != "metadata"} for m in page]
    more = start + limit < len(chosen)
    return {
        "ok": True,
        "messages": page,
        "has_more": more,
        "response_metadata": {"next_cursor": str(start + limit) if more else ""},
    }


def _flag(value: Any) -> bool:
    return str(value).lower() in ("1", "true")
