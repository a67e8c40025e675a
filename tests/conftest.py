from __future__ import annotations

import os

import pytest

from bot.ports import Store
from bot.store import MemoryStore, SQLiteStore
from tandem.testing.playground import playground

STORE_KINDS = ["memory", "sqlite", "postgres"]


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(params=STORE_KINDS)
async def store(request, tmp_path):
    kind = request.param
    s: Store
    if kind == "memory":
        s = MemoryStore()
    elif kind == "sqlite":
        s = SQLiteStore(str(tmp_path / "tandem.db"))
    else:
        s = await postgres_store_or_skip()
    try:
        await s.initialize()
        yield s
    finally:
        await s.close()


async def postgres_store_or_skip():
    """A PostgreSQL store on a fresh schema; skipped (never under CI) when no server is reachable."""
    from tests.pg import fresh_postgres_store

    return await fresh_postgres_store()


@pytest.fixture
async def schema():
    """A new, empty schema of the PostgreSQL test database (skipped off CI without a server; dropped after)."""
    from tests.pg import create_schema, drop_schema

    name = await create_schema()
    try:
        yield name
    finally:
        await drop_schema(name)


@pytest.fixture(scope="session")
def triage():
    """The rules triage with its default configuration (it holds no state between messages)."""
    from bot.triage import Triage

    return Triage()


@pytest.fixture
async def play():
    """The local playground on the demo data, as a customer sees it (tandem.testing.playground)."""
    p = await playground()
    yield p
    await p.close()
