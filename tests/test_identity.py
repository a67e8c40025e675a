"""The runtime's side of identity (bot/runtime/identities.py): who wrote is asked of the platform's Directory in the
worker, shared with the look-up started when the item was accepted, and waited for within bounds."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.models import ActionKind, Address, AgentAction, Conversation, CustomerMessage, Person
from bot.platform import DeliveryError, Directory
from bot.runtime.identities import Identities
from bot.runtime.runtime import utc_now
from bot.runtime.turn import InboxItem
from bot.settings import ConfigError, Settings
from tandem.app import runtime_timings
from tandem.testing.polling import wait_for
from tests.factories import customer_payload

DM = Address(platform="chat", workspace="W1", channel="D1")
AGENTS = Address(platform="chat", workspace="W1", channel="C0AGENTS")
ADA = Person("U1", "Ada", "ada@example.com")


class StandInDirectory:
    """Answers from a script (a Person, or an exception to raise), recording who was asked."""

    platform = "chat"

    def __init__(self, *answers: Person | Exception) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        self.gate: asyncio.Event | None = None

    async def resolve(self, person: Person, where: Address) -> Person:
        self.asked.append(person.platform_id)
        if self.gate is not None:
            await self.gate.wait()
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def message(person: Person = Person("U1"), age: float = 0.0, n: int = 1) -> InboxItem:
    received = utc_now() - timedelta(seconds=age)
    payload = CustomerMessage(f"chat:{n}", DM, person, "where is my order?", received)
    return InboxItem(payload.event_id, payload.conversation_id, payload, received, id=n)


def press(agent: Person) -> InboxItem:
    payload = AgentAction("chat:press", ActionKind.CLAIM, agent, "c_1", "h_1", AGENTS, utc_now())
    return InboxItem(payload.event_id, "c_1", payload, payload.received_at, id=9)


def identities(directory: StandInDirectory, **timings: float) -> Identities:
    return Identities({"chat": directory}, clock=utc_now, **timings)


async def nothing_stored() -> Conversation | None:
    return None


async def never_read() -> Conversation | None:
    raise AssertionError("the store was read")


def test_a_stand_in_is_a_directory():
    assert isinstance(StandInDirectory(ADA), Directory)


async def test_a_known_email_costs_nothing():
    directory = StandInDirectory(ADA)
    who = identities(directory)
    item = message(ADA)
    who.prefetch(item.payload)
    assert await who.settle(item, never_read) is item
    assert directory.asked == []


async def test_the_worker_takes_the_look_up_started_on_arrival():
    directory = StandInDirectory(ADA)
    directory.gate = asyncio.Event()
    who = identities(directory)
    item = message()
    who.prefetch(item.payload)
    settling = asyncio.ensure_future(who.settle(item, never_read))
    await wait_for(lambda: directory.asked, what="the look-up")
    directory.gate.set()
    settled = await settling
    assert settled is not None and settled.payload.customer == ADA
    assert directory.asked == ["U1"]  # once, shared


async def test_a_retry_after_is_honoured_before_asking_again():
    directory = StandInDirectory(DeliveryError("429", retry_after=30), ADA)
    who = identities(directory, retry=0.01)
    item = message()
    who.prefetch(item.payload)
    assert await who.settle(item, nothing_stored) is None  # it waits
    assert who.waiting(item.conversation_id)
    later = message(n=2)
    who.prefetch(later.payload)  # another message from them: Slack asked us to wait, so we do
    assert directory.asked == ["U1"]


async def test_the_wait_is_bounded_from_the_message_s_arrival():
    directory = StandInDirectory(DeliveryError("503"))
    who = identities(directory, patience=60)
    item = message(age=61)  # e.g. left waiting before a restart
    settled = await who.settle(item, nothing_stored)
    assert settled is item  # answered now, without the email
    assert not who.waiting(item.conversation_id)


async def test_an_email_the_platform_gave_before_is_used_when_it_cannot_answer_now():
    directory = StandInDirectory(DeliveryError("503"))
    who = identities(directory)
    item = message()

    async def stored() -> Conversation:
        return Conversation.new(customer_payload(message(ADA)))

    settled = await who.settle(item, stored)
    assert settled is not None and settled.payload.customer == ADA


@pytest.mark.parametrize("failure", [RuntimeError("an adapter's bug"), DeliveryError("timeout")])
async def test_an_unexpected_failure_makes_the_message_wait_rather_than_guess(failure):
    who = identities(StandInDirectory(failure))
    item = message()
    assert await who.settle(item, nothing_stored) is None
    assert who.waiting(item.conversation_id)


async def test_a_slow_platform_is_given_up_on_after_the_deadline():
    directory = StandInDirectory(ADA)
    directory.gate = asyncio.Event()  # never answers
    who = identities(directory, deadline=0.05)
    assert await who.settle(message(), nothing_stored) is None


async def test_agents_are_named_by_the_platform_and_never_wait():
    sam = Person("U0SAM", "Sam")
    named = await identities(StandInDirectory(sam)).settle(press(Person("U0SAM")), never_read)
    assert named is not None and named.payload.agent == sam
    item = press(Person("U0SAM"))
    unnamed = await identities(StandInDirectory(DeliveryError("503"))).settle(item, never_read)
    assert unnamed is item  # "A member of our team" rather than a wait


def test_the_wait_for_an_email_comes_from_the_environment():
    assert runtime_timings(Settings.from_env({})).identity_patience == 120.0
    assert runtime_timings(Settings.from_env({"TANDEM_IDENTITY_WAIT_SECONDS": "30"})).identity_patience == 30.0
    with pytest.raises(ConfigError, match="TANDEM_IDENTITY_WAIT_SECONDS=-1: must be 0 or more"):
        Settings.from_env({"TANDEM_IDENTITY_WAIT_SECONDS": "-1"})
