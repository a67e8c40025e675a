"""What a customer types that must never be kept: after a whole conversation (answered by the bot,
handed off, relayed to an agent), no table of the database holds the card number or the password."""

from __future__ import annotations

import sqlite3

from bot.store.sqlite import SQLiteStore
from tests.pg import admin_connection, fresh_postgres_store
from tests.support.local import playground, texts

CARD = "4111 1111 1111 1111"
PASSWORD = "hunter2-Sesame!"
SECRETS = ("4111", "hunter2")

CONVERSATION = [
    f"hi, I paid with {CARD} and my password is {PASSWORD}",  # the bot answers this one
    f"I need a person, the charge on {CARD.replace(' ', '')} is wrong",  # this one hands off
    f"also my password: {PASSWORD}",  # relayed to the agents while waiting
    "/claim",
    "/agent Thanks, I can see the order.",
    "/resolve",
]


async def talk(store) -> list[dict]:
    play = await playground(store=store)
    try:
        for line in CONVERSATION:
            await play.say(line)
        return play.records
    finally:
        await play.close()


def leaks(rows) -> list[str]:
    return [str(row)[:200] for row in rows if any(secret in str(row) for secret in SECRETS)]


async def test_sqlite_keeps_no_card_number_or_password(tmp_path):
    path = tmp_path / "tandem.db"
    records = await talk(SQLiteStore(str(path)))
    agents_saw = texts(records, "agents")
    assert "[card number removed]" in agents_saw and "[password removed]" in agents_saw
    db = sqlite3.connect(path)
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert {"inbox", "transcript", "conversations", "audit", "outbox"} <= set(tables)
    found = {table: leaks(db.execute(f'SELECT * FROM "{table}"')) for table in tables}
    assert {table: rows for table, rows in found.items() if rows} == {}


async def test_postgresql_keeps_no_card_number_or_password():
    store = await fresh_postgres_store()
    schema = store.schema
    await store.initialize()
    try:
        play = await playground(store=store)
        try:
            for line in CONVERSATION:
                await play.say(line)
        finally:
            await play.core.stop()
        conn = await admin_connection()
        try:
            tables = [r["tablename"] for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = $1", schema)]
            found = {t: leaks(await conn.fetch(f'SELECT * FROM "{schema}"."{t}"')) for t in tables}
        finally:
            await conn.close()
        assert {table: rows for table, rows in found.items() if rows} == {}
    finally:
        await store.close()
