"""The report over a period: conversations, how many the bot handled alone, handoffs and why, how soon
people claimed and resolved them, what customers rated, what the bot could not answer and what the agents
said about each handoff. ``tandem report``, the weekly digest and the dashboard all read it.

Definitions (docs/operations.md says the same):
- a conversation counts when its customer wrote in the period; it was resolved by the bot when none of
  its messages in the period went to a person; deflection is the share of those;
- times are from the handoff to the claim, and from the handoff to the agent's resolve.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ..facts import Fact, FactKind, Verdict
from .unanswered import Gap, group_questions

LOW_RATING = 2
_VERDICT_KEYS = {
    Verdict.NEEDED.value: "needed_person",
    Verdict.BOT.value: "bot_could_answer",
    Verdict.LATE.value: "came_too_late",
}


@dataclass(frozen=True)
class Spread:
    """The median and the 90th percentile of some durations in seconds (None when there were none)."""

    p50: float | None = None
    p90: float | None = None
    count: int = 0

    @staticmethod
    def of(values: Sequence[float]) -> Spread:
        if not values:
            return Spread()
        ordered = sorted(values)
        return Spread(round(_percentile(ordered, 0.5), 1), round(_percentile(ordered, 0.9), 1), len(ordered))

    def to_json(self) -> dict:
        return {"p50": self.p50, "p90": self.p90}


@dataclass(frozen=True)
class Ratings:
    responses: int = 0
    average: float | None = None
    low: int = 0  # 2 or less

    def to_json(self) -> dict:
        return {"responses": self.responses, "average": self.average, "low": self.low}


@dataclass(frozen=True)
class Figures:
    """The numbers for one platform, or for all of them."""

    conversations: int = 0
    resolved_by_bot: int = 0
    handoffs: int = 0
    handoffs_by_reason: dict[str, int] = field(default_factory=dict)
    time_to_claim: Spread = Spread()
    time_to_resolve: Spread = Spread()
    csat: Ratings = Ratings()
    unanswered: tuple[Gap, ...] = ()
    verdicts: dict[str, int] = field(default_factory=dict)

    @property
    def deflection_rate(self) -> float | None:
        return round(self.resolved_by_bot / self.conversations, 3) if self.conversations else None

    def to_json(self) -> dict:
        return {
            "conversations": self.conversations,
            "resolved_by_bot": self.resolved_by_bot,
            "deflection_rate": self.deflection_rate,
            "handoffs": self.handoffs,
            "handoffs_by_reason": dict(self.handoffs_by_reason),
            "time_to_claim_seconds": self.time_to_claim.to_json(),
            "time_to_resolve_seconds": self.time_to_resolve.to_json(),
            "csat": self.csat.to_json(),
            "unanswered": [g.to_json() for g in self.unanswered],
            "verdicts": dict(self.verdicts),
        }


@dataclass(frozen=True)
class Report:
    since: datetime
    until: datetime
    total: Figures
    platforms: dict[str, Figures]

    @property
    def days(self) -> float:
        return (self.until - self.since).total_seconds() / 86400

    def to_json(self) -> dict:
        """The keys of DESIGN.md's contract, and the same per platform under ``platforms``."""
        return {**self.total.to_json(), "platforms": {name: f.to_json() for name, f in sorted(self.platforms.items())}}


def build_report(facts: Iterable[Fact], since: datetime, until: datetime, top_unanswered: int = 20) -> Report:
    facts = [f for f in facts if since <= f.at < until]
    platforms = sorted({f.platform for f in facts})
    return Report(
        since,
        until,
        figures(facts, top_unanswered),
        {p: figures([f for f in facts if f.platform == p], top_unanswered) for p in platforms},
    )


def figures(facts: Sequence[Fact], top_unanswered: int = 20) -> Figures:
    of = _by_kind(facts)
    talked = {f.conversation_id for f in of[FactKind.MESSAGE]}
    handed = {f.conversation_id for f in of[FactKind.HANDOFF]}
    ratings = [f.value for f in of[FactKind.CSAT] if f.value is not None]
    latest_verdict = {f.handoff_id: f.label for f in of[FactKind.VERDICT]}  # oldest first: the last one stands
    verdicts = Counter(latest_verdict.values())
    return Figures(
        conversations=len(talked),
        resolved_by_bot=len(talked - handed),
        handoffs=len(of[FactKind.HANDOFF]),
        handoffs_by_reason=dict(Counter(f.reason for f in of[FactKind.HANDOFF]).most_common()),
        time_to_claim=Spread.of([f.value for f in of[FactKind.CLAIM] if f.value is not None]),
        time_to_resolve=Spread.of(
            [f.value for f in of[FactKind.CLOSE] if f.label == "resolve" and f.value is not None]
        ),
        csat=Ratings(
            responses=len(ratings),
            average=round(sum(ratings) / len(ratings), 2) if ratings else None,
            low=sum(1 for r in ratings if r <= LOW_RATING),
        ),
        unanswered=tuple(group_questions((f.text for f in of[FactKind.UNANSWERED]), top_unanswered)),
        verdicts={key: verdicts.get(value, 0) for value, key in _VERDICT_KEYS.items()},
    )


def _by_kind(facts: Sequence[Fact]) -> dict[FactKind, list[Fact]]:
    grouped: dict[FactKind, list[Fact]] = {kind: [] for kind in FactKind}
    for f in facts:
        grouped[f.kind].append(f)
    return grouped


def _percentile(ordered: Sequence[float], q: float) -> float:
    """Linear interpolation between the closest ranks (as spreadsheets and numpy do by default)."""
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
