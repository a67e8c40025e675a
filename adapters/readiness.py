"""A platform's readiness check, kept for a few seconds: /readyz polled every second by a load balancer
(or by a stranger) must not turn into a call to Slack or Microsoft each time."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

Check = Callable[[], Awaitable[dict]]


class CachedCheck:
    def __init__(self, check: Check, ttl: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.check = check
        self.ttl = ttl
        self.clock = clock
        self._result: dict | None = None
        self._at = 0.0
        self._running: asyncio.Future[dict] | None = None

    async def __call__(self) -> dict:
        if self._result is not None and self.clock() - self._at < self.ttl:
            return self._result
        if self._running is None or self._running.done():
            self._running = asyncio.ensure_future(self._run())
        return await asyncio.shield(self._running)

    async def _run(self) -> dict:
        result = await self.check()
        self._result, self._at = result, self.clock()
        return result


def unreachable(exc: BaseException) -> str:
    """A short reason for a failed check (no tokens: exceptions here carry none)."""
    text = " ".join(str(exc).split())[:160]
    return f"unreachable ({type(exc).__name__}{': ' + text if text else ''})"
