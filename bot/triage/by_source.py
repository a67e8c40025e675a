"""The evaluation broken down by source: per category the share handed off, and the order intent."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from .report import Rate

logger = logging.getLogger(__name__)

UNNAMED = "(no source)"


@dataclass(frozen=True)
class CategoryRate:
    category: str
    route: str  # human: the rate is recall; bot: false handoffs; either: neither right nor wrong
    handed_off: Rate

    def to_json(self) -> dict:
        return {"category": self.category, "route": self.route, "handed_off": self.handed_off.to_json()}


@dataclass(frozen=True)
class SourceReport:
    rows: int
    categories: tuple[CategoryRate, ...]
    order_precision: Rate
    order_recall: Rate

    def to_json(self) -> dict:
        return {"rows": self.rows, "categories": [c.to_json() for c in self.categories],
                "order_precision": self.order_precision.to_json(), "order_recall": self.order_recall.to_json()}


class SourceTally:
    """Counts rows as ``evaluate`` meets them; ``build()`` gives one ``SourceReport`` per source."""

    def __init__(self) -> None:
        self._cells: dict[str, dict[tuple[str, str], list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        self._order: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # hits, predicted, actual

    def add(self, source: str, category: str, route: str, handed_off: bool, predicted: bool, actual: bool) -> None:
        cell = self._cells[source or UNNAMED][(category, route)]
        cell[0] += handed_off
        cell[1] += 1
        order = self._order[source or UNNAMED]
        order[0] += predicted and actual
        order[1] += predicted
        order[2] += actual

    def build(self) -> dict[str, SourceReport]:
        reports = {}
        for source in sorted(self._cells):
            cells = self._cells[source]
            hits, predicted, actual = self._order[source]
            reports[source] = SourceReport(
                rows=sum(total for _, total in cells.values()),
                categories=tuple(
                    CategoryRate(category, route, Rate(*cells[(category, route)]))
                    for category, route in sorted(cells, key=_route_then_category)
                ),
                order_precision=Rate(hits, predicted),
                order_recall=Rate(hits, actual),
            )
        return reports


_ROUTE_ORDER = {"human": 0, "bot": 1, "either": 2}


def _route_then_category(key: tuple[str, str]) -> tuple[int, str]:
    category, route = key
    return _ROUTE_ORDER.get(route, 3), category


def format_by_source(by_source: dict[str, SourceReport]) -> str:
    """One line per source and category: route=human lines are recall, route=bot lines false handoffs."""
    lines: list[tuple[str, str, str, str, str]] = []
    for source, report in by_source.items():
        label = f"{source} ({report.rows:,})"
        for cell in report.categories:
            lines.append((label, cell.category, _meaning(cell.route), _value(cell.handed_off), _count(cell.handed_off)))
            label = ""
        for name, rate in (
            ("order intent precision", report.order_precision),
            ("order intent recall", report.order_recall),
        ):
            if rate.total:
                lines.append((label, name, "", _value(rate), _count(rate)))
                label = ""
    header = ("source (rows)", "category", "measures", "value", "n")
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(5)]
    out = ["By source", "", _row(header, widths), _row(tuple("-" * w for w in widths), widths)]
    out.extend(_row(line, widths) for line in lines)
    return "\n".join(out)


def _meaning(route: str) -> str:
    return {"human": "recall", "bot": "false handoffs", "either": "handed off"}.get(route, f"route {route}")


def _value(rate: Rate) -> str:
    return "n/a" if rate.value is None else f"{rate.value:.3f}"


def _count(rate: Rate) -> str:
    return f"{rate.hits}/{rate.total}"


def _row(cells: tuple[str, ...], widths: list[int]) -> str:
    source, category, measures, value, count = cells
    return "  ".join((source.ljust(widths[0]), category.ljust(widths[1]), measures.ljust(widths[2]),
                      value.rjust(widths[3]), count.rjust(widths[4]))).rstrip()
