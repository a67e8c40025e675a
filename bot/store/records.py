"""Small helpers every Store implementation shares."""

from __future__ import annotations

from datetime import datetime

from ..models import Address, AuditEntry

FORGET_CONVERSATION_ID = "-"


def card_key(card: Address) -> str:
    """The lookup key of a handoff card's thread: agents' replies arrive with this address."""
    return f"{card.platform}:{card.channel}:{card.thread or ''}"


def forget_record(now: datetime, conversations: int) -> AuditEntry:
    """The anonymous trace a deletion leaves: that it happened and how much, never who."""
    return AuditEntry(
        conversation_id=FORGET_CONVERSATION_ID,
        at=now,
        actor="system",
        action="forget",
        detail=f"deleted {conversations} conversation(s) at the customer's request",
    )
