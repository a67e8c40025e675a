"""A small runtime for LLM tests: the real engine and flows, an in-memory store, simple stand-ins for the
rules (triage, order skill, knowledge base), and the real LLMAssistant talking to the stand-in server."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.flows.toolkit import Toolkit
from bot.llm.assistant import AssistantLimits, LLMAssistant
from bot.llm.budget import Breaker
from bot.llm.client import ChatClient
from bot.models import Address, CustomerMessage, Order, Person, Priority, Route, TriageResult
from bot.runtime.engine import Engine
from bot.runtime.turn import Effect, InboxItem, Op, Turn
from bot.store import MemoryStore
from bot.triage import TriageConfig
from bot.wording import Templates, Wording

ADA = Person("U_ADA", "Ada Lovelace", "ada@example.com")
GRACE = Person("U_GRACE", "Grace Hopper", "grace@example.com")

ORDERS = (
    Order("1001", "ada@example.com", "shipped", "UPS", "1Z999AA10123456784",
          "https://tracking.example.com/ups/1Z999AA10123456784", "2026-11-18", "2026-11-25", ("Blue rain jacket",)),
    Order("1004", "ada@example.com", "delivered", "Royal Mail", "RM390175246GB",
          "https://tracking.example.com/royal-mail/RM390175246GB", "2026-10-28", "2026-10-31", ("Desk lamp",)),
    Order("1002", "grace@example.com", "out_for_delivery", "DHL", "JD014600006281230704",
          "https://tracking.example.com/dhl/JD014600006281230704", "2026-11-19", "2026-11-22", ("Wool scarf",)),
)
GRACE_SECRETS = ("1002", "JD014600006281230704", "Wool scarf", "grace@example.com", "dhl/JD0146")


@dataclass(frozen=True)
class SimpleAnswer:
    text: str
    understood: bool = True
    private: bool = False
    orders: tuple[Order, ...] = ()
    topic: str = ""


class OrderSource:
    def __init__(self, orders: Sequence[Order] = ORDERS) -> None:
        self.orders = list(orders)

    async def orders_for(self, email: str) -> list[Order]:
        return [o for o in self.orders if o.customer_email.lower() == email.lower()]

    def known_identifiers(self) -> set[str]:
        return {v for o in self.orders for v in (o.id, o.tracking_number, o.customer_email) if v}


class OrderSkill:
    """Like the real one: an owned id gets details, any other id 'not found', no id a list."""

    def __init__(self, source: OrderSource) -> None:
        self.source = source

    async def answer(self, email: str | None, text: str, order_ids: Sequence[str]) -> SimpleAnswer:
        own = await self.source.orders_for(email or "")
        if order_ids:
            found = [o for o in own if o.id in order_ids]
            if not found:
                return SimpleAnswer("I couldn't find that order on your account. Could you check the number?")
            return SimpleAnswer(f"Order {found[0].id} is {found[0].status}.", private=True, orders=tuple(found))
        return SimpleAnswer(
            "Your orders: " + ", ".join(f"#{o.id} ({o.status})" for o in own), private=True, orders=tuple(own)
        )


class Knowledge:
    def answer(self, text: str) -> SimpleAnswer | None:
        if "return" in text.lower():
            return SimpleAnswer("You can return anything within 30 days for a full refund: "
                                "https://help.example.com/returns")
        return None

    def more(self, topic: str) -> SimpleAnswer | None:
        return None


class SmallTalk:
    def reply(self, kind: str, name: str | None = None) -> SimpleAnswer:
        return SimpleAnswer("Hello! How can I help?" if kind == "greeting" else "You're welcome!")

    def answer(self, text: str, name: str | None = None) -> SimpleAnswer | None:
        return None


class Triage:
    """Rules, minimal: enough to tell the LLM paths apart (the real configuration gives the priorities)."""

    config = TriageConfig.default()

    def classify(self, text: str, history: Any = None) -> TriageResult:
        low = text.lower()
        ids = tuple(re.findall(r"(?<!\d)\d{4}(?!\d)", text))
        if re.search(r"kill myself|end my life|hurt myself", low):
            return TriageResult(Route.HUMAN, "sensitive:self_harm", Priority.URGENT, signals=("self-harm words",))
        if re.search(r"\b(person|human|agent)\b", low):
            return TriageResult(Route.HUMAN, "human_request", signals=("asked for a person",))
        if re.fullmatch(r"(hi|hello|hey)[!. ]*", low):
            return TriageResult(Route.BOT, intent="greeting")
        intent = "order_tracking" if re.search(r"\b(order|package|arrive|where)\b", low) else None
        return TriageResult(Route.BOT, intent=intent, order_ids=ids)


def redact(text: str) -> str:
    return re.sub(r"\b(?:\d{4}[ -]?){3}\d{4}\b", "[card number removed]", text)


def toolkit(assistant: Any, source: OrderSource | None = None) -> Toolkit:
    source = source or OrderSource()
    wording = Wording()
    return Toolkit(
        triage=Triage(),
        history=lambda **kw: kw,
        handoff_reply=lambda reason: (
            "CRISIS: please call 988." if reason == "sensitive:self_harm" else "Bringing in a person."
        ),
        orders=OrderSkill(source),
        order_source=source,
        knowledge=Knowledge(),
        smalltalk=SmallTalk(),
        redact=redact,
        say=Templates(wording, team="the Acme team", retention_days=30, policy_url="https://example.com/privacy"),
        wording=wording,
        note_prefix="!note",
        agent_channel=Address("local", "local", "agents"),
        assistant=assistant,
    )


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


def assistant_for(standin, *, call_timeout: float = 2.0, budget: float = 10.0, threshold: int = 4,
                  max_tool_calls: int = 3, time: FakeTime | None = None, real_time: bool = False,
                  source: OrderSource | None = None) -> LLMAssistant:
    """``real_time``: the monotonic clock and real backoff sleeps (to measure a turn's wall-clock budget)."""
    fake = None if real_time else (time or FakeTime())
    breaker = (
        Breaker(threshold=threshold, cooldown=60)
        if fake is None
        else Breaker(threshold=threshold, cooldown=60, clock=fake)
    )
    client = ChatClient.connect(api_key="sk-test", base_url=standin.base_url, model="test-model",
                                call_timeout=call_timeout, breaker=breaker)
    if fake is not None:
        client.clock = fake
        client._sleep = fake.sleep
    limits = AssistantLimits(turn_budget=budget, max_tool_calls=max_tool_calls, allowed_hosts=("help.example.com",))
    known = (source or OrderSource()).known_identifiers
    return LLMAssistant(client, team="the Acme team", limits=limits, redact=redact, known_identifiers=known)


@dataclass
class Harness:
    assistant: Any
    store: MemoryStore = field(default_factory=MemoryStore)
    turns: list[Turn] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._clock = itertools.count()
        self.engine = Engine(toolkit(self.assistant), self.store, self._now)
        self._events = itertools.count(1)

    def _now(self) -> datetime:
        return datetime(2026, 11, 22, 12, 0, tzinfo=UTC) + timedelta(seconds=next(self._clock))

    async def send(self, text: str, customer: Person = ADA) -> Turn:
        message = CustomerMessage(
            event_id=f"test:{next(self._events)}",
            address=Address("slack", "T1", f"D_{customer.platform_id}"),
            customer=customer,
            text=text,
            received_at=self._now(),
        )
        await self.store.accept(InboxItem(message.event_id, message.conversation_id, message, message.received_at))
        (item,) = await self.store.pending(message.conversation_id)
        turn = await self.engine.run(item)
        assert turn is not None
        await self.store.commit(turn)
        self.turns.append(turn)
        return turn


def replies(turn: Turn) -> list[str]:
    return [e.message.text for e in turn.effects if e.op is Op.SEND and e.message is not None]


def kinds(turn: Turn) -> list[str]:
    return [e.message.kind for e in turn.effects if e.op is Op.SEND and e.message is not None]


def card(turn: Turn):
    cards = [e.card for e in turn.effects if e.op is Op.POST_CARD]
    return cards[0] if cards else None


def sends(turn: Turn) -> list[Effect]:
    return [e for e in turn.effects if e.op is Op.SEND]
