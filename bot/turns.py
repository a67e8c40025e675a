"""A turn's traffic: the inbox item that started it, the effects it asks the platforms to carry out,
the outbox items they become, and the Turn the store commits in one transaction."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime

from .facts import Fact
from .models import Address, AuditEntry, Conversation, HandoffCard, TranscriptEntry, Work
from .platform import Attempt, Outgoing


class Op(str, enum.Enum):
    SEND = "send"  # to the customer
    POST_CARD = "post_card"  # a new handoff card in the agents' channel
    UPDATE_CARD = "update_card"  # the card, in place
    POST_IN_THREAD = "post_in_thread"  # into the card's thread
    MARK = "mark"  # mark an agent's message as relayed or kept internal


@dataclass(frozen=True)
class Effect:
    op: Op
    message: Outgoing | None = None
    card: HandoffCard | None = None
    message_ref: str | None = None  # for MARK
    relayed: bool = False  # for MARK
    thread: Address | None = None  # for POST_IN_THREAD into a card other than the current one


@dataclass(frozen=True)
class Unreadable:
    """An inbox row this version cannot read back (its payload does not decode): it fails when worked on."""

    problem: str
    received_at: datetime
    stored_as: str = ""  # the model's name the payload was stored under, when that much can be read


@dataclass(frozen=True)
class InboxItem:
    event_key: str
    conversation_id: str
    payload: Work | Unreadable
    received_at: datetime
    id: int | None = None
    attempts: int = 0  # failed attempts so far
    due: datetime | None = None  # after a failed attempt: not to be tried again before
    error: str = ""  # why the last attempt failed


@dataclass(frozen=True)
class OutboxItem:
    id: int
    conversation_id: str
    effect: Effect
    attempts: int = 0
    error: str = ""  # why the last attempt failed
    queued_at: datetime | None = (
        None  # by the wall clock, when its turn was committed (None: queued before Tandem kept it)
    )

    def attempt(self, maybe_sent: bool) -> Attempt:
        """This item's next delivery attempt; ``maybe_sent``: an earlier one may have reached the platform."""
        stamp = "" if self.queued_at is None else f".{round(self.queued_at.timestamp() * 1000)}"
        return Attempt(f"{self.id}{stamp}", maybe_sent, self.queued_at)


@dataclass(frozen=True)
class Turn:
    """Everything one inbound item changed: committed atomically by the store."""

    conversation: Conversation
    inbox_id: int | None = None
    transcript: tuple[TranscriptEntry, ...] = ()
    audit: tuple[AuditEntry, ...] = ()
    effects: tuple[Effect, ...] = ()
    expected_version: int | None = None  # None: a new conversation
    facts: tuple[Fact, ...] = ()  # for the report: what happened, without the customer's name
    llm_calls: int = 0  # language-model calls the turn made: counted by an Observer, not stored

    @property
    def stored(self) -> Conversation:
        """The conversation as the store keeps it once this turn is committed (its version moved on)."""
        return replace(self.conversation, version=(self.expected_version or 0) + 1)
