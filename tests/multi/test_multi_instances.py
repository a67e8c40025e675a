"""Two real ``tandem run`` processes on one PostgreSQL database, behind one (imaginary) load balancer:
Slack's retries and duplicates are answered once, one conversation's messages are answered one after
the other in the order they arrived, whichever instance got them, and conversations do not wait for
each other."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from tandem.testing.polling import wait_for
from tandem.testing.slack.payloads import button, dm
from tests.multi.cluster import AGENTS, unique
from tests.pg import database_url_for_tests

# One conversation's messages, each with a reply that tells it apart from the others.
ASKED = [
    ("where is order 1001?", "Order #1001 is on its way"),
    ("how do returns work?", "We refund to the way you paid"),
    ("what about order 1004?", "Order #1004 is delivered"),
    ("do you ship abroad?", "We ship to most countries"),
    ("and order 1009?", "Order #1009 is being prepared"),
    ("thanks!", "You're very welcome"),
]
TIMEOUT = 20.0


async def inbox_keys(schema: str) -> list[str]:
    """The event keys the instances persisted, in arrival order."""
    conn = await asyncpg.connect(database_url_for_tests(), server_settings={"search_path": schema})
    try:
        return [r["event_key"] for r in await conn.fetch("SELECT event_key FROM inbox ORDER BY id")]
    finally:
        await conn.close()


@pytest.mark.slow
async def test_the_same_event_at_both_instances_is_answered_once(cluster, standin, schema):
    a, b = await cluster.start(2)
    event = dm("where is order 1001?", user="U0ADA", channel="D0ADA")
    first, retry = await asyncio.gather(
        a.client.event(event, event_id=unique("Ev")),
        b.client.event(event, event_id=unique("Ev"), retry=1),  # Slack's retry, reaching the other instance
    )
    assert (first.status, retry.status) == (200, 200)  # both acknowledged: Slack stops retrying
    await wait_for(lambda: standin.replies("D0ADA"), timeout=TIMEOUT, what="the reply")

    # a later message in the conversation is answered after anything the duplicate could have caused
    assert (await b.client.event(dm("thanks!", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 2, timeout=TIMEOUT, what="the reply to the next message")
    replies = standin.replies("D0ADA")
    assert len(replies) == 2, replies
    assert "Order #1001 is on its way" in replies[0] and "welcome" in replies[1]
    assert len(await inbox_keys(schema)) == 2


@pytest.mark.slow
async def test_one_conversation_alternating_between_instances_is_answered_in_order(cluster, standin):
    a, b = await cluster.start(2)
    for n, (text, _) in enumerate(ASKED):  # each acknowledged before the next is sent: that is the order
        instance = (a, b)[n % 2]
        assert (await instance.client.event(dm(text, user="U0ADA", channel="D0ADA"))).status == 200

    await wait_for(lambda: len(standin.replies("D0ADA")) >= len(ASKED), timeout=TIMEOUT, what="every reply")
    replies = standin.replies("D0ADA")
    assert len(replies) == len(ASKED), replies
    for reply, (text, expected) in zip(replies, ASKED, strict=True):
        assert expected in reply, f"{text!r} was answered with {reply!r}"


@pytest.mark.slow
async def test_messages_arriving_at_both_instances_at_the_same_time_are_answered_once_in_arrival_order(
    cluster, standin, schema
):
    a, b = await cluster.start(2)
    events = [dm(text, user="U0ADA", channel="D0ADA") for text, _ in ASKED]
    responses = await asyncio.gather(*((a, b)[n % 2].client.event(e) for n, e in enumerate(events)))
    assert [r.status for r in responses] == [200] * len(ASKED)

    await wait_for(lambda: len(standin.replies("D0ADA")) >= len(ASKED), timeout=TIMEOUT, what="every reply")
    expected_for = {f"slack:msg:D0ADA:{e['ts']}": expected for e, (_, expected) in zip(events, ASKED, strict=True)}
    arrival = await inbox_keys(schema)
    assert sorted(arrival) == sorted(expected_for)
    replies = standin.replies("D0ADA")
    assert len(replies) == len(ASKED), replies
    for reply, key in zip(replies, arrival, strict=True):
        assert expected_for[key] in reply, (arrival, replies)


@pytest.mark.slow
async def test_a_slow_conversation_does_not_hold_up_the_others(cluster, standin):
    a, b = await cluster.start(2)
    slow = standin.hold_channel("D0ADA")  # Slack is slow to take Ada's replies
    assert (await a.client.event(dm("where is order 1001?", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: standin.held_channels, timeout=TIMEOUT, what="Ada's reply, held")
    # Ada writes again, to the other instance, while the first instance still holds her conversation
    assert (await b.client.event(dm("and order 1009?", user="U0ADA", channel="D0ADA"))).status == 200

    # Grace and Alan, on either instance, are answered meanwhile
    assert (await a.client.event(dm("where is order 1002?", user="U0GRACE", channel="D0GRACE"))).status == 200
    assert (await b.client.event(dm("where is order 1003?", user="U0ALAN", channel="D0ALAN"))).status == 200
    await wait_for(lambda: standin.replies("D0GRACE") and standin.replies("D0ALAN"), timeout=TIMEOUT, what="the others")
    assert "Order #1002" in standin.replies("D0GRACE")[0] and "Order #1003" in standin.replies("D0ALAN")[0]
    assert standin.replies("D0ADA") == []

    slow.set()
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 2, timeout=TIMEOUT, what="Ada's replies")
    replies = standin.replies("D0ADA")
    assert len(replies) == 2 and "Order #1001" in replies[0] and "Order #1009" in replies[1], replies


@pytest.mark.slow
async def test_two_agents_claiming_at_once_through_both_instances_one_gets_it_and_the_other_is_told(cluster, standin):
    a, b = await cluster.start(2)
    assert (await a.client.event(dm("I want to talk to a person", user="U0ADA", channel="D0ADA"))).status == 200
    (card,) = await wait_for(lambda: standin.posts(AGENTS), timeout=TIMEOUT, what="the card")
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 2, timeout=TIMEOUT, what="the handoff and the notice")

    sam, bea = await asyncio.gather(
        a.client.action(button(card, "claim", "U0SAM", user_name="sam")),
        b.client.action(button(card, "claim", "U0BEA", user_name="bea")),
    )
    assert (sam.status, bea.status) == (200, 200)
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 3, timeout=TIMEOUT, what="an agent joining")
    joined = standin.replies("D0ADA")[2]
    winner, loser = ("Sam", "Bea") if joined.startswith("Sam") else ("Bea", "Sam")
    assert f"{winner} from support has joined" in joined

    # the other agent hears it, in the card's thread or privately; the customer hears of one agent only
    def told() -> bool:
        thread = standin.texts(AGENTS, thread=card.ts)
        private = [c["text"] for c in standin.of("chat.postEphemeral")]
        return any(loser in t and winner in t for t in thread + private)

    await wait_for(told, timeout=TIMEOUT, what=f"{loser} being told {winner} has it")
    assert (await b.client.event(dm("thanks", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: "*Ada*: thanks" in standin.texts(AGENTS, thread=card.ts), timeout=TIMEOUT, what="the relay")
    assert len(standin.replies("D0ADA")) == 3  # the bot stays quiet: a person has the conversation
