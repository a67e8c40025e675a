"""The core's vocabulary: frozen dataclasses shared by the engine, the stores and the adapters."""

from __future__ import annotations

import enum
import hashlib
import re
from dataclasses import dataclass, replace
from datetime import datetime


class State(str, enum.Enum):
    BOT = "bot"
    WAITING = "waiting"
    WITH_AGENT = "with_agent"


class Priority(str, enum.Enum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"

    @property
    def rank(self) -> int:
        return _PRIORITY_RANK[self]

    def at_least(self, other: Priority) -> Priority:
        return self if self.rank >= other.rank else other


_PRIORITY_RANK = {Priority.LOW: 0, Priority.NORMAL: 1, Priority.HIGH: 2, Priority.URGENT: 3}


class Route(str, enum.Enum):
    BOT = "bot"
    HUMAN = "human"


class Role(str, enum.Enum):
    CUSTOMER = "customer"
    BOT = "bot"
    AGENT = "agent"
    NOTE = "note"  # an agent's internal note: never shown to the customer
    SYSTEM = "system"


class ActionKind(str, enum.Enum):
    CLAIM = "claim"
    RESOLVE = "resolve"
    RETURN = "return"
    # the agents' verdict on a handoff, once claimed (bot/facts.py: Verdict)
    VERDICT_NEEDED = "verdict_needed"
    VERDICT_BOT = "verdict_bot"
    VERDICT_LATE = "verdict_late"

    @property
    def verdict(self) -> str | None:
        """``needed``, ``bot`` or ``late`` for a verdict button, None for the others."""
        return self.value.removeprefix("verdict_") if self.value.startswith("verdict_") else None


VERDICT_ACTIONS = (ActionKind.VERDICT_NEEDED, ActionKind.VERDICT_BOT, ActionKind.VERDICT_LATE)


@dataclass(frozen=True)
class Address:
    """Where a message goes: serialisable, so any instance can answer later.

    ``channel`` is a Slack channel id or a Teams conversation id; ``thread`` a Slack thread_ts or a
    Teams reply-chain root id. ``meta`` carries what a platform needs to reach the address again
    (a Teams service URL, say) as sorted key/value pairs.
    """

    platform: str
    workspace: str
    channel: str
    thread: str | None = None
    meta: tuple[tuple[str, str], ...] = ()

    def get(self, key: str, default: str | None = None) -> str | None:
        for k, v in self.meta:
            if k == key:
                return v
        return default

    def with_meta(self, **values: str | None) -> Address:
        """Meta with these values added or replaced; a value of None is left out."""
        merged = dict(self.meta)
        merged.update({k: v for k, v in values.items() if v is not None})
        return replace(self, meta=tuple(sorted(merged.items())))

    def in_thread(self, thread: str | None) -> Address:
        return replace(self, thread=thread)

    @property
    def key(self) -> str:
        """A stable identity for the place (platform, workspace, channel, thread), without meta."""
        return f"{self.platform}:{self.workspace}:{self.channel}:{self.thread or ''}"


@dataclass(frozen=True)
class Person:
    """A customer or an agent as the platform knows them. ``email`` comes from the platform only."""

    platform_id: str
    name: str = ""
    email: str | None = None

    @property
    def label(self) -> str:
        return self.name or self.email or self.platform_id


@dataclass(frozen=True)
class Order:
    id: str
    customer_email: str
    status: str
    carrier: str | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    placed_at: str | None = None
    eta: str | None = None
    items: tuple[str, ...] = ()

    def card_line(self, with_items: bool = False) -> str:
        """The order as agents see it on a card: "#1001 · in transit · UPS · tracking 1Z… · ETA 2026-11-25"."""
        bits = [f"#{self.id}", self.status.replace("_", " ")]
        if self.carrier:
            bits.append(self.carrier)
        if self.tracking_number:
            bits.append(f"tracking {self.tracking_number}")
        if self.eta:
            bits.append(f"ETA {self.eta}")
        if with_items and self.items:
            bits.append(", ".join(self.items))
        return " · ".join(bits)


# ---- inbound: one kind per entry point ----


@dataclass(frozen=True)
class CustomerMessage:
    event_id: str  # platform-unique: the de-duplication key
    address: Address  # where the customer wrote, and where answers go
    customer: Person
    text: str
    received_at: datetime

    @property
    def conversation_id(self) -> str:
        return conversation_id_for(self.address, self.customer)


@dataclass(frozen=True)
class AgentMessage:
    event_id: str
    thread: Address  # the handoff card's thread the agent wrote in
    agent: Person
    text: str
    received_at: datetime
    message_ref: str | None = None  # the platform's id of the agent's message, to mark it


@dataclass(frozen=True)
class AgentAction:
    event_id: str
    action: ActionKind
    agent: Person
    conversation_id: str
    handoff_id: str  # which handoff the card belonged to: stale cards carry an old one
    source: Address  # where the button was pressed
    received_at: datetime


_RATING_CHOICE = re.compile(r"^csat\|(c_[0-9a-f]{1,64})\|([0-9a-f]{1,64})\|([1-5])$")


@dataclass(frozen=True)
class Rating:
    """A customer's click on a satisfaction button (a rating typed as a message is a CustomerMessage)."""

    event_id: str
    conversation_id: str  # from the button: the click counts only if ``customer`` is this conversation's
    handoff_id: str  # the resolved handoff the question was about
    customer: Person  # who clicked, as the platform says
    score: int  # 1 to 5
    received_at: datetime

    @staticmethod
    def choice(conversation_id: str, handoff_id: str, score: int) -> str:
        """The value a satisfaction button carries, to come back as it is when clicked."""
        return f"csat|{conversation_id}|{handoff_id}|{score}"

    @classmethod
    def from_choice(cls, event_id: str, value: str, customer: Person, at: datetime) -> Rating | None:
        """A click on a satisfaction button (its ``choice`` value); None for any other value."""
        match = _RATING_CHOICE.match(value or "")
        if match is None:
            return None
        return cls(event_id, match.group(1), match.group(2), customer, int(match.group(3)), at)


Inbound = CustomerMessage | AgentMessage | AgentAction | Rating


@dataclass(frozen=True)
class WaitNotice:
    """Not from a platform: a handoff has waited for a person long enough to tell the customer so."""

    event_id: str  # one per handoff, so instances sweeping at once queue it once
    conversation_id: str
    handoff_id: str
    received_at: datetime


@dataclass(frozen=True)
class MessageLost:
    """Not from a platform: an inbox item failed however often it was tried and was set aside (a dead
    letter), so the people concerned are told. Carries no words of the lost item."""

    event_id: str  # "lost:" + the lost item's event key: queued once, whichever instance gave up
    conversation_id: str
    lost_event: str  # the event key of the item set aside
    kind: str  # what was lost: "customer", "agent" or "action" (a message, a button press), or another model's name
    received_at: datetime
    customer: CustomerMessage | None = None  # a lost customer message, its text blanked: starts a new conversation


@dataclass(frozen=True)
class DigestDue:
    """Not from a platform: the weekly digest's time has come (one per week, so instances queue it once)."""

    event_id: str
    slot: datetime  # the week it covers ends here
    received_at: datetime


DIGEST_CONVERSATION = "-digest"  # the inbox's key for digests: not a conversation, never a customer's

Work = Inbound | WaitNotice | MessageLost | DigestDue  # what an inbox item holds


def conversation_id_for(address: Address, customer: Person) -> str:
    raw = f"{address.key}|{customer.platform_id}"
    return "c_" + hashlib.sha256(raw.encode()).hexdigest()[:24]


# ---- the conversation and its records ----


@dataclass(frozen=True)
class TranscriptEntry:
    at: datetime
    role: Role
    text: str
    author: str = ""


@dataclass(frozen=True)
class CardLine:
    role: Role
    author: str
    text: str


@dataclass(frozen=True)
class HandoffCard:
    """What agents see for one handoff; adapters render it (Block Kit, Adaptive Card, text)."""

    conversation_id: str
    handoff_id: str
    state: State
    status: str  # e.g. "Waiting for an agent", "Claimed by Sam"
    reason: str
    reason_label: str
    priority: Priority
    customer: str
    customer_email: str | None
    platform: str
    summary: str
    sentiment_trend: str
    guidance: str = ""  # for the agents: what the customer was already told, what to mind (self-harm, medical)
    recent: tuple[CardLine, ...] = ()
    orders: tuple[Order, ...] = ()
    agent: str | None = None
    footer: str = ""
    actions: tuple[ActionKind, ...] = ()
    closed: bool = False
    verdict: str = ""  # the agents' verdict, once given, e.g. "The bot could have answered (Sam)"


@dataclass(frozen=True)
class Handoff:
    id: str
    reason: str
    priority: Priority
    requested_at: datetime
    card: HandoffCard
    card_address: Address | None = None  # set once the card is posted
    agent: Person | None = None
    claimed_at: datetime | None = None
    relay_acknowledged: bool = False
    customer_unreachable: bool = False
    closed_at: datetime | None = None
    notify_at: datetime | None = None  # when to tell a customer still waiting that they are still in line
    agent_seen_at: datetime | None = None  # the agent's last claim or reply: a long silence hands the customer back
    trigger: str = ""  # the customer's message that started it, redacted (kept with the agents' verdict)
    csat: int | None = None  # the customer's rating once resolved: one per handoff
    verdict: str = ""  # the agents' verdict: needed, bot or late

    @property
    def open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class Conversation:
    id: str
    address: Address
    customer: Person
    state: State
    created_at: datetime
    updated_at: datetime
    handoff: Handoff | None = None
    failed_turns: int = 0  # consecutive turns the bot did not understand
    sentiments: tuple[float, ...] = ()  # recent customer sentiment, oldest first
    recent_questions: tuple[str, ...] = ()  # normalised recent customer texts, oldest first
    awaiting_csat: bool = False
    awaiting_csat_comment: bool = False  # a low rating: the next message says what went wrong
    awaiting_order_number: bool = False  # the bot just listed orders or could not find one: a bare number is an order
    last_topic: str = ""  # the help article section the bot just answered from: "how?" goes on from it
    llm_tokens: int = 0
    version: int = 0

    @staticmethod
    def new(message: CustomerMessage) -> Conversation:
        return Conversation(
            id=message.conversation_id,
            address=message.address,
            customer=message.customer,
            state=State.BOT,
            created_at=message.received_at,
            updated_at=message.received_at,
        )


@dataclass(frozen=True)
class AuditEntry:
    conversation_id: str
    at: datetime
    actor: str  # "customer", "bot", "agent:<name>", "system"
    action: str  # "handoff", "claim", "resolve", "return", "cancel", "csat", ...
    from_state: State | None = None
    to_state: State | None = None
    detail: str = ""


@dataclass(frozen=True)
class TriageResult:
    route: Route
    reason: str | None = None  # human_request, frustration, complaint, sensitive:<topic>
    priority: Priority = Priority.NORMAL
    intent: str | None = None  # order_tracking, shipping, returns, greeting, thanks, ...
    sentiment: float = 0.0  # VADER compound, -1..1
    signals: tuple[str, ...] = ()  # why, for the card and for the audit log
    order_ids: tuple[str, ...] = ()
    language: str = "en"  # ISO 639-1 code of the language the message is in

    def to_json(self) -> dict:
        return {
            "route": self.route.value,
            "reason": self.reason,
            "intent": self.intent,
            "priority": self.priority.value,
            "sentiment": round(self.sentiment, 3),
            "signals": list(self.signals),
            "language": self.language,
        }
