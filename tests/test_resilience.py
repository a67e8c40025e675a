"""Nothing is lost: restarts, platform failures, crashes between steps, bad input."""

from __future__ import annotations

from datetime import UTC

import pytest

from bot.models import CustomerMessage, State
from bot.platform import DeliveryError
from bot.ports import StoreError
from bot.runtime.turn import InboxItem
from bot.store import SQLiteStore
from tandem.testing.playground import kinds, playground, texts
from tandem.testing.polling import wait_for


@pytest.mark.slow
async def test_a_handoff_survives_a_restart_with_its_transcript(tmp_path):
    path = str(tmp_path / "tandem.db")
    first = await playground(store=SQLiteStore(path))
    await first.say("where is my order?")
    await first.say("I need to talk to a person")
    await first.say("/claim")
    conversation_id = first.session.conversation_id
    await first.close()

    second = await playground(store=SQLiteStore(path))
    try:
        conv = await second.conversation()
        assert conv.id == conversation_id and conv.state is State.WITH_AGENT
        transcript = [e.text for e in await second.store.transcript(conv.id, 50)]
        assert "where is my order?" in transcript and "I need to talk to a person" in transcript
        out = await second.say("/agent Hello again, Ada")
        assert [r["kind"] for r in out if r["to"] == "customer"] == ["relay"]
        out = await second.say("/resolve")
        assert "resolved" in kinds(out, "customer")
    finally:
        await second.close()


class FlakyMessenger:
    """A platform that fails the first ``failures`` sends, then works; records what got through."""

    platform = "local"

    def __init__(self, failures: int = 0, error: DeliveryError | None = None) -> None:
        self.failures = failures
        self.error = error or DeliveryError("503 from the platform")
        self.sent: list[str] = []
        self.thread: list[str] = []
        self.cards = 0

    async def send(self, to, message, attempt=None):
        if self.failures:
            self.failures -= 1
            raise self.error
        self.sent.append(message.kind)

    async def post_card(self, channel, card, attempt=None):
        from bot.models import Address

        self.cards += 1
        return Address("local", "local", "agents", thread=card.handoff_id)

    async def update_card(self, card_address, card):
        return None

    async def post_in_thread(self, thread, message, attempt=None):
        self.thread.append(message.kind)

    async def mark(self, thread, message_ref, relayed):
        return None


async def test_a_platform_outage_delays_a_reply_but_never_drops_or_reorders_it():
    flaky = FlakyMessenger(failures=2)
    play = await playground(messenger=flaky)
    try:
        await play.say("hi")
        await play.say("agent please")
        # delivery retries on backoff; make the retries due now instead of waiting for them
        import itertools
        from datetime import datetime, timedelta

        ticks = itertools.count(1)
        later = lambda: datetime.now(UTC) + timedelta(minutes=10 * next(ticks))  # noqa: E731
        play.runtime.deliverer.clock = later
        play.runtime.clock = later
        await wait_for(lambda: len(flaky.sent) >= 3, what="the delayed replies")
        # (the jumps of ten minutes also make the waiting handoff tell the customer they are still in line)
        assert flaky.sent[:3] == ["reply", "handoff", "privacy_notice"]
    finally:
        await play.close()


async def test_a_customer_who_blocked_the_bot_is_noted_on_the_handoff():
    flaky = FlakyMessenger()
    play = await playground(messenger=flaky)
    try:
        await play.say("agent please")
        flaky.failures, flaky.error = 10, DeliveryError("403 MessageWritesBlocked", unreachable=True)
        await play.say("/claim")
        await wait_for(lambda: "notice" in flaky.thread, what="the unreachable notice")
        conv = await play.conversation()
        assert conv.handoff.customer_unreachable
        assert [d.effect.message.kind for d in await play.store.dead_letters()] == ["agent_joined"]
    finally:
        await play.close()


async def test_an_item_accepted_before_a_crash_is_processed_by_the_sweeper():
    play = await playground()
    try:
        from bot.runtime.runtime import utc_now

        msg = CustomerMessage("local:orphan", play.session.address, play.session.customer, "hello", utc_now())
        # as if an instance persisted it and died before its worker ran
        await play.store.accept(InboxItem(msg.event_id, msg.conversation_id, msg, msg.received_at))
        await wait_for(lambda: play.records, what="the sweeper to answer the orphaned message")
        assert kinds(play.new()) == ["reply"]
    finally:
        await play.close()


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\x00\x01\x02\x1b[31m", "é" * 100_000, "where is my order " * 6000, "\ud83d broken surrogate"],
)
@pytest.mark.slow
async def test_bad_input_gets_an_answer_and_never_crashes_the_loop(text):
    play = await playground()
    try:
        out = await play.say(text)
        assert out and out[0]["to"] == "customer"
        out = await play.say("hi")  # the conversation goes on
        assert kinds(out) == ["reply"]
    finally:
        await play.close()


async def test_a_huge_message_is_kept_whole_up_to_the_limit_and_the_customer_is_told_if_cut():
    play = await playground()
    try:
        out = await play.say("x" * 150_000)
        assert "very long" in texts(out, "customer")
        [entry] = [e for e in await play.store.transcript(play.session.conversation_id) if e.role.value == "customer"]
        assert len(entry.text) == 100_000
    finally:
        await play.close()


async def test_a_customer_without_orders_is_answered_kindly():
    play = await playground(email="nobody@example.org")
    try:
        out = await play.say("where is my order?")
        assert kinds(out) == ["reply"]
        assert "1001" not in out[0]["text"]
    finally:
        await play.close()


async def test_a_missing_database_folder_is_a_clear_error(tmp_path):
    store = SQLiteStore(str(tmp_path / "nope" / "tandem.db"))
    with pytest.raises(StoreError, match="does not exist"):
        await store.initialize()


async def test_a_locked_database_is_a_clear_error(tmp_path):
    import sqlite3

    path = tmp_path / "tandem.db"
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        import bot.store.sqlite as sqlite_module

        sqlite_module.BUSY_TIMEOUT_MS, saved = 50, sqlite_module.BUSY_TIMEOUT_MS
        try:
            with pytest.raises(StoreError, match="locked"):
                await SQLiteStore(str(path)).initialize()
        finally:
            sqlite_module.BUSY_TIMEOUT_MS = saved
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
