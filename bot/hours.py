"""When the support team is in: opening hours per weekday in one time zone, and the next opening.

Written the way a team says it: ``Mon-Fri 09:00-17:30, Sat 10:00-14:00`` (``TANDEM_HOURS``), in the
zone named by ``TANDEM_TIMEZONE`` (an IANA name such as ``Europe/London``; UTC by default).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PART = re.compile(
    r"^(?P<first>[a-z]{3})[a-z]*(?:\s*-\s*(?P<last>[a-z]{3})[a-z]*)?\s+(?P<open>\d{1,2}:\d{2})\s*-\s*(?P<close>\d{1,2}:\d{2})$"
)


@dataclass(frozen=True)
class OpeningHours:
    zone: ZoneInfo
    # per weekday (Monday first): (opens, closes) times, or None when closed all day
    days: tuple[tuple[time, time] | None, ...]

    @classmethod
    def parse(cls, spec: str, zone: str = "UTC") -> OpeningHours:
        """Raises ValueError naming the part that could not be read."""
        tz = time_zone(zone)
        days: list[tuple[time, time] | None] = [None] * 7
        for part in filter(None, (p.strip() for p in spec.lower().split(","))):
            match = _PART.match(part)
            if not match or match["first"] not in DAYS or (match["last"] and match["last"] not in DAYS):
                raise ValueError(f"cannot read {part!r}: write days and hours like 'Mon-Fri 09:00-17:30'")
            opens, closes = _time(match["open"], part), _time(match["close"], part)
            if closes <= opens:
                raise ValueError(f"in {part!r} the team closes before it opens")
            first = DAYS.index(match["first"])
            last = DAYS.index(match["last"] or match["first"])
            for day in range(first, (last if last >= first else last + 7) + 1):
                days[day % 7] = (opens, closes)
        if not any(days):
            raise ValueError("no opening hours given")
        return cls(tz, tuple(days))

    def is_open(self, at: datetime) -> bool:
        local = at.astimezone(self.zone)
        hours = self.days[local.weekday()]
        return hours is not None and hours[0] <= local.time() < hours[1]

    def next_opening(self, at: datetime) -> datetime:
        """``at`` itself when the team is in, else when it next opens (aware, in the team's zone)."""
        local = at.astimezone(self.zone)
        if self.is_open(at):
            return local
        for ahead in range(8):
            day = local.date() + timedelta(days=ahead)
            hours = self.days[day.weekday()]
            if hours is None:
                continue
            opening = datetime.combine(day, hours[0], tzinfo=self.zone)
            if opening > local:
                return opening
        raise AssertionError("a week always has an opening")  # parse() refuses hours with none

    def describe_opening(self, at: datetime) -> str:
        """When the team is next in, as a person would say it: 'today at 09:00', 'on Monday at 09:00'."""
        opening = self.next_opening(at)
        days = (opening.date() - at.astimezone(self.zone).date()).days
        when = "today" if days == 0 else "tomorrow" if days == 1 else f"on {_DAY_NAMES[opening.weekday()]}"
        return f"{when} at {opening:%H:%M} ({self.zone.key} time)"


def time_zone(name: str) -> ZoneInfo:
    """The zone an IANA name stands for; ValueError, saying what to write, for anything else."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (use an IANA name such as Europe/London)") from None


def _time(text: str, part: str) -> time:
    hours, minutes = (int(n) for n in text.split(":"))
    if hours == 24 and minutes == 0:
        return time.max
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise ValueError(f"in {part!r}, {text} is not a time of day")
    return time(hours, minutes)
