"""Slack requests as Slack sends them: Events API envelopes, block_actions, and their signatures.

Shapes follow Slack's documentation (Events API ``event_callback``; ``message.im``, ``message.channels``,
``app_mention``; interactivity ``block_actions`` sent form-encoded as ``payload=<json>``).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

from tandem.testing.slack.standin import BOT_USER, TEAM

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
_ids = itertools.count(1)
_ts = itertools.count(1)


def next_ts() -> str:
    return f"1700000000.{next(_ts):06d}"


def event_callback(event: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {
        "token": "XXYYZZ",
        "team_id": TEAM,
        "api_app_id": "A0TANDEM",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_ids):08d}",
        "event_time": int(time.time()),
        "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER, "is_bot": True,
                            "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
    }


def dm(text: str, user: str = "U0ADA", channel: str = "D0ADA", ts: str | None = None, **extra: Any) -> dict[str, Any]:
    """``message.im``: a person writing in their DM with the bot (the Messages tab)."""
    return _message(text, user, channel, ts or next_ts(), "im", extra)


def _message(text: str, user: str, channel: str, ts: str, channel_type: str, extra: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "message", "channel": channel, "user": user, "text": text, "ts": ts, "event_ts": ts,
        "channel_type": channel_type, **extra,
    }


def channel_message(
    text: str, user: str, channel: str, ts: str | None = None, thread_ts: str | None = None, **extra: Any
) -> dict[str, Any]:
    """``message.channels``: a message in a public channel, or a reply in one of its threads."""
    event = _message(text, user, channel, ts or next_ts(), "channel", extra)
    if thread_ts:
        event["thread_ts"] = thread_ts
        event.setdefault("parent_user_id", BOT_USER)
    return event


def mention(
    text: str, user: str = "U0ADA", channel: str = "C0SUPPORT", ts: str | None = None, thread_ts: str | None = None
) -> dict[str, Any]:
    """``app_mention``: someone @-mentions the bot in a channel."""
    ts = ts or next_ts()
    event = {
        "type": "app_mention",
        "user": user,
        "text": f"<@{BOT_USER}> {text}",
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def block_actions(
    action_id: str, value: str, user: str, channel: str, message_ts: str, user_name: str = "sam"
) -> dict[str, Any]:
    """A button press on a message (``block_actions``)."""
    return {
        "type": "block_actions",
        "user": {"id": user, "username": user_name, "name": user_name, "team_id": TEAM},
        "api_app_id": "A0TANDEM",
        "token": "XXYYZZ",
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel, "is_ephemeral": False},
        "trigger_id": "123.456.abc",
        "team": {"id": TEAM, "domain": "tandem-test"},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel, "name": "support-agents"},
        "message": {"type": "message", "user": BOT_USER, "ts": message_ts, "bot_id": "BBOT", "text": "Handoff"},
        "state": {"values": {}},
        "response_url": "https://hooks.slack.com/actions/T0TEST/1/abc",
        "actions": [
            {
                "action_id": action_id,
                "block_id": "tandem_actions",
                "text": {"type": "plain_text", "text": action_id, "emoji": True},
                "value": value,
                "type": "button",
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }


def button(
    card_post: Any, kind: str, user: str, channel: str | None = None, user_name: str = "sam", blocks: list | None = None
) -> dict[str, Any]:
    """Press ``kind`` (claim/resolve/return/verdict_…) on a card as the stand-in received it (a chat.postMessage
    call), or as a later chat.update left it (``blocks``)."""
    elements = [e for b in blocks or card_post["blocks"] if b["type"] == "actions" for e in b["elements"]]
    pressed = next(e for e in elements if e["action_id"] == f"tandem_{kind}")
    return block_actions(
        pressed["action_id"], pressed["value"], user, channel or card_post["channel"], card_post.ts, user_name
    )


def choice(post: Any, label: str, user: str) -> dict[str, Any]:
    """A customer's click on the button labelled ``label`` under a bot message (the rating question)."""
    elements = [e for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]]
    pressed = next(e for e in elements if e["text"]["text"] == label)
    return block_actions(pressed["action_id"], pressed["value"], user, post["channel"], post.ts, user_name="ada")


def signed(body: str, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    """Slack's request signature: ``v0=`` HMAC-SHA256 of ``v0:{timestamp}:{body}``."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    base = f"v0:{timestamp}:{body}".encode()
    signature = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": signature}


def event_request(
    payload: dict[str, Any], secret: str = SECRET, timestamp: int | None = None
) -> tuple[str, dict[str, str]]:
    body = json.dumps(payload)
    return body, {"Content-Type": "application/json", **signed(body, secret, timestamp)}


def action_request(
    payload: dict[str, Any], secret: str = SECRET, timestamp: int | None = None
) -> tuple[str, dict[str, str]]:
    body = urlencode({"payload": json.dumps(payload)})
    return body, {"Content-Type": "application/x-www-form-urlencoded", **signed(body, secret, timestamp)}
