"""The PostgreSQL Store, on an asyncpg pool: several Tandem instances can share one database."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any

import asyncpg

from .. import codec
from ..facts import Fact, FactKind
from ..models import Address, AuditEntry, Conversation, TranscriptEntry
from ..ports import ConflictError, StoreError
from ..runtime.turn import Effect, InboxItem, OutboxItem, Turn
from . import postgres_turn
from .postgres_errors import is_connection_error
from .postgres_pool import Target, migrate, open_pool
from .postgres_schema import apply_migrations, arrival_lock_key
from .records import card_key, error_text, forget_record, inbox_item

logger = logging.getLogger(__name__)

_DB_ERRORS = (asyncpg.PostgresError, asyncpg.InterfaceError, asyncpg.InternalClientError, OSError)
_CONVERSATION_TABLES = ("transcript", "audit", "outbox", "cards", "inbox", "leases", "facts")


class _ConnectionLost(StoreError):
    """The connection broke during an operation; the pool replaces it."""


class PostgresStore:
    def __init__(
        self,
        database_url: str,
        *,
        schema: str | None = None,
        min_size: int = 1,
        max_size: int = 10,
        connect_timeout: float = 10.0,
        connect_retry_for: float = 30.0,
        command_timeout: float | None = 30.0,
        ping_timeout: float = 5.0,
        application_name: str = "tandem",
    ) -> None:
        self._target = Target(
            database_url,
            schema=schema,
            connect_timeout=connect_timeout,
            retry_for=connect_retry_for,
            command_timeout=command_timeout,
            application_name=application_name,
        )
        self._min_size, self._max_size = min_size, max_size
        self._ping_timeout = ping_timeout
        self._pool: asyncpg.Pool | None = None
        self.schema = self._target.schema  # from the argument, or ?search_path= in the URL

    @property
    def where(self) -> str:
        """The database, for messages and logs (``user@host:port/db``, never the password)."""
        return self._target.where

    def __repr__(self) -> str:
        return f"PostgresStore({self.where})"

    async def initialize(self) -> None:
        """Connect (retrying while the server starts) and apply pending migrations."""
        if self._pool is not None:
            return
        pool = await open_pool(self._target, self._min_size, self._max_size)
        try:
            async with pool.acquire() as conn:
                applied = await apply_migrations(conn, self.schema)
        except BaseException as exc:
            pool.terminate()
            if isinstance(exc, _DB_ERRORS):
                raise self._target.explain(exc) from exc
            raise
        if applied:
            logger.info("PostgreSQL at %s: applied migrations %s", self.where, applied)
        self._pool = pool

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        try:
            await asyncio.wait_for(pool.close(), timeout=10)
        except (TimeoutError, *_DB_ERRORS):
            pool.terminate()

    async def ping(self) -> bool:
        try:
            return await asyncio.wait_for(self._fetchval("SELECT 1"), self._ping_timeout) == 1
        except Exception as exc:  # a health check answers, it does not raise
            logger.debug("PostgreSQL ping failed: %s", exc)
            return False

    # ---- plumbing ----

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[asyncpg.Connection]:
        pool = self._pool
        if pool is None:
            raise StoreError(f"the PostgreSQL store at {self.where} is not open (call initialize() first)")
        try:
            conn = await pool.acquire()
        except _DB_ERRORS as exc:
            if pool.is_closing():
                raise StoreError(f"the PostgreSQL store at {self.where} is closed") from exc
            raise self._target.explain(exc, connecting=True) from exc
        try:
            yield conn
        except _DB_ERRORS as exc:
            if _is_closed(conn) or (is_connection_error(exc) and not isinstance(exc, TimeoutError)):
                raise _ConnectionLost(str(self._target.explain(exc, lost=True))) from exc
            raise self._target.explain(exc) from exc
        finally:
            try:
                await pool.release(conn)
            except _DB_ERRORS as exc:  # the pool has dropped the connection and will open a new one
                logger.debug("PostgreSQL connection dropped on release: %r", exc)

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[asyncpg.Connection]:
        async with self._connection() as conn, conn.transaction():
            yield conn

    async def _retrying(self, method: str, sql: str, *args: Any) -> Any:
        """A read, or a write that is safe to repeat: tried a second time when the connection broke under it."""
        try:
            async with self._connection() as conn:
                return await getattr(conn, method)(sql, *args)
        except _ConnectionLost as exc:
            logger.warning("%s; trying once more", exc)
        async with self._connection() as conn:
            return await getattr(conn, method)(sql, *args)

    async def _fetch(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        return await self._retrying("fetch", sql, *args)

    async def _fetchval(self, sql: str, *args: Any) -> Any:
        return await self._retrying("fetchval", sql, *args)

    async def _write(self, sql: str, *args: Any) -> Any:
        """One statement that must not run twice; returns the first value it returns."""
        async with self._connection() as conn:
            return await conn.fetchval(sql, *args)

    # ---- inbox ----

    async def accept(self, item: InboxItem) -> bool:
        # Identity values are handed out before commit, so two instances inserting into one conversation
        # could commit ids out of order, and a worker see message 11 before message 10. A lock per
        # conversation, held until this statement commits, makes id order the order of arrival.
        new_id = await self._write(
            "INSERT INTO inbox (event_key, conversation_id, payload, received_at) "
            "SELECT $1, $2, $3, $4 FROM (SELECT pg_advisory_xact_lock($5)) AS arrival "
            "ON CONFLICT (event_key) DO NOTHING RETURNING id",
            item.event_key,
            item.conversation_id,
            codec.dump_tagged(item.payload),
            item.received_at,
            arrival_lock_key(item.conversation_id),
        )
        return new_id is not None

    async def pending(self, conversation_id: str, limit: int = 50) -> list[InboxItem]:
        rows = await self._fetch(
            "SELECT id, event_key, conversation_id, payload, received_at, attempts, due, error FROM inbox "
            "WHERE conversation_id = $1 AND NOT processed ORDER BY id LIMIT $2",
            conversation_id,
            limit,
        )
        return [inbox_item(*r) for r in rows]

    async def stalled(self, older_than: datetime, now: datetime, limit: int = 100) -> list[str]:
        # an item waiting to be tried again is always its conversation's first: MAX(due) is its due
        rows = await self._fetch(
            "SELECT w.conversation_id FROM ("
            "  SELECT conversation_id FROM inbox WHERE NOT processed AND received_at < $1"
            "  GROUP BY conversation_id HAVING MAX(due) IS NULL OR MAX(due) <= $2"
            "  UNION SELECT conversation_id FROM outbox WHERE NOT dead AND (due IS NULL OR due <= $2)"
            ") AS w WHERE NOT EXISTS ("
            "  SELECT 1 FROM leases l WHERE l.conversation_id = w.conversation_id AND l.expires_at > $2"
            ") LIMIT $3",
            older_than,
            now,
            limit,
        )
        return [r[0] for r in rows]

    async def inbox_failed(self, inbox_id: int, error: str, retry_at: datetime | None) -> None:
        await self._write(
            "UPDATE inbox SET attempts = attempts + 1, error = $2, due = $3, dead = $4, processed = $4 WHERE id = $1",
            inbox_id,
            error_text(error),
            retry_at,
            retry_at is None,
        )

    async def inbox_dead_letters(self, limit: int = 100, conversation_id: str | None = None) -> list[InboxItem]:
        rows = await self._fetch(
            "SELECT id, event_key, conversation_id, payload, received_at, attempts, due, error FROM inbox "
            "WHERE dead AND ($2::text IS NULL OR conversation_id = $2) ORDER BY id LIMIT $1",
            limit,
            conversation_id,
        )
        return [inbox_item(*r) for r in rows]

    # ---- leases ----

    async def acquire(self, conversation_id: str, holder: str, now: datetime, until: datetime) -> bool:
        won = await self._fetchval(  # repeating it is harmless: the same holder renews its own lease
            "INSERT INTO leases (conversation_id, holder, expires_at) VALUES ($1, $2, $3) "
            "ON CONFLICT (conversation_id) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at "
            "WHERE leases.holder = EXCLUDED.holder OR leases.expires_at <= $4 RETURNING 1",
            conversation_id,
            holder,
            until,
            now,
        )
        return won is not None

    async def release(self, conversation_id: str, holder: str) -> None:
        await self._fetchval("DELETE FROM leases WHERE conversation_id = $1 AND holder = $2", conversation_id, holder)

    # ---- conversations ----

    async def conversation(self, conversation_id: str) -> Conversation | None:
        rows = await self._fetch("SELECT data, version FROM conversations WHERE id = $1", conversation_id)
        if not rows:
            return None
        return replace(codec.loads(Conversation, rows[0]["data"]), version=rows[0]["version"])

    async def conversation_for_card(self, card: Address) -> str | None:
        return await self._fetchval("SELECT conversation_id FROM cards WHERE key = $1", card_key(card))

    async def transcript(self, conversation_id: str, limit: int = 50) -> list[TranscriptEntry]:
        rows = await self._fetch(
            "SELECT data FROM transcript WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2", conversation_id, limit
        )
        return [codec.loads(TranscriptEntry, r["data"]) for r in reversed(rows)]

    async def audit_log(self, conversation_id: str) -> list[AuditEntry]:
        rows = await self._fetch("SELECT data FROM audit WHERE conversation_id = $1 ORDER BY id", conversation_id)
        return [codec.loads(AuditEntry, r["data"]) for r in rows]

    async def commit(self, turn: Turn) -> list[OutboxItem]:
        sql, args = postgres_turn.statement(turn)
        async with self._connection() as conn:  # one statement: never repeated, one round trip
            row = await conn.fetchrow(sql, *args)
        if not row["saved"]:
            raise ConflictError(f"conversation {turn.conversation.id} changed since it was read")
        return [
            OutboxItem(i, turn.conversation.id, e, queued_at=row["queued_at"])
            for i, e in zip(row["outbox_ids"], turn.effects, strict=False)
        ]

    async def discard(self, inbox_id: int) -> None:
        await self._fetchval("UPDATE inbox SET processed = TRUE, payload = '' WHERE id = $1", inbox_id)

    async def set_card_address(self, conversation_id: str, handoff_id: str, card: Address) -> None:
        async with self._tx() as conn:
            row = await conn.fetchrow(
                "SELECT data, version FROM conversations WHERE id = $1 FOR UPDATE", conversation_id
            )
            if row is None:
                return  # forgotten or purged while its card was being posted: keep no trace of it
            await conn.execute(
                "INSERT INTO cards (key, conversation_id) VALUES ($1, $2) "
                "ON CONFLICT (key) DO UPDATE SET conversation_id = EXCLUDED.conversation_id",
                card_key(card),
                conversation_id,
            )
            conv = codec.loads(Conversation, row["data"])
            if conv.handoff is None or conv.handoff.id != handoff_id:
                return
            version = row["version"] + 1
            updated = replace(conv, handoff=replace(conv.handoff, card_address=card), version=version)
            await conn.execute(
                "UPDATE conversations SET version = $2, data = $3 WHERE id = $1",
                conversation_id,
                version,
                codec.dumps(updated),
            )

    # ---- outbox ----

    async def outbox(self, conversation_id: str, now: datetime, limit: int = 50) -> list[OutboxItem]:
        rows = await self._fetch(
            "SELECT id, effect, attempts, queued_at, (due IS NOT NULL AND due > $2) AS waiting FROM outbox "
            "WHERE conversation_id = $1 AND NOT dead ORDER BY id LIMIT $3",
            conversation_id,
            now,
            limit,
        )
        items = []
        for row in rows:
            if row["waiting"]:
                break  # keep order: nothing after an item that is not due yet
            effect = codec.loads(Effect, row["effect"])
            items.append(OutboxItem(row["id"], conversation_id, effect, row["attempts"], queued_at=row["queued_at"]))
        return items

    async def delivered(self, item_id: int) -> None:
        await self._fetchval("DELETE FROM outbox WHERE id = $1", item_id)

    async def failed(self, item_id: int, error: str, retry_at: datetime | None) -> None:
        await self._write(
            "UPDATE outbox SET attempts = attempts + 1, error = $2, due = $3, dead = $4 WHERE id = $1",
            item_id,
            error_text(error),
            retry_at,
            retry_at is None,
        )

    async def due_wait_notices(self, now: datetime, limit: int = 100) -> list[tuple[str, str]]:
        rows = await self._fetch(
            "SELECT id, data::json->'handoff'->>'id' AS handoff_id FROM conversations"
            " WHERE notify_at <= $1 ORDER BY notify_at LIMIT $2",
            now,
            limit,
        )
        return [(r["id"], r["handoff_id"]) for r in rows]

    async def dead_letters(self, limit: int = 100, conversation_id: str | None = None) -> list[OutboxItem]:
        rows = await self._fetch(
            "SELECT id, conversation_id, effect, attempts, error, queued_at FROM outbox "
            "WHERE dead AND ($2::text IS NULL OR conversation_id = $2) ORDER BY id LIMIT $1",
            limit,
            conversation_id,
        )
        return [
            OutboxItem(
                r["id"], r["conversation_id"], codec.loads(Effect, r["effect"]), r["attempts"], r["error"],
                r["queued_at"]
            )
            for r in rows
        ]

    async def revive(self, conversation_id: str | None = None) -> int:
        return await self._fetchval(
            "WITH revived AS (UPDATE outbox SET dead = FALSE, due = NULL, attempts = 0"
            " WHERE dead AND ($1::text IS NULL OR conversation_id = $1) RETURNING 1) SELECT count(*) FROM revived",
            conversation_id,
        )

    # ---- insight ----

    async def facts(self, since: datetime, until: datetime, kinds: Sequence[FactKind] = ()) -> list[Fact]:
        rows = await self._fetch(
            "SELECT data FROM facts WHERE at >= $1 AND at < $2 AND (cardinality($3::text[]) = 0 OR kind = ANY($3))"
            " ORDER BY at, id",
            since,
            until,
            [FactKind(k).value for k in kinds],
        )
        return [codec.loads(Fact, r["data"]) for r in rows]

    # ---- retention ----

    async def purge(self, before: datetime) -> int:
        async with self._tx() as conn:
            ids = await _drop(conn, "updated_at < $1", before)
            await conn.execute("DELETE FROM inbox WHERE processed AND received_at < $1", before)
            await conn.execute("DELETE FROM facts WHERE at < $1", before)
        return len(ids)

    async def forget(self, email: str, now: datetime) -> int:
        async with self._tx() as conn:
            ids = await _drop(conn, "email = $1", email.strip().lower())
            record = forget_record(now, len(ids))
            await conn.execute(
                "INSERT INTO audit (conversation_id, at, data) VALUES ($1, $2, $3)",
                record.conversation_id,
                now,
                codec.dumps(record),
            )
        return len(ids)


def _is_closed(conn: asyncpg.Connection) -> bool:
    try:
        return conn.is_closed()
    except asyncpg.InterfaceError:  # the pool already took it back because it closed
        return True


async def _drop(conn: asyncpg.Connection, where: str, value: Any) -> list[str]:
    """Delete the conversations matching ``where`` and everything recorded about them; returns their ids."""
    ids = [r["id"] for r in await conn.fetch(f"DELETE FROM conversations WHERE {where} RETURNING id", value)]
    if ids:
        for table in _CONVERSATION_TABLES:
            await conn.execute(f"DELETE FROM {table} WHERE conversation_id = ANY($1::text[])", ids)
    return ids


__all__ = ["PostgresStore", "migrate"]
