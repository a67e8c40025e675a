"""Arrival order in the inbox, with two instances writing to one conversation at once: a worker reading
the conversation's pending messages never sees a later message before an earlier one."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from bot.runtime.turn import InboxItem
from bot.store.postgres import PostgresStore
from tests.factories import customer_message, person


@pytest.mark.slow
async def test_a_reader_never_sees_a_later_message_before_an_earlier_one(database_url):
    instances = [PostgresStore(database_url, min_size=8, max_size=8) for _ in range(2)]
    for store in instances:
        await store.initialize()
    seen: list[list[int]] = []
    writing = True

    async def read() -> None:
        conn = await asyncpg.connect(database_url)
        try:
            while writing:
                seen.append([r["id"] for r in await conn.fetch("SELECT id FROM inbox ORDER BY id")])
        finally:
            await conn.close()

    async def write(store: PostgresStore, writer: int) -> None:
        for n in range(40):
            msg = customer_message("hi", event_id=f"E{writer}-{n}", customer=person("U1"))
            assert await store.accept(InboxItem(f"slack:E{writer}-{n}", msg.conversation_id, msg, msg.received_at))

    reader = asyncio.create_task(read())
    try:
        await asyncio.gather(*(write(instances[w % 2], w) for w in range(16)))
    finally:
        writing = False
        await reader
        for store in instances:
            await store.close()

    conn = await asyncpg.connect(database_url)
    try:
        final = [r["id"] for r in await conn.fetch("SELECT id FROM inbox ORDER BY id")]
    finally:
        await conn.close()
    assert len(final) == 16 * 40
    out_of_order = [ids for ids in seen if ids != final[: len(ids)]]
    assert len(seen) > 10 and out_of_order == []
