"""The per-source table of docs/triage.md: triage (rules and shipped model) on every TUNE and REPORT source.

    python scripts/triage_source_table.py [--tune ../shared/eval/dev.csv /work/data/triage/tune.csv]
                                          [--report /work/data/triage/report.csv] [--no-model]

One row per source (TUNE sources first, then REPORT), one column per target: recall of route=human rows per
category, false handoffs of route=bot rows, order-intent precision and recall; then a total per split.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.triage import Triage, TriageConfig  # noqa: E402
from bot.triage.eval_data import load_files  # noqa: E402
from bot.triage.evaluate import evaluate, rules_classifier  # noqa: E402
from bot.triage.report import Rate  # noqa: E402

COLUMNS = (
    ("person", "human_request"), ("complaint", "complaint"), ("frustration", "frustration"),
    ("self-harm", "sensitive_self_harm"), ("medical", "sensitive_medical"), ("abuse", "sensitive_harassment"),
    ("bereavement", "sensitive_bereavement"), ("legal", "sensitive_legal"),
    ("hardship", "sensitive_financial_hardship"), ("privacy", "sensitive_data_privacy"),
)


def cell(rate: Rate | None) -> str:
    return "" if rate is None or not rate.total else f"{rate.value:.2f} ({rate.total})"


def row(name: str, split: str, report) -> str:
    recall = [cell(report.recall.get(category)) for _, category in COLUMNS]
    order = f"{cell(report.order_precision)} / {cell(report.order_recall)}".strip(" /")
    return f"| {name} | {split} | " + " | ".join(recall) + f" | {cell(report.false_handoff)} | {order} |"


async def table(tune_files, report_files, config: TriageConfig) -> str:
    classify = rules_classifier(Triage(config))
    lines = ["| source | split | " + " | ".join(label for label, _ in COLUMNS) + " | false handoffs | order P / R |",
             "|---" * (len(COLUMNS) + 4) + "|"]
    for split, files in (("tune", tune_files), ("report", report_files)):
        rows = load_files(files)
        for source in sorted({r.source for r in rows}):
            lines.append(row(source, split, await evaluate([r for r in rows if r.source == source], classify)))
        lines.append(row(f"**all {split.upper()}**", split, await evaluate(rows, classify)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", nargs="+", type=Path,
                        default=[ROOT.parent / "shared" / "eval" / "dev.csv", Path("/work/data/triage/tune.csv")])
    parser.add_argument("--report", nargs="+", type=Path, default=[Path("/work/data/triage/report.csv")])
    parser.add_argument("--no-model", action="store_true", help="rules only")
    args = parser.parse_args(argv)
    print(asyncio.run(table(args.tune, args.report, TriageConfig(model=not args.no_model))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
