"""Messages per second with one and with two ``tandem run`` instances on one PostgreSQL database.

Each run starts real ``tandem run`` processes (environment variables only) on a fresh schema, points
them at the Slack Web API stand-in on loopback, and sends signed ``message.im`` events from many
customers, each conversation's messages spread round-robin over the instances (as a load balancer
without affinity would). It counts until every message has its reply, checks that each conversation
got exactly one reply per message, in order, and prints a table.

    .venv/bin/python benchmarks/instances.py [--conversations 100] [--messages 4] [--concurrency 16]
                                             [--instances 1 2] [--sqlite] [--repeat 1]

PostgreSQL: ``TANDEM_TEST_DATABASE_URL`` or postgresql://postgres@127.0.0.1:5432/test (a schema per run,
dropped after). ``--sqlite`` adds a one-instance SQLite row for comparison. The load generator and the
stand-in run in this process, on the same machine as the instances and the database: the numbers are
for this machine (see ``nproc``), not a capacity promise.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tandem.testing.slack.client import SlackClient  # noqa: E402
from tandem.testing.slack.payloads import SECRET, dm  # noqa: E402
from tandem.testing.slack.standin import SlackStandin  # noqa: E402

DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test"
# what each conversation says, in turn, and a piece of the reply that tells it apart from the others
ASKED = [
    ("where is order 1001?", "Order #1001"),
    ("how do returns work?", "We refund"),
    ("what about order 1004?", "Order #1004"),
    ("do you ship abroad?", "We ship to"),
    ("and order 1009?", "Order #1009"),
    ("thanks!", "welcome"),
]


@dataclass
class Result:
    label: str
    instances: int
    messages: int
    seconds: float
    acks: list[float] = field(default_factory=list)
    replies: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.messages / self.seconds


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tandem(database_url: str, api_url: str, port: int, log: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "TEAMS_", "TANDEM_", "OPENAI_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        SLACK_BOT_TOKEN="xoxb-bench",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=api_url,
        TANDEM_AGENT_CHANNEL="slack:C0AGENTS",
        DATABASE_URL=database_url,
        HOST="127.0.0.1",
        PORT=str(port),
        TANDEM_LOG_LEVEL="WARNING",
    )
    executable = Path(sys.executable).with_name("tandem")
    command = [str(executable), "run"] if executable.exists() else [sys.executable, "-m", "tandem.cli", "run"]
    with log.open("w") as out:
        return subprocess.Popen(command, cwd=log.parent, env=env, stdout=out, stderr=subprocess.STDOUT)


async def healthy(url: str, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while True:
            if process.poll() is not None:
                raise SystemExit(f"tandem run exited:\n{log.read_text()[-3000:]}")
            try:
                async with session.get(f"{url}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"tandem run did not become healthy:\n{log.read_text()[-3000:]}")
            await asyncio.sleep(0.05)


async def stop(process: subprocess.Popen) -> None:
    process.terminate()
    deadline = time.monotonic() + 20
    while process.poll() is None:  # polled: the stand-in on this loop must keep answering meanwhile
        if time.monotonic() > deadline:
            process.kill()
        await asyncio.sleep(0.05)


async def run(label: str, database_url: str, count: int, conversations: int, messages: int, concurrency: int) -> Result:
    standin = await SlackStandin().start()
    for c in range(conversations + count):
        standin.add_user(f"U{c:05d}", f"Customer {c}", "ada@example.com")
    folder = Path(tempfile.mkdtemp(prefix="tandem-bench-"))
    ports = [free_port() for _ in range(count)]
    logs = [folder / f"tandem-{n + 1}.log" for n in range(count)]
    processes = [tandem(database_url, standin.url, port, log) for port, log in zip(ports, logs, strict=True)]
    clients = [SlackClient(f"http://127.0.0.1:{port}") for port in ports]
    try:
        for port, process, log in zip(ports, processes, logs, strict=True):
            await healthy(f"http://127.0.0.1:{port}", process, log)
        # warm-up: one conversation per instance, so start-up costs stay out of the numbers
        for n, client in enumerate(clients):
            await client.event(dm("hello", user=f"U{conversations + n:05d}", channel=f"DWARM{n}"))
        await wait_for_posts(standin, count, timeout=30)
        standin.calls.clear()

        gate = asyncio.Semaphore(concurrency)
        sent: dict[str, list[float]] = {}
        result = Result(label, count, conversations * messages, 0.0)

        async def conversation(c: int) -> None:
            channel = f"D{c:05d}"
            sent[channel] = []
            for m in range(messages):
                client = clients[(c + m) % count]
                async with gate:
                    began = time.perf_counter()
                    sent[channel].append(began)
                    response = await client.event(dm(ASKED[m % len(ASKED)][0], user=f"U{c:05d}", channel=channel))
                    result.acks.append(time.perf_counter() - began)
                if response.status != 200:
                    result.problems.append(f"{channel} message {m}: HTTP {response.status}")

        began = time.perf_counter()
        watcher = asyncio.create_task(watch(standin, sent, result, conversations * messages))
        await asyncio.gather(*(conversation(c) for c in range(conversations)))
        await asyncio.wait_for(watcher, timeout=300)
        result.seconds = time.perf_counter() - began
        check(standin, conversations, messages, result)
        return result
    finally:
        for client in clients:
            await client.close()
        for process in processes:
            await stop(process)
        await standin.stop()


async def wait_for_posts(standin: SlackStandin, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while len(standin.posts()) < count:
        if time.monotonic() > deadline:
            raise SystemExit("no reply to the warm-up messages")
        await asyncio.sleep(0.01)


async def watch(standin: SlackStandin, sent: dict[str, list[float]], result: Result, expected: int) -> None:
    """Stamp each reply as it reaches the stand-in: the n-th reply in a channel answers its n-th message."""
    seen = 0
    answered: dict[str, int] = {}
    while len(result.replies) < expected:
        calls = standin.calls
        now = time.perf_counter()
        while seen < len(calls):
            call = calls[seen]
            seen += 1
            if call.method != "chat.postMessage":
                continue
            channel = call["channel"]
            n = answered.get(channel, 0)
            answered[channel] = n + 1
            if channel in sent and n < len(sent[channel]):
                result.replies.append(now - sent[channel][n])
        await asyncio.sleep(0.002)


def check(standin: SlackStandin, conversations: int, messages: int, result: Result) -> None:
    """Exactly one reply per message, in the order asked."""
    for c in range(conversations):
        replies = standin.texts(f"D{c:05d}")
        if len(replies) != messages:
            result.problems.append(f"D{c:05d}: {len(replies)} replies to {messages} messages")
        elif any(ASKED[m % len(ASKED)][1] not in reply for m, reply in enumerate(replies)):
            result.problems.append(f"D{c:05d}: replies out of order")
    others = [c for c in standin.calls if c.method == "chat.postMessage" and not c["channel"].startswith("D")]
    if others:
        result.problems.append(f"{len(others)} unexpected post(s), e.g. to {others[0]['channel']}")


async def with_schema(base_url: str, job):
    schema = f"tandem_bench_{uuid.uuid4().hex[:10]}"
    url = base_url + ("&" if "?" in base_url else "?") + f"search_path={schema}"
    try:
        return await job(url)
    finally:
        conn = await asyncpg.connect(base_url)
        try:
            await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await conn.close()


def table(runs: dict[str, list[Result]], conversations: int, messages: int, concurrency: int) -> str:
    ms = lambda s: f"{s * 1000:.0f}"  # noqa: E731
    repeats = max(len(r) for r in runs.values())
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"{conversations} conversations x {messages} messages, {concurrency} requests in flight, messages spread "
        f"round-robin over the instances; {os.cpu_count()} CPU(s) shared by the instances, PostgreSQL and this "
        f"load generator; load average {load:.1f} at the end"
        + (f"; median of {repeats} runs (range in brackets)" if repeats > 1 else ""),
        "",
        "| instances | store      | messages | messages/s      | ack p50 ms | ack p95 ms | reply p50 ms | reply p95 ms "
        "| exactly once, in order |",
        "|-----------|------------|----------|-----------------|------------|------------|--------------|--------------|------------------------|",
    ]  # fmt: skip
    for results in runs.values():
        ranked = sorted(results, key=lambda r: r.rate)
        r = ranked[len(ranked) // 2]
        rate = f"{r.rate:.0f}" + (f" ({ranked[0].rate:.0f}-{ranked[-1].rate:.0f})" if len(ranked) > 1 else "")
        problems = [p for x in results for p in x.problems]
        lines.append(
            f"| {r.instances:<9} | {r.label:<10} | {r.messages:<8} | {rate:<15} | "
            f"{ms(statistics.median(r.acks)):<10} | {ms(percentile(r.acks, 95)):<10} | "
            f"{ms(statistics.median(r.replies)):<12} | {ms(percentile(r.replies, 95)):<12} | "
            f"{'yes' if not problems else 'NO: ' + '; '.join(problems[:3]):<22} |"
        )
    return "\n".join(lines)


async def main(args: argparse.Namespace) -> None:
    base = os.environ.get("TANDEM_TEST_DATABASE_URL") or DEFAULT_DATABASE_URL
    shape = (args.conversations, args.messages, args.concurrency)
    runs: dict[str, list[Result]] = {}
    for _ in range(args.repeat):  # interleaved, so that a busy moment on the machine hits every row alike
        if args.sqlite:
            folder = Path(tempfile.mkdtemp(prefix="tandem-bench-"))
            runs.setdefault("sqlite", []).append(await run("sqlite", f"sqlite:///{folder / 'bench.db'}", 1, *shape))
        for count in args.instances:
            result = await with_schema(base, lambda url, count=count: run("postgresql", url, count, *shape))
            runs.setdefault(f"postgresql x{count}", []).append(result)
    print(table(runs, *shape))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100)
    parser.add_argument("--messages", type=int, default=4, help="messages per conversation")
    parser.add_argument("--concurrency", type=int, default=16, help="requests in flight at once")
    parser.add_argument("--instances", type=int, nargs="+", default=[1, 2], help="instance counts to measure")
    parser.add_argument("--sqlite", action="store_true", help="add a one-instance SQLite row")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each row; the median is shown")
    asyncio.run(main(parser.parse_args()))
