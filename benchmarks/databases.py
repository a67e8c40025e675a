"""A fresh database per benchmark run: a SQLite file in a temporary folder, or a new PostgreSQL
database (``CREATE DATABASE tandem_bench_…``) that is dropped afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def postgres_admin_url() -> str:
    """The server to create benchmark databases on: ``TANDEM_BENCH_POSTGRES`` or the test server."""
    return os.environ.get("TANDEM_BENCH_POSTGRES") or os.environ.get("TANDEM_TEST_DATABASE_URL") or DEFAULT_POSTGRES


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@asynccontextmanager
async def fresh_database(store: str, folder: Path) -> AsyncIterator[str]:
    """A ``DATABASE_URL`` for an empty database of this kind, removed when the block ends."""
    if store == "sqlite":
        path = folder / f"bench-{uuid.uuid4().hex[:8]}.db"
        try:
            yield f"sqlite:///{path}"
        finally:
            for leftover in folder.glob(path.name + "*"):
                leftover.unlink()
        return
    if store != "postgres":
        raise ValueError(f"unknown store {store!r}")
    admin_url = postgres_admin_url()
    name = f"tandem_bench_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(admin_url, timeout=10)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield with_database(admin_url, name)
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


async def postgres_reachable() -> str | None:
    """None when the benchmark PostgreSQL server answers, else why not."""
    try:
        conn = await asyncpg.connect(postgres_admin_url(), timeout=5)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        return f"{type(exc).__name__}: {exc}"
    await conn.close()
    return None
