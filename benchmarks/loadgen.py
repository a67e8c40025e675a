"""The load generator: signed ``message.im`` events to ``/slack/events``, either as a burst (at most
``concurrency`` in flight) or at a steady rate (open loop: sent on schedule, whatever the answers do)."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass

import aiohttp

from .slack_wire import SECRET, dm_event, signed_request
from .workload import Event


@dataclass
class Sent:
    event: Event
    at: float  # time.monotonic() just before the request went out
    ack_seconds: float
    status: int


def prepared(events: list[Event], secret: str = SECRET) -> list[tuple[bytes, dict[str, str]]]:
    """Every request signed before the clock starts, so the generator spends its time sending."""
    run = uuid.uuid4().hex[:8]
    stamp = int(time.time())
    return [
        signed_request(
            dm_event(f"Ev{run}{e.index:07d}", e.customer, e.text, f"1700000000.{e.index:06d}"), secret, stamp
        )
        for e in events
    ]


async def drive(url: str, events: list[Event], *, concurrency: int, rate: float | None = None) -> list[Sent]:
    """Send every event once; a customer's next message waits for the previous one's acknowledgement."""
    requests = prepared(events)
    acked = [asyncio.Event() for _ in events]
    gate = asyncio.Semaphore(concurrency)
    sent: list[Sent | None] = [None] * len(events)
    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        began = time.monotonic()

        async def one(event: Event) -> None:
            if rate is not None:
                await asyncio.sleep(max(0.0, began + event.index / rate - time.monotonic()))
            if event.after is not None:
                await acked[event.after].wait()
            body, headers = requests[event.index]
            async with gate:
                start = time.monotonic()
                try:
                    async with session.post(url, data=body, headers=headers) as response:
                        await response.read()
                        status = response.status
                except (TimeoutError, aiohttp.ClientError):
                    status = 0
                sent[event.index] = Sent(event, start, time.monotonic() - start, status)
            acked[event.index].set()

        await asyncio.gather(*(one(e) for e in events))
    return [s for s in sent if s is not None]
