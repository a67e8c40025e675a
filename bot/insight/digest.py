"""The weekly digest in the agents' channel (``TANDEM_DIGEST="Mon 09:00"``, in TANDEM_TIMEZONE): last
week's report in a few lines, and the questions the bot could not answer as gaps in the knowledge base.

The core's sweeper asks ``DigestSchedule.due`` and queues one inbox item per week, keyed by the week's
slot, so instances sweeping at once queue it once (as with the still-in-line notice)."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..hours import DAYS, time_zone
from ..ports import Store
from .report import Report, build_report
from .wording import duration, rate, rating

logger = logging.getLogger(__name__)

GRACE = timedelta(hours=12)  # a digest missed for longer (the bot was down) waits for next week
TOP_GAPS = 5
_SPEC = re.compile(r"^(?P<day>[a-z]{3})[a-z]*\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})$")


@dataclass(frozen=True)
class DigestSchedule:
    weekday: int  # Monday is 0
    at: time
    zone: ZoneInfo

    @classmethod
    def parse(cls, spec: str, zone: str = "UTC") -> DigestSchedule:
        """``Mon 09:00`` (a weekday and a time); raises ValueError saying what is wrong."""
        match = _SPEC.match(spec.strip().lower())
        if not match or match["day"] not in DAYS:
            raise ValueError(f"cannot read {spec!r}: write a weekday and a time, like 'Mon 09:00'")
        hour, minute = int(match["hour"]), int(match["minute"])
        if hour > 23 or minute > 59:
            raise ValueError(f"{spec!r}: {hour:02d}:{minute:02d} is not a time of day")
        return cls(DAYS.index(match["day"]), time(hour, minute), time_zone(zone))

    def latest(self, now: datetime) -> datetime:
        """The most recent slot at or before ``now`` (aware, in the team's zone)."""
        local = now.astimezone(self.zone)
        day = local.date() - timedelta(days=(local.weekday() - self.weekday) % 7)
        slot = datetime.combine(day, self.at, tzinfo=self.zone)
        return slot if slot <= local else slot - timedelta(days=7)

    def due(self, now: datetime) -> datetime | None:
        """The slot to send now, if one came within the grace period; None otherwise."""
        slot = self.latest(now)
        return slot if now - slot <= GRACE else None


def event_key(slot: datetime) -> str:
    return f"digest:{slot.isoformat()}"


def digest_text(report: Report, reason_label) -> str:
    """A few lines for the agents' channel. ``reason_label`` turns a triage reason into words."""
    t = report.total
    lines = [f"Weekly report, {report.since:%a %d %b} to {report.until:%a %d %b}"]
    if not t.conversations and not t.handoffs:
        return lines[0] + ": no conversations this week."
    lines.append(
        f"• {t.conversations} conversation{_s(t.conversations)}; the bot handled {t.resolved_by_bot} on its own "
        f"({rate(t.deflection_rate)})"
    )
    if t.handoffs:
        reasons = ", ".join(f"{reason_label(r).lower()} {n}" for r, n in t.handoffs_by_reason.items())
        lines.append(f"• {t.handoffs} handoff{_s(t.handoffs)}: {reasons}")
    if t.time_to_claim.p50 is not None:
        claim = (
            f"• Claimed within {duration(t.time_to_claim.p50)} (half of them), "
            f"{duration(t.time_to_claim.p90)} (9 in 10)"
        )
        if t.time_to_resolve.p50 is not None:
            claim += f"; resolved within {duration(t.time_to_resolve.p50)} (half)"
        lines.append(claim)
    lines.append(f"• Customers' ratings: {rating(t.csat)}")
    v = t.verdicts
    if any(v.values()):
        lines.append(
            f"• Your verdicts: a person was needed {v['needed_person']}, the bot could have answered "
            f"{v['bot_could_answer']}, should have come sooner {v['came_too_late']}"
        )
    if t.unanswered:
        lines.append("Gaps in the knowledge base (questions the bot could not answer):")
        lines += [f"  – {gap.text}" + (f" (×{gap.count})" if gap.count > 1 else "") for gap in t.unanswered[:TOP_GAPS]]
    return "\n".join(lines)


def _s(n: int) -> str:
    return "" if n == 1 else "s"


class WeeklyDigest:
    """Sends the digest for a slot: the report of the seven days before it, to the agents' channel."""

    def __init__(
        self,
        schedule: DigestSchedule,
        store: Store,
        send: Callable[[str], Awaitable[object]],
        reason_label: Callable[[str], str],
    ) -> None:
        self.schedule = schedule
        self.store = store
        self.send = send
        self.reason_label = reason_label

    async def send_for(self, slot: datetime) -> None:
        since = slot - timedelta(days=7)
        report = build_report(await self.store.facts(since, slot), since, slot, top_unanswered=TOP_GAPS)
        await self.send(digest_text(report, self.reason_label))
        logger.info("weekly digest for the week to %s sent to the agents' channel", slot.isoformat())
