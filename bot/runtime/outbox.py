"""The outbox, delivered: effects go to the platforms in order, retried, and never silently dropped."""

from __future__ import annotations

import logging
import random
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from ..errors import TandemError
from ..models import Address, Conversation
from ..platform import Attempt, DeliveryError, Messenger
from ..ports import Store
from .turn import Effect, Op, OutboxItem, TurnBuilder

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 12  # about half an hour of retries with the backoff below
MAX_BACKOFF_SECONDS = 300


class NotYet(TandemError):
    """The effect needs something that is not there yet (the card it belongs to is not posted)."""


def backoff(attempts: int) -> float:
    """Seconds before retry number ``attempts + 1``: exponential with jitter, capped."""
    base = min(2 ** (attempts + 1), MAX_BACKOFF_SECONDS)
    return base * random.uniform(0.8, 1.2)


def _always() -> None:
    """The default ``still_ours``: nothing can take the conversation away."""


class Deliverer:
    def __init__(
        self,
        store: Store,
        messengers: Mapping[str, Messenger],
        agent_channel: Address,
        clock: Callable[[], datetime],
        unreachable_note: str,
    ) -> None:
        self.store = store
        self.messengers = dict(messengers)
        self.agent_channel = agent_channel
        self.clock = clock
        self.unreachable_note = unreachable_note

    def messenger(self, platform: str) -> Messenger:
        try:
            return self.messengers[platform]
        except KeyError:
            raise DeliveryError(f"no adapter for platform {platform!r} is running", permanent=True) from None

    async def deliver_pending(self, conversation_id: str, still_ours: Callable[[], None] = _always) -> bool:
        """Deliver what is due for one conversation, in order; False when something must be retried later.

        ``still_ours`` is called before each item and raises when this worker may no longer send.
        """
        items = await self.store.outbox(conversation_id, self.clock())
        if not items:
            return True
        return await self.deliver(await self.store.conversation(conversation_id), items, still_ours)

    async def deliver(
        self,
        conv: Conversation | None,
        items: list[OutboxItem],
        still_ours: Callable[[], None] = _always,
        fresh: bool = False,
    ) -> bool:
        """Deliver these due items of one conversation, in order, given the conversation as stored;
        False when something must be retried later. Each item leaves the outbox as soon as it is sent:
        an instance that dies mid-way leaves only the rest to another.

        ``fresh``: the caller has just committed these items, so no attempt at them can have been made.
        Any other item may have been sent by an attempt that got no answer, or by a process that died
        before it could record the delivery: the platform is asked to look for it before posting again."""
        queue = deque(items)
        while queue:
            item = queue.popleft()
            still_ours()
            if conv is None:
                await self.store.delivered(item.id)  # purged or forgotten: nobody to deliver to
                continue
            what = _describe(item.effect)
            try:
                conv = await self._apply(conv, item.effect, item.attempt(maybe_sent=not fresh or item.attempts > 0))
            except NotYet as exc:
                await self.store.failed(item.id, str(exc), self.clock() + timedelta(seconds=backoff(0)))
                return False
            except DeliveryError as exc:
                if exc.unreachable:
                    logger.warning(
                        "conversation %s: customer unreachable, %s kept undelivered (`tandem outbox`): %s", conv.id,
                        what, exc
                    )
                    await self.store.failed(item.id, str(exc), None)
                    conv, notes = await self._note_unreachable(conv)
                    queue.extend(notes)
                    continue
                if exc.permanent or item.attempts + 1 >= MAX_ATTEMPTS:
                    logger.error(
                        "conversation %s: giving up on %s after %d attempt(s); it is kept (`tandem outbox --retry` "
                        "sends it again): %s",
                        conv.id, what, item.attempts + 1, exc,
                    )
                    await self.store.failed(item.id, str(exc), None)
                    continue
                delay = backoff(item.attempts)
                logger.warning("conversation %s: %s failed (%s); retrying in %.0f s", conv.id, what, exc, delay)
                await self.store.failed(item.id, str(exc), self.clock() + timedelta(seconds=delay))
                return False
            except Exception as exc:  # an adapter bug must not lose the message either
                logger.exception("conversation %s: %s failed unexpectedly", conv.id, what)
                await self.store.failed(item.id, repr(exc), self.clock() + timedelta(seconds=backoff(item.attempts)))
                return False
            await self.store.delivered(item.id)
        return True

    async def _apply(self, conv: Conversation, effect: Effect, attempt: Attempt) -> Conversation:
        """Carry out one effect; returns the conversation as it is now stored (a posted card's address)."""
        handoff = conv.handoff
        if effect.op is Op.SEND:
            assert effect.message is not None
            await self.messenger(conv.address.platform).send(conv.address, effect.message, attempt=attempt)
        elif effect.op is Op.POST_CARD:
            assert effect.card is not None
            channel = self.agent_channel
            posted = await self.messenger(channel.platform).post_card(channel, effect.card, attempt=attempt)
            await self.store.set_card_address(conv.id, effect.card.handoff_id, posted)
            if handoff is not None and handoff.id == effect.card.handoff_id:  # as set_card_address stored it
                conv = replace(conv, handoff=replace(handoff, card_address=posted), version=conv.version + 1)
        elif effect.op is Op.UPDATE_CARD:
            assert effect.card is not None
            where = effect.thread
            if where is None and handoff is not None and handoff.id == effect.card.handoff_id:
                where = handoff.card_address
            if where is None:
                raise NotYet("the card is not posted yet")
            await self.messenger(where.platform).update_card(where, effect.card)
        elif effect.op is Op.POST_IN_THREAD:
            assert effect.message is not None
            where = effect.thread or (handoff.card_address if handoff is not None else None)
            if where is None:
                raise NotYet("the card is not posted yet")
            await self.messenger(where.platform).post_in_thread(where, effect.message, attempt=attempt)
        elif effect.op is Op.MARK:
            assert effect.thread is not None and effect.message_ref is not None
            await self.messenger(effect.thread.platform).mark(effect.thread, effect.message_ref, effect.relayed)
        return conv

    async def _note_unreachable(self, conv: Conversation) -> tuple[Conversation, list[OutboxItem]]:
        """Tell the agents (once per handoff); returns the conversation as stored and the note to deliver."""
        handoff = conv.handoff
        if handoff is None or not handoff.open or handoff.customer_unreachable:
            return conv, []
        turn = TurnBuilder(conv, self.clock(), conv.version)
        turn.update(handoff=replace(handoff, customer_unreachable=True))
        turn.transition("system", "customer_unreachable", None)
        turn.tell_agents("notice", self.unreachable_note)
        built = turn.build(None)
        queued = await self.store.commit(built)
        return built.stored, queued


def _describe(effect: Effect) -> str:
    if effect.message is not None:
        return f"{effect.op.value} ({effect.message.kind})"
    return effect.op.value
