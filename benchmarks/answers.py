"""What reached the Web API stand-in, matched to the events that caused it: latencies, and whether
every event was answered exactly once."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from .loadgen import Sent
from .slack_wire import customer_of
from .workload import expected_cards, expected_dm_posts


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, min(len(ordered), -(-len(ordered) * p // 100)))
    return ordered[int(rank) - 1]


@dataclass
class Answers:
    events: int
    duration: float  # first event sent → last answer (or acknowledgement) seen
    acks: list[float] = field(default_factory=list)
    replies: list[float] = field(default_factory=list)  # event → the first message it caused reached Slack
    handoffs: list[float] = field(default_factory=list)  # event → its card reached Slack
    missing: int = 0  # expected messages that never came
    extra: int = 0  # messages beyond those expected (a duplicate answer)
    refused: int = 0  # events not acknowledged with a 2xx

    @property
    def exactly_once(self) -> bool:
        return self.missing == 0 and self.extra == 0 and self.refused == 0

    @property
    def events_per_second(self) -> float:
        return self.events / self.duration if self.duration > 0 else 0.0


def match(sent: list[Sent], posts: list[list[Any]], bare: bool) -> Answers:
    """Pair each event with its customer's messages, in order (a customer's events are sent one after
    another, and each asks for a known number of messages)."""
    dms: dict[int, list[float]] = defaultdict(list)
    cards: dict[int, list[float]] = defaultdict(list)
    others = 0
    for arrived, channel, thread, card in posts:
        customer = customer_of(channel)
        if card is not None:
            cards[card].append(arrived)
        elif customer is not None and thread is None:
            dms[customer].append(arrived)
        else:
            others += 1
    first = min(s.at for s in sent)
    last = max([s.at + s.ack_seconds for s in sent] + [p[0] for p in posts])
    result = Answers(events=len(sent), duration=last - first, extra=others)
    by_customer: dict[int, list[Sent]] = defaultdict(list)
    for s in sorted(sent, key=lambda s: s.event.index):
        by_customer[s.event.customer].append(s)
        result.acks.append(s.ack_seconds)
        result.refused += not (200 <= s.status < 300)
    for customer, theirs in by_customer.items():
        times = sorted(dms.pop(customer, []))
        position = 0
        for s in theirs:
            wanted = expected_dm_posts(s.event, bare)
            mine = times[position : position + wanted]
            position += wanted
            result.missing += wanted - len(mine)
            if mine:
                result.replies.append(mine[0] - s.at)
        result.extra += max(0, len(times) - position)
        handoff = [s for s in theirs if s.event.handoff and not bare]
        got = sorted(cards.pop(customer, []))
        result.missing += max(0, len(handoff) - len(got))
        result.extra += max(0, len(got) - len(handoff))
        for s, arrived in zip(handoff, got, strict=False):
            result.handoffs.append(arrived - s.at)
    result.extra += sum(len(v) for v in dms.values()) + sum(len(v) for v in cards.values())
    return result


def expected_posts(sent: list[Sent], bare: bool) -> int:
    events = [s.event for s in sent]
    return sum(expected_dm_posts(e, bare) for e in events) + expected_cards(events, bare)


async def collect(standin_url: str, expected: int, *, patience: float = 30.0, settle: float = 0.5) -> list[list[Any]]:
    """Wait until the stand-in holds ``expected`` messages (or nothing new came for ``patience``
    seconds), then a moment longer to catch duplicates; returns every recorded message."""
    async with aiohttp.ClientSession() as session:

        async def count() -> int:
            async with session.get(standin_url + "/_bench/stats") as response:
                return (await response.json())["posts"]

        seen, progress = await count(), time.monotonic()
        while seen < expected and time.monotonic() - progress < patience:
            await asyncio.sleep(0.05)
            now = await count()
            if now != seen:
                seen, progress = now, time.monotonic()
        await asyncio.sleep(settle)
        async with session.get(standin_url + "/_bench/posts") as response:
            return await response.json()


async def reset(standin_url: str) -> None:
    async with aiohttp.ClientSession() as session, session.post(standin_url + "/_bench/reset") as response:
        await response.read()
