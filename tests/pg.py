"""PostgreSQL for tests: a throwaway schema per test on a real server, skipped (never under CI) without one."""

from __future__ import annotations

import os
import uuid

import asyncpg
import pytest

from bot.store.postgres import PostgresStore
from bot.store.postgres_errors import describe, url_password

DEFAULT_TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test"


def database_url_for_tests() -> str:
    return os.environ.get("TANDEM_TEST_DATABASE_URL") or DEFAULT_TEST_DATABASE_URL


def _under_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


async def admin_connection() -> asyncpg.Connection:
    """A plain connection to the test database, or skip the test (fail it under CI) when there is none."""
    url = database_url_for_tests()
    try:
        return await asyncpg.connect(url, timeout=5)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        reason = f"{type(exc).__name__}: {exc}"
        if secret := url_password(url):
            reason = reason.replace(secret, "***")
        why = f"PostgreSQL not reachable at {describe(url)}: {reason}"
        if _under_ci():
            pytest.fail(f"{why} (CI must run the PostgreSQL tests: start a server or set TANDEM_TEST_DATABASE_URL)")
        pytest.skip(why)


async def create_schema() -> str:
    """A new empty schema with a unique name."""
    name = f"tandem_test_{uuid.uuid4().hex[:12]}"
    conn = await admin_connection()
    try:
        await conn.execute(f'CREATE SCHEMA "{name}"')
    finally:
        await conn.close()
    return name


async def drop_schema(name: str) -> None:
    conn = await admin_connection()
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    finally:
        await conn.close()


class ScratchPostgresStore(PostgresStore):
    """A PostgresStore on its own schema, which ``close()`` drops."""

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            assert self.schema is not None  # a scratch store always has its own
            await drop_schema(self.schema)


async def fresh_postgres_store(**options) -> PostgresStore:
    """An uninitialised store on a new schema of the test database (dropped when the store is closed)."""
    schema = await create_schema()
    return ScratchPostgresStore(database_url_for_tests(), schema=schema, **options)
