"""How fast Teams gets its answer, and how soon the customer gets theirs.

Runs the real server (SQLite in a temporary folder, Teams without credentials) against the Bot
Connector stand-in on loopback, posts personal-chat messages from many customers to /api/messages, and
reports the HTTP answer time (Teams gives a turn about 15 s; it includes the member look-up and the
typing indicator) and the time until the bot's reply reached the stand-in.

    .venv/bin/python benchmarks/teams_ack.py [--messages 200] [--concurrency 10]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.runtime.runtime import Timings  # noqa: E402
from bot.settings import Settings  # noqa: E402
from tandem.server import start_server  # noqa: E402
from tandem.testing.teams import payloads as p  # noqa: E402
from tandem.testing.teams.standin import BotConnectorStandIn, member  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


async def main(messages: int, concurrency: int) -> None:
    users = [f"29:bench-user-{i:05d}" for i in range(messages)]
    standin = await BotConnectorStandIn(
        members={
            u: member(u, f"Customer {i}", "ada@example.com" if i % 2 else f"c{i}@example.com")
            for i, u in enumerate(users)
        }
    ).start()
    folder = Path(tempfile.mkdtemp())
    env = {
        "TEAMS_ENABLED": "1",
        "TEAMS_SERVICE_URL": standin.url,
        "TANDEM_AGENT_CHANNEL": f"teams:{p.AGENTS}",
        "DATABASE_URL": f"sqlite:///{folder / 'bench.db'}",
        "TANDEM_LOG_LEVEL": "WARNING",
    }
    settings = replace(Settings.from_env(env), host="127.0.0.1", port=0)
    server = await start_server(settings, timings=Timings(sweep_every=0.05))
    session = aiohttp.ClientSession()
    acks: list[float] = []
    replies: list[float] = []
    sent_at: dict[str, float] = {}
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        conversation = f"a:bench-{i:05d}"
        sender = {"id": users[i], "name": f"Customer {i}"}
        activity = p.personal_message(standin.url, "where is my order?", sender=sender, conversation=conversation)
        async with gate:
            start = time.perf_counter()
            sent_at[conversation] = time.monotonic()  # the stand-in stamps calls with time.monotonic()
            async with session.post(f"{server.url}/api/messages", json=activity) as response:
                assert response.status == 200, response.status
            acks.append(time.perf_counter() - start)

    async def watch() -> None:
        seen: set[str] = set()
        while len(seen) < messages:
            for call in standin.calls:
                if call.kind == "send" and call.conversation in sent_at and call.conversation not in seen:
                    seen.add(call.conversation)
                    replies.append(call.at - sent_at[call.conversation])
            await asyncio.sleep(0.002)

    began = time.perf_counter()
    watcher = asyncio.create_task(watch())
    await asyncio.gather(*(one(i) for i in range(messages)))
    await asyncio.wait_for(watcher, timeout=120)
    total = time.perf_counter() - began
    await session.close()
    await server.stop()
    await standin.stop()

    ms = lambda s: f"{s * 1000:.1f} ms"  # noqa: E731
    print(f"{messages} personal-chat messages, {concurrency} at a time, SQLite store, loopback Bot Connector stand-in")
    print(
        f"HTTP answer to Teams: p50 {ms(statistics.median(acks))}, p95 {ms(percentile(acks, 95))}, max {ms(max(acks))}"
    )
    print(
        f"message → bot reply posted: p50 {ms(statistics.median(replies))}, p95 {ms(percentile(replies, 95))}, max "
        f"{ms(max(replies))}"
    )
    print(f"throughput: {messages / total:.0f} conversations/s end to end")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=10)
    args = parser.parse_args()
    asyncio.run(main(args.messages, args.concurrency))
