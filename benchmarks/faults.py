"""Lost and duplicated messages when Slack fails after posting, and when ``tandem run`` is killed while
it delivers: ``python -m benchmarks --only faults`` (``--baseline DIR`` measures another checkout too).

Each run has a fresh database, one ``tandem run`` (environment variables only) and the Slack Web API
stand-in of the tests (``tandem/testing/slack/standin.py``: it keeps what was posted and answers
``conversations.history``/``replies``) in this process. A clean pass of a few conversations first shows
what each conversation should hold; then ``conversations`` customers each write the four ``STEPS`` (two
questions, a request for a person, a follow-up copied into the card's thread) while one fault is injected:

- ``500``: Slack posts the message, then answers 500 ``internal_error`` (``rate`` of chat.postMessage calls);
- ``timeout``: Slack posts it and does not answer (Tandem gives up after ``TANDEM_SLACK_TIMEOUT=1``; the
  stand-in closes the connection after 3 s, which is what a Tandem without that setting sees);
- ``drop``: Slack posts it, then the connection is closed without an answer;
- ``sigkill``: ``tandem run`` is killed every 0.5 to 2 s and started again at once (customers write every
  second, so the load spans many kills); Slack answers each post 50 ms after posting it, so kills land
  between posts and their being recorded.

Once every message is processed and the outbox is empty, each conversation's DM, its card and the
card's thread are compared with the clean pass: a missing post is lost, an extra one duplicated.
"""

from __future__ import annotations

import asyncio
import random
import re
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
from aiohttp import web

from .processes import ROOT, Process, free_port, start_server, tandem_command, wait_healthy

sys.path.insert(0, str(ROOT))

from tandem.testing.slack.client import SlackClient  # noqa: E402
from tandem.testing.slack.payloads import SECRET, dm, event_callback  # noqa: E402
from tandem.testing.slack.standin import Failure, SlackStandin  # noqa: E402

FAULTS = ("500", "timeout", "drop", "sigkill")
AGENTS = "C0AGENTS"
STEPS = ("how do returns work?", "do you ship abroad?", "I want to talk to a person", "are you there?")
REFERENCE = 3  # clean conversations that say what every conversation should hold


@dataclass(frozen=True)
class FaultPlan:
    conversations: int = 40
    concurrency: int = 10
    rate: float = 0.25  # share of chat.postMessage calls that fail after posting
    seed: int = 12
    pause: float = 0.3  # seconds between a customer's messages (1 s under SIGKILL, so the load spans many kills)


class FaultyStandin(SlackStandin):
    """The tests' stand-in, failing a share of ``chat.postMessage`` calls after posting them."""

    def __init__(self, fault: str, rate: float, seed: int) -> None:
        super().__init__()
        self.mode, self.rate, self.random = fault, rate, random.Random(seed)
        self.hang_seconds = 3.0
        self.armed = False
        self.injected = 0

    async def _handle(self, request: web.Request) -> web.Response:
        posting = request.match_info["method"] == "chat.postMessage"
        if posting and self.armed and self.mode in ("500", "timeout", "drop") and self.random.random() < self.rate:
            kind = {"500": "answer", "timeout": "hang", "drop": "drop"}[self.mode]
            self._failures.setdefault("chat.postMessage", []).insert(0, Failure(500, None, {}, True, kind))
            self.injected += 1
        response = await super()._handle(request)
        if posting and self.armed and self.mode == "sigkill":
            await asyncio.sleep(0.05)
        return response


@dataclass
class Customer:
    number: int

    @property
    def user(self) -> str:
        return f"UF{self.number:07d}"

    @property
    def channel(self) -> str:
        return f"DF{self.number:07d}"

    @property
    def name(self) -> str:
        return f"Customer {self.number:04d}"


class Server:
    """One ``tandem run``, restartable on the same port and database."""

    def __init__(self, name: str, env: dict[str, str], logs: Path, checkout: Path | None) -> None:
        self.port = free_port()
        self.name, self.env, self.logs, self.checkout = name, env, logs, checkout
        self.process: Process | None = None
        self.starts = 0

    async def start(self) -> None:
        self.starts += 1
        name = f"{self.name} {self.starts}"
        self.process = start_server(name, tandem_command(), self.env, self.logs, self.port, self.checkout)
        await wait_healthy(self.process)

    def kill(self) -> None:
        assert self.process is not None
        self.process.popen.kill()
        self.process.popen.wait()

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()


async def measure(
    store: str, url: str, fault: str, plan: FaultPlan, logs: Path, label: str, checkout: Path | None = None
) -> dict[str, Any]:
    standin = await FaultyStandin(fault, plan.rate, plan.seed).start()
    env = {
        "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": standin.url,
        "TANDEM_AGENT_CHANNEL": f"slack:{AGENTS}", "DATABASE_URL": url, "TANDEM_SLACK_TIMEOUT": "1",
        "TANDEM_LEASE_SECONDS": "2", "TANDEM_SWEEP_SECONDS": "0.2", "TANDEM_WAIT_NOTICE_MINUTES": "0",
        "TANDEM_LOG_LEVEL": "WARNING",
    }  # fmt: skip
    server = Server(f"faults {label} {store} {fault}".replace("/", "_"), env, logs, checkout)
    await server.start()
    client = SlackClient(f"http://127.0.0.1:{server.port}")
    kills = 0
    try:
        reference = [Customer(9_000_000 + n) for n in range(REFERENCE)]
        customers = [Customer(n) for n in range(plan.conversations)]
        for customer in reference + customers:
            standin.add_user(
                customer.user, customer.name, f"customer{customer.number}@faults.example", display_name=customer.name
            )
        await asyncio.gather(*(converse(client, c, asyncio.Semaphore(REFERENCE), plan.pause) for c in reference))
        await settled(url, store, server)
        expected = [holds(standin, c) for c in reference]
        if any(e != expected[0] for e in expected):
            raise RuntimeError(f"the clean conversations differ: {expected}")
        standin.armed = True
        started = time.monotonic()
        slots = asyncio.Semaphore(plan.concurrency)
        pause = 1.0 if fault == "sigkill" else plan.pause
        load = asyncio.gather(*(converse(client, c, slots, pause) for c in customers))
        if fault == "sigkill":
            kills = await kill_while(server, load, random.Random(plan.seed))
        await load
        standin.armed = False
        kept = await settled(url, store, server)
        seconds = time.monotonic() - started
        lost = duplicated = 0
        for customer in customers:
            got = holds(standin, customer)
            lost += sum((expected[0] - got).values())
            duplicated += sum((got - expected[0]).values())
        return {
            "target": label, "store": store, "fault": fault, "conversations": plan.conversations,
            "posts": sum(expected[0].values()) * plan.conversations, "injected": standin.injected, "kills": kills,
            "lost": lost, "duplicated": duplicated, "kept": kept, "seconds": round(seconds, 1),
            "lookups": len(standin.of("conversations.history")) + len(standin.of("conversations.replies")),
        }  # fmt: skip
    finally:
        await client.close()
        server.stop()
        await standin.stop()


async def converse(client: SlackClient, customer: Customer, slots: asyncio.Semaphore, pause: float) -> None:
    async with slots:
        for text in STEPS:
            await send(client, event_callback(dm(text, user=customer.user, channel=customer.channel)))
            await asyncio.sleep(pause)


async def send(client: SlackClient, payload: dict[str, Any]) -> None:
    """As Slack does: the same event again until the server answers 2xx (it is down while restarted)."""
    for _ in range(600):
        try:
            if (await client.send_event(payload)).status == 200:
                return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError("the server never took an event")


async def kill_while(server: Server, load: asyncio.Future, rng: random.Random) -> int:
    kills = 0
    while not load.done():
        await asyncio.wait([load], timeout=rng.uniform(0.5, 2.0))
        if load.done():
            break
        server.kill()
        kills += 1
        await server.start()
    return kills


def holds(standin: SlackStandin, customer: Customer) -> Counter[str]:
    """What the customer's DM, their cards and the cards' threads show, the customer's name taken out."""
    plain = lambda text: re.sub(re.escape(customer.name), "{name}", text)  # noqa: E731
    shown: Counter[str] = Counter(f"dm: {plain(t)}" for t in standin.visible(customer.channel))
    for card in standin.channels.visible(AGENTS):
        if customer.name in card["text"]:
            shown["card"] += 1
            shown.update(f"thread: {plain(t)}" for t in standin.visible(AGENTS, thread=card["ts"]))
    return shown


async def settled(url: str, store: str, server: Server, timeout: float = 180.0) -> int:
    """Wait until every inbox item is processed and nothing is left to deliver; returns the items kept."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.process is not None, "the server was not started"
        assert server.process.popen.poll() is None, server.process.tail()
        waiting, kept = await _outstanding(url, store)
        if waiting == 0:
            return kept
        await asyncio.sleep(0.2)
    raise RuntimeError(f"still {waiting} item(s) to process or deliver after {timeout:.0f} s")


async def _outstanding(url: str, store: str) -> tuple[int, int]:
    inbox = "SELECT count(*) FROM inbox WHERE NOT processed"
    live = "SELECT count(*) FROM outbox WHERE NOT dead"
    dead = "SELECT count(*) FROM outbox WHERE dead"
    if store == "sqlite":
        with sqlite3.connect(url.removeprefix("sqlite:///"), timeout=5) as db:
            queries = [
                q.replace("NOT processed", "processed = 0").replace("NOT dead", "dead = 0") for q in (inbox, live)
            ]
            queries.append(dead.replace("WHERE dead", "WHERE dead = 1"))
            counts = [db.execute(q).fetchone()[0] for q in queries]
    else:
        conn = await asyncpg.connect(url)
        try:
            counts = [await conn.fetchval(q) for q in (inbox, live, dead)]
        finally:
            await conn.close()
    return counts[0] + counts[1], counts[2]
