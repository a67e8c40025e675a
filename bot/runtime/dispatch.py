"""What the runtime does with each kind of work an inbox item holds, in one table keyed by its type.

For each kind: the flow that makes its turn; for what an adapter hands in, which conversation it belongs
to (or why it is refused); whose identity the platform is asked for; and what a turn that failed keeps of
it. A kind that is not in the table (the weekly digest, an unreadable payload) has no turn of its own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from ..flows.agents import action_problem, on_agent_action, on_agent_message
from ..flows.customer import on_customer_message
from ..flows.feedback import on_rating, rating_problem
from ..flows.handoff import on_wait_notice
from ..flows.lost import on_message_lost
from ..flows.toolkit import Toolkit
from ..models import (
    Address,
    AgentAction,
    AgentMessage,
    CustomerMessage,
    MessageLost,
    Person,
    Rating,
    Role,
    WaitNotice,
)
from ..ports import Store
from .turn import TurnBuilder

Flow = Callable[[TurnBuilder, Any, Toolkit], Awaitable[None]]
Keep = Callable[[TurnBuilder, Any, Toolkit], None]


@dataclass(frozen=True)
class Admission:
    """Where an inbound item belongs: its conversation, or why it is refused (words for the person)."""

    conversation_id: str | None = None
    problem: str | None = None


Admit = Callable[[Any, Store, Toolkit], Awaitable[Admission]]


@dataclass(frozen=True)
class Sender:
    """Who wrote an item and where, so their platform's Directory can be asked what it lacks."""

    customer: bool  # a customer waits for their email; an agent's name is only for display
    person: Callable[[Any], Person]
    where: Callable[[Any], Address]
    with_person: Callable[[Any, Person], Any]  # the item with the person the Directory told of


@dataclass(frozen=True)
class Handling:
    flow: Flow
    admit: Admit | None = None  # None: not handed in by an adapter, only queued by the runtime itself
    sender: Sender | None = None  # None: nobody to look up
    keep: Keep | None = None  # None: a failed turn keeps nothing of it


def _sync(flow: Callable[[TurnBuilder, Any, Toolkit], None]) -> Flow:
    async def run(turn: TurnBuilder, work: Any, kit: Toolkit) -> None:
        flow(turn, work, kit)

    return run


# ---- which conversation an inbound item belongs to ----


async def _own_conversation(msg: CustomerMessage, store: Store, kit: Toolkit) -> Admission:
    return Admission(msg.conversation_id)


async def _card_conversation(msg: AgentMessage, store: Store, kit: Toolkit) -> Admission:
    conversation_id = await store.conversation_for_card(msg.thread)
    if conversation_id is None:
        return Admission(problem="not a handoff thread")
    return Admission(conversation_id)


async def _checked_action(action: AgentAction, store: Store, kit: Toolkit) -> Admission:
    problem = action_problem(await store.conversation(action.conversation_id), action, kit)
    return Admission(problem=problem) if problem is not None else Admission(action.conversation_id)


async def _checked_rating(rating: Rating, store: Store, kit: Toolkit) -> Admission:
    problem = rating_problem(await store.conversation(rating.conversation_id), rating)
    return Admission(problem=problem) if problem is not None else Admission(rating.conversation_id)


# ---- what a failed turn keeps: the words, and an apology to the customer ----


def _keep_customer_words(turn: TurnBuilder, msg: CustomerMessage, kit: Toolkit) -> None:
    turn.record(Role.CUSTOMER, kit.redact(msg.text[:100_000]))
    turn.say("reply", kit.say(kit.wording.internal_error))


def _keep_agent_note(turn: TurnBuilder, msg: AgentMessage, kit: Toolkit) -> None:
    turn.record(Role.NOTE, kit.redact(msg.text[:100_000]), author=msg.agent.label)


_CUSTOMER = Sender(
    customer=True,
    person=lambda msg: msg.customer,
    where=lambda msg: msg.address,
    with_person=lambda msg, person: replace(msg, customer=person),
)


def _agent(where: Callable[[Any], Address]) -> Sender:
    return Sender(
        customer=False, person=lambda item: item.agent, where=where,
        with_person=lambda item, person: replace(item, agent=person),
    )


DISPATCH: dict[type, Handling] = {
    CustomerMessage: Handling(on_customer_message, _own_conversation, _CUSTOMER, _keep_customer_words),
    AgentMessage: Handling(on_agent_message, _card_conversation, _agent(lambda msg: msg.thread), _keep_agent_note),
    AgentAction: Handling(on_agent_action, _checked_action, _agent(lambda action: action.source)),
    Rating: Handling(_sync(on_rating), _checked_rating),
    WaitNotice: Handling(_sync(on_wait_notice)),
    MessageLost: Handling(_sync(on_message_lost)),
}


def handling(work: object) -> Handling | None:
    """What the runtime does with ``work``; None: it has no turn of its own."""
    return DISPATCH.get(type(work))
