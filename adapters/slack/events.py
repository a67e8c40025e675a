"""Slack payloads → what they mean for the core (pure functions; no I/O).

- A DM with the bot (``channel_type: im``): every message of a person is a customer message; the DM is
  one conversation and the bot answers in it.
- A mention in a channel (``app_mention``): a customer message; the bot answers in its thread.
- A reply in a channel thread without a mention: a customer message only if that person already has a
  conversation with the bot in that thread (the caller checks the store); other chatter is ignored.
- A reply in a thread of the agents' channel: an agent message (its card's thread).
- Edits, deletions, joins and other subtypes, bots (this one included) and hidden messages: ignored.

A Slack message is keyed by channel and ``ts``, not by the event's id: a mention in a thread arrives
both as ``app_mention`` and as ``message`` with different event ids, and must count once. Retries of
either carry the same ``ts``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.models import Address, AgentAction, AgentMessage, CustomerMessage, Person
from bot.text import mend_surrogates

from .blocks import CardAction, read_action
from .mrkdwn import to_plain

# message subtypes that are a person writing something new
PERSON_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})


@dataclass(frozen=True)
class Ours:
    """What identifies this app in a workspace: to skip its own traffic and find its agents."""

    bot_user_id: str | None
    bot_id: str | None
    agent_channel: str | None  # the Slack channel id of the agents' channel, when it is on Slack


@dataclass(frozen=True)
class SlackMessage:
    """A person's message that matters to the core, waiting for the person's profile."""

    agent: bool  # True: an agent in a card's thread; False: a customer
    event_id: str
    where: Address  # the customer's address, or the card's thread
    user: str
    text: str
    ts: str
    received_at: datetime
    only_in_conversation: bool = False  # a channel-thread reply: counts only in an existing conversation

    def inbound(self, person: Person) -> CustomerMessage | AgentMessage:
        if self.agent:
            return AgentMessage(self.event_id, self.where, person, self.text, self.received_at, message_ref=self.ts)
        return CustomerMessage(self.event_id, self.where, person, self.text, self.received_at)


@dataclass(frozen=True)
class ButtonPress:
    event_id: str
    action: CardAction
    user: str
    source: Address  # the channel where it was pressed

    def inbound(self, agent: Person, now: datetime) -> AgentAction:
        a = self.action
        return AgentAction(self.event_id, a.kind, agent, a.conversation_id, a.handoff_id, self.source, now)


def message_key(channel: str, ts: str) -> str:
    return f"slack:msg:{channel}:{ts}"


def read_message(event: Mapping[str, Any], team: str, ours: Ours, now: datetime) -> SlackMessage | None:
    """A ``message`` event (DMs, channel threads, the agents' channel)."""
    if not _from_a_person(event, ours):
        return None
    channel, ts = event.get("channel"), event.get("ts")
    if not channel or not ts:
        return None
    thread_ts = event.get("thread_ts")
    text = _text(event, ours)
    if channel == ours.agent_channel:
        if not thread_ts or thread_ts == ts:
            return None  # top-level chatter in the agents' channel
        card = Address(platform="slack", workspace=team, channel=channel, thread=thread_ts)
        return SlackMessage(True, message_key(channel, ts), card, event["user"], text, ts, now)
    if event.get("channel_type") == "im":
        where = Address(platform="slack", workspace=team, channel=channel).with_meta(
            user=event["user"], channel_type="im"
        )
        return SlackMessage(False, message_key(channel, ts), where, event["user"], text, ts, now)
    if thread_ts and thread_ts != ts:
        where = _channel_address(team, channel, thread_ts, event)
        return SlackMessage(
            False, message_key(channel, ts), where, event["user"], text, ts, now, only_in_conversation=True
        )
    return None  # a top-level channel message: only a mention (app_mention) starts a conversation


def read_mention(event: Mapping[str, Any], team: str, ours: Ours, now: datetime) -> SlackMessage | None:
    """An ``app_mention`` event: a customer starting (or continuing) a conversation in a channel."""
    if not _from_a_person(event, ours):
        return None
    channel, ts = event.get("channel"), event.get("ts")
    if not channel or not ts or channel == ours.agent_channel:
        return None  # in the agents' channel, agents talk through card threads
    where = _channel_address(team, channel, event.get("thread_ts") or ts, event)
    return SlackMessage(False, message_key(channel, ts), where, event["user"], _text(event, ours), ts, now)


def read_button(body: Mapping[str, Any]) -> ButtonPress | None:
    """A ``block_actions`` payload pressing one of the card's buttons."""
    actions = body.get("actions") or []
    user = (body.get("user") or {}).get("id")
    if len(actions) != 1 or not user:
        return None
    pressed = actions[0]
    action = read_action(pressed.get("action_id", ""), pressed.get("value"))
    if action is None:
        return None
    container = body.get("container") or {}
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id") or ""
    team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or ""
    message_ts = container.get("message_ts") or (body.get("message") or {}).get("ts") or ""
    event_id = f"slack:action:{message_ts}:{pressed.get('action_ts', '')}:{user}"
    source = Address(platform="slack", workspace=team, channel=channel)
    return ButtonPress(event_id, action, user, source)


@dataclass(frozen=True)
class ChoicePress:
    """A customer's click on a button under one of the bot's messages (the rating)."""

    event_id: str
    user: str
    value: str


def read_choice(body: Mapping[str, Any]) -> ChoicePress | None:
    actions = body.get("actions") or []
    user = (body.get("user") or {}).get("id")
    if len(actions) != 1 or not user or not isinstance(actions[0].get("value"), str):
        return None
    pressed = actions[0]
    message_ts = (body.get("container") or {}).get("message_ts") or (body.get("message") or {}).get("ts") or ""
    return ChoicePress(f"slack:choice:{message_ts}:{pressed.get('action_ts', '')}:{user}", user, pressed["value"])


def _from_a_person(event: Mapping[str, Any], ours: Ours) -> bool:
    user = event.get("user")
    return bool(
        user
        and event.get("subtype") in PERSON_SUBTYPES
        and not event.get("bot_id")
        and not event.get("hidden")
        and user != ours.bot_user_id
    )


def _channel_address(team: str, channel: str, thread: str, event: Mapping[str, Any]) -> Address:
    where = Address(platform="slack", workspace=team, channel=channel, thread=thread)
    return where.with_meta(user=event["user"], channel_type=event.get("channel_type"))


def _text(event: Mapping[str, Any], ours: Ours) -> str:
    text = to_plain(event.get("text"), ours.bot_user_id)
    names = [f.get("name") or f.get("title") or "a file" for f in event.get("files") or []]
    if names:
        text = f"{text}\n(attached: {', '.join(names)})".strip()
    return mend_surrogates(text)  # half an emoji (a lone surrogate) must not make the message unstorable
