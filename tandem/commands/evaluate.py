"""``tandem eval FILE.csv``: triage quality over labelled messages."""

from __future__ import annotations

import asyncio
import json

from bot.settings import Settings
from bot.triage.evaluate import EvalDataError, evaluate, load_rows, rules_classifier
from bot.triage.report import format_report

from .triage import configured_triage


def register(sub) -> None:
    p = sub.add_parser("eval", help="measure triage on a labelled CSV (text,route,category)")
    p.add_argument("file", help="labelled CSV, e.g. ../shared/eval/dev.csv")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--check", action="store_true", help="exit with status 1 when a target is missed")
    p.set_defaults(handler=lambda args: asyncio.run(run_eval(args.file, args.json, args.check)))


async def run_eval(path: str, as_json: bool, check: bool) -> int:
    try:
        rows = load_rows(path)
    except EvalDataError as exc:
        print(f"tandem eval: {exc}")
        return 2
    report = await evaluate(rows, rules_classifier(configured_triage(Settings.from_env())))
    print(json.dumps(report.to_json(), indent=2) if as_json else format_report(report))
    return 1 if check and not report.passed else 0
