"""Stores: where conversations, the inbox/outbox and the audit log live."""

from __future__ import annotations

from ..ports import Store, StoreError
from .memory import MemoryStore
from .sqlite import SQLiteStore


def open_store(database_url: str) -> Store:
    """The Store for a ``DATABASE_URL``: ``sqlite:///file.db``, ``postgresql://…`` or ``memory://``."""
    if database_url.startswith("sqlite:"):
        return SQLiteStore.from_url(database_url)
    if database_url.startswith(("postgres://", "postgresql://")):
        from .postgres import PostgresStore  # asyncpg is only imported when it is used

        return PostgresStore(database_url)
    if database_url.startswith("memory:"):
        return MemoryStore()
    raise StoreError(
        f"DATABASE_URL={database_url.split('@')[-1]!r}: expected sqlite:///path.db, postgresql://… or memory://"
    )


__all__ = ["open_store", "MemoryStore", "SQLiteStore", "Store", "StoreError"]
