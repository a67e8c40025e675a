"""A turn and its traffic: the inbox item that started it, the effects it asks the platforms to carry out,
the outbox items they become, the Turn the store commits in one transaction, and the TurnBuilder the
flows fill in while the turn runs."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from ..facts import Fact, FactKind
from ..models import Address, AuditEntry, Conversation, HandoffCard, Role, State, TranscriptEntry, Work
from ..platform import Attempt, Choice, Outgoing


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


class TurnBuilder:
    """The working state of one turn: what changed, what to record, what to send."""

    def __init__(
        self,
        conversation: Conversation,
        now: datetime,
        expected_version: int | None,
        previous: list[TranscriptEntry] | None = None,
    ) -> None:
        self.conversation = replace(conversation, updated_at=now)
        self.previous = list(previous or [])  # the stored transcript before this turn
        self.now = now
        self.expected_version = expected_version
        self.transcript: list[TranscriptEntry] = []
        self.audit: list[AuditEntry] = []
        self.effects: list[Effect] = []
        self.facts: list[Fact] = []
        self.llm_calls = 0  # calls to the language model this turn (for /metrics)

    def update(self, **changes: Any) -> None:
        self.conversation = replace(self.conversation, **changes)

    def record(self, role: Role, text: str, author: str = "") -> None:
        self.transcript.append(TranscriptEntry(at=self.now, role=role, text=text, author=author))

    def say(self, kind: str, text: str, private: bool = False, choices: tuple[Choice, ...] = ()) -> None:
        """A bot message to the customer (recorded in the transcript too)."""
        self.record(Role.BOT, text)
        self.effects.append(Effect(Op.SEND, message=Outgoing(kind=kind, text=text, private=private, choices=choices)))

    def relay_to_customer(self, text: str, author: str) -> None:
        self.effects.append(Effect(Op.SEND, message=Outgoing(kind="relay", text=text, author=author)))

    def tell_agents(self, kind: str, text: str, author: str | None = None, thread: Address | None = None) -> None:
        """A message into the handoff card's thread (the current card unless ``thread`` is given)."""
        self.effects.append(
            Effect(Op.POST_IN_THREAD, message=Outgoing(kind=kind, text=text, author=author), thread=thread)
        )

    def post_card(self, card: HandoffCard) -> None:
        self.effects.append(Effect(Op.POST_CARD, card=card))

    def update_card(self, card: HandoffCard, where: Address | None) -> None:
        self.effects.append(Effect(Op.UPDATE_CARD, card=card, thread=where))

    def mark(self, thread: Address, message_ref: str | None, relayed: bool) -> None:
        if message_ref:
            self.effects.append(Effect(Op.MARK, message_ref=message_ref, relayed=relayed, thread=thread))

    def transition(self, actor: str, action: str, to: State | None, detail: str = "") -> None:
        before = self.conversation.state
        if to is not None:
            self.update(state=to)
        self.audit.append(
            AuditEntry(
                conversation_id=self.conversation.id,
                at=self.now,
                actor=actor,
                action=action,
                from_state=before,
                to_state=to if to is not None else before,
                detail=detail,
            )
        )

    def fact(self, kind: FactKind, **fields: Any) -> None:
        """Note what happened for the report (text in ``fields`` must already be redacted)."""
        conv = self.conversation
        self.facts.append(Fact(kind, self.now, conv.id, conv.address.platform, **fields))

    def build(self, inbox_id: int | None) -> Turn:
        return Turn(
            conversation=self.conversation,
            inbox_id=inbox_id,
            transcript=tuple(self.transcript),
            audit=tuple(self.audit),
            effects=tuple(self.effects),
            expected_version=self.expected_version,
            facts=tuple(self.facts),
            llm_calls=self.llm_calls,
        )
