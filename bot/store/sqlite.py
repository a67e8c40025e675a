"""The default Store: one SQLite file (WAL).

Each method is one call into ``SQLiteDatabase.run`` however many statements it runs (a transaction
never spans an ``await``, so no lock is needed); see ``sqlite_database`` for where that runs.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from .. import codec
from ..facts import Fact, FactKind
from ..models import Address, AuditEntry, Conversation, TranscriptEntry
from ..ports import ConflictError, StoreError
from ..runtime.turn import Effect, InboxItem, OutboxItem, Turn
from .records import card_key, error_text, forget_record, inbox_item, notify_at
from .sqlite_database import SQLiteDatabase
from .sqlite_schema import MIGRATIONS

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
T = TypeVar("T")


def sqlite_path(database_url: str) -> str:
    """``sqlite:///relative.db``, ``sqlite:////abs/path.db`` or ``sqlite://:memory:``."""
    if not database_url.startswith("sqlite://"):
        raise StoreError(f"not a SQLite URL: {database_url!r}")
    rest = database_url[len("sqlite://") :]
    if rest in (":memory:", "/:memory:"):
        return ":memory:"
    path = rest[1:] if rest.startswith("/") else rest
    if not path.strip() or path.endswith("/"):
        raise StoreError(
            f"DATABASE_URL={database_url}: no database file named; write sqlite:///tandem.db (a file in the current "
            "folder) or sqlite:////var/lib/tandem/tandem.db (an absolute path: four slashes)"
        )
    return path


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    try:
        db.execute("COMMIT")
    except sqlite3.Error:
        db.execute("ROLLBACK")
        raise


class SQLiteStore:
    def __init__(self, path: str) -> None:
        self.path = path
        self._db: SQLiteDatabase | None = None

    @classmethod
    def from_url(cls, database_url: str) -> SQLiteStore:
        return cls(sqlite_path(database_url))

    async def initialize(self) -> None:
        if self.path != ":memory:":
            folder = (await asyncio.to_thread(Path(self.path).resolve)).parent
            if not await asyncio.to_thread(folder.is_dir):
                raise StoreError(
                    f"cannot open the database {self.path}: the folder {folder} does not exist "
                    "(create it, or point DATABASE_URL elsewhere)"
                )
        db = SQLiteDatabase(self.path, BUSY_TIMEOUT_MS, self._explain)
        await db.open()
        try:
            await db.run_in_thread(self._migrate)
        except BaseException:
            await db.close()
            raise
        self._db = db

    async def close(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            await db.close()

    async def ping(self) -> bool:
        try:
            return bool(await self._run(lambda db: db.execute("SELECT 1").fetchone()))
        except StoreError:
            return False

    def _migrate(self, db: sqlite3.Connection) -> None:
        with _transaction(db):
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"the database {self.path} is at schema version {current}, newer than this Tandem knows "
                    f"({len(MIGRATIONS)}): upgrade Tandem, or point DATABASE_URL at another database"
                )
            for number, script in enumerate(MIGRATIONS, start=1):
                if number <= current:
                    continue
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
                logger.info("database %s migrated to schema version %d", self.path, number)

    def _explain(self, exc: sqlite3.Error) -> StoreError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return StoreError(
                f"the database {self.path} is locked by another program for more than "
                f"{BUSY_TIMEOUT_MS // 1000} s; close it or use another DATABASE_URL ({text})"
            )
        if "unable to open" in text:
            return StoreError(f"cannot open the database {self.path}: {text} (check the path and permissions)")
        return StoreError(f"database {self.path}: {text}")

    def _connected(self) -> SQLiteDatabase:
        if self._db is None:
            raise StoreError("the store is not initialised (call initialize() first)")
        return self._db

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        return await self._connected().run(fn, *args)

    async def _in_thread(self, fn: Callable[..., T], *args: Any) -> T:
        """For work that may take a while (bulk deletes, long lists): never on the event loop."""
        return await self._connected().run_in_thread(fn, *args)

    async def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        return await self._run(lambda db: db.execute(sql, params).fetchall())

    async def _write(self, sql: str, params: tuple = ()) -> int:
        """One statement, its own transaction (autocommit); returns how many rows it changed."""
        return await self._run(lambda db: db.execute(sql, params).rowcount)

    # ---- inbox ----

    async def accept(self, item: InboxItem) -> bool:
        inserted = await self._write(
            "INSERT INTO inbox (event_key, conversation_id, payload, received_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (event_key) DO NOTHING",
            (item.event_key, item.conversation_id, codec.dump_tagged(item.payload), item.received_at.timestamp()),
        )
        return inserted == 1

    async def pending(self, conversation_id: str, limit: int = 50) -> list[InboxItem]:
        rows = await self._rows(
            "SELECT id, event_key, conversation_id, payload, received_at, attempts, due, error FROM inbox "
            "WHERE conversation_id = ? AND processed = 0 ORDER BY id LIMIT ?",
            (conversation_id, limit),
        )
        return [_inbox_row(*r) for r in rows]

    async def stalled(self, older_than: datetime, now: datetime, limit: int = 100) -> list[str]:
        # an item waiting to be tried again is always its conversation's first: MAX(due) is its due
        rows = await self._rows(
            "SELECT conversation_id FROM (  SELECT conversation_id FROM inbox WHERE processed = 0 AND received_at < ?  "
            "GROUP BY conversation_id HAVING COALESCE(MAX(due), 0) <= ?  UNION SELECT conversation_id FROM outbox "
            "WHERE dead = 0 AND (due IS NULL OR due <= ?)) AS w WHERE NOT EXISTS (SELECT 1 FROM leases l WHERE "
            "l.conversation_id = w.conversation_id AND l.until > ?) LIMIT ?",
            (older_than.timestamp(), now.timestamp(), now.timestamp(), now.timestamp(), limit),
        )
        return [r[0] for r in rows]

    async def inbox_failed(self, inbox_id: int, error: str, retry_at: datetime | None) -> None:
        await self._write(
            "UPDATE inbox SET attempts = attempts + 1, error = ?, due = ?, dead = ?, processed = ? WHERE id = ?",
            (error_text(error), None if retry_at is None else retry_at.timestamp(), int(retry_at is None),
             int(retry_at is None), inbox_id),
        )

    async def inbox_dead_letters(self, limit: int = 100, conversation_id: str | None = None) -> list[InboxItem]:
        sql = (
            "SELECT id, event_key, conversation_id, payload, received_at, attempts, due, error FROM inbox "
            "WHERE dead = 1 AND (? IS NULL OR conversation_id = ?) ORDER BY id LIMIT ?"
        )
        rows = await self._in_thread(lambda db: db.execute(sql, (conversation_id, conversation_id, limit)).fetchall())
        return [_inbox_row(*r) for r in rows]

    async def due_wait_notices(self, now: datetime, limit: int = 100) -> list[tuple[str, str]]:
        return await self._rows(
            "SELECT id, json_extract(data, '$.handoff.id') FROM conversations WHERE notify_at <= ? ORDER BY notify_at "
            "LIMIT ?",
            (now.timestamp(), limit),
        )

    # ---- leases ----

    async def acquire(self, conversation_id: str, holder: str, now: datetime, until: datetime) -> bool:
        taken = await self._write(
            "INSERT INTO leases (conversation_id, holder, until) VALUES (?, ?, ?) "
            "ON CONFLICT (conversation_id) DO UPDATE SET holder = excluded.holder, until = excluded.until "
            "WHERE leases.holder = excluded.holder OR leases.until <= ?",
            (conversation_id, holder, until.timestamp(), now.timestamp()),
        )
        return taken == 1

    async def release(self, conversation_id: str, holder: str) -> None:
        await self._write("DELETE FROM leases WHERE conversation_id = ? AND holder = ?", (conversation_id, holder))

    # ---- conversations ----

    async def conversation(self, conversation_id: str) -> Conversation | None:
        rows = await self._rows("SELECT data, version FROM conversations WHERE id = ?", (conversation_id,))
        if not rows:
            return None
        return replace(codec.loads(Conversation, rows[0][0]), version=rows[0][1])

    async def conversation_for_card(self, card: Address) -> str | None:
        rows = await self._rows("SELECT conversation_id FROM cards WHERE key = ?", (card_key(card),))
        return rows[0][0] if rows else None

    async def transcript(self, conversation_id: str, limit: int = 50) -> list[TranscriptEntry]:
        rows = await self._rows(
            "SELECT data FROM transcript WHERE conversation_id = ? ORDER BY id DESC LIMIT ?", (conversation_id, limit)
        )
        return [codec.loads(TranscriptEntry, r[0]) for r in reversed(rows)]

    async def audit_log(self, conversation_id: str) -> list[AuditEntry]:
        sql = "SELECT data FROM audit WHERE conversation_id = ? ORDER BY id"
        rows = await self._in_thread(lambda db: db.execute(sql, (conversation_id,)).fetchall())
        return [codec.loads(AuditEntry, r[0]) for r in rows]

    async def commit(self, turn: Turn) -> list[OutboxItem]:
        conv = turn.conversation
        stored = turn.stored
        email = (conv.customer.email or "").lower() or None
        notify = notify_at(conv)
        row = (
            email,
            conv.state.value,
            conv.updated_at.timestamp(),
            stored.version,
            codec.dumps(stored),
            None if notify is None else notify.timestamp(),
        )
        transcript = [(conv.id, codec.dumps(e)) for e in turn.transcript]
        audit = [(a.conversation_id, a.at.timestamp(), codec.dumps(a)) for a in turn.audit]
        facts = [(f.conversation_id, f.kind.value, f.at.timestamp(), codec.dumps(f)) for f in turn.facts]
        queued_at = time.time()  # the wall clock, whatever clock the turn ran on: platforms compare it with theirs
        effects = [(conv.id, codec.dumps(e), queued_at) for e in turn.effects]

        def write(db: sqlite3.Connection) -> list[int]:
            with _transaction(db):
                if turn.expected_version is None:
                    saved = db.execute(
                        "INSERT INTO conversations (email, state, updated_at, version, data, notify_at, id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (id) DO NOTHING",
                        (*row, conv.id),
                    ).rowcount
                else:
                    saved = db.execute(
                        "UPDATE conversations SET email = ?, state = ?, updated_at = ?, version = ?, data = ?, "
                        "notify_at = ? WHERE id = ? AND version = ?",
                        (*row, conv.id, turn.expected_version),
                    ).rowcount
                if saved != 1:
                    raise ConflictError(f"conversation {conv.id} changed since it was read")
                db.executemany("INSERT INTO transcript (conversation_id, data) VALUES (?, ?)", transcript)
                db.executemany("INSERT INTO audit (conversation_id, at, data) VALUES (?, ?, ?)", audit)
                db.executemany("INSERT INTO facts (conversation_id, kind, at, data) VALUES (?, ?, ?, ?)", facts)
                ids: list[int] = []
                for e in effects:
                    row_id = db.execute(
                        "INSERT INTO outbox (conversation_id, effect, queued_at) VALUES (?, ?, ?)", e
                    ).lastrowid
                    assert row_id is not None  # an INSERT sets it
                    ids.append(row_id)
                if turn.inbox_id is not None:
                    db.execute("UPDATE inbox SET processed = 1, payload = '' WHERE id = ?", (turn.inbox_id,))
            return ids

        ids = await self._run(write)
        return [OutboxItem(i, conv.id, e, queued_at=_time(queued_at)) for i, e in zip(ids, turn.effects, strict=False)]

    async def discard(self, inbox_id: int) -> None:
        await self._write("UPDATE inbox SET processed = 1, payload = '' WHERE id = ?", (inbox_id,))

    async def set_card_address(self, conversation_id: str, handoff_id: str, card: Address) -> None:
        def write(db: sqlite3.Connection) -> None:
            with _transaction(db):
                row = db.execute("SELECT data, version FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
                if row is None:
                    return  # forgotten or purged while its card was being posted: keep no trace of it
                db.execute(
                    "INSERT INTO cards (key, conversation_id) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET conversation_id = excluded.conversation_id",
                    (card_key(card), conversation_id),
                )
                conv = codec.loads(Conversation, row[0])
                if conv.handoff is None or conv.handoff.id != handoff_id:
                    return
                updated = replace(conv, handoff=replace(conv.handoff, card_address=card), version=row[1] + 1)
                db.execute(
                    "UPDATE conversations SET version = ?, data = ? WHERE id = ?",
                    (row[1] + 1, codec.dumps(updated), conversation_id),
                )

        await self._run(write)

    # ---- outbox ----

    async def outbox(self, conversation_id: str, now: datetime, limit: int = 50) -> list[OutboxItem]:
        rows = await self._rows(
            "SELECT id, effect, attempts, due, queued_at FROM outbox WHERE conversation_id = ? AND dead = 0 ORDER BY "
            "id LIMIT ?",
            (conversation_id, limit),
        )
        items = []
        for item_id, effect, attempts, due, queued_at in rows:
            if due is not None and due > now.timestamp():
                break  # keep order: nothing after an item that is not due yet
            items.append(
                OutboxItem(item_id, conversation_id, codec.loads(Effect, effect), attempts, queued_at=_time(queued_at))
            )
        return items

    async def delivered(self, item_id: int) -> None:
        await self._write("DELETE FROM outbox WHERE id = ?", (item_id,))

    async def failed(self, item_id: int, error: str, retry_at: datetime | None) -> None:
        await self._write(
            "UPDATE outbox SET attempts = attempts + 1, error = ?, due = ?, dead = ? WHERE id = ?",
            (error_text(error), None if retry_at is None else retry_at.timestamp(), int(retry_at is None), item_id),
        )

    async def dead_letters(self, limit: int = 100, conversation_id: str | None = None) -> list[OutboxItem]:
        sql = (
            "SELECT id, conversation_id, effect, attempts, error, queued_at FROM outbox "
            "WHERE dead = 1 AND (? IS NULL OR conversation_id = ?) ORDER BY id LIMIT ?"
        )
        rows = await self._in_thread(lambda db: db.execute(sql, (conversation_id, conversation_id, limit)).fetchall())
        return [OutboxItem(r[0], r[1], codec.loads(Effect, r[2]), r[3], r[4], _time(r[5])) for r in rows]

    async def revive(self, conversation_id: str | None = None) -> int:
        return await self._write(
            "UPDATE outbox SET dead = 0, due = NULL, attempts = 0 WHERE dead = 1 AND (? IS NULL OR "
            "conversation_id = ?)",
            (conversation_id, conversation_id),
        )

    # ---- insight ----

    async def facts(self, since: datetime, until: datetime, kinds: Sequence[FactKind] = ()) -> list[Fact]:
        wanted = [FactKind(k).value for k in kinds]
        sql = "SELECT data FROM facts WHERE at >= ? AND at < ?"
        if wanted:
            sql += f" AND kind IN ({', '.join('?' * len(wanted))})"
        params = (since.timestamp(), until.timestamp(), *wanted)
        rows = await self._in_thread(lambda db: db.execute(sql + " ORDER BY at, id", params).fetchall())
        return [codec.loads(Fact, r[0]) for r in rows]

    # ---- retention ----

    async def purge(self, before: datetime) -> int:
        def delete(db: sqlite3.Connection) -> int:
            with _transaction(db):
                ids = [
                    r[0] for r in db.execute("SELECT id FROM conversations WHERE updated_at < ?", (before.timestamp(),))
                ]
                for cid in ids:
                    _drop(db, cid)
                db.execute("DELETE FROM inbox WHERE processed = 1 AND received_at < ?", (before.timestamp(),))
                db.execute("DELETE FROM facts WHERE at < ?", (before.timestamp(),))
            return len(ids)

        return await self._in_thread(delete)

    async def forget(self, email: str, now: datetime) -> int:
        wanted = email.strip().lower()

        def delete(db: sqlite3.Connection) -> int:
            with _transaction(db):
                ids = [r[0] for r in db.execute("SELECT id FROM conversations WHERE email = ?", (wanted,))]
                for cid in ids:
                    _drop(db, cid)
                record = forget_record(now, len(ids))
                db.execute(
                    "INSERT INTO audit (conversation_id, at, data) VALUES (?, ?, ?)",
                    (record.conversation_id, now.timestamp(), codec.dumps(record)),
                )
            return len(ids)

        return await self._in_thread(delete)


def _inbox_row(item_id, event_key, conversation_id, payload, received_at, attempts, due, error) -> InboxItem:
    received = datetime.fromtimestamp(received_at, UTC)  # never NULL
    return inbox_item(item_id, event_key, conversation_id, payload, received, attempts, _time(due), error)


def _drop(db: sqlite3.Connection, conversation_id: str) -> None:
    db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
    for table in ("transcript", "audit", "outbox", "cards", "inbox", "leases", "facts"):
        db.execute(f"DELETE FROM {table} WHERE conversation_id = ?", (conversation_id,))


def _time(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)
