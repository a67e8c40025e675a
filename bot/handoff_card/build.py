"""Building and re-stating the handoff card (the model; adapters render it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..models import (
    VERDICT_ACTIONS,
    ActionKind,
    CardLine,
    Conversation,
    HandoffCard,
    Order,
    Priority,
    Role,
    State,
    TranscriptEntry,
)
from ..text import shorten
from ..wording import reason_label

RECENT_LINES = 8
LINE_CHARS = 300

Redact = Callable[[str], str]


def new_card(
    conversation: Conversation,
    handoff_id: str,
    reason: str,
    priority: Priority,
    summary: str,
    trend: str,
    transcript: Sequence[TranscriptEntry],
    orders: Sequence[Order],
    status: str,
    redact: Redact,
) -> HandoffCard:
    recent = tuple(
        CardLine(role=e.role, author=_author(e, conversation), text=redact(shorten(e.text, LINE_CHARS)))
        for e in transcript[-RECENT_LINES:]
        if e.role in (Role.CUSTOMER, Role.BOT)
    )
    return HandoffCard(
        conversation_id=conversation.id,
        handoff_id=handoff_id,
        state=State.WAITING,
        status=status,
        reason=reason,
        reason_label=reason_label(reason),
        priority=priority,
        customer=conversation.customer.name or "Customer",
        customer_email=conversation.customer.email,
        platform=conversation.address.platform,
        summary=redact(summary),
        sentiment_trend=trend,
        recent=recent,
        orders=tuple(orders),
        footer=f"Conversation {conversation.id} · customer on {conversation.address.platform}",
        actions=(ActionKind.CLAIM, ActionKind.RESOLVE, ActionKind.RETURN),
    )


def restated(
    card: HandoffCard, state: State, status: str, agent: str | None = None, closed: bool = False
) -> HandoffCard:
    agent = agent or card.agent
    if closed:
        actions: tuple[ActionKind, ...] = ()
    elif state is State.WITH_AGENT:
        actions = (ActionKind.RESOLVE, ActionKind.RETURN)
    else:
        actions = (ActionKind.CLAIM, ActionKind.RESOLVE, ActionKind.RETURN)
    if agent and not card.verdict:  # once someone has helped, the team says whether it should have come to them
        actions += VERDICT_ACTIONS
    return replace(card, state=state, status=status, agent=agent, closed=closed, actions=actions)


def relevant_orders(orders: Sequence[Order], mentioned: Sequence[str], limit: int = 3) -> tuple[Order, ...]:
    """The orders an agent most likely needs: the ones mentioned, else the ones still on their way."""
    wanted = {m.lstrip("#").lower() for m in mentioned}
    picked = [o for o in orders if o.id.lower() in wanted]
    if not picked:
        done = ("delivered", "cancelled", "canceled", "returned", "refunded")
        picked = [o for o in orders if o.status.lower() not in done] or list(orders)
    return tuple(picked[:limit])


def _author(entry: TranscriptEntry, conversation: Conversation) -> str:
    if entry.role is Role.CUSTOMER:
        return conversation.customer.name or "Customer"
    if entry.role is Role.BOT:
        return "Bot"
    return entry.author
