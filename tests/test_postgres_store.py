"""PostgreSQL beyond the contract: several instances on one database, migrations, and a server that goes away."""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from bot import codec
from bot.facts import Fact, FactKind
from bot.models import Conversation, State
from bot.platform import Outgoing
from bot.ports import ConflictError, StoreError
from bot.runtime.turn import Effect, InboxItem, Op, Turn
from bot.store import open_store
from bot.store.postgres import PostgresStore, migrate
from bot.store.postgres_errors import describe, url_password
from bot.store.postgres_schema import MIGRATIONS
from tandem.testing.polling import wait_for
from tests.factories import NOW, customer_message, handoff_for, person
from tests.pg import admin_connection, database_url_for_tests
from tests.tcp_proxy import TcpProxy

REPO = Path(__file__).resolve().parent.parent
ALL_VERSIONS = sorted(MIGRATIONS)


@pytest.fixture
async def instances(schema):
    """Open stores on one schema, as separate Tandem instances would; closed after the test."""
    opened: list[PostgresStore] = []

    async def open_instance(**options) -> PostgresStore:
        store = PostgresStore(database_url_for_tests(), schema=schema, **options)
        opened.append(store)
        await store.initialize()
        return store

    yield open_instance
    for store in opened:
        await store.close()


def inbox_item(event: str, conversation_user: str = "U1") -> InboxItem:
    msg = customer_message("hi", event_id=event, customer=person(conversation_user))
    return InboxItem(f"slack:{event}", msg.conversation_id, msg, msg.received_at)


@pytest.mark.parametrize(
    "url, where, password",
    [
        ("postgresql://tandem:s3cret@db.internal:5433/support", "tandem@db.internal:5433/support", "s3cret"),
        ("postgres://tandem@db1:5432,db2:5432/support", "tandem@db1:5432,db2:5432/support", None),
        ("postgresql:///support?host=/var/run/postgresql&password=s3cret", "/var/run/postgresql/support", "s3cret"),
        ("postgresql://tandem:p%40ss@db/support", "tandem@db/support", "p@ss"),
    ],
)
def test_database_locations_are_shown_without_the_password(url, where, password):
    assert describe(url) == where
    assert url_password(url) == password


async def test_open_store_routes_a_postgresql_url():
    store = open_store("postgresql://tandem:pw@db.internal:5433/support")
    assert isinstance(store, PostgresStore)
    assert store.where == "tandem@db.internal:5433/support"
    assert "pw" not in repr(store)


# ---- migrations ----

async def test_migrations_are_recorded_and_not_applied_twice(schema):
    assert await migrate(database_url_for_tests(), schema) == ALL_VERSIONS
    assert await migrate(database_url_for_tests(), schema) == []
    conn = await admin_connection()
    try:
        rows = await conn.fetch(f'SELECT version FROM "{schema}".schema_migrations ORDER BY version')
    finally:
        await conn.close()
    assert [r["version"] for r in rows] == ALL_VERSIONS


_MIGRATE_SCRIPT = """
import asyncio, json, sys
from bot.store.postgres import migrate
print("ready", flush=True)
sys.stdin.readline()
print(json.dumps(asyncio.run(migrate(sys.argv[1], sys.argv[2]))), flush=True)
"""


@pytest.mark.slow
async def test_two_processes_migrating_at_once_apply_each_version_once(schema):
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", _MIGRATE_SCRIPT, database_url_for_tests(), schema,
            cwd=REPO, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        for _ in range(2)
    ]
    for proc in procs:  # both are imported and waiting: release them together
        assert (await asyncio.wait_for(proc.stdout.readline(), 60)).strip() == b"ready"
    for proc in procs:
        proc.stdin.write(b"go\n")
    outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in procs)), 60)
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err.decode()
    applied = sorted(json.loads(out) for out, _ in outputs)
    assert applied == [[], ALL_VERSIONS]
    conn = await admin_connection()
    try:
        count = await conn.fetchval(f'SELECT count(*) FROM "{schema}".schema_migrations')
    finally:
        await conn.close()
    assert count == len(ALL_VERSIONS)


async def test_a_database_migrated_by_a_newer_tandem_is_refused(instances, schema):
    await instances()
    conn = await admin_connection()
    try:
        await conn.execute(f'INSERT INTO "{schema}".schema_migrations (version) VALUES (999)')
    finally:
        await conn.close()
    with pytest.raises(StoreError, match="newer than this Tandem"):
        await instances()


# ---- several instances ----

async def test_the_same_event_accepted_by_two_instances_at_once_is_taken_once(instances):
    a, b = await instances(), await instances()
    for n in range(20):
        results = await asyncio.gather(a.accept(inbox_item(f"E{n}")), b.accept(inbox_item(f"E{n}")))
        assert sorted(results) == [False, True]
    assert len(await a.pending(inbox_item("E0").conversation_id)) == 20


async def test_a_contested_lease_has_exactly_one_holder(instances):
    a, b = await instances(), await instances()
    until = NOW + timedelta(seconds=30)
    for n in range(20):
        won = await asyncio.gather(
            a.acquire(f"c{n}", "instance-a", NOW, until), b.acquire(f"c{n}", "instance-b", NOW, until)
        )
        assert sorted(won) == [False, True]
    # an expired lease is also taken over by exactly one contender
    later, much_later = until + timedelta(seconds=1), until + timedelta(seconds=60)
    won = await asyncio.gather(
        a.acquire("c0", "instance-c", later, much_later), b.acquire("c0", "instance-d", later, much_later)
    )
    assert sorted(won) == [False, True]


async def test_concurrent_commits_of_one_version_let_exactly_one_through(instances):
    a, b = await instances(), await instances()
    conv = Conversation.new(customer_message("hi"))
    await a.commit(Turn(conversation=conv))
    results = await asyncio.gather(
        a.commit(Turn(conversation=replace(conv, state=State.WAITING), expected_version=1)),
        b.commit(Turn(conversation=replace(conv, failed_turns=1), expected_version=1)),
        return_exceptions=True,
    )
    assert [type(r) for r in results if isinstance(r, Exception)] == [ConflictError]  # the other one went through
    assert (await b.conversation(conv.id)).version == 2


async def test_text_with_a_nul_character_round_trips(instances):
    store = await instances()
    msg = customer_message("before\x00after", event_id="NUL")
    await store.accept(InboxItem("slack:NUL", msg.conversation_id, msg, msg.received_at))
    [item] = await store.pending(msg.conversation_id)
    assert item.payload.text == "before\x00after"


# ---- a server that goes away ----

@pytest.mark.slow
async def test_an_unreachable_server_gives_a_clear_error_without_the_password():
    store = PostgresStore("postgresql://tandem:s3cret-pw@127.0.0.1:1/support", connect_retry_for=0.5)
    started = time.monotonic()
    with pytest.raises(StoreError) as caught:
        await store.initialize()
    message = str(caught.value)
    assert "cannot connect to PostgreSQL at tandem@127.0.0.1:1/support" in message
    assert "s3cret" not in message
    assert time.monotonic() - started < 10
    assert await store.ping() is False
    with pytest.raises(StoreError, match="not open"):
        await store.pending("c1")
    with pytest.raises(StoreError, match="127.0.0.1:1") as caught:
        await migrate("postgresql://tandem:s3cret-pw@127.0.0.1:1/support", retry_for=0.2)
    assert "s3cret" not in str(caught.value)


async def test_a_missing_database_fails_at_once_with_a_clear_message():
    await (await admin_connection()).close()  # skip without a server
    url = urlunsplit(urlsplit(database_url_for_tests())._replace(path="/tandem_no_such_db"))
    store = PostgresStore(url, connect_retry_for=30)
    started = time.monotonic()
    with pytest.raises(StoreError, match='database "tandem_no_such_db" does not exist.*create it, or fix DATABASE_URL'):
        await store.initialize()
    assert time.monotonic() - started < 5  # no retrying what retrying cannot fix


async def _backends(application_name: str) -> set[int]:
    conn = await admin_connection()
    try:
        rows = await conn.fetch("SELECT pid FROM pg_stat_activity WHERE application_name = $1", application_name)
    finally:
        await conn.close()
    return {r["pid"] for r in rows}


async def _terminate(pids: set[int]) -> None:
    conn = await admin_connection()
    try:
        await conn.execute("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", list(pids))
    finally:
        await conn.close()


async def test_the_store_reconnects_after_its_connections_are_terminated(instances):
    name = f"tandem-test-{uuid.uuid4().hex[:8]}"
    store = await instances(application_name=name, min_size=2, max_size=2)
    assert await store.accept(inbox_item("E1"))
    old = await _backends(name)
    assert old
    await _terminate(old)

    async def gone() -> bool:
        return not (await _backends(name) & old)

    await wait_for(gone, timeout=10.0, what="the old connections to go")
    assert [i.event_key for i in await store.pending(inbox_item("E1").conversation_id)] == ["slack:E1"]
    assert await _accept_allowing_one_lost_connection(store, inbox_item("E2"))
    assert await store.ping()
    assert not await _backends(name) & old


@pytest.mark.slow
async def test_a_connection_cut_just_before_a_call_costs_at_most_one_error(instances):
    name = f"tandem-test-{uuid.uuid4().hex[:8]}"
    store = await instances(application_name=name, min_size=1, max_size=1)
    until = NOW + timedelta(seconds=30)
    for n in range(5):
        await _terminate(await _backends(name))
        assert await store.pending("c1") == []  # reads are repeated on a fresh connection
        await _terminate(await _backends(name))
        assert await store.acquire("c1", "me", NOW, until)  # so are writes that are safe to repeat
        await _terminate(await _backends(name))
        assert await _accept_allowing_one_lost_connection(store, inbox_item(f"E{n}"))


async def _accept_allowing_one_lost_connection(store: PostgresStore, item: InboxItem) -> bool:
    """The store does not repeat accept() (it cannot know whether the insert happened): one error may reach us."""
    try:
        return await store.accept(item)
    except StoreError as exc:
        assert "lost the connection" in str(exc) and "reconnects on the next call" in str(exc)
        return await store.accept(item)


async def test_ping_is_false_while_the_server_is_away_and_the_store_recovers_without_a_restart(schema):
    parts = urlsplit(database_url_for_tests())
    proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
    await proxy.start()
    creds = parts.netloc.rpartition("@")[0]
    url = urlunsplit(parts._replace(netloc=f"{creds + '@' if creds else ''}127.0.0.1:{proxy.port}"))
    store = PostgresStore(url, schema=schema, connect_timeout=2, ping_timeout=2)
    try:
        await store.initialize()
        assert await store.accept(inbox_item("E1"))
        await proxy.stop()
        assert await store.ping() is False
        with pytest.raises(StoreError, match=f"127.0.0.1:{proxy.port}"):
            await store.accept(inbox_item("E2"))
        await proxy.start()
        assert await wait_for(store.ping, timeout=10.0, what="the store to reconnect")
        assert await store.accept(inbox_item("E2"))
        assert len(await store.pending(inbox_item("E1").conversation_id)) == 2
    finally:
        await store.close()
        await proxy.stop()


async def test_a_closed_store_says_so(instances):
    store = await instances()
    await store.close()
    assert await store.ping() is False
    with pytest.raises(StoreError, match="not open"):
        await store.accept(inbox_item("E1"))


async def test_a_database_from_the_first_version_is_upgraded_with_its_conversations(schema):
    conn = await admin_connection()
    try:
        await conn.execute(f'SET search_path TO "{schema}"')
        await conn.execute(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT "
            "now())"
        )
        await conn.execute(MIGRATIONS[1])
        await conn.execute("INSERT INTO schema_migrations (version) VALUES (1)")
        conv = replace(Conversation.new(customer_message("help")), state=State.WAITING, handoff=handoff_for("c"))
        await conn.execute(
            "INSERT INTO conversations (id, email, state, updated_at, version, data) VALUES ($1, $2, 'waiting', $3, 1, "
            "$4)",
            conv.id, "ada@example.com", NOW, codec.dumps(replace(conv, version=1)),
        )
        waiting = customer_message("and my order?", event_id="E2")
        await conn.execute(
            "INSERT INTO inbox (event_key, conversation_id, payload, received_at) VALUES ($1, $2, $3, $4)",
            "slack:E2", waiting.conversation_id, codec.dump_tagged(waiting), NOW,
        )
        reply = Effect(Op.SEND, message=Outgoing("reply", "still on its way"))
        await conn.execute("INSERT INTO outbox (conversation_id, effect) VALUES ($1, $2)", conv.id, codec.dumps(reply))
    finally:
        await conn.close()
    store = PostgresStore(database_url_for_tests(), schema=schema)
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
    finally:
        await store.close()
    assert await migrate(database_url_for_tests(), schema) == []  # every version recorded


async def _claim_with_a_fact(store, conv) -> None:
    """A conversation from before the facts table goes on recording them."""
    claim = Fact(FactKind.CLAIM, NOW, conv.id, "slack", handoff_id="h1", value=60.0)
    await store.commit(
        Turn(conversation=replace(conv, state=State.WITH_AGENT, version=1), expected_version=1, facts=(claim,))
    )
    assert await store.facts(NOW - timedelta(days=1), NOW + timedelta(days=1)) == [claim]
