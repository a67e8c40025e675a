"""An inbox item that fails every time it is tried is tried a bounded number of times with growing pauses,
then set aside as a dead letter: the customer's next messages are answered, the customer and the agents
are told words were lost (never shown them), and it all survives a restart. Memory, SQLite, PostgreSQL."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from bot.models import CustomerMessage
from bot.runtime.runtime import utc_now
from bot.runtime.turn import InboxItem
from bot.store import MemoryStore, SQLiteStore
from tandem.testing.playground import kinds, playground, texts
from tests.conftest import postgres_store_or_skip
from tests.support.clock import ManualClock

ATTEMPTS = 5  # the default Patience


class RefusingMemoryStore(MemoryStore):
    """A database that refuses one customer's words every time (as SQLite refused a lone surrogate)."""

    async def commit(self, turn):
        if any("\N{SKULL}" in entry.text for entry in turn.transcript):
            raise ValueError("the database cannot store this text")
        return await super().commit(turn)


async def open_store(kind: str, tmp_path):
    if kind == "memory":
        return MemoryStore()
    if kind == "sqlite":
        return SQLiteStore(str(tmp_path / "tandem.db"))
    return await postgres_store_or_skip()


def unreadable_message(session, clock, event: str = "local:legacy-1") -> InboxItem:
    """A customer message as an older Tandem stored it from a Teams activity with a numeric serviceUrl:
    it is written, but its address cannot be read back."""
    address = session.address.with_meta(service_url=12345)
    message = CustomerMessage(event, address, session.customer, "where is my order?", clock())
    return InboxItem(event, session.conversation_id, message, clock())


async def tried_until_set_aside(world, clock, attempts: int = ATTEMPTS) -> None:
    """Let the pauses pass, one sweep at a time, until the item has had every attempt."""
    for _ in range(attempts):
        clock.advance(2)  # longer than any pause of the default patience
        await world.swept()


@pytest.fixture(params=["sqlite", "postgres"])  # the memory store keeps objects: nothing to misread
async def store_kind(request):
    return request.param


async def arrives(world, item: InboxItem) -> None:
    """An item accepted into the inbox, and the work it started done."""
    assert await world.store.accept(item)
    world.runtime.kick(item.conversation_id)
    await world.runtime.idle()


@pytest.mark.slow
async def test_an_unreadable_message_is_tried_a_few_times_then_set_aside_and_the_next_is_answered(
    store_kind, tmp_path, caplog
):
    clock = ManualClock(utc_now())  # the playground stamps messages with the real time
    world = await playground(store=await open_store(store_kind, tmp_path), clock=clock)
    try:
        await world.say("hello")  # the conversation exists: the customer can be told
        world.new()
        caplog.set_level(logging.WARNING)
        await arrives(world, unreadable_message(world.session, clock))
        [waiting] = await world.store.pending(world.session.conversation_id)
        # tried once, waits for its next try
        assert waiting.attempts == 1 and waiting.due is not None and waiting.due > clock()

        await world.session.handle("where is my order?")  # behind it: waits, in order
        assert kinds(world.new(), to="customer") == []

        await tried_until_set_aside(world, clock)
        records = world.new()
        assert sorted(kinds(records, to="customer")) == ["message_lost", "reply"]  # told, and the next answered
        assert "couldn't read one of your messages" in texts(records, to="customer", kind="message_lost")
        assert "1001" in texts(records, to="customer", kind="reply")
        told = texts(records, to="agents", kind="message_lost")
        assert "Ada" in told and world.session.conversation_id in told and "where is my order" not in told

        [dead] = await world.store.inbox_dead_letters()
        assert (dead.event_key, dead.attempts) == ("local:legacy-1", ATTEMPTS) and "TypeError" in dead.error
        assert await world.store.pending(world.session.conversation_id) == []
        assert [a.action for a in await world.store.audit_log(world.session.conversation_id)].count("message_lost") == 1
        tracebacks = [r for r in caplog.records if r.exc_info and "legacy-1" in r.getMessage()]
        assert len(tracebacks) == 1  # the first failure's traceback, not one per attempt
        assert "set aside" in caplog.text
    finally:
        await world.close()


async def test_a_message_the_database_refuses_is_set_aside_and_the_customer_asked_to_send_it_again():
    clock = ManualClock(utc_now())  # the playground stamps messages with the real time
    world = await playground(store=RefusingMemoryStore(), clock=clock)
    try:
        await world.session.handle("my parcel \N{SKULL} never came")
        assert world.new() == []
        await world.session.handle("I want to talk to a person")
        await tried_until_set_aside(world, clock)
        records = world.new()
        assert "message_lost" in kinds(records, to="customer")
        assert "handoff" in kinds(records, to="customer")  # the next message went on
        assert "never came" not in texts(records, to="agents")
        assert (await world.conversation()).state.value == "waiting"
        [dead] = await world.store.inbox_dead_letters(conversation_id=world.session.conversation_id)
        assert "cannot store this text" in dead.error
    finally:
        await world.close()


@pytest.mark.slow
async def test_attempts_survive_a_restart_and_a_lost_message_is_announced_once(tmp_path):
    clock = ManualClock(utc_now())  # the playground stamps messages with the real time
    path = str(tmp_path / "tandem.db")
    world = await playground(store=SQLiteStore(path), clock=clock)
    await world.say("hello")
    await arrives(world, unreadable_message(world.session, clock))
    await tried_until_set_aside(world, clock, attempts=1)
    await world.close()

    world = await playground(store=SQLiteStore(path), clock=clock)  # a restart, or another instance
    try:
        [waiting] = await world.store.pending(world.session.conversation_id)
        assert waiting.attempts == 2
        await tried_until_set_aside(world, clock, attempts=ATTEMPTS - 2)
        assert kinds(world.new(), to="customer") == ["message_lost"]  # 5 attempts in all, across the restart
        await tried_until_set_aside(world, clock, attempts=3)  # nothing more to do: nobody is told twice
        assert world.new() == []
        assert len(await world.store.inbox_dead_letters()) == 1
    finally:
        await world.close()


async def test_a_lost_first_message_starts_the_conversation_to_say_so(tmp_path):
    clock = ManualClock(utc_now())  # the playground stamps messages with the real time
    world = await playground(store=RefusingMemoryStore(), clock=clock)
    try:
        await world.session.handle("\N{SKULL}")
        await tried_until_set_aside(world, clock)
        records = world.new()
        assert kinds(records, to="customer") == ["message_lost"]
        assert kinds(records, to="agents") == ["message_lost"]
        conversation = await world.conversation()
        assert conversation is not None and conversation.customer.email == "ada@example.com"
    finally:
        await world.close()


async def test_an_agents_lost_message_is_told_to_the_agents_only(tmp_path):
    clock = ManualClock(utc_now())  # the playground stamps messages with the real time
    world = await playground(store=RefusingMemoryStore(), clock=clock)
    try:
        await world.say("I want to talk to a person")
        await world.say("/claim")
        world.new()
        await world.session.handle("/agent here is the \N{SKULL} fix")
        await tried_until_set_aside(world, clock)
        records = world.new()
        assert kinds(records, to="customer") == []
        assert "did not reach them" in texts(records, to="agents", kind="message_lost")
    finally:
        await world.close()


async def test_the_store_being_away_never_counts_against_a_message(tmp_path):
    clock = ManualClock(utc_now())  # the playground stamps messages with the real time
    store = MemoryStore()
    world = await playground(store=store, clock=clock)
    try:
        from bot.ports import StoreError

        calls = {"n": 0}
        original = store.conversation

        async def away(conversation_id):
            calls["n"] += 1
            raise StoreError("database is locked")

        store.conversation = away  # type: ignore[method-assign]
        await world.session.handle("hello")
        for _ in range(ATTEMPTS + 2):
            clock.advance(2)
            await world.swept()
        assert calls["n"] > ATTEMPTS
        [item] = await store.pending(world.session.conversation_id)
        assert item.attempts == 0
        store.conversation = original  # type: ignore[method-assign]
        await world.swept()
        assert kinds(world.new(), to="customer") == ["reply"]
    finally:
        await world.close()


def test_lost_notices_carry_no_words():
    from bot.runtime.dead_letters import lost_notice
    from tests.factories import customer_message

    message = customer_message("my card is 4111 1111 1111 1111")
    notice = lost_notice(
        InboxItem("slack:E1", message.conversation_id, message, message.received_at, id=1), message.received_at
    )
    assert notice.customer == replace(message, text="") and notice.kind == "customer"


@pytest.mark.slow
async def test_two_instances_share_the_count_and_announce_a_lost_message_once(schema):
    from bot.store.postgres import PostgresStore
    from tests.pg import database_url_for_tests

    clock = ManualClock(utc_now())
    first = await playground(store=PostgresStore(database_url_for_tests(), schema=schema), clock=clock)
    second = await playground(store=PostgresStore(database_url_for_tests(), schema=schema), clock=clock)
    try:
        await first.say("hello")
        await arrives(first, unreadable_message(first.session, clock))
        for _ in range(ATTEMPTS + 2):
            clock.advance(2)
            await first.swept()
            await second.swept()
        said = first.new() + second.new()
        assert kinds(said, to="customer") == ["message_lost"] and kinds(said, to="agents") == ["message_lost"]
        [dead] = await second.store.inbox_dead_letters()
        assert dead.attempts == ATTEMPTS  # counted in the database, whichever instance tried
    finally:
        await first.close()
        await second.close()
