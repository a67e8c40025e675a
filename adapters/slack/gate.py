"""The door of /slack/events: a request is signed by Slack, recent and well-formed before Bolt sees it.

Bolt parses the body before it checks the signature, and a timestamp that is not a number crashes its
check: a stranger's garbage became a 500 and a traceback. Here every request is checked first, in this
order, with nothing parsed before the signature holds: the timestamp (digits, within five minutes),
the ``v0=`` HMAC-SHA256 signature of ``v0:{timestamp}:{body}``, then the body (JSON, or a form whose
``payload`` is JSON). The answer says which check failed, never why in detail.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

MAX_SKEW = 300  # seconds, as Slack documents


@dataclass(frozen=True)
class Refusal:
    status: int  # 400 malformed, 401 not signed by Slack
    reason: str  # for the log (no secrets, no body)


def check(headers: Mapping[str, str], body: bytes, secret: str, now: float) -> Refusal | None:
    """Why this request must not reach Bolt, or None when it may."""
    timestamp = headers.get("X-Slack-Request-Timestamp", "")
    signature = headers.get("X-Slack-Signature", "")
    if not timestamp or not signature:
        return Refusal(401, "no Slack signature")
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        return Refusal(401, "a request timestamp that is not a number")
    if abs(now - int(timestamp)) > MAX_SKEW:
        return Refusal(401, "a request timestamp more than five minutes off")
    expected = "v0=" + hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        return Refusal(401, "a bad signature")
    return _malformed(headers.get("Content-Type", ""), body)


def _malformed(content_type: str, body: bytes) -> Refusal | None:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return Refusal(400, "a body that is not UTF-8")
    if "application/json" in content_type:
        return None if isinstance(_json(text), dict) else Refusal(400, "a JSON body that is not an object")
    if "application/x-www-form-urlencoded" in content_type:
        payload = parse_qs(text).get("payload")
        if payload is not None and not isinstance(_json(payload[0]), dict):
            return Refusal(400, "a form whose payload is not a JSON object")
        return None
    return Refusal(400, f"an unexpected content type {content_type[:60]!r}")


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return None
