"""The Slack HTTP path, end to end: signed events into a real server process, its Web API pointed at
the recording stand-in (another process), measured from the load generator (this process).

Each target — ``tandem run`` on a store, or the bare Bolt app — gets a warm-up, a burst (N events,
C in flight) and a steady rate (R events/s for S seconds), each from new customers.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import answers
from .loadgen import drive
from .processes import (
    Process,
    free_port,
    machine_busy_seconds,
    start_profiler,
    start_server,
    start_standin,
    stop_profiler,
    tandem_command,
    wait_healthy,
)
from .slack_wire import AGENTS, SECRET
from .workload import workload


@dataclass(frozen=True)
class LoadPlan:
    events: int = 3000
    concurrency: int = 50
    rate: float = 500.0
    rate_seconds: float = 10.0
    warmup: int = 200
    users_info_ms: float = 0.0  # how long the stand-in takes to answer users.info (the real Slack: ~100 ms)


@dataclass
class Phase:
    events: int
    concurrency: int | None
    rate: float | None
    events_per_s: float
    ack_p50_ms: float | None
    ack_p99_ms: float | None
    ack_max_ms: float | None
    reply_p50_ms: float | None
    reply_p99_ms: float | None
    handoff_p50_ms: float | None
    handoff_p99_ms: float | None
    exactly_once: bool
    missing: int
    extra: int
    refused: int
    server_cpu_ms_per_event: float
    standin_cpu_ms_per_event: float
    loadgen_cpu_ms_per_event: float
    rss_mb: float
    others_cpu_pct: float  # of the whole machine, used by programs other than these three meanwhile


def _ms(value: float | None) -> float | None:
    return None if value is None else round(value * 1000, 1)


async def _phase(
    server: Process, standin: Process, events, *, concurrency: int, rate: float | None, bare: bool
) -> Phase:
    await answers.reset(standin.url)
    server_before, standin_before, own_before = server.usage(), standin.usage(), time.process_time()
    machine_before, began = machine_busy_seconds(), time.monotonic()
    sent = await drive(server.url + "/slack/events", events, concurrency=concurrency, rate=rate)
    posts = await answers.collect(standin.url, answers.expected_posts(sent, bare))
    got = answers.match(sent, posts, bare)
    server_after, standin_after, own_after = server.usage(), standin.usage(), time.process_time()
    ours = (
        (server_after.cpu_seconds - server_before.cpu_seconds)
        + (standin_after.cpu_seconds - standin_before.cpu_seconds)
        + (own_after - own_before)
    )
    others = max(0.0, machine_busy_seconds() - machine_before - ours) / (
        (time.monotonic() - began) * (os.cpu_count() or 1)
    )
    per_event = lambda seconds: round(seconds * 1000 / len(events), 3)  # noqa: E731
    return Phase(
        events=len(events),
        concurrency=None if rate else concurrency,
        rate=rate,
        events_per_s=round(got.events_per_second, 1),
        ack_p50_ms=_ms(answers.percentile(got.acks, 50)),
        ack_p99_ms=_ms(answers.percentile(got.acks, 99)),
        ack_max_ms=_ms(max(got.acks, default=None)),
        reply_p50_ms=_ms(answers.percentile(got.replies, 50)),
        reply_p99_ms=_ms(answers.percentile(got.replies, 99)),
        handoff_p50_ms=_ms(answers.percentile(got.handoffs, 50)),
        handoff_p99_ms=_ms(answers.percentile(got.handoffs, 99)),
        exactly_once=got.exactly_once,
        missing=got.missing,
        extra=got.extra,
        refused=got.refused,
        server_cpu_ms_per_event=per_event(server_after.cpu_seconds - server_before.cpu_seconds),
        standin_cpu_ms_per_event=per_event(standin_after.cpu_seconds - standin_before.cpu_seconds),
        loadgen_cpu_ms_per_event=per_event(own_after - own_before),
        rss_mb=round(server_after.rss_mb, 1),
        others_cpu_pct=round(others * 100, 1),
    )


def server_command(kind: str, checkout: Path | None = None) -> list[str]:
    if kind == "bare":
        return [sys.executable, "-m", "benchmarks.bare_bolt"]
    return [sys.executable, "-m", "tandem.cli", "run"] if checkout else tandem_command()


def server_env(standin: Process, database_url: str | None) -> dict[str, str]:
    env = {
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": standin.url + "/api/",
        "TANDEM_AGENT_CHANNEL": f"slack:{AGENTS}",
    }
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


async def measure(
    kind: str,
    database_url: str | None,
    plan: LoadPlan,
    logs: Path,
    label: str,
    profile: Path | None = None,
    checkout: Path | None = None,
) -> dict[str, Any]:
    """Warm-up, burst and steady rate against one server; the processes are stopped afterwards.
    ``profile``: where py-spy writes the server's collapsed stacks during the burst; ``checkout``:
    another Tandem checkout to run instead of this one (a baseline)."""
    bare = kind == "bare"
    standin = start_standin(logs, AGENTS, plan.users_info_ms)
    command, env = server_command(kind, checkout), server_env(standin, database_url)
    server = start_server(label, command, env, logs, free_port(), checkout)
    try:
        await wait_healthy(server)
        customers = iter(range(1_000_000, 100_000_000, 1_000_000))  # each phase has its own customers
        await _phase(
            server, standin, workload(plan.warmup, next(customers)), concurrency=plan.concurrency, rate=None, bare=bare
        )
        profiler = start_profiler(server.pid, profile) if profile else None
        try:
            burst = await _phase(
                server,
                standin,
                workload(plan.events, next(customers)),
                concurrency=plan.concurrency,
                rate=None,
                bare=bare,
            )
        finally:
            if profiler is not None:
                stop_profiler(profiler)
        steady_events = workload(int(plan.rate * plan.rate_seconds), next(customers))
        steady = await _phase(server, standin, steady_events, concurrency=10_000, rate=plan.rate, bare=bare)
        peak = server.usage().peak_rss_mb
    finally:
        code = server.stop()
        standin.stop()
    return {
        "target": label,
        "kind": kind,
        "burst": asdict(burst),
        "steady": asdict(steady),
        "peak_rss_mb": round(peak, 1),
        "exit_code": code,
    }
