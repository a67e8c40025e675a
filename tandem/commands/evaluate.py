"""``tandem eval FILE.csv [MORE.csv ...]``: triage quality over labelled messages, in total and by source."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Sequence

from bot.settings import Settings
from bot.triage.eval_data import HALVES, EvalDataError, load_files, split_half
from bot.triage.evaluate import evaluate, format_full_report, rules_classifier
from bot.triage.report import format_mistakes

from .triage import configured_triage


def register(sub) -> None:
    p = sub.add_parser(
        "eval", help="measure triage on labelled CSVs (text,route,category[,source]), in total and by source"
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="file",
        help="labelled CSV, e.g. ../shared/eval/dev.csv; several files are measured together and reported by source (a "
             "file without a source column is named by its file name)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--check", action="store_true", help="exit with status 1 when a target is missed")
    p.add_argument(
        "--half",
        choices=HALVES,
        help="only one half of the rows, split by a hash of the text: tune on one, report on the other",
    )
    p.add_argument(
        "--llm",
        action="store_true",
        help="rules first, then the configured model may add handoffs (needs OPENAI_API_KEY and/or OPENAI_BASE_URL)",
    )
    p.add_argument(
        "--mistakes",
        type=int,
        default=0,
        metavar="N",
        help="also list up to N messages per category that triage got wrong (missed handoffs, routine messages handed "
             "off) with the signals that fired",
    )
    p.set_defaults(
        handler=lambda args: asyncio.run(
            run_eval(args.files, args.json, args.check, args.llm, args.half, args.mistakes)
        )
    )


async def run_eval(
    paths: str | Sequence[str],
    as_json: bool,
    check: bool,
    llm: bool = False,
    half: str | None = None,
    mistakes: int = 0,
) -> int:
    try:
        rows = load_files(
            [paths] if isinstance(paths, str) else paths,
            warn=lambda message: print(f"tandem eval: warning: {message}", file=sys.stderr),
        )
    except EvalDataError as exc:
        print(f"tandem eval: {exc}", file=sys.stderr)
        return 2
    if half:
        rows = split_half(rows, half)
    settings = Settings.from_env()
    triage = configured_triage(settings)
    classify, measured = rules_classifier(triage), None
    if llm:
        if not settings.llm_configured:
            print("tandem eval: --llm needs OPENAI_API_KEY and/or OPENAI_BASE_URL (and TANDEM_LLM_MODEL)")
            return 2
        from bot.llm.triage import build_llm_triage

        measured = build_llm_triage(settings, triage)
        await measured.prefetch(row.text for row in rows)
        classify = measured.classify
    report = await evaluate(rows, classify, mistakes=max(0, mistakes))
    if as_json:
        print(json.dumps({**report.to_json(), **({"llm": measured.usage()} if measured else {})}, indent=2))
    else:
        print(format_full_report(report))
        if measured:
            print("model: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in measured.usage().items()))
        if report.mistakes:
            print("\n" + format_mistakes(report.mistakes))
    return 1 if check and not report.passed else 0
