"""The SQLite store beyond the shared contract: another program holding the database, and the WAL."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest

from bot import codec
from bot.facts import Fact, FactKind
from bot.models import Conversation, State
from bot.platform import Outgoing
from bot.ports import StoreError
from bot.runtime.turn import Effect, InboxItem, Op, Turn
from bot.store import SQLiteStore
from bot.store.sqlite_schema import MIGRATIONS
from tandem.testing.polling import wait_for
from tests.factories import NOW, customer_message, handoff_for


def an_item(event: str = "E1") -> InboxItem:
    msg = customer_message("hi", event_id=event)
    return InboxItem(f"slack:{event}", msg.conversation_id, msg, msg.received_at)


async def test_a_write_waits_for_another_program_without_holding_up_everything_else(tmp_path):
    path = tmp_path / "tandem.db"
    store = SQLiteStore(str(path))
    await store.initialize()
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # e.g. `tandem purge` running in another process
        accepting = asyncio.create_task(store.accept(an_item()))
        for _ in range(20):  # the event loop goes on while the write waits for the lock
            await asyncio.sleep(0)
        assert not accepting.done()
        assert await store.pending(an_item().conversation_id) == []  # reads do not wait (WAL)
        other.execute("COMMIT")
        assert await accepting
        assert [i.event_key for i in await store.pending(an_item().conversation_id)] == ["slack:E1"]
    finally:
        other.close()
        await store.close()


async def test_the_write_ahead_log_is_checkpointed_in_the_background(tmp_path):
    path = tmp_path / "tandem.db"
    store = SQLiteStore(str(path))
    await store.initialize()
    try:
        conv = Conversation.new(customer_message("hi"))
        effects = (Effect(Op.SEND, message=Outgoing("reply", "x" * 4000)),)
        await store.commit(Turn(conversation=conv, effects=effects))
        version = 1
        for _ in range(10):  # bursts of writes, each past the checkpoint threshold
            for _ in range(200):
                await store.commit(Turn(conversation=conv, effects=effects, expected_version=version))
                version += 1
            await wait_for(lambda: _checkpoint_idle(store), what="the background checkpoint to finish")
        wal = path.with_name(path.name + "-wal").stat().st_size
        assert wal < 30_000_000, wal  # without checkpoints the log would hold every commit (about 68 MB)
    finally:
        await store.close()


def _checkpoint_idle(store: SQLiteStore) -> bool:
    running = store._db._checkpoint  # the background checkpoint, if one was started
    return running is None or running.done()


async def test_a_database_from_an_earlier_version_is_upgraded_in_place_with_its_conversations(tmp_path):
    path = tmp_path / "tandem.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for statement in filter(str.strip, MIGRATIONS[0].split(";")):
        db.execute(statement)
    db.execute("INSERT INTO schema_version (version) VALUES (1)")
    conv = replace(Conversation.new(customer_message("help")), state=State.WAITING, handoff=handoff_for("c"))
    db.execute(
        "INSERT INTO conversations (id, email, state, updated_at, version, data) VALUES (?, ?, ?, ?, 1, ?)",
        (conv.id, "ada@example.com", "waiting", NOW.timestamp(), codec.dumps(replace(conv, version=1))),
    )
    waiting = customer_message("and my order?", event_id="E2")
    db.execute(
        "INSERT INTO inbox (event_key, conversation_id, payload, received_at) VALUES (?, ?, ?, ?)",
        ("slack:E2", waiting.conversation_id, codec.dump_tagged(waiting), NOW.timestamp()),
    )
    reply = Effect(Op.SEND, message=Outgoing("reply", "still on its way"))
    db.execute("INSERT INTO outbox (conversation_id, effect) VALUES (?, ?)", (conv.id, codec.dumps(reply)))
    db.commit()
    db.close()

    store = SQLiteStore(str(path))
    await store.initialize()
    try:
        assert (await store.conversation(conv.id)).handoff == conv.handoff
        assert await store.due_wait_notices(NOW + timedelta(days=1)) == []  # made before the notice existed
        [kept] = await store.outbox(conv.id, NOW)  # queued before Tandem kept the time: still delivered
        assert (kept.effect, kept.queued_at, kept.attempt(True).key) == (reply, None, str(kept.id))
        await _claim_with_a_fact(store, conv)
        [pending] = await store.pending(waiting.conversation_id)  # waiting when the upgrade came: still waiting
        assert (pending.payload, pending.attempts, pending.due) == (waiting, 0, None)
        assert await store.inbox_dead_letters() == []
        [[version]] = sqlite3.connect(path).execute("SELECT MAX(version) FROM schema_version").fetchall()
        assert version == len(MIGRATIONS)
    finally:
        await store.close()


async def test_a_database_from_a_newer_tandem_is_refused_untouched(tmp_path):
    path = tmp_path / "tandem.db"
    store = SQLiteStore(str(path))
    await store.initialize()
    await store.close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO schema_version (version) VALUES (99)")
    db.commit()
    db.close()
    newer = SQLiteStore(str(path))
    with pytest.raises(StoreError, match="schema version 99, newer than this Tandem knows"):
        await newer.initialize()
    [[version]] = sqlite3.connect(path).execute("SELECT MAX(version) FROM schema_version").fetchall()
    assert version == 99


async def _claim_with_a_fact(store, conv) -> None:
    """A conversation from before the facts table goes on recording them."""
    claim = Fact(FactKind.CLAIM, NOW, conv.id, "slack", handoff_id="h1", value=60.0)
    await store.commit(
        Turn(conversation=replace(conv, state=State.WITH_AGENT, version=1), expected_version=1, facts=(claim,))
    )
    assert await store.facts(NOW - timedelta(days=1), NOW + timedelta(days=1)) == [claim]
