"""Builders for test data: small, explicit, and shared by the test modules."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import (
    ActionKind,
    Address,
    CustomerMessage,
    Handoff,
    HandoffCard,
    Person,
    Priority,
    State,
)
from bot.runtime.turn import InboxItem

NOW = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)


def address(channel: str = "D1", thread: str | None = None, platform: str = "slack") -> Address:
    return Address(platform=platform, workspace="T1", channel=channel, thread=thread)


def card_address() -> Address:
    return Address(platform="slack", workspace="T1", channel="CAGENTS", thread="1700000000.000100")


def person(platform_id: str = "U1", email: str | None = "ada@example.com", name: str = "Ada") -> Person:
    return Person(platform_id=platform_id, name=name, email=email)


def customer_message(
    text: str,
    event_id: str = "E1",
    customer: Person | None = None,
    at: datetime = NOW,
    where: Address | None = None,
) -> CustomerMessage:
    return CustomerMessage(
        event_id=event_id,
        address=where or address(),
        customer=customer or person(),
        text=text,
        received_at=at,
    )


def handoff_for(conversation_id: str, handoff_id: str = "h1") -> Handoff:
    card = HandoffCard(
        conversation_id=conversation_id,
        handoff_id=handoff_id,
        state=State.WAITING,
        status="Waiting for an agent",
        reason="human_request",
        reason_label="Asked for a person",
        priority=Priority.NORMAL,
        customer="Ada",
        customer_email="ada@example.com",
        platform="slack",
        summary="Wants help.",
        sentiment_trend="steady",
        actions=(ActionKind.CLAIM, ActionKind.RESOLVE, ActionKind.RETURN),
    )
    return Handoff(id=handoff_id, reason="human_request", priority=Priority.NORMAL, requested_at=NOW, card=card)


def customer_payload(item: InboxItem) -> CustomerMessage:
    """The customer's message an inbox item holds (the test made it so)."""
    assert isinstance(item.payload, CustomerMessage), item.payload
    return item.payload
