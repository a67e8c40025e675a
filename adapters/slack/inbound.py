"""Slack in: payloads read into the runtime's inbound items, and Bolt's listeners that hand them over.

What a payload means (pure functions, no I/O):

- A DM with the bot (``channel_type: im``): every message of a person is a customer message; the DM is
  one conversation and the bot answers in it.
- A mention in a channel (``app_mention``): a customer message; the bot answers in its thread.
- A reply in a channel thread without a mention: a customer message only if that person already has a
  conversation with the bot in that thread (the runtime is asked); other chatter is ignored.
- A reply in a thread of the agents' channel: an agent message (its card's thread).
- Edits, deletions, joins and other subtypes, bots (this one included) and hidden messages: ignored.

A Slack message is keyed by channel and ``ts``, not by the event's id: a mention in a thread arrives
both as ``app_mention`` and as ``message`` with different event ids, and must count once. Retries of
either carry the same ``ts``.

The listeners (``SlackInbound``) read the payload, persist it through the runtime, and acknowledge. Bolt
runs them before it answers Slack (``process_before_response``): the answer goes out as soon as the item
is persisted, and everything else happens in the runtime's workers. No Web API call is made here: the
person is their cached profile, or only their user id, which the runtime's worker completes through the
SlackDirectory. The runtime's ``Unavailable`` propagates, so Slack gets a 503 and delivers the event again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bot.models import Address, AgentAction, AgentMessage, CustomerMessage, Person, Rating
from bot.platform import Receiver

from .directory import SlackDirectory
from .mrkdwn import to_plain
from .render import CardAction, read_action

logger = logging.getLogger(__name__)

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
    return text  # half an emoji (a lone surrogate) is mended by the runtime, as for every platform


# ---- Bolt's listeners ----

Notify = Callable[[ButtonPress, str], Awaitable[None]]  # show the clicker a refusal, ephemerally


class SlackInbound:
    def __init__(self, runtime: Receiver, directory: SlackDirectory, agent_channel: str | None, notify: Notify) -> None:
        self.runtime = runtime
        self.directory = directory
        self.agent_channel = agent_channel
        self.notify = notify
        self._tasks: set[asyncio.Task] = set()

    async def on_message(self, body: Mapping[str, Any], context: Mapping[str, Any]) -> None:
        message = read_message(body.get("event") or {}, _team(body, context), self._ours(context), _now())
        await self._receive(message, body)

    async def on_mention(self, body: Mapping[str, Any], context: Mapping[str, Any]) -> None:
        message = read_mention(body.get("event") or {}, _team(body, context), self._ours(context), _now())
        await self._receive(message, body)

    async def on_button(self, body: Mapping[str, Any]) -> None:
        press = read_button(body)
        if press is None:
            logger.info("ignored an interaction that is not one of the card's buttons")
            return
        agent = self._person(press.user)
        receipt = await self.runtime.receive(press.inbound(agent, _now()))
        if receipt.problem:
            logger.info("%s by %s refused: %s", press.action.kind.value, press.user, receipt.problem)
            self._later(self.notify(press, receipt.problem))

    async def on_choice(self, body: Mapping[str, Any]) -> None:
        """A customer's click on a rating button: counted once, for their own conversation only."""
        press = read_choice(body)
        rating = Rating.from_choice(press.event_id, press.value, self._person(press.user), _now()) if press else None
        if rating is None:
            logger.info("ignored a click on a button that is not one of ours")
            return
        receipt = await self.runtime.receive(rating)
        if receipt.problem:
            logger.info("a rating click was not taken: %s", receipt.problem)

    async def _receive(self, message: SlackMessage | None, body: Mapping[str, Any]) -> None:
        if message is None:
            return
        if message.only_in_conversation and not await self.runtime.in_conversation(
            message.where, Person(platform_id=message.user)
        ):
            return  # a thread the bot is not part of, for this person
        person = self._person(message.user)
        receipt = await self.runtime.receive(message.inbound(person))
        if receipt.duplicate:
            logger.info("Slack delivered %s again (%s); already handled", body.get("event_id"), message.event_id)
        elif receipt.problem:
            logger.debug("%s not taken: %s", message.event_id, receipt.problem)

    def _person(self, user: str) -> Person:
        return self.directory.known(user) or Person(platform_id=user)

    def _ours(self, context: Mapping[str, Any]) -> Ours:
        return Ours(context.get("bot_user_id"), context.get("bot_id"), self.agent_channel)

    def _later(self, job: Awaitable[None]) -> None:
        task = asyncio.ensure_future(job)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def stop(self) -> None:
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=5)


def _team(body: Mapping[str, Any], context: Mapping[str, Any]) -> str:
    return body.get("team_id") or context.get("team_id") or ""


def _now() -> datetime:
    return datetime.now(UTC)
