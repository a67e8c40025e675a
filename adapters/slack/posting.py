"""Posting to Slack once per outbox item, though Slack has no idempotency key.

Each post carries its outbox item's key in its message metadata (``event_type`` ``tandem_outbox``).
Before posting again after an attempt that may have got through — Slack answered 5xx or one of its
own internal errors, the answer never came (a timeout, a connection dropped after the request went
out), or the process died before it recorded the delivery — the channel's history (a thread's replies
for a post in a thread) is searched for that key with ``include_all_metadata``, from shortly before
the item was queued. Found: its ``ts`` stands for the post, and nothing is posted again.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.platform import Attempt

from .api import WebApi

logger = logging.getLogger(__name__)

EVENT_TYPE = "tandem_outbox"
CLOCK_SKEW = timedelta(minutes=5)  # this server's clock against Slack's: search from this much earlier
PAGE = 200  # messages per history page (Slack allows up to 999 and recommends no more than 200)
MAX_PAGES = 5  # a search reads at most this many pages, then gives up and posts
# ok:false errors after which Slack may still have posted the message
MAYBE_POSTED_ERRORS = frozenset({"internal_error", "fatal_error", "service_unavailable", "request_timeout"})
# the connection was never made: the request did not leave (ConnectionTimeoutError: aiohttp 3.10 and later)
NEVER_SENT = tuple(t for t in (aiohttp.ClientConnectorError, getattr(aiohttp, "ConnectionTimeoutError", None)) if t)


def label(attempt: Attempt, part: int) -> dict[str, Any]:
    """The message metadata that names one part of an outbox item's post."""
    return {"event_type": EVENT_TYPE, "event_payload": {"key": attempt.key, "part": part}}


def maybe_posted(exc: BaseException) -> bool:
    """Whether Slack may have posted the message although the call failed."""
    if isinstance(exc, SlackApiError):
        status = int(getattr(exc.response, "status_code", 0) or 0)
        data = getattr(exc.response, "data", None)
        error = data.get("error") if isinstance(data, dict) else None
        return status >= 500 or (status != 429 and error in MAYBE_POSTED_ERRORS)
    if isinstance(exc, NEVER_SENT):
        return False
    return isinstance(exc, (aiohttp.ClientError, asyncio.TimeoutError, OSError))


class Poster:
    """``chat.postMessage`` for outbox items: labelled, and looked for before any repeat."""

    def __init__(self, client: AsyncWebClient, api: WebApi) -> None:
        self.client = client
        self.api = api

    async def already(self, channel: str, thread: str | None, attempt: Attempt | None) -> dict[int, dict[str, Any]]:
        """The parts of this item an earlier attempt posted (part → message), when it may have posted any."""
        if attempt is None or not attempt.maybe_sent:
            return {}
        method = "conversations.replies" if thread else "conversations.history"
        return await self.api.call(method, lambda: self._find(channel, thread, attempt), channel)

    async def post(self, channel: str, thread: str | None, attempt: Attempt | None, part: int = 0, **body: Any) -> Any:
        """Post one part; after a failure that may have posted it, the next try looks for it first.
        Returns Slack's answer, or the message found (both have ``ts``)."""
        metadata = label(attempt, part) if attempt is not None else None
        maybe_sent = False

        async def request() -> Any:
            nonlocal maybe_sent
            if maybe_sent and attempt is not None:
                found = (await self._find(channel, thread, attempt)).get(part)
                if found is not None:
                    logger.info(
                        "chat.postMessage %s: the earlier attempt got through (ts %s); not posting again",
                        channel,
                        found.get("ts"),
                    )
                    return {"ok": True, "channel": channel, "ts": found.get("ts"), "message": found}
            try:
                return await self.client.chat_postMessage(channel=channel, thread_ts=thread, metadata=metadata, **body)
            except Exception as exc:
                maybe_sent = maybe_sent or maybe_posted(exc)
                raise

        return await self.api.call("chat.postMessage", request, channel)

    async def _find(self, channel: str, thread: str | None, attempt: Attempt) -> dict[int, dict[str, Any]]:
        """Search the conversation (or the thread) for this item's posts. Slack's refusal to search (a
        missing history scope, say) is logged and treated as nothing found: posting again is better
        than never. Transient failures raise, so the caller tries again later."""
        args: dict[str, Any] = {"channel": channel, "include_all_metadata": True, "limit": PAGE}
        if attempt.since is not None:
            args["oldest"] = f"{(attempt.since - CLOCK_SKEW).timestamp():.6f}"
        found: dict[int, dict[str, Any]] = {}
        cursor: str | None = None
        for _ in range(MAX_PAGES):
            try:
                if thread:
                    page = await self.client.conversations_replies(ts=thread, cursor=cursor, **args)
                else:
                    page = await self.client.conversations_history(cursor=cursor, **args)
            except SlackApiError as exc:
                if maybe_posted(exc) or int(getattr(exc.response, "status_code", 0) or 0) == 429:
                    raise
                logger.warning(
                    "Slack: cannot look for an earlier attempt in %s (%s); posting it again, so it may show twice",
                    channel, (exc.response.data or {}).get("error") if isinstance(exc.response.data, dict) else exc,
                )  # fmt: skip
                return found
            for message in page.get("messages") or []:
                payload = (message.get("metadata") or {}).get("event_payload") or {}
                if (message.get("metadata") or {}).get("event_type") == EVENT_TYPE and payload.get(
                    "key"
                ) == attempt.key:
                    found.setdefault(int(payload.get("part") or 0), message)
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return found
        logger.warning(
            "Slack: looked through %d messages in %s for an earlier attempt and stopped; posting what was not found",
            PAGE * MAX_PAGES, channel,
        )  # fmt: skip
        return found
