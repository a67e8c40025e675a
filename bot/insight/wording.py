"""The report's numbers in words: durations, rates and ratings as people read them."""

from __future__ import annotations

from .report import Ratings, Spread


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 90:
        return f"{seconds:.0f}s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 36 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def spread(s: Spread) -> str:
    return "–" if s.p50 is None else f"{duration(s.p50)} / {duration(s.p90)}"


def rate(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def rating(r: Ratings) -> str:
    if not r.responses:
        return "no answers"
    return f"{r.average:.1f}/5 ({r.responses} answer{'s' if r.responses != 1 else ''}, {r.low} low)"
