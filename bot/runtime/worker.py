"""The workers: one per conversation at a time, holding a lease that works across instances. Each takes
the conversation's pending inbox items in order, waits for who wrote them (identities), runs each through
the engine, commits the turn with its outbox, and delivers it; an item that keeps failing becomes a dead
letter. At most ``Timings.workers`` run at once, and a slow one hands its turn on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..insight.digest import WeeklyDigest
from ..models import Conversation, DigestDue
from ..platform import DeliveryError
from ..ports import ConflictError, Observer, Store, StoreError
from .dead_letters import DeadLetters, check_readable, is_due
from .engine import Engine
from .identities import Identities
from .outbox import Deliverer
from .turn import InboxItem, OutboxItem, Turn

if TYPE_CHECKING:
    from .runtime import Timings

logger = logging.getLogger(__name__)


class LeaseLost(StoreError):
    """Another instance took over the conversation: this worker must stop before it commits or sends."""


class Workers:
    """The Runtime's workers (a part of ``Runtime``, which holds the state they use)."""

    engine: Engine
    store: Store
    deliverer: Deliverer
    clock: Callable[[], datetime]
    timings: Timings
    instance: str
    identities: Identities
    dead_letters: DeadLetters
    observer: Observer | None
    digest: WeeklyDigest | None
    _workers: dict[str, asyncio.Task]
    _slots: asyncio.Semaphore
    _again: set[str]
    _idle: asyncio.Event

    def kick(self, conversation_id: str) -> None:
        if self.identities.waiting(conversation_id):
            return  # its next message waits for the platform to say who wrote it; the sweeper brings it back
        if conversation_id in self._workers:
            self._again.add(conversation_id)
            return
        self._idle.clear()
        self._workers[conversation_id] = asyncio.create_task(self._work(conversation_id))

    @asynccontextmanager
    async def _slot(self) -> AsyncIterator[None]:
        """One of ``workers`` turns. A worker still running after ``slot_seconds`` is waiting on something
        (a rate-limited platform, say) and hands its turn on, so it cannot hold the others up."""
        await self._slots.acquire()
        held = [True]

        def hand_on() -> None:
            if held[0]:
                held[0] = False
                self._slots.release()

        timer = asyncio.get_running_loop().call_later(self.timings.slot_seconds, hand_on)
        try:
            yield
        finally:
            timer.cancel()
            hand_on()

    async def _work(self, conversation_id: str) -> None:
        try:
            while True:
                self._again.discard(conversation_id)
                try:
                    async with self._slot():
                        await self._drain(conversation_id)
                except StoreError as exc:
                    logger.error(
                        "conversation %s: store unavailable (%s); the sweeper will retry", conversation_id, exc
                    )
                    return
                except Exception:
                    logger.exception("conversation %s: worker failed; the sweeper will retry", conversation_id)
                    return
                if conversation_id not in self._again or self.identities.waiting(conversation_id):
                    return
        finally:
            del self._workers[conversation_id]
            self._again.discard(conversation_id)
            if not self._workers:
                self._idle.set()

    async def _drain(self, conversation_id: str) -> None:
        if not await self._take(conversation_id):
            return  # another instance holds it: it looks again after releasing (or, dead, the sweeper finds it)
        keeper = asyncio.create_task(self._keep_lease(conversation_id), name=f"tandem-lease-{conversation_id}")

        def still_ours() -> None:
            if keeper.done():
                raise LeaseLost(f"conversation {conversation_id}: another instance took it over")

        try:
            delivered_all = await self.deliverer.deliver_pending(conversation_id, still_ours)  # leftovers, due retries
            while True:
                self._again.discard(conversation_id)  # whatever was accepted before this look, it sees
                items = await self.store.pending(conversation_id)
                if not items:
                    break
                for item in items:
                    still_ours()
                    if not is_due(item, self.clock()):
                        return  # it failed lately and waits for its next try, and the items after it with it
                    try:
                        check_readable(item)
                        ready = await self.identities.settle(item, lambda: self.store.conversation(conversation_id))
                        if ready is None:
                            return  # it waits for its platform, and the items after it with it
                        committed = await self._process(ready, still_ours)
                    except StoreError:
                        raise  # the store's trouble, not the item's: the sweeper tries again
                    except Exception as exc:
                        if await self.dead_letters.failed(item, exc):
                            continue  # set aside for good: the next item goes on
                        return
                    if delivered_all and committed is not None:
                        delivered_all = await self.deliverer.deliver(*committed, still_ours, fresh=True)
        finally:
            lost = keeper.done()
            keeper.cancel()
            await asyncio.gather(keeper, return_exceptions=True)
            if not lost:  # a lost lease is someone else's now: leave it alone
                await self.store.release(conversation_id, self.instance)
        # An item another instance accepted while we held the lease found it taken and left it to us;
        # one that came after our last look is only visible now. (Any later one, its instance takes.)
        waiting = await self.store.pending(conversation_id, limit=1)
        if waiting and is_due(waiting[0], self.clock()):
            self._again.add(conversation_id)

    async def _take(self, conversation_id: str) -> bool:
        """Take or renew the lease for ``lease_seconds`` from now."""
        now = self.clock()
        until = now + timedelta(seconds=self.timings.lease_seconds)
        return await self.store.acquire(conversation_id, self.instance, now, until)

    async def _keep_lease(self, conversation_id: str) -> None:
        """Renew the lease every third of its length while the worker runs: a slow turn or a long wait
        for a platform must not let another instance take the conversation mid-way. Returns only when
        the lease is lost; a store that cannot be reached is tried again until the lease runs out."""
        every = self.timings.lease_seconds / 3
        renewed = time.monotonic()
        while True:
            await asyncio.sleep(every)
            try:
                if await self._take(conversation_id):
                    renewed = time.monotonic()
                    continue
            except Exception as exc:
                if time.monotonic() - renewed < self.timings.lease_seconds:
                    logger.warning("conversation %s: could not renew the lease yet (%s)", conversation_id, exc)
                    continue
            logger.error("conversation %s: lost the lease; another instance carries on", conversation_id)
            return

    async def _process(
        self, item: InboxItem, still_ours: Callable[[], None]
    ) -> tuple[Conversation, list[OutboxItem]] | None:
        """Run one item and commit its turn; returns the conversation as stored and what to deliver."""
        assert item.id is not None
        if isinstance(item.payload, DigestDue):
            await self._send_digest(item)
            return None
        for _attempt in range(3):
            turn = await self.engine.run(item)
            still_ours()
            if turn is None:
                await self.store.discard(item.id)
                return None
            try:
                queued = await self.store.commit(turn)
            except ConflictError:
                logger.warning(
                    "conversation %s changed while processing %s; running it again",
                    item.conversation_id,
                    item.event_key,
                )
                continue
            self._observe(turn)
            return turn.stored, queued
        raise StoreError(f"conversation {item.conversation_id} kept changing while processing {item.event_key}")

    def _observe(self, turn: Turn) -> None:
        if self.observer is not None:
            try:
                self.observer.committed(turn)
            except Exception:  # counting must never cost a customer their answer
                logger.exception("the turn observer failed")

    async def _send_digest(self, item: InboxItem) -> None:
        """Post the weekly digest; it is marked done once sent (or refused for good), so a crash before
        that sends it again from the sweep, and another instance's sweep does not queue it twice."""
        assert isinstance(item.payload, DigestDue) and item.id is not None
        if self.digest is not None:
            try:
                await self.digest.send_for(item.payload.slot)
            except DeliveryError as exc:
                if not exc.permanent:
                    raise
                logger.error("weekly digest not sent, the agents' channel refused it: %s", exc)
        await self.store.discard(item.id)

