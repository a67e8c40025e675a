"""Where the SQLite store's statements run: most of them right here, in the event loop's thread; in a
helper thread whatever could wait (another program holding the database, migrations, bulk deletes,
checkpoints).

A short statement against a WAL database takes a few microseconds, less than handing it to a thread
and back (each hop also makes the loop and the thread fight over the GIL; measured: a message processed
with every store call in the thread costs about half as much CPU again as with them inline). So calls
run inline on a connection that never waits for a lock (``busy_timeout`` 0): when another connection
holds the write lock (SQLITE_BUSY, nothing done) the call is run again in the thread, which waits up to
the busy timeout. The inline connection never checkpoints (that writes and syncs the database file):
the thread does it in the background (RESTART: writers wait for it, in the thread) once the log has
grown past ``checkpoint_bytes``, as SQLite's own auto-checkpoint would (1,000 pages).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from ..ports import StoreError
from .sqlite_thread import SQLiteThread

logger = logging.getLogger(__name__)

T = TypeVar("T")
Explain = Callable[[sqlite3.Error], StoreError]


def connect(path: str, busy_timeout_ms: int, autocheckpoint: bool = True) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        if not autocheckpoint:
            db.execute("PRAGMA wal_autocheckpoint = 0")
    except BaseException:
        db.close()
        raise
    return db


def is_busy(exc: sqlite3.Error) -> bool:
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_BUSY


class SQLiteDatabase:
    CHECK_EVERY = 20  # inline calls between looks at the log's size (a stat: about a microsecond)

    def __init__(self, path: str, busy_timeout_ms: int, explain: Explain, checkpoint_bytes: int = 4_096_000) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self.explain = explain
        self.checkpoint_bytes = checkpoint_bytes
        self._thread: SQLiteThread | None = None
        self._inline: sqlite3.Connection | None = None
        self._calls = 0
        self._checkpoint: asyncio.Task | None = None

    async def open(self) -> None:
        """Connect (the thread first: it reports a locked or unreadable database with the full wait)."""
        self._thread = SQLiteThread(lambda: connect(self.path, self.busy_timeout_ms))
        try:
            await self._thread.start()
            if self.path != ":memory:":  # a second connection to :memory: would be another database
                self._inline = connect(self.path, 0, autocheckpoint=False)
        except sqlite3.Error as exc:
            await self.close()
            raise self.explain(exc) from exc

    async def close(self) -> None:
        if self._checkpoint is not None:
            await asyncio.gather(self._checkpoint, return_exceptions=True)
            self._checkpoint = None
        inline, self._inline = self._inline, None
        if inline is not None:
            inline.close()
        thread, self._thread = self._thread, None
        if thread is not None:
            await thread.close()

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(connection, *args)``, inline when the database is free, else in the thread."""
        inline = self._inline
        if inline is None:
            return await self.run_in_thread(fn, *args)
        try:
            result = fn(inline, *args)
        except sqlite3.Error as exc:
            if not is_busy(exc):
                raise self.explain(exc) from exc
            logger.debug("database %s busy; waiting for it in the background", self.path)
            return await self.run_in_thread(fn, *args)
        self._calls += 1
        if self._calls >= self.CHECK_EVERY:
            self._calls = 0
            self._checkpoint_if_due()
        return result

    async def run_in_thread(self, fn: Callable[..., T], *args: Any) -> T:
        if self._thread is None:
            raise StoreError("the store is not initialised (call initialize() first)")
        try:
            return await self._thread.run(fn, *args)
        except sqlite3.Error as exc:
            raise self.explain(exc) from exc

    def _checkpoint_if_due(self) -> None:
        if self._checkpoint is not None and not self._checkpoint.done():
            return
        try:
            size = os.stat(self.path + "-wal").st_size
        except OSError:
            return
        if size >= self.checkpoint_bytes:
            self._checkpoint = asyncio.create_task(self._checkpoint_wal())

    async def _checkpoint_wal(self) -> None:
        try:
            await self.run_in_thread(lambda db: db.execute("PRAGMA wal_checkpoint(RESTART)").fetchall())
        except StoreError as exc:  # the next one will catch up
            logger.warning("database %s: checkpoint skipped: %s", self.path, exc)
