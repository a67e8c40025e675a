"""Slack's side of the wire, for the load generator: signed ``message.im`` event requests.

Same shapes as Slack's Events API (``event_callback`` carrying a ``message`` with ``channel_type: im``)
and the same signature (``v0=`` HMAC-SHA256 of ``v0:{timestamp}:{body}``), kept here so the suite does
not import the tests.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time

SECRET = "bench-signing-secret-5f1c7a0e9d3b"
TEAM = "T0BENCH"
BOT_USER = "UBENCHBOT"
BOT_ID = "BBENCHBOT"
AGENTS = "C0AGENTS"


def user_id(customer: int) -> str:
    return f"U{customer:07d}"


def dm_channel(customer: int) -> str:
    return f"D{customer:07d}"


def customer_of(channel: str) -> int | None:
    """The customer whose DM this is (None for any other channel)."""
    return int(channel[1:]) if channel.startswith("D") and channel[1:].isdigit() else None


def dm_event(event_id: str, customer: int, text: str, ts: str) -> dict:
    event = {
        "type": "message",
        "channel": dm_channel(customer),
        "user": user_id(customer),
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": "im",
    }
    return {
        "token": "bench",
        "team_id": TEAM,
        "api_app_id": "A0BENCH",
        "event": event,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True, "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
    }


def signed_request(payload: dict, secret: str = SECRET, timestamp: int | None = None) -> tuple[bytes, dict[str, str]]:
    """The body and headers Slack would send (the signature is valid for five minutes)."""
    body = json.dumps(payload).encode()
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    headers = {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": f"v0={digest}",
    }
    return body, headers
