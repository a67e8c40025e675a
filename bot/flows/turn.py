"""The working state of one turn: what changed, what to record, what to send."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from ..facts import Fact, FactKind
from ..models import Address, AuditEntry, Conversation, HandoffCard, Role, State, TranscriptEntry
from ..platform import Choice, Outgoing
from ..turns import Effect, Op, Turn


class TurnBuilder:
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
