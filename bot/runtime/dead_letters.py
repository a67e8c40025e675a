"""Inbox items that keep failing: tried a bounded number of times with growing pauses, then set aside.

A message that breaks its turn every time (a payload this version cannot read, a bug it trips) must
not be retried forever, nor hold up the messages behind it. Each failed attempt is recorded with the
item (so the count survives restarts and is shared by every instance); after the last one the item
becomes a dead letter (``tandem inbox --dead``) and a ``MessageLost`` is queued, through the inbox like
any other work, so the customer and the agents hear that words were lost, once, whichever instance
gave up. Failures of the store itself are not the item's fault and never count here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from ..errors import TandemError
from ..models import AgentAction, AgentMessage, CustomerMessage, MessageLost
from ..ports import Store
from .turn import InboxItem, Unreadable

logger = logging.getLogger(__name__)


class UnreadableItem(TandemError):
    """An inbox payload that does not decode: no attempt can succeed, but it is counted like the others."""


@dataclass(frozen=True)
class Patience:
    attempts: int = 5  # tries in all before an item is set aside
    first_pause: float = 1.0  # seconds before the second try, doubling after each failure
    longest_pause: float = 60.0

    def pause(self, failures: int) -> float:
        return min(self.first_pause * 2 ** max(failures - 1, 0), self.longest_pause)


def is_due(item: InboxItem, now: datetime) -> bool:
    """May the item be tried now (it has not failed, or its pause is over)?"""
    return item.due is None or item.due <= now


def check_readable(item: InboxItem) -> None:
    if isinstance(item.payload, Unreadable):
        raise UnreadableItem(item.payload.problem)


class DeadLetters:
    def __init__(self, store: Store, clock: Callable[[], datetime], patience: Patience = Patience()) -> None:
        self.store = store
        self.clock = clock
        self.patience = patience

    async def failed(self, item: InboxItem, exc: Exception) -> bool:
        """Record a failed attempt at ``item``; True when it was set aside for good (the next may go on)."""
        assert item.id is not None
        failures = item.attempts + 1
        error = f"{type(exc).__name__}: {exc}"
        unreadable = "unreadable " if isinstance(item.payload, Unreadable) else ""
        where = f"conversation {item.conversation_id}: {unreadable}{kind_of(item)} item {item.event_key}"
        now = self.clock()
        if failures < self.patience.attempts:
            pause = self.patience.pause(failures)
            if failures == 1:
                logger.error(
                    "%s failed (attempt 1 of %d, next in %.0f s)", where, self.patience.attempts, pause, exc_info=exc
                )
            else:
                logger.warning(
                    "%s failed again (attempt %d of %d, next in %.0f s): %s", where, failures, self.patience.attempts,
                    pause, error
                )
            await self.store.inbox_failed(item.id, error, now + timedelta(seconds=pause))
            return False
        logger.error(
            "%s failed %d times and is set aside (`tandem inbox --dead`); the messages after it go on: %s",
            where, failures, error,
        )
        if not isinstance(item.payload, MessageLost):  # nobody is told twice, and a lost notice is not news
            notice = lost_notice(item, now)
            await self.store.accept(InboxItem(notice.event_id, item.conversation_id, notice, now))
        await self.store.inbox_failed(item.id, error, None)
        return True


def lost_notice(item: InboxItem, now: datetime) -> MessageLost:
    payload = item.payload
    customer = replace(payload, text="") if isinstance(payload, CustomerMessage) else None
    return MessageLost(f"lost:{item.event_key}", item.conversation_id, item.event_key, kind_of(item), now, customer)


_KINDS = {CustomerMessage.__name__: "customer", AgentMessage.__name__: "agent", AgentAction.__name__: "action"}


def kind_of(item: InboxItem) -> str:
    """customer, agent or action (what people are told about), else the model's name."""
    payload = item.payload
    name = payload.stored_as if isinstance(payload, Unreadable) else type(payload).__name__
    return _KINDS.get(name, name or "unknown")
