"""PostgreSQL schema, as numbered migrations, and the runner that applies them once across instances."""

from __future__ import annotations

import hashlib
import logging
import re
from urllib.parse import parse_qs, urlsplit

import asyncpg

from ..ports import StoreError

logger = logging.getLogger(__name__)

# Serialised models are TEXT holding JSON, not JSONB: JSONB refuses "\u0000", which a customer can type.
# Times are timestamptz. Never edit a released migration: add the next number.
MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE inbox (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_key TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL,
        processed BOOLEAN NOT NULL DEFAULT FALSE
    );
    CREATE INDEX inbox_pending ON inbox (conversation_id, id) WHERE NOT processed;
    CREATE INDEX inbox_stalled ON inbox (received_at) WHERE NOT processed;
    CREATE INDEX inbox_conversation ON inbox (conversation_id);

    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        email TEXT,
        state TEXT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX conversations_email ON conversations (email);
    CREATE INDEX conversations_updated ON conversations (updated_at);

    CREATE TABLE transcript (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        conversation_id TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX transcript_conversation ON transcript (conversation_id, id);

    CREATE TABLE audit (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        conversation_id TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX audit_conversation ON audit (conversation_id, id);

    CREATE TABLE outbox (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        conversation_id TEXT NOT NULL,
        effect TEXT NOT NULL,
        due TIMESTAMPTZ,
        attempts INTEGER NOT NULL DEFAULT 0,
        dead BOOLEAN NOT NULL DEFAULT FALSE,
        error TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX outbox_live ON outbox (conversation_id, id) WHERE NOT dead;
    CREATE INDEX outbox_due ON outbox (due) WHERE NOT dead;
    CREATE INDEX outbox_dead ON outbox (id) WHERE dead;

    CREATE TABLE leases (
        conversation_id TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL
    );

    CREATE TABLE cards (
        key TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL
    );
    CREATE INDEX cards_conversation ON cards (conversation_id);
    """,
    # 2: when to tell a customer still waiting for a person that they are still in line
    2: """
    ALTER TABLE conversations ADD COLUMN notify_at TIMESTAMPTZ;
    CREATE INDEX conversations_notify ON conversations (notify_at) WHERE notify_at IS NOT NULL;
    """,
    # 3: what happened, for the report, the dashboard and the feedback export (bot/facts.py)
    3: """
    CREATE TABLE facts (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        conversation_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX facts_at ON facts (at);
    CREATE INDEX facts_conversation ON facts (conversation_id);
    """,
    # 4: an inbox item that keeps failing is tried a bounded number of times, then set aside (dead)
    4: """
    ALTER TABLE inbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE inbox ADD COLUMN due TIMESTAMPTZ;
    ALTER TABLE inbox ADD COLUMN dead BOOLEAN NOT NULL DEFAULT FALSE;
    ALTER TABLE inbox ADD COLUMN error TEXT NOT NULL DEFAULT '';
    CREATE INDEX inbox_dead ON inbox (id) WHERE dead;
    """,
    # 5: when each outbox item was queued, so a retry can look for what an earlier attempt may have posted
    5: """
    ALTER TABLE outbox ADD COLUMN queued_at TIMESTAMPTZ;
    """,
}

_SCHEMA_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


def check_schema_name(schema: str) -> str:
    """Only plain identifiers: they go into ``search_path`` and DDL unquoted-safe."""
    if not _SCHEMA_NAME.fullmatch(schema):
        raise StoreError(f"schema name {schema!r}: use letters, digits and underscores (at most 63)")
    return schema


def schema_in_url(database_url: str) -> str | None:
    """The schema named by ``?search_path=NAME`` in a DATABASE_URL (a single plain name), else None.

    asyncpg sends that parameter to the server as a setting; naming it here lets the store create the
    schema when it is missing, so several Tandem deployments can share one database, one schema each.
    """
    values = parse_qs(urlsplit(database_url).query).get("search_path") or []
    if len(values) != 1:
        return None
    name = values[0].strip().strip('"')
    return name if _SCHEMA_NAME.fullmatch(name) else None


def migration_lock_key(schema: str | None) -> int:
    """A stable advisory-lock key per schema, so instances sharing a schema migrate one at a time."""
    digest = hashlib.blake2b(f"tandem.migrations:{schema or ''}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def arrival_lock_key(conversation_id: str) -> int:
    """The advisory-lock key that orders one conversation's arrivals in the inbox."""
    digest = hashlib.blake2b(f"tandem.inbox:{conversation_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


async def apply_migrations(conn: asyncpg.Connection, schema: str | None = None) -> list[int]:
    """Apply every migration not yet recorded in ``schema_migrations``; returns the versions applied now.

    One transaction holding a transaction-level advisory lock: instances starting together wait for
    each other, and the second finds the work done. A failed migration leaves the database unchanged.
    """
    applied: list[int] = []
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", migration_lock_key(schema))
        if schema is not None:
            await conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{check_schema_name(schema)}"')
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
        )
        done = {r["version"] for r in await conn.fetch("SELECT version FROM schema_migrations")}
        newest_known = max(MIGRATIONS)
        if done and max(done) > newest_known:
            raise StoreError(
                f"the database schema is at version {max(done)}, newer than this Tandem knows "
                f"({newest_known}): upgrade Tandem, or point DATABASE_URL at another database"
            )
        for version in sorted(MIGRATIONS):
            if version in done:
                continue
            await conn.execute(MIGRATIONS[version])
            await conn.execute("INSERT INTO schema_migrations (version) VALUES ($1)", version)
            applied.append(version)
            logger.info("PostgreSQL schema migrated to version %d", version)
    return applied
