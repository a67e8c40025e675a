"""Run Tandem's benchmark suite and print a table (``--json`` for JSON). See docs/benchmarks.md.

.venv/bin/python -m benchmarks                 # everything: Slack path (bare Bolt, SQLite, PostgreSQL),
                                               # memory at 10,000 conversations, triage speed
.venv/bin/python -m benchmarks --quick         # a smaller run, to try it out
.venv/bin/python -m benchmarks --only faults   # lost and duplicated messages under Slack faults and SIGKILL
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import faults, memory, slack_path, triage_speed
from .databases import fresh_database, postgres_reachable
from .report import render

STORES = ("sqlite", "postgres")
PARTS = ("slack", "memory", "triage")  # the default run; "faults" runs when asked for


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=4000, help="events in the burst (default 4000)")
    p.add_argument("--concurrency", type=int, default=50, help="events in flight during the burst (default 50)")
    p.add_argument("--rate", type=float, default=500.0, help="events/s of the steady phase (default 500)")
    p.add_argument("--rate-seconds", type=float, default=10.0, help="length of the steady phase (default 10)")
    p.add_argument(
        "--conversations", type=int, default=10_000, help="conversations for the memory test (default 10000)"
    )
    p.add_argument("--users-info-ms", type=float, default=0.0,
                   help="the stand-in answers users.info this much later "
                        "(default 0; the real Slack: about 100)")  # fmt: skip
    p.add_argument("--stores", default=",".join(STORES), help="stores to measure: sqlite,postgres (default both)")
    p.add_argument(
        "--only", default=",".join(PARTS), help="parts to run: slack,memory,triage,faults (default: all but faults)"
    )
    p.add_argument(
        "--faults", default=",".join(faults.FAULTS), help="faults to inject: 500,timeout,drop,sigkill (default all)"
    )
    p.add_argument("--fault-conversations", type=int, default=faults.FaultPlan.conversations,
                   help=f"conversations per fault run (default {faults.FaultPlan.conversations})")  # fmt: skip
    p.add_argument("--no-bare", action="store_true", help="skip the bare Bolt app (no ratios then)")
    p.add_argument("--baseline", type=Path, help="also measure this other checkout's Tandem on the Slack path "
                   "(e.g. `git worktree add /tmp/base main`), for before/after")  # fmt: skip
    p.add_argument("--dev-csv", type=Path, help="labelled messages for triage (default ../shared/eval/dev.csv)")
    p.add_argument("--profile", type=Path, help="folder for py-spy profiles of each server during the burst")
    p.add_argument("--logs", type=Path, help="keep the servers' logs in this folder")
    p.add_argument("--quick", action="store_true", help="small numbers: 1000 events, 4 s steady, 2000 conversations")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--save", type=Path, help="also write the results as JSON to this file")
    options = p.parse_args(argv)
    if options.quick:
        options.events, options.rate_seconds, options.conversations = 1000, 4.0, 2000
    return options


def machine() -> str:
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    return f"{os.cpu_count()} CPUs, Python {platform.python_version()}, load average before the run {load}"


async def run(options: argparse.Namespace) -> dict[str, Any]:
    parts = {p.strip() for p in options.only.split(",") if p.strip()}
    stores = [s.strip() for s in options.stores.split(",") if s.strip()]
    plan = slack_path.LoadPlan(
        options.events, options.concurrency, options.rate, options.rate_seconds, users_info_ms=options.users_info_ms
    )
    results: dict[str, Any] = {"machine": machine(), "plan": plan.__dict__, "notes": []}
    if "postgres" in stores and (why := await postgres_reachable()):
        results["notes"].append(f"PostgreSQL skipped: {why}")
        stores.remove("postgres")
    logs = options.logs or Path(tempfile.mkdtemp(prefix="tandem-bench-"))
    logs.mkdir(parents=True, exist_ok=True)
    if options.profile:
        options.profile.mkdir(parents=True, exist_ok=True)
    profile = lambda name: options.profile / f"{name}.txt" if options.profile else None  # noqa: E731
    if "slack" in parts:
        results["slack"] = []
        if not options.no_bare:
            say("Slack path: bare Bolt app")
            results["slack"].append(await slack_path.measure("bare", None, plan, logs, "bare Bolt", profile("bare")))
        for store in stores:
            say(f"Slack path: tandem run on {store}")
            async with fresh_database(store, logs) as url:
                label = f"Tandem, {'SQLite' if store == 'sqlite' else 'PostgreSQL'}"
                results["slack"].append(await slack_path.measure("tandem", url, plan, logs, label, profile(store)))
            if options.baseline:
                say(f"Slack path: baseline {options.baseline} on {store}")
                async with fresh_database(store, logs) as url:
                    label = f"baseline, {'SQLite' if store == 'sqlite' else 'PostgreSQL'}"
                    base = await slack_path.measure(
                        "tandem", url, plan, logs, label, checkout=options.baseline.resolve()
                    )
                    results["slack"].append({**base, "baseline": str(options.baseline)})
    if "faults" in parts:
        results["faults"] = await measure_faults(options, stores, logs)
    if "memory" in parts:
        results["memory"] = []
        for store in stores:
            say(f"Memory: {options.conversations:,} conversations on {store}")
            async with fresh_database(store, logs) as url:
                label = f"Tandem, {'SQLite' if store == 'sqlite' else 'PostgreSQL'}"
                results["memory"].append(
                    await memory.measure(url, options.conversations, options.concurrency, logs, label)
                )
    if "triage" in parts:
        path = options.dev_csv or triage_speed.find_dev_csv()
        if path is None or not path.exists():
            results["notes"].append("triage skipped: ../shared/eval/dev.csv not found (use --dev-csv)")
        else:
            say(f"Triage: {path}")
            results["triage"] = triage_speed.measure(path)
    results["notes"].append(f"servers' logs: {logs}")
    return results


async def measure_faults(options: argparse.Namespace, stores: list[str], logs: Path) -> list[dict[str, Any]]:
    plan = faults.FaultPlan(conversations=options.fault_conversations)
    checkouts: list[tuple[str, Path | None]] = [("Tandem", None)]
    if options.baseline:
        checkouts.append((f"baseline {options.baseline}", options.baseline.resolve()))
    rows = []
    for fault in [f.strip() for f in options.faults.split(",") if f.strip()]:
        for store in stores:
            for label, checkout in checkouts:
                say(f"Faults: {fault} on {store}, {label}")
                async with fresh_database(store, logs) as url:
                    rows.append(await faults.measure(store, url, fault, plan, logs, label, checkout))
    return rows


def say(text: str) -> None:
    print(f"… {text}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stopped: still stop the servers it started
    options = parse(argv)
    results = asyncio.run(run(options))
    results["command"] = "python -m benchmarks " + " ".join(argv if argv is not None else sys.argv[1:])
    if options.save:
        options.save.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2) if options.json else render(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
