"""Small helpers every Store implementation shares."""

from __future__ import annotations

from datetime import datetime

from .. import codec
from ..models import Address, AgentAction, AgentMessage, AuditEntry, Conversation, CustomerMessage, Rating, State, WaitNotice
from ..turns import InboxItem

FORGET_CONVERSATION_ID = "-"


def card_key(card: Address) -> str:
    """The lookup key of a handoff card's thread: agents' replies arrive with this address."""
    return f"{card.platform}:{card.channel}:{card.thread or ''}"


def notify_at(conv: Conversation) -> datetime | None:
    """When the sweeper should queue a WaitNotice for this conversation (stored in a column of its own)."""
    handoff = conv.handoff
    if conv.state is not State.WAITING or handoff is None or not handoff.open:
        return None
    return handoff.notify_at


def forget_record(now: datetime, conversations: int) -> AuditEntry:
    """The anonymous trace a deletion leaves: that it happened and how much, never who."""
    return AuditEntry(
        conversation_id=FORGET_CONVERSATION_ID,
        at=now,
        actor="system",
        action="forget",
        detail=f"deleted {conversations} conversation(s) at the customer's request",
    )


def inbox_item(item_id: int, event_key: str, conversation_id: str, payload: str) -> InboxItem:
    """An inbox row back as an InboxItem; ``payload`` is ``codec.dump_tagged`` of the inbound model."""
    inbound = codec.load_tagged(payload, CustomerMessage, AgentMessage, AgentAction, Rating, WaitNotice)
    return InboxItem(
        event_key=event_key,
        conversation_id=conversation_id,
        payload=inbound,
        received_at=inbound.received_at,
        id=item_id,
    )
