"""One SQLite connection owned by one thread: ``await db.run(fn, *args)`` runs ``fn(connection, *args)``
there and hands back its result — one trip to the thread per call, however many statements ``fn`` runs.

Calls run one after another in the order they were made, so a whole transaction inside one ``fn`` needs
no lock; the event loop is never blocked by SQLite (a busy database waits in the thread).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections.abc import Callable
from queue import SimpleQueue
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
_STOP = object()


def _settle(future: asyncio.Future, result: Any, error: BaseException | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class SQLiteThread:
    def __init__(self, connect: Callable[[], sqlite3.Connection], name: str = "tandem-sqlite") -> None:
        self._connect = connect
        self._queue: SimpleQueue = SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._connection: sqlite3.Connection | None = None
        self._started = False

    async def start(self) -> None:
        self._thread.start()
        self._started = True
        await self.run(lambda _: None)  # opens the connection in its thread; raises its error

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if not self._started:
            raise RuntimeError("the SQLite thread is not running")
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.put((loop, future, fn, args))
        return await future

    async def close(self) -> None:
        if not self._started:
            return
        self._started = False
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.put((loop, future, _STOP, ()))
        await future
        await asyncio.to_thread(self._thread.join, 10)

    def _serve(self) -> None:
        while True:
            loop, future, fn, args = self._queue.get()
            result, error = None, None
            try:
                if fn is _STOP:
                    if self._connection is not None:
                        self._connection.close()
                        self._connection = None
                else:
                    if self._connection is None:
                        self._connection = self._connect()
                    result = fn(self._connection, *args)
            except BaseException as exc:  # handed to the caller, never lost in the thread
                error = exc
            try:
                loop.call_soon_threadsafe(_settle, future, result, error)
            except RuntimeError:  # the loop is gone: nobody is waiting any more
                logger.debug("SQLite result dropped: the event loop is closed")
            if fn is _STOP:
                return
