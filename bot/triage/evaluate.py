"""Measure triage on labelled CSVs (``tandem eval``), and run it over a stream of messages (``tandem triage``).

The command lines live in ``tandem/commands``; reading the labelled rows is ``eval_data``'s. ``classify``
is any ``async`` callable ``str -> TriageResult``, so an LLM classifier can be measured the same way as the
rules (``rules_classifier(Triage())``).
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Sequence

from ..models import Route, TriageResult
from .by_source import SourceTally, format_by_source
from .classifier import Triage
from .eval_data import EvalRow
from .report import DEFAULT_TARGETS, EvalReport, Mistake, Rate, Target, format_report

logger = logging.getLogger(__name__)

Classify = Callable[[str], Awaitable[TriageResult]]
ORDER_INTENT = "order_tracking"


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

    human: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_by_category: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_by_source: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    either = [0, 0]
    order_tp = order_predicted = order_actual = 0
    reasons: dict[str, Counter] = defaultdict(Counter)
    wrong: dict[str, list[Mistake]] = defaultdict(list)
    by_source = SourceTally()
    for row, result in zip(rows, results, strict=True):
        handed_off = result.route is Route.HUMAN
        wrong_route = row.route in ("human", "bot") and handed_off != (row.route == "human")
        if mistakes and wrong_route and len(wrong[row.category]) < mistakes:
            wrong[row.category].append(
                Mistake(row.text, row.category, row.route, result.reason, result.signals, row.source)
            )
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
        by_source.add(row.source, row.category, row.route, handed_off, predicted, actual)

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
        by_source=by_source.build(),
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


def format_full_report(report: EvalReport) -> str:
    """The targets table, then, when the rows come from more than one source, the table by source."""
    text = format_report(report)
    return text + "\n\n" + format_by_source(report.by_source) if len(report.by_source) > 1 else text
