"""Everything the order skill says to customers, as overridable ``str.format`` templates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import ClassVar

from ..models import Order
from .order_records import parse_date

# Each fits "Order #1001 is {status}."
DEFAULT_STATUS_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "pending": "received and waiting to be processed",
        "processing": "being prepared",
        "confirmed": "confirmed and being prepared",
        "on_hold": "on hold",
        "shipped": "on its way",
        "in_transit": "on its way",
        "out_for_delivery": "out for delivery",
        "ready_for_pickup": "ready for you to pick up",
        "delayed": "running late",
        "failed_delivery": "waiting for another delivery attempt",
        "delivery_failed": "waiting for another delivery attempt",
        "delivered": "delivered",
        "cancelled": "cancelled",
        "canceled": "cancelled",
        "returned": "returned to us",
        "refunded": "refunded",
    }
)

DEFAULT_STATUS_NOTES: Mapping[str, str] = MappingProxyType(
    {
        "delayed": "I'm sorry it's taking longer than we said.",
        "failed_delivery": "I'm sorry about the hassle.",
        "delivery_failed": "I'm sorry about the hassle.",
        "on_hold": "If you'd like to know why, a person from our team can look into it with you.",
        "cancelled": "If that's not what you expected, a person from our team can look into it with you.",
        "canceled": "If that's not what you expected, a person from our team can look into it with you.",
    }
)

# Orders in these states are finished: no ETA, listed after the ones still on their way.
CLOSED_STATUSES = frozenset({"delivered", "cancelled", "canceled", "returned", "refunded"})

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def status_key(status: str) -> str:
    return status.strip().lower().replace("-", "_").replace(" ", "_")


_ORDER_FIELDS = frozenset({"id", "status", "carrier", "tracking_number", "tracking_url", "placed_at", "eta", "items"})


@dataclass(frozen=True)
class OrderWording:
    PLACEHOLDERS: ClassVar[Mapping[str, frozenset[str]]] = MappingProxyType(
        {
            **{name: _ORDER_FIELDS for name in (
                "status", "placed", "carrier_and_tracking", "carrier_only", "tracking_only", "tracking_link", "eta",
                "items", "list_eta_part", "eta_today", "late", "late_status", "late_help", "list_late_part",
            )},
            "list_item": _ORDER_FIELDS | {"eta_part"},
            "list_more": frozenset({"count"}),
            "list_late_outro": frozenset({"order_ids"}),
            "some_not_found": frozenset({"order_ids"}),
            "no_orders": frozenset({"email"}),
            "date": frozenset({"day", "month", "year", "weekday"}),
        }
    )

    # one order in full; fields: id, status, carrier, tracking_number, tracking_url, placed_at, eta, items
    status: str = "Order #{id} is {status}."
    placed: str = "You placed it on {placed_at}."
    carrier_and_tracking: str = "It's with {carrier}, tracking number {tracking_number}."
    carrier_only: str = "It's with {carrier}."
    tracking_only: str = "The tracking number is {tracking_number}."
    tracking_link: str = "You can follow it here: {tracking_url}"
    eta: str = "It should arrive by {eta}."
    eta_today: str = "It should arrive today."
    # an open order past its expected date
    late: str = "I'm sorry, order #{id} is late: we expected it to arrive by {eta}."
    late_status: str = "The latest update says it's {status}."
    late_help: str = (
        "Late parcels usually turn up within a few working days. If you'd rather not wait, or it still hasn't "
        "come, say \"talk to a person\" and someone from our team will chase it for you."
    )
    items: str = "In this order: {items}."
    # several orders; fields of list_item: id, status, eta, eta_part
    list_intro: str = "Here are your most recent orders:"
    list_item: str = "• #{id}: {status}{eta_part}"
    list_eta_part: str = " (expected {eta})"
    list_late_part: str = " but late (expected {eta})"
    list_more: str = "…and {count} older ones."
    list_outro: str = "Tell me an order number and I'll share the tracking details."
    list_late_outro: str = (
        "I'm sorry for the wait on {order_ids}. Tell me an order number and I'll share its tracking details "
        "and what you can do."
    )
    # when there is nothing to show
    not_found: str = (
        "I couldn't find an order with that number on your account. Could you double-check it? "
        "I can also list your recent orders, or connect you with a person from our team."
    )
    some_not_found: str = "I couldn't find an order numbered {order_ids} on your account, though."
    no_orders: str = (
        "I looked, but I can't see any orders for {email} yet. If you ordered with a different email "
        "address, a person from our team can help you find it: just ask."
    )
    unknown_customer: str = (
        "I'm sorry, I couldn't link this chat to a customer account, so I can't look up orders here. "
        "A person from our team can help: just say \"talk to a person\" and I'll bring someone in."
    )
    unavailable: str = (
        "I'm sorry, I can't reach our order system right now. Please try again in a few minutes, or "
        "say \"talk to a person\" and someone from our team will help."
    )
    # fields: day, month, year, weekday
    date: str = "{weekday} {day} {month} {year}"
    item_separator: str = ", "
    statuses: Mapping[str, str] = field(default_factory=lambda: DEFAULT_STATUS_WORDS)
    status_notes: Mapping[str, str] = field(default_factory=lambda: DEFAULT_STATUS_NOTES)

    def status_words(self, status: str) -> str:
        key = status_key(status)
        return self.statuses.get(key) or DEFAULT_STATUS_WORDS.get(key) or status.strip().replace("_", " ").lower()

    def format_date(self, value: str | None) -> str | None:
        if not value:
            return None
        parsed = parse_date(value)
        if parsed is None:
            return value
        return self.date.format(
            day=parsed.day, month=_MONTHS[parsed.month - 1], year=parsed.year, weekday=_WEEKDAYS[parsed.weekday()]
        )

    def fields(self, order: Order) -> dict[str, str]:
        return {
            "id": order.id.lstrip("#"),
            "status": self.status_words(order.status),
            "carrier": order.carrier or "",
            "tracking_number": order.tracking_number or "",
            "tracking_url": order.tracking_url or "",
            "placed_at": self.format_date(order.placed_at) or "",
            "eta": self.format_date(order.eta) or "",
            "items": self.item_separator.join(order.items),
        }

    def is_late(self, order: Order, today: dt.date | None) -> bool:
        """Still open and past the day it was expected."""
        if today is None or not order.eta or status_key(order.status) in CLOSED_STATUSES:
            return False
        eta = parse_date(order.eta)
        return eta is not None and eta.date() < today

    def details(self, order: Order, today: dt.date | None = None) -> str:
        """One order in full, a sentence per line; a late one says so, and what the customer can do."""
        f = self.fields(order)
        key = status_key(order.status)
        late = self.is_late(order, today)
        if late:
            lines = [self.late.format(**f)]
            if key != "delayed":
                lines.append(self.late_status.format(**f))
        else:
            first = self.status.format(**f)
            note = self.status_notes.get(key)
            lines = [f"{first} {note}" if note else first]
        if f["placed_at"]:
            lines.append(self.placed.format(**f))
        if order.carrier and order.tracking_number:
            lines.append(self.carrier_and_tracking.format(**f))
        elif order.carrier:
            lines.append(self.carrier_only.format(**f))
        elif order.tracking_number:
            lines.append(self.tracking_only.format(**f))
        if order.tracking_url and key not in CLOSED_STATUSES:
            lines.append(self.tracking_link.format(**f))
        if f["eta"] and key not in CLOSED_STATUSES and not late:
            due_today = today is not None and _day(order.eta) == today
            lines.append(self.eta_today.format(**f) if due_today else self.eta.format(**f))
        if order.items:
            lines.append(self.items.format(**f))
        if late:
            lines.append(self.late_help.format(**f))
        return "\n".join(lines)

    def list_line(self, order: Order, today: dt.date | None = None) -> str:
        f = self.fields(order)
        key = status_key(order.status)
        eta_part = ""
        if f["eta"] and key not in CLOSED_STATUSES:
            if today is not None and _day(order.eta) == today:
                f["eta"] = "today"
            late = self.is_late(order, today) and key != "delayed"  # "running late" says it already
            eta_part = (self.list_late_part if late else self.list_eta_part).format(**f)
        return self.list_item.format(**f, eta_part=eta_part)


def _day(value: str | None) -> dt.date | None:
    parsed = parse_date(value) if value else None
    return parsed.date() if parsed else None
