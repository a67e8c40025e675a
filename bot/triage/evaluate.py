"""Measure triage on a labelled CSV, and run it over a stream of messages (``tandem triage``).

    python -m bot.triage.evaluate ../shared/eval/dev.csv [--json] [--check]

``classify`` is any ``async`` callable ``str -> TriageResult``, so an LLM classifier can be measured
the same way as the rules (``rules_classifier(Triage())``).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import hashlib
import io
import json
import logging
import sys
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..models import Route, TriageResult
from .classifier import Triage
from .report import DEFAULT_TARGETS, EvalReport, Mistake, Rate, Target, format_report

logger = logging.getLogger(__name__)

Classify = Callable[[str], Awaitable[TriageResult]]
ROUTES = ("human", "bot", "either")
ORDER_INTENT = "order_tracking"


class EvalDataError(ValueError):
    """The labelled file cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class EvalRow:
    text: str
    route: str  # human, bot or either
    category: str
    source: str = ""


def load_rows(path: str | Path) -> list[EvalRow]:
    """Rows of a ``text,route,category[,source]`` CSV with a header line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise EvalDataError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise EvalDataError(f"{path}:{line}: not UTF-8 text") from None
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise EvalDataError(f"{path}:1: empty file; expected a header line text,route,category[,source]") from None
    except csv.Error as exc:
        raise EvalDataError(f"{path}:1: {exc}") from None
    missing = [c for c in ("text", "route", "category") if c not in header]
    if missing:
        raise EvalDataError(f"{path}:1: header lacks {', '.join(missing)} (expected text,route,category[,source])")
    index = {name: header.index(name) for name in ("text", "route", "category")}
    source_at = header.index("source") if "source" in header else None
    rows: list[EvalRow] = []
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise EvalDataError(f"{path}:{reader.line_num}: {exc}") from None
        line = reader.line_num
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue  # blank line
        if len(fields) != len(header):
            raise EvalDataError(f"{path}:{line}: expected {len(header)} fields, found {len(fields)}")
        route = fields[index["route"]].strip().lower()
        if route not in ROUTES:
            raise EvalDataError(f"{path}:{line}: route {route!r} is not one of {', '.join(ROUTES)}")
        category = fields[index["category"]].strip()
        if not category:
            raise EvalDataError(f"{path}:{line}: empty category")
        source = fields[source_at].strip() if source_at is not None else ""
        rows.append(EvalRow(fields[index["text"]], route, category, source))
    return rows


HALVES = ("a", "b")


def half_of(text: str) -> str:
    """``a`` or ``b``, fixed by a hash of the text: tune on one half of a file, report on the other."""
    return HALVES[hashlib.sha256(text.encode("utf-8")).digest()[0] & 1]


def split_half(rows: Sequence[EvalRow], half: str) -> list[EvalRow]:
    if half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    return [row for row in rows if half_of(row.text) == half]


def rules_classifier(triage: Triage) -> Classify:
    """The rules as the ``async`` callable ``evaluate`` and ``triage_stream`` take."""

    async def classify(text: str) -> TriageResult:
        return triage.classify(text)

    return classify


async def evaluate(
    rows: Sequence[EvalRow], classify: Classify, targets: tuple[Target, ...] = DEFAULT_TARGETS, mistakes: int = 0
) -> EvalReport:
    """The report over ``rows``; ``mistakes``: keep up to that many wrong decisions per category."""
    started = time.perf_counter()
    results = [await classify(row.text) for row in rows]
    seconds = time.perf_counter() - started

    human = defaultdict(lambda: [0, 0])
    false_by_category = defaultdict(lambda: [0, 0])
    false_by_source = defaultdict(lambda: [0, 0])
    either = [0, 0]
    order_tp = order_predicted = order_actual = 0
    reasons: dict[str, Counter] = defaultdict(Counter)
    wrong: dict[str, list[Mistake]] = defaultdict(list)
    for row, result in zip(rows, results, strict=True):
        handed_off = result.route is Route.HUMAN
        if mistakes and row.route in ("human", "bot") and handed_off != (row.route == "human"):
            if len(wrong[row.category]) < mistakes:
                wrong[row.category].append(Mistake(row.text, row.category, row.route, result.reason, result.signals))
        reasons[row.category][result.reason or "bot"] += 1
        if row.route == "human":
            _count(human[row.category], handed_off)
        elif row.route == "bot":
            _count(false_by_category[row.category], handed_off)
            _count(false_by_source[row.source or "unknown"], handed_off)
        else:
            _count(either, handed_off)
        predicted = result.intent == ORDER_INTENT
        actual = row.category == ORDER_INTENT
        order_predicted += predicted
        order_actual += actual
        order_tp += predicted and actual

    false_hits = sum(h for h, _ in false_by_category.values())
    false_total = sum(t for _, t in false_by_category.values())
    return EvalReport(
        rows=len(rows),
        route_counts=dict(Counter(row.route for row in rows)),
        recall={c: Rate(*v) for c, v in sorted(human.items())},
        false_handoff=Rate(false_hits, false_total),
        false_handoff_by_category={c: Rate(*v) for c, v in sorted(false_by_category.items())},
        false_handoff_by_source={s: Rate(*v) for s, v in sorted(false_by_source.items())},
        either_handoff=Rate(*either),
        order_precision=Rate(order_tp, order_predicted),
        order_recall=Rate(order_tp, order_actual),
        seconds=seconds,
        reasons={c: dict(v.most_common()) for c, v in sorted(reasons.items())},
        targets=targets,
        mistakes=tuple(m for c in sorted(wrong) for m in wrong[c]),
    )


def _count(cell: list[int], hit: bool) -> None:
    cell[0] += hit
    cell[1] += 1


async def triage_stream(lines: Iterable[str] | AsyncIterable[str], classify: Classify) -> AsyncIterator[dict]:
    """One result per non-blank input line: plain text, or a JSON object with ``text`` (an ``id`` is
    echoed back). A malformed JSON line yields ``{"error": ...}`` and the stream goes on."""
    number = 0
    async for line in _aiter(lines):
        number += 1
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        text = line
        echo: dict = {}
        if line.lstrip().startswith("{"):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield {"error": f"line {number}: malformed JSON ({exc.msg} at column {exc.colno})"}
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield {"error": f"line {number}: a JSON line needs a \"text\" string"}
                continue
            text = obj["text"]
            if "id" in obj:
                echo["id"] = obj["id"]
        result = await classify(text)
        yield {**echo, **result.to_json()}


async def _aiter(lines: Iterable[str] | AsyncIterable[str]) -> AsyncIterator[str]:
    if isinstance(lines, AsyncIterable):
        async for line in lines:
            yield line
    else:
        for line in lines:
            yield line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.triage.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("file", help="labelled CSV: text,route,category[,source]")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--check", action="store_true", help="exit with status 1 when a target is missed")
    parser.add_argument("--half", choices=HALVES, help="only the rows of one half (split by a hash of the text)")
    args = parser.parse_args(argv)
    try:
        rows = load_rows(args.file)
    except EvalDataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.half:
        rows = split_half(rows, args.half)
    report = asyncio.run(evaluate(rows, rules_classifier(Triage())))
    print(json.dumps(report.to_json(), indent=2) if args.json else format_report(report))
    return 1 if args.check and not report.passed else 0


if __name__ == "__main__":
    sys.exit(main())
