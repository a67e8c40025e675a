"""A burst from many customers at once: every message answered exactly once, in order, whatever the
number of conversations the runtime works on at a time."""

from __future__ import annotations

import asyncio
from collections import defaultdict

import pytest

from bot.models import Address, CustomerMessage, Person
from bot.runtime.runtime import Timings, utc_now
from bot.settings import Settings
from bot.store import SQLiteStore
from tandem.app import build_runtime
from tandem.testing.polling import wait_for


class Recorder:
    platform = "local"

    def __init__(self) -> None:
        self.sent: dict[str, list[str]] = defaultdict(list)
        self.cards = 0

    async def send(self, to, message, attempt=None):
        self.sent[to.channel].append(message.kind)

    async def post_card(self, channel, card, attempt=None):
        self.cards += 1
        return Address("local", "local", "agents", thread=card.handoff_id)

    async def update_card(self, card_address, card):
        return None

    async def post_in_thread(self, thread, message, attempt=None):
        return None

    async def mark(self, thread, message_ref, relayed):
        return None


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 4, 32])
async def test_a_burst_from_many_customers_is_answered_once_each_in_order(tmp_path, workers):
    recorder = Recorder()
    settings = Settings.from_env({})
    sqlite = SQLiteStore(str(tmp_path / "tandem.db"))
    runtime, store = await build_runtime(
        settings, {"local": recorder}, local_agents=True, store=sqlite, timings=Timings(workers=workers)
    )
    await runtime.start()
    try:
        script = ["hi there", "where is my order?", "I want to talk to a person"]
        for step, text in enumerate(script):
            for n in range(40):
                message = CustomerMessage(
                    f"burst:{n}:{step}",
                    Address("local", "w", f"dm{n}"),
                    Person(f"u{n}", "Ada", "ada@example.com"),
                    text,
                    utc_now(),
                )
                assert (await runtime.receive(message)).accepted
        await runtime.idle()
    finally:
        await runtime.stop()
        await store.close()
    assert len(recorder.sent) == 40
    assert all(kinds == ["reply", "reply", "handoff", "privacy_notice"] for kinds in recorder.sent.values())
    assert recorder.cards == 40


class Stuck(Recorder):
    """A platform that never answers for one customer (rate-limited, say) until told to."""

    def __init__(self, stuck_channel: str) -> None:
        super().__init__()
        self.stuck_channel = stuck_channel
        self.release = asyncio.Event()

    async def send(self, to, message, attempt=None):
        if to.channel == self.stuck_channel:
            await self.release.wait()
        await super().send(to, message)


async def test_a_conversation_stuck_on_its_platform_does_not_hold_up_the_others(tmp_path):
    stuck = Stuck("dm0")
    runtime, store = await build_runtime(
        Settings.from_env({}), {"local": stuck}, local_agents=True, store=SQLiteStore(str(tmp_path / "t.db")),
        timings=Timings(workers=1, slot_seconds=0.05),
    )  # fmt: skip
    await runtime.start()
    try:
        for n in range(5):
            message = CustomerMessage(
                f"stuck:{n}", Address("local", "w", f"dm{n}"), Person(f"u{n}"), "hi there", utc_now()
            )
            assert (await runtime.receive(message)).accepted
        await wait_for(lambda: len(stuck.sent) == 4, what="the other four customers' answers")
        assert "dm0" not in stuck.sent
        stuck.release.set()
        await wait_for(lambda: stuck.sent.get("dm0") == ["reply"], what="the stuck customer's answer, once free")
    finally:
        stuck.release.set()
        await runtime.stop()
        await store.close()
