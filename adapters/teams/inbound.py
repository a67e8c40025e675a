"""Reading Teams activities (the Bot Framework JSON Teams posts to /api/messages) into core terms.

Pure functions over the documented JSON shapes, so the rules are easy to test and do not depend on the
hosting SDK. Conversation ids of channel reply chains look like ``19:…@thread.tacv2;messageid=<root id>``:
the part before ``;messageid=`` is the channel, the root id is the thread.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.models import ActionKind, Address, AgentAction, AgentMessage, Person

PLATFORM = "teams"
THREAD_MARK = ";messageid="
ACTION_KEY = "tandem_action"
CHOICE_KEY = "tandem_choice"  # a customer's button (the rating question)

_AT_TAG = re.compile(r"<at[^>]*>.*?</at>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>", re.I)

Activity = Mapping[str, Any]


def split_conversation(conversation_id: str) -> tuple[str, str | None]:
    """``19:x@thread.tacv2;messageid=123`` → (``19:x@thread.tacv2``, ``123``); other ids have no thread."""
    channel, mark, root = conversation_id.partition(THREAD_MARK)
    return channel, (root or None) if mark else None


def thread_conversation(channel: str, thread: str | None) -> str:
    """The conversation id to post into a channel's reply chain (or the channel/chat itself)."""
    return f"{channel}{THREAD_MARK}{thread}" if thread else channel


def tenant_of(activity: Activity) -> str:
    data = activity.get("channelData") or {}
    tenant = (data.get("tenant") or {}).get("id") or (activity.get("conversation") or {}).get("tenantId")
    return tenant or ""


def conversation_kind(activity: Activity) -> str:
    """personal, channel or groupChat."""
    conversation = activity.get("conversation") or {}
    kind = conversation.get("conversationType")
    if kind:
        return kind
    data = activity.get("channelData") or {}
    if data.get("channel") or data.get("team"):
        return "channel"
    return "groupChat" if conversation.get("isGroup") else "personal"


def is_from_bot(activity: Activity) -> bool:
    sender = (activity.get("from") or {}).get("id")
    recipient = (activity.get("recipient") or {}).get("id")
    return bool(sender) and sender == recipient


def mentions_bot(activity: Activity) -> bool:
    bot = (activity.get("recipient") or {}).get("id")
    return any(_mentioned_id(e) == bot for e in _mentions(activity)) if bot else False


def clean_text(activity: Activity) -> str:
    """The message text without the bot's @mention and without Teams' HTML (other mentions keep their names)."""
    text = activity.get("text") or ""
    bot = (activity.get("recipient") or {}).get("id")
    for entity in _mentions(activity):
        tag = entity.get("text") or ""
        if tag and _mentioned_id(entity) == bot:
            text = text.replace(tag, " ")
    text = _AT_TAG.sub(lambda m: _TAG.sub("", m.group(0)), text)
    text = _BREAK.sub("\n", text)
    text = html.unescape(_TAG.sub("", text)).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def sender(activity: Activity) -> Person:
    account = activity.get("from") or {}
    return Person(platform_id=account.get("id") or "", name=account.get("name") or "")


def where(activity: Activity) -> Address:
    """The place an activity came from, with what is needed to write there again later."""
    conversation = activity.get("conversation") or {}
    channel, thread = split_conversation(conversation.get("id") or "")
    kind = conversation_kind(activity)
    if kind == "channel" and thread is None:
        thread = activity.get("id")  # a new post: its replies will carry its id as the root
    tenant = tenant_of(activity)
    return Address(platform=PLATFORM, workspace=tenant, channel=channel, thread=thread).with_meta(
        service_url=activity.get("serviceUrl") or None,
        tenant=tenant or None,
        bot=(activity.get("recipient") or {}).get("id") or None,
        user=(activity.get("from") or {}).get("id") or None,
        kind=kind,
    )


def event_id(activity: Activity) -> str:
    conversation = (activity.get("conversation") or {}).get("id") or ""
    return f"teams:{split_conversation(conversation)[0]}:{activity.get('id') or ''}"


@dataclass(frozen=True)
class CardPress:
    action: ActionKind
    conversation_id: str
    handoff_id: str


def card_press(activity: Activity) -> CardPress | None:
    """The Tandem button behind an Action.Submit message or an Action.Execute invoke, if any."""
    value = activity.get("value")
    if activity.get("type") == "invoke":
        if activity.get("name") != "adaptiveCard/action" or not isinstance(value, dict):
            return None
        value = (value.get("action") or {}).get("data")
    if not isinstance(value, dict) or ACTION_KEY not in value:
        return None
    try:
        action = ActionKind(str(value[ACTION_KEY]))
    except ValueError:
        return None
    conversation_id, handoff_id = value.get("conversation_id"), value.get("handoff_id")
    if not isinstance(conversation_id, str) or not isinstance(handoff_id, str):
        return None
    return CardPress(action, conversation_id, handoff_id)


def choice_value(activity: Activity) -> str | None:
    """The value of a customer's Action.Submit on one of the bot's choice buttons, if that is what this is."""
    value = activity.get("value")
    if activity.get("type") != "message" or not isinstance(value, dict):
        return None
    choice = value.get(CHOICE_KEY)
    return choice if isinstance(choice, str) else None


def agent_action(activity: Activity, press: CardPress, at: datetime) -> AgentAction:
    return AgentAction(
        event_id=event_id(activity),
        action=press.action,
        agent=sender(activity),
        conversation_id=press.conversation_id,
        handoff_id=press.handoff_id,
        source=where(activity),
        received_at=at,
    )


def agent_message(activity: Activity, at: datetime) -> AgentMessage:
    return AgentMessage(
        event_id=event_id(activity),
        thread=where(activity),
        agent=sender(activity),
        text=clean_text(activity),
        received_at=at,
        message_ref=activity.get("id"),
    )


def _mentions(activity: Activity) -> list[Mapping[str, Any]]:
    return [e for e in activity.get("entities") or [] if isinstance(e, dict) and e.get("type") == "mention"]


def _mentioned_id(entity: Mapping[str, Any]) -> str | None:
    return (entity.get("mentioned") or {}).get("id")
