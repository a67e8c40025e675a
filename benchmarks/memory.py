"""Memory: the server's resident set size as stored conversations grow to 10,000, through the real
Slack path (new customers, two messages each: order questions, small talk, handoffs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import answers
from .loadgen import drive
from .processes import free_port, start_server, start_standin, tandem_command, wait_healthy
from .slack_path import server_env
from .slack_wire import AGENTS
from .workload import workload

STEP = 1_000  # conversations between two readings


def slope(points: list[tuple[int, float]]) -> float:
    """Least-squares growth in MB per 1,000 conversations."""
    n = len(points)
    if n < 2:
        return 0.0
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread * 1000 if spread else 0.0


async def measure(database_url: str, conversations: int, concurrency: int, logs: Path, label: str) -> dict[str, Any]:
    standin = start_standin(logs, AGENTS)
    server = start_server(label, tandem_command(), server_env(standin, database_url), logs, free_port())
    readings: list[tuple[int, float]] = []
    problems = {"missing": 0, "extra": 0, "refused": 0}
    try:
        await wait_healthy(server)
        readings.append((0, round(server.usage().rss_mb, 1)))
        for done in range(STEP, conversations + 1, STEP):
            await answers.reset(standin.url)
            events = workload(2 * STEP, first_customer=10_000_000 + done - STEP)
            sent = await drive(server.url + "/slack/events", events, concurrency=concurrency)
            posts = await answers.collect(standin.url, answers.expected_posts(sent, bare=False), settle=0.2)
            got = answers.match(sent, posts, bare=False)
            problems = {
                "missing": problems["missing"] + got.missing,
                "extra": problems["extra"] + got.extra,
                "refused": problems["refused"] + got.refused,
            }
            readings.append((done, round(server.usage().rss_mb, 1)))
        peak = server.usage().peak_rss_mb
    finally:
        server.stop()
        standin.stop()
    second_half = [(x, y) for x, y in readings if x >= conversations // 2]
    growth = slope(second_half)
    return {
        "target": label,
        "conversations": readings[-1][0],
        "rss_mb": readings[-1][1],
        "peak_rss_mb": round(peak, 1),
        "readings": readings,
        "growth_mb_per_1000": round(growth, 2),
        "flat": growth < 0.5,  # under 5 MB more per 10,000 further conversations
        "exactly_once": not any(problems.values()),
        **problems,
    }
