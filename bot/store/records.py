"""Small helpers every Store implementation shares."""

from __future__ import annotations

from datetime import datetime

from .. import codec
from ..models import (
    Address,
    AgentAction,
    AgentMessage,
    AuditEntry,
    Conversation,
    CustomerMessage,
    DigestDue,
    MessageLost,
    Rating,
    State,
    WaitNotice,
    Work,
)
from ..runtime.turn import InboxItem, Unreadable

INBOX_KINDS = (CustomerMessage, AgentMessage, AgentAction, Rating, WaitNotice, MessageLost, DigestDue)

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


def error_text(error: str) -> str:
    """An error message as any store can keep it: bounded, without NUL (PostgreSQL TEXT cannot hold it)
    or a lone surrogate (UTF-8 cannot encode one)."""
    return error[:2000].replace("\x00", "").encode("utf-8", "replace").decode("utf-8")


def inbox_item(
    item_id: int,
    event_key: str,
    conversation_id: str,
    payload: str,
    received_at: datetime,
    attempts: int = 0,
    due: datetime | None = None,
    error: str = "",
) -> InboxItem:
    """An inbox row back as an InboxItem; ``payload`` is ``codec.dump_tagged`` of the inbound model. A
    payload that does not decode comes back Unreadable, so it fails alone instead of hiding the others."""
    try:
        work: Work | Unreadable = codec.load_tagged(payload, *INBOX_KINDS)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        work = Unreadable(f"{type(exc).__name__}: {exc}", received_at, codec.tag_of(payload))
    return InboxItem(
        event_key=event_key,
        conversation_id=conversation_id,
        payload=work,
        received_at=work.received_at,
        id=item_id,
        attempts=attempts,
        due=due,
        error=error,
    )
