"""Who the customer is, from Slack, without holding up Slack's acknowledgement: ``users.info`` is asked
by the runtime's worker (through the SlackDirectory), retried there, and a message waits for the answer
rather than being answered as if we did not know the customer. End to end over loopback HTTP."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from adapters.slack.api import RetryPolicy
from bot.models import Address, Person, Role, conversation_id_for
from bot.settings import Settings
from tandem.platforms import slack_adapter
from tandem.server import start_server
from tandem.testing.polling import wait_for
from tandem.testing.slack.client import SlackClient
from tandem.testing.slack.payloads import dm
from tandem.testing.slack.standin import TEAM
from tests.slack.test_slack_story import FAST, slack_env

# a message waits at most this long for Slack to say who wrote it (the default is two minutes)
PATIENT = replace(FAST, identity_retry=0.05, identity_patience=30.0)
IMPATIENT = replace(PATIENT, identity_patience=0.6)
QUICK = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.02, max_retry_after=1.0)  # users.info's own retries
COULD_NOT_LINK = "couldn't link this chat to a customer account"

# new customers of the burst: (user, email, one of their order numbers), from the bundled demo orders
NEWCOMERS = [
    (f"U0NEW{n:02d}", email, order)
    for n, (email, order) in enumerate(
        [("grace@example.com", "1002"), ("alan@example.com", "1003"), ("katherine@example.com", "1005"),
         ("mary@example.com", "1006"), ("lin@example.com", "1008")] * 3  # fmt: skip
    )
]


async def serve(standin, database: Path, timings=PATIENT):
    settings = replace(Settings.from_env(slack_env(standin, database, 3000)), port=0)
    slack = slack_adapter(settings, lookup_retry=QUICK)
    server = await start_server(settings, adapters=[slack], timings=timings)
    return server, SlackClient(server.url)


@pytest.fixture
async def running(standin, tmp_path):
    server, client = await serve(standin, tmp_path / "tandem.db")
    yield server, client
    await client.close()
    await server.stop()


@pytest.fixture
async def impatient(standin, tmp_path):
    server, client = await serve(standin, tmp_path / "tandem.db", IMPATIENT)
    yield server, client
    await client.close()
    await server.stop()


def dm_of(user: str) -> str:
    return "D" + user[1:]


@pytest.mark.slow
async def test_a_burst_of_new_customers_is_acknowledged_before_slack_is_asked_who_they_are(running, standin):
    _, client = running
    for user, email, _ in NEWCOMERS:
        standin.add_user(user, f"Customer {user}", email)
    gate = standin.hold("users.info")  # Slack says nothing about anyone until the test lets it
    responses = await asyncio.gather(
        *(client.event(dm("where is my order?", user=user, channel=dm_of(user))) for user, _, _ in NEWCOMERS)
    )
    assert [r.status for r in responses] == [200] * len(NEWCOMERS)  # every one acknowledged meanwhile
    assert standin.of("users.info") == [] and standin.posts() == []
    await wait_for(lambda: len(standin.held) == len(NEWCOMERS), what="one users.info per customer, asked after the ack")

    gate.set()
    await wait_for(lambda: all(standin.texts(dm_of(u)) for u, _, _ in NEWCOMERS), what="every answer")
    for user, _, order in NEWCOMERS:
        (answer,) = standin.texts(dm_of(user))
        assert order in answer and COULD_NOT_LINK not in answer  # their own orders
        others = {o for u, _, o in NEWCOMERS if o != order}
        assert not any(o in answer for o in others)
    assert sorted(c["user"] for c in standin.of("users.info")) == sorted(u for u, _, _ in NEWCOMERS)


@pytest.mark.slow
async def test_the_profile_is_asked_once_then_the_cache_answers(running, standin):
    _, client = running
    for n, text in enumerate(("hello", "where is my order?", "thanks!")):
        assert (await client.event(dm(text))).status == 200
        # awaited in this very iteration: the late binding of n cannot bite
        await wait_for(lambda: len(standin.texts("D0ADA")) > n, what=f"the answer to {text!r}")  # noqa: B023
    assert "1001" in standin.texts("D0ADA")[1]
    assert [c["user"] for c in standin.of("users.info")] == ["U0ADA"]


@pytest.mark.slow
async def test_rate_limited_then_answered_the_customer_gets_their_own_orders(running, standin):
    _, client = running
    # three 429s: the SlackDirectory's own retries (honouring Retry-After), then the runtime tries again later
    standin.fail("users.info", status=429, retry_after=0.2, times=3)
    assert (await client.event(dm("where is my order?"))).status == 200
    (answer,) = await wait_for(lambda: standin.texts("D0ADA"), what="the answer")
    assert "1001" in answer and COULD_NOT_LINK not in answer
    lookups = standin.of("users.info")
    assert [c.response["ok"] for c in lookups] == [False, False, False, True]


@pytest.mark.slow
async def test_when_slack_cannot_say_for_too_long_the_customer_is_answered_kindly_and_nothing_is_lost(
    impatient, standin, caplog
):
    server, client = impatient
    standin.fail("users.info", status=500, times=1_000)
    with caplog.at_level(logging.WARNING, logger="bot.runtime.identities"):
        assert (await client.event(dm("where is my order?"))).status == 200
        (answer,) = await wait_for(lambda: standin.texts("D0ADA"), what="the answer, without the email")
    assert COULD_NOT_LINK in answer and "person" in answer  # kind, and a person is offered
    assert len(standin.of("users.info")) > 3  # asked again meanwhile, not only the adapter's retries
    conversation_id = conversation_id_for(Address("slack", TEAM, "D0ADA"), Person("U0ADA"))
    assert any(
        conversation_id in r.getMessage() and "answering without their email" in r.getMessage() for r in caplog.records
    )
    transcript = await server.store.transcript(conversation_id)
    assert [(e.role, e.text) for e in transcript][:1] == [(Role.CUSTOMER, "where is my order?")]

    standin.recover("users.info")  # Slack is back: the next message has the customer's own orders
    assert (await client.event(dm("and where is my order now?"))).status == 200
    await wait_for(lambda: len(standin.texts("D0ADA")) == 2, what="the second answer")
    assert "1001" in standin.texts("D0ADA")[1]


@pytest.mark.slow
async def test_a_user_slack_does_not_know_is_answered_at_once_without_retries(running, standin):
    _, client = running
    assert (await client.event(dm("where is my order?", user="U0GHOST", channel="D0GHOST"))).status == 200
    (answer,) = await wait_for(lambda: standin.texts("D0GHOST"), what="the answer")
    assert COULD_NOT_LINK in answer
    assert [c.response.get("error") for c in standin.of("users.info")] == ["user_not_found"]


@pytest.mark.slow
async def test_an_email_slack_gave_earlier_is_used_while_slack_cannot_answer(running, standin):
    server, client = running
    assert (await client.event(dm("hello"))).status == 200
    await wait_for(lambda: standin.texts("D0ADA"), what="the greeting")
    (slack,) = server.adapters
    slack.directory.cache = type(slack.directory.cache)()  # an hour later: the profile is no longer cached
    standin.fail("users.info", status=503, times=1_000)
    assert (await client.event(dm("where is my order?"))).status == 200
    await wait_for(lambda: len(standin.texts("D0ADA")) == 2, what="the answer")
    assert "1001" in standin.texts("D0ADA")[1]


@pytest.mark.slow
async def test_a_message_left_waiting_is_answered_after_a_restart(standin, tmp_path):
    database = tmp_path / "tandem.db"
    standin.fail("users.info", status=500, times=1_000)
    server, client = await serve(standin, database)
    try:
        assert (await client.event(dm("where is my order?"))).status == 200
        await wait_for(lambda: len(standin.of("users.info")) >= 6, what="a few tries")
        assert standin.texts("D0ADA") == []
    finally:
        await client.close()
        await server.stop()

    standin.recover("users.info")
    server, client = await serve(standin, database)  # a new process, the same database
    try:
        (answer,) = await wait_for(lambda: standin.texts("D0ADA"), what="the answer after the restart")
        assert "1001" in answer and COULD_NOT_LINK not in answer
    finally:
        await client.close()
        await server.stop()
