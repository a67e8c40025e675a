"""What the simulated customers say: two messages each, a realistic mix of order questions, small talk
and requests for a person, and what each message must produce."""

from __future__ import annotations

from dataclasses import dataclass

# (text, asks for a person); a customer's messages are sent in this order
SCRIPTS: dict[str, tuple[tuple[str, bool], ...]] = {
    "order": (("hi there", False), ("where is my order?", False)),
    "small talk": (("hello!", False), ("thanks, that helps", False)),
    "handoff": (("where is my order?", False), ("I want to talk to a person", True)),
}
WINDOW = 50  # customers whose first messages go out before their second ones


def script_of(customer: int) -> str:
    """15 % ask for a person, 40 % ask about orders, 45 % make small talk."""
    slot = customer % 20
    return "handoff" if slot < 3 else "order" if slot < 11 else "small talk"


@dataclass(frozen=True)
class Event:
    index: int  # position in the sending order
    customer: int
    text: str
    handoff: bool  # expect the handoff words and the privacy notice in the DM, and a card for the agents
    after: int | None  # the same customer's previous event: sent only once that one was acknowledged


def workload(events: int, first_customer: int = 0) -> list[Event]:
    """``events`` messages (rounded up to an even number) from ``events / 2`` customers."""
    customers = list(range(first_customer, first_customer + (events + 1) // 2))
    out: list[Event] = []
    for start in range(0, len(customers), WINDOW):
        window = customers[start : start + WINDOW]
        previous: dict[int, int] = {}
        for step in range(2):
            for customer in window:
                text, handoff = SCRIPTS[script_of(customer)][step]
                out.append(Event(len(out), customer, text, handoff, previous.get(customer)))
                previous[customer] = len(out) - 1
    return out


def expected_dm_posts(event: Event, bare: bool) -> int:
    """How many messages the customer gets for this event: the bare app answers everything once."""
    return 1 if bare or not event.handoff else 2


def expected_cards(events: list[Event], bare: bool) -> int:
    return 0 if bare else sum(e.handoff for e in events)
