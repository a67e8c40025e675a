"""How fast Slack gets its answer, and how soon the customer gets theirs.

Runs the real server (SQLite in a temporary folder) against the Web API stand-in on loopback, sends
signed ``message.im`` events from many customers, and reports the HTTP answer time (Slack allows 3 s)
and the time until the bot's reply reached the stand-in.

    .venv/bin/python benchmarks/slack_ack.py [--events 200] [--concurrency 10]
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core import CoreTimings  # noqa: E402
from bot.settings import Settings  # noqa: E402
from tandem.server import start_server  # noqa: E402
from tests.slack.conftest import SlackClient  # noqa: E402
from tests.slack.payloads import SECRET, dm  # noqa: E402
from tests.slack.standin import SlackStandin  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def main(events: int, concurrency: int) -> None:
    standin = await SlackStandin().start()
    for i in range(events):
        standin.add_user(f"U{i:05d}", f"Customer {i}", "ada@example.com" if i % 2 else f"c{i}@example.com")
    folder = Path(tempfile.mkdtemp())
    env = {
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": standin.url,
        "TANDEM_AGENT_CHANNEL": "slack:C0AGENTS",
        "DATABASE_URL": f"sqlite:///{folder / 'bench.db'}",
        "TANDEM_LOG_LEVEL": "WARNING",
    }
    settings = replace(Settings.from_env(env), host="127.0.0.1", port=0)
    server = await start_server(settings, timings=CoreTimings(sweep_every=0.05))
    client = SlackClient(server.url)
    acks: list[float] = []
    replies: list[float] = []
    sent_at: dict[str, float] = {}
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        channel = f"D{i:05d}"
        async with gate:
            start = time.perf_counter()
            sent_at[channel] = start
            response = await client.event(dm("where is my order?", user=f"U{i:05d}", channel=channel))
            acks.append(time.perf_counter() - start)
            assert response.status == 200, response.status

    async def watch() -> None:
        seen: set[str] = set()
        while len(seen) < events:
            for call in standin.posts():
                if call["channel"] not in seen and call["channel"] in sent_at:
                    seen.add(call["channel"])
                    replies.append(time.perf_counter() - sent_at[call["channel"]])
            await asyncio.sleep(0.002)

    began = time.perf_counter()
    watcher = asyncio.create_task(watch())
    await asyncio.gather(*(one(i) for i in range(events)))
    await asyncio.wait_for(watcher, timeout=120)
    total = time.perf_counter() - began
    await client.close()
    await server.stop()
    await standin.stop()

    ms = lambda s: f"{s * 1000:.1f} ms"  # noqa: E731
    print(f"{events} signed message.im events, {concurrency} at a time, SQLite store, loopback stand-in")
    print(f"HTTP answer to Slack: p50 {ms(statistics.median(acks))}, p95 {ms(percentile(acks, 95))}, max {ms(max(acks))}")
    print(f"event → bot reply posted: p50 {ms(statistics.median(replies))}, p95 {ms(percentile(replies, 95))}, max {ms(max(replies))}")
    print(f"throughput: {events / total:.0f} conversations/s end to end")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=10)
    args = parser.parse_args()
    asyncio.run(main(args.events, args.concurrency))
