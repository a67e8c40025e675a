"""The core's ports: the store, the order source, the turn observer and the optional language model.

What a platform adapter provides, and what it may call, is the platform contract: ``bot/platform.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from .errors import TandemError
from .facts import Fact, FactKind
from .models import Address, AuditEntry, Conversation, Order, TranscriptEntry, TriageResult
from .platform import Unavailable
from .runtime.turn import InboxItem, OutboxItem, Turn


class OrderSource(Protocol):
    """Raises OrderSourceError when the orders cannot be read."""

    async def orders_for(self, email: str) -> list[Order]:
        """Every order of the customer with this email (case-insensitive), newest first."""


class OrderSourceError(TandemError):
    """Orders could not be read; the message names the source (file and line, or URL) and the problem."""


class StoreError(Unavailable):
    """The store cannot be reached or used; the message carries what to do about it.

    While it lasts the runtime is ``Unavailable`` to the platforms: they send their items again later."""


class ConflictError(StoreError):
    """Someone else changed the conversation since it was read."""


class Store(Protocol):
    """Durable state. Every implementation passes tests/test_store_contract.py."""

    async def initialize(self) -> None: ...

    async def close(self) -> None: ...

    async def ping(self) -> bool: ...

    # inbox: accepted inbound items, de-duplicated by event key
    async def accept(self, item: InboxItem) -> bool:
        """Persist an inbound item; False when its event key was seen before."""

    async def pending(self, conversation_id: str, limit: int = 50) -> list[InboxItem]:
        """Unprocessed inbox items of one conversation, in arrival order, with their failed attempts and
        when the next may be made (``due``). A payload that cannot be read back comes as ``Unreadable``."""

    async def stalled(self, older_than: datetime, now: datetime, limit: int = 100) -> list[str]:
        """Conversations with inbox items received before ``older_than`` still unprocessed (and not
        waiting to be tried again after ``now``), or outbox items due at ``now``, whose lease is free."""

    async def inbox_failed(self, inbox_id: int, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt at an inbox item: tried again from ``retry_at``, or, None, set aside
        for good (a dead letter: processed, kept with its error until the retention purge)."""

    async def inbox_dead_letters(self, limit: int = 100, conversation_id: str | None = None) -> list[InboxItem]:
        """Inbox items set aside (of one conversation, or all), oldest first, each with its last error."""

    # leases: one worker per conversation at a time, across instances
    async def acquire(self, conversation_id: str, holder: str, now: datetime, until: datetime) -> bool: ...

    async def release(self, conversation_id: str, holder: str) -> None: ...

    # conversations
    async def conversation(self, conversation_id: str) -> Conversation | None: ...

    async def conversation_for_card(self, card: Address) -> str | None:
        """The conversation whose handoff card lives in this thread (platform, channel, thread)."""

    async def transcript(self, conversation_id: str, limit: int = 50) -> list[TranscriptEntry]:
        """The most recent entries, oldest first."""

    async def audit_log(self, conversation_id: str) -> list[AuditEntry]: ...

    async def discard(self, inbox_id: int) -> None:
        """Mark an inbox item processed without a turn (its conversation no longer exists)."""

    async def commit(self, turn: Turn) -> list[OutboxItem]:
        """Atomically: save the conversation (checking ``expected_version``), append transcript and
        audit entries, queue the effects, and mark the inbox item processed. Returns the queued
        effects as outbox items, in order, so the caller can deliver them without reading them back."""

    async def set_card_address(self, conversation_id: str, handoff_id: str, card: Address) -> None: ...

    # outbox
    async def outbox(self, conversation_id: str, now: datetime, limit: int = 50) -> list[OutboxItem]:
        """Undelivered effects of a conversation that are due, in order."""

    async def delivered(self, item_id: int) -> None: ...

    async def failed(self, item_id: int, error: str, retry_at: datetime | None) -> None:
        """Record a failed attempt; ``retry_at`` None gives up (the item is kept, marked dead)."""

    async def due_wait_notices(self, now: datetime, limit: int = 100) -> list[tuple[str, str]]:
        """(conversation id, handoff id) of handoffs still waiting for a person whose ``notify_at`` has come."""

    async def dead_letters(self, limit: int = 100, conversation_id: str | None = None) -> list[OutboxItem]:
        """Items given up on (of one conversation, or all), oldest first, each with its last error."""

    async def revive(self, conversation_id: str | None = None) -> int:
        """Put dead letters (of one conversation, or all) back in the outbox, due now with their attempts
        reset, for the next sweep to deliver; returns how many."""

    # insight
    async def facts(self, since: datetime, until: datetime, kinds: Sequence[FactKind] = ()) -> list[Fact]:
        """Facts recorded at ``since`` or later and before ``until`` (of these kinds, or all), oldest first."""

    # retention
    async def purge(self, before: datetime) -> int:
        """Delete conversations whose last activity is before ``before``, and facts older than it; returns
        how many conversations."""

    async def forget(self, email: str, now: datetime) -> int:
        """Delete one customer's conversations and audit entries, keeping an anonymous record."""


class Observer(Protocol):
    """Told of every committed turn (metrics, say). Must be quick and must not raise."""

    def committed(self, turn: Turn) -> None: ...


class Assistant(Protocol):
    """An optional language model that answers what the rules do not, and writes handoff summaries.

    Authorisation never lives here: the request carries only the customer's own data, chosen by code.
    """

    async def answer(self, request: AssistantRequest) -> AssistantReply | None:
        """A reply, or None when the model is unavailable (the rules then answer)."""

    async def summarize(
        self, transcript: list[TranscriptEntry], orders: list[Order], conversation_id: str | None = None
    ) -> AssistantReply | None:
        """A 3–5 line handoff summary of an already-redacted transcript, or None.

        ``conversation_id`` lets an implementation keep a turn that already used the model within budget."""

    async def aclose(self) -> None:
        """Close what it holds open (HTTP connections to the model)."""


@dataclass(frozen=True)
class AssistantRequest:
    conversation_id: str
    customer_name: str
    text: str
    transcript: tuple[TranscriptEntry, ...]
    orders: tuple[Order, ...]  # this customer's orders only
    triage: TriageResult
    search: Callable[[str], str | None] | None = None  # the knowledge base: a question in, an article or None out
    customer_email: str | None = None  # from the platform; lets the answer's screening recognise the customer's own


@dataclass(frozen=True)
class AssistantReply:
    text: str
    handoff_reason: str | None = None  # the model asked for a person (it can add handoffs, never remove them)
    tokens: int = 0
    calls: int = 0
    private: bool = False  # mentions the customer's order details
    summary: str | None = None  # with a handoff_reason: the model's note for the agents (redact before use)
