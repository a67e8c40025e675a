"""Tandem's runtime: the one entry point for inbound traffic, and the workers behind it.

Inbound items are persisted (de-duplicated) before an adapter acknowledges the platform; a worker per
conversation, holding a lease that works across instances, runs each item through the engine, commits
the turn with its outgoing effects, then delivers them. A sweeper picks up whatever a crash left behind.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ..insight.digest import WeeklyDigest, event_key
from ..models import (
    DIGEST_CONVERSATION,
    Address,
    Conversation,
    DigestDue,
    Inbound,
    Person,
    State,
    WaitNotice,
    conversation_id_for,
)
from ..platform import DeliveryError, Directory, Receipt
from ..ports import ConflictError, Observer, Store, StoreError
from ..privacy.entry import redacted_at_entry
from .dead_letters import DeadLetters, Patience, check_readable, is_due
from .dispatch import handling
from .engine import Engine
from .identities import Identities
from .outbox import Deliverer
from .turn import InboxItem, OutboxItem, Turn

logger = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Timings:
    lease_seconds: float = 30.0  # renewed every third of it while a worker holds it
    sweep_every: float = 1.0
    stalled_after: float = 5.0  # an unprocessed item this old is someone else's leftover
    purge_every: float = 3600.0
    retry_max: float = 15.0  # the longest pause between sweeps (and purges) while the store is away
    workers: int = 8  # conversations worked on at once; more wait their turn, so acknowledgements stay quick
    slot_seconds: float = 0.25  # a worker slower than this (waiting on a platform) gives its turn to the next
    identity_deadline: float = 5.0  # one look-up of who wrote (a Directory), the platform's retries included
    identity_patience: float = 120.0  # a customer's message waits this long for their email, then is answered without
    identity_retry: float = 2.0  # first pause between look-ups while the platform fails, doubling
    patience: Patience = Patience()  # how often an inbox item that keeps failing is tried before it is set aside


class LeaseLost(StoreError):
    """Another instance took over the conversation: this worker must stop before it commits or sends."""


class Runtime:
    def __init__(
        self,
        engine: Engine,
        store: Store,
        deliverer: Deliverer,
        clock: Callable[[], datetime] = utc_now,
        retention_days: int = 30,
        timings: Timings = Timings(),
        instance: str | None = None,
        directories: Mapping[str, Directory] | None = None,
        digest: WeeklyDigest | None = None,
        observer: Observer | None = None,
    ) -> None:
        self.engine = engine
        self.observer = observer
        self.digest = digest
        self._digest_slot: datetime | None = None  # the last week this instance queued (or saw queued)
        self.store = store
        self.deliverer = deliverer
        self.clock = clock
        self.retention_days = retention_days
        self.timings = timings
        self.instance = instance or uuid.uuid4().hex[:12]
        self.identities = Identities(
            directories or {},
            clock=clock,
            deadline=timings.identity_deadline,
            patience=timings.identity_patience,
            retry=timings.identity_retry,
        )
        self.dead_letters = DeadLetters(store, clock, timings.patience)
        self._workers: dict[str, asyncio.Task] = {}
        self._slots = asyncio.Semaphore(timings.workers)
        self._again: set[str] = set()
        self._idle = asyncio.Event()
        self._idle.set()
        self._background: list[asyncio.Task] = []

    # ---- lifecycle ----

    async def start(self) -> None:
        self._background = [
            asyncio.create_task(self._sweep_forever(), name="tandem-sweeper"),
            asyncio.create_task(self._purge_forever(), name="tandem-retention"),
        ]

    async def stop(self, grace: float = 5.0) -> None:
        for task in self._background:
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        self._background = []
        if self._workers:
            done, pending = await asyncio.wait(list(self._workers.values()), timeout=grace)
            for task in pending:
                task.cancel()
        await self.identities.stop()
        await self.engine.aclose()

    async def idle(self) -> None:
        """Wait until no conversation has work running in this instance."""
        while self._workers:
            await self._idle.wait()

    # ---- the entry point ----

    async def receive(self, inbound: Inbound) -> Receipt:
        """Persist an inbound item (its text redacted first) and schedule it. Raises StoreError when it
        cannot be persisted: adapters must then not acknowledge it, so the platform delivers it again."""
        kit = self.engine.kit
        inbound = redacted_at_entry(inbound, kit.redact, kit.redact_secrets or kit.redact)
        how = handling(inbound)
        if how is None or how.admit is None:
            raise TypeError(f"not an inbound item: {type(inbound).__name__}")
        admission = await how.admit(inbound, self.store, kit)
        if admission.conversation_id is None:
            return Receipt(accepted=False, problem=admission.problem)
        conversation_id = admission.conversation_id
        item = InboxItem(
            event_key=inbound.event_id,
            conversation_id=conversation_id,
            payload=inbound,
            received_at=inbound.received_at,
        )
        if not await self.store.accept(item):
            logger.info("duplicate delivery of %s ignored", inbound.event_id)
            return Receipt(accepted=False, duplicate=True)
        self.identities.prefetch(inbound)  # who wrote, from their platform: by the time a worker needs it
        self.kick(conversation_id)
        return Receipt(accepted=True)

    async def in_conversation(self, where: Address, person: Person) -> bool:
        """Whether the bot has a conversation with ``person`` at ``where`` (a thread it is part of)."""
        return await self.store.conversation(conversation_id_for(where, person)) is not None

    async def with_people(self, where: Address, person: Person) -> bool:
        """Whether ``person``'s conversation at ``where`` waits for or is with an agent."""
        conversation = await self.store.conversation(conversation_id_for(where, person))
        return conversation is not None and conversation.state is not State.BOT

    def kick(self, conversation_id: str) -> None:
        if self.identities.waiting(conversation_id):
            return  # its next message waits for the platform to say who wrote it; the sweeper brings it back
        if conversation_id in self._workers:
            self._again.add(conversation_id)
            return
        self._idle.clear()
        self._workers[conversation_id] = asyncio.create_task(self._work(conversation_id))

    # ---- workers ----

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

    # ---- background ----

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
