"""Dates written relative to today (``today``, ``today+3``, ``today-17``), as the bundled demo orders are:
resolved when the orders are loaded, so that the playground's parcels are never weeks overdue."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from ..models import Order

_RELATIVE = re.compile(r"^\s*today\s*(?:([+-])\s*(\d{1,4}))?\s*$", re.IGNORECASE)


def utc_today() -> date:
    return datetime.now(UTC).date()


def resolve(value: str | None, today: date) -> str | None:
    """``today-4`` → the ISO date four days before ``today``; anything else as it is."""
    if value is None:
        return None
    match = _RELATIVE.match(value)
    if match is None:
        return value
    sign, days = match.groups()
    offset = int(days or 0) * (-1 if sign == "-" else 1)
    return (today + timedelta(days=offset)).isoformat()


def resolved(orders: Iterable[Order], today: date) -> list[Order]:
    return [replace(o, placed_at=resolve(o.placed_at, today), eta=resolve(o.eta, today)) for o in orders]
