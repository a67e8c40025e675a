"""What the conversation flows work with: built once by the composition root, passed explicitly."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import Any, Protocol

from ..hours import OpeningHours
from ..language import LanguageWording
from ..models import Address, Order, TriageResult
from ..ports import Assistant, OrderSource
from ..triage.config import TriageConfig
from ..wording import Templates, Wording


class Handled(Enum):
    """What became of a customer's message the bot took on (``None`` beside it: nothing understood it)."""

    ANSWERED = "answered"  # a skill or the model replied
    HANDED_OFF = "handed_off"  # the model asked for a person, and the handoff has begun
    FAILED = "failed"  # a source the answer needed failed; the customer was told so


class Answer(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def understood(self) -> bool: ...

    @property
    def private(self) -> bool: ...

    @property
    def topic(self) -> str:
        """A help article's "file#section", '' for other answers."""


class TriagePort(Protocol):
    @property
    def config(self) -> TriageConfig:
        """The admin's triage configuration: categories, their words, replies and priorities."""

    def classify(self, text: str, history: Any = None) -> TriageResult: ...


class OrderSkillPort(Protocol):
    async def answer(self, email: str | None, text: str, order_ids: Sequence[str]) -> Answer: ...


class KnowledgePort(Protocol):
    def answer(self, text: str) -> Answer | None: ...

    def more(self, topic: str) -> Answer | None: ...


class SmallTalkPort(Protocol):
    def answer(self, text: str, name: str | None = None) -> Answer | None: ...

    def reply(self, kind: str, name: str | None = None) -> Answer: ...


@dataclass(frozen=True)
class Toolkit:
    triage: TriagePort
    history: Callable[..., Any]  # builds the triage History from (previous_texts, sentiments, failed_turns)
    handoff_reply: Callable[[str], str]  # the first words to a customer handed off for a reason
    orders: OrderSkillPort
    order_source: OrderSource
    knowledge: KnowledgePort | None
    smalltalk: SmallTalkPort | None
    redact: Callable[[str], str]  # what customers write: secrets, and emails and phones when the admin asks
    say: Templates
    wording: Wording
    note_prefix: str
    agent_channel: Address
    assistant: Assistant | None = None
    wait_notice: timedelta | None = None  # how long a handoff waits unclaimed before the customer hears again
    hours: OpeningHours | None = None  # when the team is in; None: always
    agent_idle: timedelta | None = None  # an agent silent this long on a claimed conversation has left it
    redact_secrets: Callable[[str], str] | None = None  # the team's own words: secrets only (None: ``redact``)
    languages: LanguageWording | None = None  # the bot's words in other languages; None: English only

    async def customer_orders(self, email: str | None) -> list[Order]:
        if not email:
            return []
        return await self.order_source.orders_for(email)
