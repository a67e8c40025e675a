"""The agents' verdicts as labelled triage data (``text,route,category``), for ``tandem eval``: measure
triage on your own traffic, tune TANDEM_CONFIG, measure again (docs/triage.md)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from ..facts import Fact, FactKind, Verdict

HEADER = ("text", "route", "category")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run these as formulas


@dataclass(frozen=True)
class LabelledRow:
    text: str
    route: str  # human or bot
    category: str  # the handoff's reason, spelled as in eval files (sensitive_self_harm)


def labelled_rows(facts: Iterable[Fact]) -> list[LabelledRow]:
    """One row per handoff with a verdict (the latest, if it changed): "the bot could have answered" is
    route ``bot``; "a person was needed" and "should have come sooner" are route ``human``; the category is
    the reason triage gave. Handoffs whose triggering message is unknown (from before the upgrade) are left out."""
    latest: dict[str, Fact] = {}
    for fact in facts:
        if fact.kind is FactKind.VERDICT and fact.text.strip():
            latest[fact.handoff_id] = fact
    return [
        LabelledRow(f.text, "bot" if f.label == Verdict.BOT.value else "human", category_name(f.reason))
        for f in latest.values()
    ]


def category_name(reason: str) -> str:
    return (reason or "human_request").replace(":", "_")


def to_csv(rows: Iterable[LabelledRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow((_inert(row.text), row.route, row.category))
    return out.getvalue()


def _inert(text: str) -> str:
    """Customers wrote these words: opened in a spreadsheet, none may start a formula (OWASP's advice)."""
    return "'" + text if text.startswith(_FORMULA_START) else text
