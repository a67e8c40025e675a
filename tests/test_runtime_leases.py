"""The runtime's lease on a conversation, with two instances on one store: a slow turn keeps it, a lost one
stops the worker before it sends anything more, and a store that is away is retried with backoff."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from adapters.local.messenger import LocalMessenger
from bot.models import Address, CustomerMessage, Person
from bot.ports import StoreError
from bot.runtime.runtime import Runtime, Timings
from bot.settings import Settings
from bot.store import MemoryStore
from tandem.app import build_runtime
from tandem.testing.polling import wait_for
from tests.factories import NOW

SHORT = Timings(lease_seconds=0.3, sweep_every=0.02, stalled_after=0.05, purge_every=3600)


class CountingStore(MemoryStore):
    """A MemoryStore that counts lease renewals per holder, and can be made unreachable."""

    def __init__(self) -> None:
        super().__init__()
        self.renewals: dict[str, int] = {}
        self.away = False
        self.sweeps = 0

    async def acquire(self, conversation_id, holder, now, until):
        won = await super().acquire(conversation_id, holder, now, until)
        if won:
            self.renewals[holder] = self.renewals.get(holder, 0) + 1
        return won

    async def stalled(self, older_than, now, limit=100):
        self.sweeps += 1
        if self.away:
            raise StoreError("database is away")
        return await super().stalled(older_than, now, limit)

    def holder(self, conversation_id: str) -> str | None:
        lease = self._leases.get(conversation_id)
        return lease[0] if lease else None


class GatedMessenger(LocalMessenger):
    """Sends to a list; the first send waits at a gate until the test opens it."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        super().__init__(lambda record: self.sent.append(record["kind"]))
        self.gate = asyncio.Event()
        self.waiting = False

    async def send(self, to, message, attempt=None):
        if not self.gate.is_set():
            self.waiting = True
            await self.gate.wait()
        return await super().send(to, message)


async def instance(store, messenger, timings: Timings = SHORT) -> Runtime:
    settings = Settings.from_env({"DATABASE_URL": "memory://"})
    runtime, _ = await build_runtime(settings, {"local": messenger}, local_agents=True, store=store, timings=timings)
    await runtime.start()
    return runtime


def message(text: str, event_id: str) -> CustomerMessage:
    where = Address(platform="local", workspace="local", channel="dm-ada")
    return CustomerMessage(event_id, where, Person("ada", "Ada", "ada@example.com"), text, NOW)


@pytest.mark.slow
async def test_a_turn_slower_than_the_lease_keeps_it_and_is_sent_once():
    store, slow, other = CountingStore(), GatedMessenger(), GatedMessenger()
    other.gate.set()
    a, b = await instance(store, slow), await instance(store, other)
    try:
        first = message("where is order 1001?", "E1")
        assert (await a.receive(first)).accepted
        await wait_for(lambda: slow.waiting, what="a sending the reply")
        # the send takes many lease lengths: a keeps renewing, and b, sweeping all along, never takes over
        await wait_for(lambda: store.renewals.get(a.instance, 0) >= 5, timeout=5, what="five renewals")
        assert store.holder(first.conversation_id) == a.instance and b.instance not in store.renewals
        slow.gate.set()
        await wait_for(lambda: slow.sent, what="the reply")
        assert (await b.receive(message("thanks!", "E2"))).accepted
        await wait_for(lambda: other.sent, what="the next reply, from b")
        await a.idle()
        await b.idle()
        assert (slow.sent, other.sent) == (["reply"], ["reply"])
    finally:
        await a.stop()
        await b.stop()


async def test_a_worker_that_lost_its_lease_sends_nothing_more_and_leaves_the_lease_alone(caplog):
    store, slow = CountingStore(), GatedMessenger()
    a = await instance(store, slow, Timings(lease_seconds=0.3, sweep_every=3600, purge_every=3600))
    try:
        asked = message("I want to talk to a person", "E1")  # a handoff: several messages to send
        assert (await a.receive(asked)).accepted
        await wait_for(lambda: slow.waiting, what="the first message on its way")
        left = len(await store.outbox(asked.conversation_id, NOW))
        # a stalls past its lease (a long pause, say) and another instance takes the conversation over
        store._leases[asked.conversation_id] = ("thief", store._leases[asked.conversation_id][1])
        await wait_for(lambda: any("lost the lease" in r.getMessage() for r in caplog.records), what="a noticing")
        slow.gate.set()
        await a.idle()
        assert len(slow.sent) == 1  # the one already in flight; nothing after it
        assert len(await store.outbox(asked.conversation_id, NOW)) == left - 1 > 0  # the rest wait for the thief
        assert store.holder(asked.conversation_id) == "thief"
    finally:
        await a.stop()


@pytest.mark.slow
async def test_the_sweeper_backs_off_while_the_store_is_away_and_says_so_once(caplog):
    store = CountingStore()
    store.away = True
    timings = Timings(sweep_every=0.01, retry_max=0.16, purge_every=3600)
    with caplog.at_level(logging.INFO, logger="bot.runtime.sweeper"):
        a = await instance(store, GatedMessenger(), timings)
        try:
            started = time.monotonic()
            await wait_for(lambda: store.sweeps >= 6, timeout=5, what="six sweeps")
            # 0.02 + 0.04 + 0.08 + 0.16 + 0.16 s at least between the first and the sixth: not a busy loop
            assert time.monotonic() - started > 0.4
            warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
            assert len(warnings) == 1 and "store unavailable" in warnings[0].getMessage()
            store.away = False
            recovered = lambda: any("available again" in r.getMessage() for r in caplog.records)  # noqa: E731
            await wait_for(recovered, timeout=2, what="recovery")
            back = store.sweeps
            await wait_for(lambda: store.sweeps >= back + 5, timeout=1, what="sweeping at full speed again")
        finally:
            await a.stop()
