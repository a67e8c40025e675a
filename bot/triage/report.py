"""The evaluation report: rates, targets with pass/fail, as an aligned text table or JSON."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .by_source import SourceReport

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rate:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def to_json(self) -> dict:
        value = self.value
        return {"value": None if value is None else round(value, 4), "hits": self.hits, "total": self.total}


@dataclass(frozen=True)
class Mistake:
    """A labelled message triage got wrong: a missed handoff, or a routine message handed off."""

    text: str
    category: str
    expected: str  # the row's route: human or bot
    reason: str | None  # what triage decided (None: the bot answers)
    signals: tuple[str, ...]
    source: str = ""

    def to_json(self) -> dict:
        return {"text": self.text, "category": self.category, "expected": self.expected, "reason": self.reason,
                "signals": list(self.signals), "source": self.source}


@dataclass(frozen=True)
class Target:
    """``metric`` names a report value: ``recall:<category>``, ``false_handoff``, ``order_precision``,
    ``order_recall`` or ``messages_per_second``."""

    metric: str
    threshold: float
    at_least: bool = True  # False: the value must be at most the threshold

    def check(self, value: float | None) -> bool | None:
        if value is None:
            return None
        return value >= self.threshold if self.at_least else value <= self.threshold

    @property
    def text(self) -> str:
        sign = ">=" if self.at_least else "<="
        return f"{sign} {self.threshold:g}"


MIN_ROWS_FOR_SPEED = 1000

DEFAULT_TARGETS: tuple[Target, ...] = (
    Target("recall:human_request", 0.95),
    Target("recall:complaint", 0.80),
    Target("recall:frustration", 0.80),
    Target("recall:sensitive_self_harm", 0.98),
    Target("recall:sensitive_medical", 0.90),
    Target("false_handoff", 0.05, at_least=False),
    Target("order_recall", 0.90),
    Target("order_precision", 0.90),
    Target("messages_per_second", 5000),
)


@dataclass(frozen=True)
class EvalReport:
    rows: int
    route_counts: dict[str, int]
    recall: dict[str, Rate]  # per category of route=human rows: the share routed to a person
    false_handoff: Rate  # route=bot rows routed to a person
    false_handoff_by_category: dict[str, Rate]
    false_handoff_by_source: dict[str, Rate]
    either_handoff: Rate  # route=either rows routed to a person (neither right nor wrong)
    order_precision: Rate
    order_recall: Rate
    seconds: float
    reasons: dict[str, dict[str, int]] = field(default_factory=dict)  # category -> reason -> count
    targets: tuple[Target, ...] = DEFAULT_TARGETS
    mistakes: tuple[Mistake, ...] = ()  # kept only when asked for (``evaluate(..., mistakes=N)``)
    by_source: dict[str, SourceReport] = field(default_factory=dict)

    @property
    def messages_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    def value(self, metric: str) -> float | None:
        if metric.startswith("recall:"):
            rate = self.recall.get(metric.split(":", 1)[1])
            return rate.value if rate else None
        if metric == "messages_per_second":  # a few rows measure start-up noise, not speed
            return self.messages_per_second if self.rows >= MIN_ROWS_FOR_SPEED else None
        rate = {"false_handoff": self.false_handoff, "order_precision": self.order_precision,
                "order_recall": self.order_recall, "either_handoff": self.either_handoff}.get(metric)
        if rate is None:
            raise KeyError(f"unknown metric {metric!r}")
        return rate.value

    def checks(self) -> list[tuple[Target, float | None, bool | None]]:
        return [(t, self.value(t.metric), t.check(self.value(t.metric))) for t in self.targets]

    @property
    def passed(self) -> bool:
        return all(ok is not False for _, _, ok in self.checks())

    def to_json(self) -> dict:
        return {
            "rows": self.rows,
            "route_counts": dict(self.route_counts),
            "recall": {k: v.to_json() for k, v in self.recall.items()},
            "false_handoff": self.false_handoff.to_json(),
            "false_handoff_by_category": {k: v.to_json() for k, v in self.false_handoff_by_category.items()},
            "false_handoff_by_source": {k: v.to_json() for k, v in self.false_handoff_by_source.items()},
            "either_handoff": self.either_handoff.to_json(),
            "order_precision": self.order_precision.to_json(),
            "order_recall": self.order_recall.to_json(),
            "seconds": round(self.seconds, 4),
            "messages_per_second": round(self.messages_per_second, 1),
            "reasons": {k: dict(v) for k, v in self.reasons.items()},
            "targets": [
                {"metric": t.metric, "target": t.text, "value": None if v is None else round(v, 4), "passed": ok}
                for t, v, ok in self.checks()
            ],
            "passed": self.passed,
            "by_source": {k: v.to_json() for k, v in self.by_source.items()},
            **({"mistakes": [m.to_json() for m in self.mistakes]} if self.mistakes else {}),
        }


def format_report(report: EvalReport) -> str:
    """An aligned plain-text table; rows with a target carry a pass/fail mark."""
    targets = {t.metric: t for t in report.targets}
    lines: list[tuple[str, str, str, str, str]] = []

    def add(label: str, metric: str | None, rate: Rate | None = None, shown: str | None = None) -> None:
        target = targets.get(metric) if metric else None
        value = report.value(metric) if metric else (rate.value if rate else None)
        text = shown if shown is not None else ("n/a" if value is None else f"{value:.3f}")
        count = f"{rate.hits}/{rate.total}" if rate else ""
        mark = ""
        if target is not None:
            ok = target.check(value)
            mark = "n/a" if ok is None else ("✓ pass" if ok else "✗ FAIL")
        lines.append((label, text, count, target.text if target else "", mark))

    for category, rate in sorted(report.recall.items()):
        add(f"recall  {category}", f"recall:{category}", rate)
    add("false handoffs  (route=bot)", "false_handoff", report.false_handoff)
    for category, rate in sorted(report.false_handoff_by_category.items()):
        add(f"  category {category}", None, rate)
    for source, rate in sorted(report.false_handoff_by_source.items()):
        add(f"  source {source}", None, rate)
    add("handoff rate  (route=either)", None, report.either_handoff)
    add("order intent precision", "order_precision", report.order_precision)
    add("order intent recall", "order_recall", report.order_recall)
    add("speed  (messages/s)", "messages_per_second", None, f"{report.messages_per_second:,.0f}")

    header = ("metric", "value", "n", "target", "result")
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(5)]
    counts = ", ".join(f"{route} {n:,}" for route, n in sorted(report.route_counts.items()))
    verdict = "all targets met" if report.passed else "some targets missed"
    out = [
        f"Triage evaluation: {report.rows:,} rows ({counts}) in {report.seconds:.2f} s; {verdict}",
        "",
        _row(header, widths),
        _row(tuple("-" * w for w in widths), widths),
    ]
    out.extend(_row(line, widths) for line in lines)
    return "\n".join(out)


def _row(cells: tuple[str, ...], widths: list[int]) -> str:
    label, value, count, target, mark = cells
    return "  ".join(
        (label.ljust(widths[0]), value.rjust(widths[1]), count.rjust(widths[2]), target.ljust(widths[3]), mark)
    ).rstrip()


def format_mistakes(mistakes: tuple[Mistake, ...]) -> str:
    """The messages triage got wrong, by category: what to add to (or except from) a category's words."""
    lines: list[str] = []
    for category in sorted({m.category for m in mistakes}):
        mine = [m for m in mistakes if m.category == category]
        missed = mine[0].expected == "human"
        lines.append(
            f"\n{category}: {'not handed off' if missed else 'handed off, though routine'} ({len(mine)} shown)"
        )
        several = len({m.source for m in mistakes}) > 1
        for m in mine:
            why = "" if missed else f"  ← {m.reason}: {'; '.join(m.signals) or 'no signal'}"
            where = f"[{m.source}] " if several and m.source else ""
            lines.append(f"  - {where}{m.text[:160]}{why}")
    return "\n".join(lines).lstrip("\n")
