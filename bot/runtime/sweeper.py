"""The sweeper and the retention purge, in the background of every instance: the sweeper starts workers
for what a crashed instance left (stalled inbox items, due retries), queues what time brings (the
still-in-line notice, the weekly digest) through the inbox, and the purge deletes old conversations.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..insight.digest import WeeklyDigest, event_key
from ..models import DIGEST_CONVERSATION, DigestDue, WaitNotice
from ..ports import Store, StoreError
from .turn import InboxItem

if TYPE_CHECKING:
    from .runtime import Timings

logger = logging.getLogger(__name__)


class Sweeper:
    """The Runtime's background work (a part of ``Runtime``, which holds the state it uses)."""

    store: Store
    clock: Callable[[], datetime]
    timings: Timings
    retention_days: int
    digest: WeeklyDigest | None
    _digest_slot: datetime | None
    kick: Callable[[str], None]

    async def _sweep_forever(self) -> None:
        failures = 0  # in a row: the pause between sweeps doubles, and only the first is logged loudly
        while True:
            longest = max(self.timings.retry_max, self.timings.sweep_every)
            await asyncio.sleep(min(self.timings.sweep_every * 2**failures, longest))
            try:
                await self.sweep()
            except StoreError as exc:
                failures = min(failures + 1, 30)
                log = logger.warning if failures == 1 else logger.debug
                log("store unavailable, looking for leftover work again later: %s", exc)
                continue
            except Exception:
                failures = min(failures + 1, 30)
                logger.exception("sweep failed")
                continue
            if failures:
                logger.info("store available again after %d failed sweep(s)", failures)
                failures = 0

    async def sweep(self) -> int:
        """Start workers for conversations with stalled inbox items, due retries or handoffs waiting too
        long; returns how many."""
        now = self.clock()
        stalled = await self.store.stalled(now - timedelta(seconds=self.timings.stalled_after), now)
        for conversation_id in stalled:
            self.kick(conversation_id)
        for conversation_id, handoff_id in await self.store.due_wait_notices(now):
            notice = WaitNotice(f"wait-notice:{handoff_id}", conversation_id, handoff_id, now)
            if await self.store.accept(InboxItem(notice.event_id, conversation_id, notice, now)):
                self.kick(conversation_id)
        await self._queue_digest(now)
        return len(stalled)

    async def _queue_digest(self, now: datetime) -> None:
        slot = self.digest.schedule.due(now) if self.digest is not None else None
        if slot is None or slot == self._digest_slot:
            return
        due = DigestDue(event_key(slot), slot, now)
        if await self.store.accept(InboxItem(due.event_id, DIGEST_CONVERSATION, due, now)):
            self.kick(DIGEST_CONVERSATION)
        self._digest_slot = slot

    async def _purge_forever(self) -> None:
        while True:
            pause = self.timings.purge_every
            try:
                await self.purge()
            except StoreError as exc:
                logger.warning("retention purge postponed, store unavailable: %s", exc)
                pause = min(pause, self.timings.retry_max * 4)
            except Exception:
                logger.exception("retention purge failed")
            await asyncio.sleep(pause)

    async def purge(self) -> int:
        before = self.clock() - timedelta(days=self.retention_days)
        removed = await self.store.purge(before)
        if removed:
            logger.info("retention: deleted %d conversation(s) older than %d days", removed, self.retention_days)
        return removed

