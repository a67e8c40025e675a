"""The admin's data chores on PostgreSQL, through the real command line: ``tandem db migrate`` started
by several processes at once, the scheduled retention purge of a running instance, ``tandem purge``,
and ``tandem forget EMAIL`` while instances are serving."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest

from bot.models import AuditEntry, Conversation, Role, TranscriptEntry
from bot.runtime.turn import Turn
from bot.store.postgres import PostgresStore
from bot.store.postgres_schema import MIGRATIONS
from tandem.testing.polling import wait_for
from tandem.testing.slack.payloads import dm
from tests.factories import customer_message, person
from tests.multi.cluster import schema_url
from tests.pg import admin_connection, database_url_for_tests, drop_schema
from tests.support.processes import run_cli

TIMEOUT = 20.0
TABLES = ("conversations", "transcript", "audit", "outbox", "inbox", "cards", "leases")


async def rows(schema: str, sql: str, *args) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(database_url_for_tests(), server_settings={"search_path": schema})
    try:
        return await conn.fetch(sql, *args)
    finally:
        await conn.close()


async def everything(schema: str) -> str:
    """Every row of every table, as text: to look for any trace of a customer."""
    dumped = []
    for table in TABLES:
        dumped += [r[0] for r in await rows(schema, f"SELECT t::text FROM {table} t")]
    return "\n".join(dumped)


async def old_conversation(database_url: str, email: str, days_ago: int) -> str:
    """A conversation whose last activity was ``days_ago`` days ago, with its transcript and audit."""
    at = datetime.now(UTC) - timedelta(days=days_ago)
    customer = person(f"U{uuid.uuid4().hex[:6]}", email=email)
    msg = customer_message("where is my order?", event_id=uuid.uuid4().hex, customer=customer, at=at)
    conv = Conversation.new(msg)
    store = PostgresStore(database_url)
    await store.initialize()
    try:
        await store.commit(
            Turn(
                conversation=conv,
                transcript=(
                    TranscriptEntry(at, Role.CUSTOMER, msg.text),
                    TranscriptEntry(at, Role.BOT, "It's on its way."),
                ),
                audit=(AuditEntry(conv.id, at, "bot", "answer"),),
            )
        )
    finally:
        await store.close()
    return conv.id


# ---- migrations ----


@pytest.fixture
async def unborn_schema():
    """A schema name that does not exist yet (dropped after the test)."""
    await (await admin_connection()).close()  # skipped off CI without a server
    name = f"tandem_test_{uuid.uuid4().hex[:12]}"
    yield name
    await drop_schema(name)


@pytest.mark.slow
async def test_tandem_db_migrate_run_by_several_processes_at_once_applies_each_version_once(unborn_schema, tmp_path):
    url = schema_url(unborn_schema)
    outputs = await asyncio.gather(*(run_cli("db", "migrate", database_url=url, cwd=tmp_path) for _ in range(4)))
    for done in outputs:
        assert done.returncode == 0, done.stderr
        assert "database schema is up to date" in done.stdout
    applied = await rows(unborn_schema, "SELECT version FROM schema_migrations ORDER BY version")
    assert [r["version"] for r in applied] == sorted(MIGRATIONS)  # the schema was created, each version once

    again = await run_cli("db", "migrate", database_url=url, cwd=tmp_path)
    assert again.returncode == 0, again.stderr


# ---- retention ----


@pytest.mark.slow
async def test_a_running_instance_purges_what_is_past_retention(cluster, database_url, schema):
    expired = await old_conversation(database_url, "old@example.com", days_ago=31)
    kept = await old_conversation(database_url, "recent@example.com", days_ago=29)
    await cluster.start(1)  # the scheduled purge runs at start, then every hour

    async def purged() -> bool:
        return not await rows(schema, "SELECT 1 FROM conversations WHERE id = $1", expired)

    await wait_for(purged, timeout=TIMEOUT, what="the scheduled purge")
    assert [r["id"] for r in await rows(schema, "SELECT id FROM conversations")] == [kept]
    assert await rows(schema, "SELECT 1 FROM transcript WHERE conversation_id = $1", expired) == []


@pytest.mark.slow
async def test_tandem_purge_deletes_conversations_past_retention_and_keeps_the_rest(
    cluster, standin, database_url, schema, tmp_path
):
    (a,) = await cluster.start(1)
    assert (await a.client.event(dm("where is order 1001?", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: standin.replies("D0ADA"), timeout=TIMEOUT, what="a live conversation")
    forty = await old_conversation(database_url, "old@example.com", days_ago=40)  # after the start-up purge
    twelve = await old_conversation(database_url, "older@example.com", days_ago=12)

    done = await run_cli("purge", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "deleted 1 conversation(s) with no activity in the last 30 days" in done.stdout
    left = {r["id"] for r in await rows(schema, "SELECT id FROM conversations")}
    assert forty not in left and twelve in left and len(left) == 2

    done = await run_cli("purge", "--days", "7", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0 and "deleted 1 conversation(s)" in done.stdout
    assert len(await rows(schema, "SELECT id FROM conversations")) == 1  # Ada's, from today

    assert (await run_cli("purge", "--days", "0", database_url=database_url, cwd=tmp_path)).returncode == 2
    # the instance carries on with the conversation that was kept
    assert (await a.client.event(dm("thanks!", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 2, timeout=TIMEOUT, what="the next reply")


@pytest.mark.slow
async def test_tandem_forget_deletes_one_customer_while_instances_serve(
    cluster, standin, database_url, schema, tmp_path
):
    a, b = await cluster.start(2)
    assert (await a.client.event(dm("I want to talk to a person", user="U0ADA", channel="D0ADA"))).status == 200
    assert (await b.client.event(dm("where is order 1002?", user="U0GRACE", channel="D0GRACE"))).status == 200
    answered = lambda: standin.posts("C0AGENTS") and standin.replies("D0GRACE")  # noqa: E731
    await wait_for(answered, timeout=TIMEOUT, what="both answered")
    assert "ada@example.com" in await everything(schema)

    done = await run_cli("forget", "ADA@example.com", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "deleted 1 conversation(s) of that customer" in done.stdout

    left = await everything(schema)
    assert "ada@example.com" not in left.lower() and "Lovelace" not in left and "D0ADA" not in left
    assert "grace@example.com" in left  # everyone else is untouched
    [record] = await rows(schema, "SELECT data FROM audit WHERE data LIKE '%forget%'")
    assert "deleted 1 conversation(s)" in record["data"] and "ada" not in record["data"].lower()

    # Ada comes back later: a fresh conversation, served as usual
    assert (await b.client.event(dm("where is order 1004?", user="U0ADA", channel="D0ADA"))).status == 200
    again = lambda: any("Order #1004" in r for r in standin.replies("D0ADA"))  # noqa: E731
    await wait_for(again, timeout=TIMEOUT, what="Ada answered again")

    assert (await run_cli("forget", "not-an-email", database_url=database_url, cwd=tmp_path)).returncode == 2
