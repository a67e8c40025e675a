"""From Bolt's listeners to the runtime: read the payload, persist it, acknowledge.

Bolt runs these before it answers Slack (``process_before_response``): the answer goes out as soon as
the item is persisted, and everything else happens in the runtime's workers. No Web API call is made here:
the person is their cached profile, or only their user id, which the runtime's worker completes through
the SlackDirectory. A ``StoreError`` propagates, so Slack gets a 500 and delivers the event again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from bot.flows.feedback import rating_from_choice
from bot.models import Person
from bot.platform import Runtime

from .events import ButtonPress, Ours, SlackMessage, read_button, read_choice, read_mention, read_message
from .identity import SlackDirectory

logger = logging.getLogger(__name__)

Notify = Callable[[ButtonPress, str], Awaitable[None]]  # show the clicker a refusal, ephemerally


class SlackInbound:
    def __init__(self, runtime: Runtime, directory: SlackDirectory, agent_channel: str | None, notify: Notify) -> None:
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
        rating = rating_from_choice(press.event_id, press.value, self._person(press.user), _now()) if press else None
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
