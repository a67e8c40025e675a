"""Checking an activity's shape before anything reads it: the fields Tandem uses, of the types the Bot
Framework documents. Anything else is answered 400 and never reaches the SDK, the store or the core
(a numeric ``serviceUrl`` or ``from.id`` once sat in the inbox, unreadable, for ever)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

# activity types whose conversation Tandem reads (others are answered 200 and ignored)
READ = frozenset({"message", "invoke", "conversationUpdate"})
MAX_TEXT = 100_000  # far beyond Teams' own limit (about 28 KB)

_STRINGS = ("id", "name", "text", "textFormat", "locale", "replyToId", "channelId", "action")
_ACCOUNTS = ("from", "recipient")


def problem(activity: Any) -> str | None:
    """Why this is not a Bot Framework activity Tandem can take, or None when it is."""
    if not isinstance(activity, dict):
        return "expected a JSON object"
    kind = activity.get("type")
    if not isinstance(kind, str) or not kind:
        return "type: expected a non-empty string"
    for key in _STRINGS:
        if not _optional(activity, key, str):
            return f"{key}: expected a string"
    if isinstance(activity.get("text"), str) and len(activity["text"]) > MAX_TEXT:
        return f"text: longer than {MAX_TEXT} characters"
    if kind not in READ:
        return None
    for key in _ACCOUNTS + ("conversation",):
        why = _account(activity.get(key), key)
        if why:
            return why
    required = ("id", "serviceUrl") if kind != "conversationUpdate" else ("serviceUrl",)
    for key in required:
        if not isinstance(activity.get(key), str) or not activity[key]:
            return f"{key}: expected a non-empty string"
    url = urlsplit(activity["serviceUrl"])
    if url.scheme not in ("http", "https") or not url.netloc:
        return "serviceUrl: expected an http(s) URL"
    conversation = activity["conversation"]
    for key, kind_ in (("conversationType", str), ("tenantId", str), ("isGroup", bool)):
        if not _optional(conversation, key, kind_):
            return f"conversation.{key}: expected a {kind_.__name__}"
    return _channel_data(activity.get("channelData")) or _entities(activity.get("entities")) or _members(activity)


def _optional(mapping: Mapping[str, Any], key: str, kind: type) -> bool:
    value = mapping.get(key)
    return value is None or isinstance(value, kind)


def _account(value: Any, name: str) -> str | None:
    if not isinstance(value, dict):
        return f"{name}: expected an object"
    if not isinstance(value.get("id"), str) or not value["id"]:
        return f"{name}.id: expected a non-empty string"
    for key in ("name", "aadObjectId"):
        if not _optional(value, key, str):
            return f"{name}.{key}: expected a string"
    return None


def _channel_data(data: Any) -> str | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        return "channelData: expected an object"
    for key in ("tenant", "channel", "team"):
        part = data.get(key)
        if part is None:
            continue
        if not isinstance(part, dict) or not _optional(part, "id", str):
            return f"channelData.{key}: expected an object with a string id"
    return None


def _entities(entities: Any) -> str | None:
    if entities is None:
        return None
    if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
        return "entities: expected a list of objects"
    for entity in entities:
        if entity.get("type") != "mention":
            continue
        mentioned = entity.get("mentioned")
        if not _optional(entity, "text", str) or not isinstance(mentioned, dict) or not _optional(mentioned, "id", str):
            return "entities: a mention without a string text and mentioned.id"
    return None


def _members(activity: Mapping[str, Any]) -> str | None:
    for key in ("membersAdded", "membersRemoved"):
        members = activity.get(key)
        if members is None:
            continue
        if not isinstance(members, list) or not all(isinstance(m, dict) and _optional(m, "id", str) for m in members):
            return f"{key}: expected a list of accounts"
    return None
