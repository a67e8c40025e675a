"""``tandem report [--days N] [--json]`` and ``tandem feedback export [--days N]``: what the conversations
add up to, and the agents' verdicts as labelled data for ``tandem eval``."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import timedelta

from bot.facts import FactKind
from bot.insight.export import labelled_rows, to_csv
from bot.insight.report import Figures, Report, build_report
from bot.insight.wording import rate, spread
from bot.runtime.runtime import utc_now

from .data import opened_store

VERDICT_WORDS = {
    "needed_person": "a person was needed",
    "bot_could_answer": "the bot could have answered",
    "came_too_late": "should have come sooner",
}


def register(sub) -> None:
    report = sub.add_parser(
        "report", help="conversations, deflection, handoffs, response times, CSAT and gaps over the last days"
    )
    report.add_argument("--days", type=_days, default=7, help="how many days back (default 7)")
    report.add_argument("--json", action="store_true", help="print JSON (keys as in DESIGN.md, and per platform)")
    report.set_defaults(handler=lambda args: asyncio.run(_report(args.days, args.json)))

    feedback = sub.add_parser("feedback", help="the agents' verdicts on handoffs")
    feedback_sub = feedback.add_subparsers(dest="feedback_command", metavar="ACTION", required=True)
    export = feedback_sub.add_parser("export", help="CSV text,route,category of verdicted handoffs, for tandem eval")
    export.add_argument("--days", type=_days, default=30, help="verdicts of the last N days (default 30)")
    export.set_defaults(handler=lambda args: asyncio.run(_export(args.days)))


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        days = 0
    if days < 1:
        raise argparse.ArgumentTypeError(f"a whole number of days, 1 or more (not {value!r})")
    return days


async def _report(days: int, as_json: bool) -> int:
    until = utc_now()
    since = until - timedelta(days=days)
    _, store = await opened_store()
    try:
        facts = await store.facts(since, until)
    finally:
        await store.close()
    report = build_report(facts, since, until)
    print(json.dumps(report.to_json(), indent=2, ensure_ascii=False) if as_json else format_report(report))
    return 0


async def _export(days: int) -> int:
    until = utc_now()
    _, store = await opened_store()
    try:
        facts = await store.facts(until - timedelta(days=days), until, (FactKind.VERDICT,))
    finally:
        await store.close()
    rows = labelled_rows(facts)
    sys.stdout.write(to_csv(rows))
    print(f"{len(rows)} verdicted handoff(s) of the last {days} days", file=sys.stderr)
    return 0


def format_report(report: Report) -> str:
    columns = [("all", report.total)] + sorted(report.platforms.items())
    width = 34
    head = f"Tandem report: {report.since:%Y-%m-%d %H:%M} to {report.until:%Y-%m-%d %H:%M} UTC ({report.days:.0f} days)"
    lines = [head, "", " " * width + "".join(f"{name:>14}" for name, _ in columns)]

    def row(label: str, value) -> None:
        lines.append(f"{label:<{width}}" + "".join(f"{value(f):>14}" for _, f in columns))

    row("conversations", lambda f: str(f.conversations))
    row("resolved by the bot", lambda f: str(f.resolved_by_bot))
    row("deflection", lambda f: rate(f.deflection_rate))
    row("handoffs", lambda f: str(f.handoffs))
    for reason in report.total.handoffs_by_reason:
        row(f"  {reason}", lambda f, r=reason: str(f.handoffs_by_reason.get(r, 0)))
    row("time to claim p50 / p90", lambda f: spread(f.time_to_claim))
    row("time to resolve p50 / p90", lambda f: spread(f.time_to_resolve))
    row("CSAT average", lambda f: "–" if f.csat.average is None else f"{f.csat.average:.1f}")
    row("CSAT answers (low)", lambda f: f"{f.csat.responses} ({f.csat.low})")
    for key, words in VERDICT_WORDS.items():
        row(f"verdict: {words}", lambda f, k=key: str(f.verdicts.get(k, 0)))
    lines += ["", *_gaps(report.total)]
    return "\n".join(lines)


def _gaps(total: Figures) -> list[str]:
    if not total.unanswered:
        return ["Every question had an answer."]
    return ["Questions the bot could not answer (redacted; similar ones together):"] + [
        f"{gap.count:>5}  {gap.text}" for gap in total.unanswered
    ]

