"""The Runtime: the one entry point for inbound traffic, and the workers behind it, built from its parts:
the inbox's door (``inbox``), the workers (``worker``) and the background sweeper (``sweeper``). Here: its
timings, and starting and stopping it.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from ..insight.digest import WeeklyDigest
from ..platform import Directory
from ..ports import Observer, Store
from .dead_letters import DeadLetters, Patience
from .engine import Engine
from .identities import Identities
from .inbox import Inbox
from .outbox import Deliverer
from .sweeper import Sweeper
from .worker import Workers


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


class Runtime(Inbox, Workers, Sweeper):
    """Tandem's runtime: receives inbound items (Inbox), works on them (Workers), sweeps up (Sweeper)."""

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

