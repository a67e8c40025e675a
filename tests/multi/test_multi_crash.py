"""SIGKILL at the worst moments: what an instance committed is delivered by another instance (or by
itself, restarted) exactly once, and a handoff in progress carries on as if nothing happened."""

from __future__ import annotations

import time

import asyncpg
import pytest

from tandem.testing.polling import wait_for
from tandem.testing.slack.payloads import button, channel_message, dm
from tests.multi.cluster import AGENTS, LEASE_SECONDS
from tests.pg import database_url_for_tests

TAKEOVER = LEASE_SECONDS + 10  # the lease runs out, then the next sweep finds the work (generous on a busy machine)
TIMEOUT = 20.0


async def table(schema: str, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(database_url_for_tests(), server_settings={"search_path": schema})
    try:
        return await conn.fetch(sql)
    finally:
        await conn.close()


async def undelivered(schema: str) -> int:
    return len(await table(schema, "SELECT id FROM outbox"))


async def all_delivered(schema: str) -> bool:
    return await undelivered(schema) == 0


async def unprocessed(schema: str) -> int:
    return len(await table(schema, "SELECT id FROM inbox WHERE NOT processed"))


@pytest.mark.slow
async def test_a_reply_committed_by_an_instance_killed_before_sending_it_is_sent_once_by_the_other(
    cluster, standin, schema
):
    a, b = await cluster.start(2)
    standin.swallow("chat.postMessage", channel="D0ADA")  # Slack never gets a's attempt
    assert (await a.client.event(dm("where is order 1001?", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: standin.swallowed, timeout=TIMEOUT, what="a sending the reply")
    assert await undelivered(schema) == 1 and await unprocessed(schema) == 0  # the turn and its reply, committed

    await a.kill()
    killed = time.monotonic()
    await wait_for(lambda: standin.replies("D0ADA"), timeout=TAKEOVER, what="b delivering the reply")
    # not before a's lease ran out (renewed every third of it, so at least two thirds were left)
    assert time.monotonic() - killed > LEASE_SECONDS * 2 / 3 - 0.5
    assert "Order #1001 is on its way" in standin.replies("D0ADA")[0]
    await wait_for(lambda: all_delivered(schema), timeout=TIMEOUT, what="the outbox to empty")

    # once: the next message's reply comes straight after it, from either instance
    await a.start()  # restarted: it must not send anything again either
    assert (await a.client.event(dm("thanks!", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 2, timeout=TIMEOUT, what="the next reply")
    replies = standin.replies("D0ADA")
    assert len(replies) == 2 and "welcome" in replies[1], replies


@pytest.mark.slow
async def test_a_lone_instance_killed_before_sending_sends_it_once_when_restarted(cluster, standin, schema):
    (a,) = await cluster.start(1)
    standin.swallow("chat.postMessage", channel="D0ADA")
    assert (await a.client.event(dm("where is order 1004?", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: standin.swallowed, timeout=TIMEOUT, what="the reply on its way")
    await a.kill()
    assert await undelivered(schema) == 1

    await a.start()
    await wait_for(lambda: standin.replies("D0ADA"), timeout=TAKEOVER, what="the restarted instance delivering it")
    assert (await a.client.event(dm("thanks!", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 2, timeout=TIMEOUT, what="the next reply")
    replies = standin.replies("D0ADA")
    assert len(replies) == 2 and "Order #1004 is delivered" in replies[0] and "welcome" in replies[1], replies


@pytest.mark.slow
async def test_a_message_taken_by_an_instance_killed_mid_turn_is_answered_once_by_the_other(
    cluster, standin, schema
):
    a, b = await cluster.start(2, TANDEM_ORDERS=standin.orders_url)
    standin.swallow("orders")  # a's look-up of Ada's orders never returns: a dies mid-turn
    assert (await a.client.event(dm("where is order 1009?", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: standin.swallowed, timeout=TIMEOUT, what="a looking up the orders")
    await a.kill()
    assert await unprocessed(schema) == 1 and await undelivered(schema) == 0  # acknowledged, nothing committed

    await wait_for(lambda: standin.replies("D0ADA"), timeout=TAKEOVER, what="b answering it")
    assert (await b.client.event(dm("thanks!", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 2, timeout=TIMEOUT, what="the next reply")
    replies = standin.replies("D0ADA")
    assert len(replies) == 2 and "Order #1009 is being prepared" in replies[0] and "welcome" in replies[1], replies


@pytest.mark.slow
async def test_a_handoff_survives_the_instance_posting_its_card_being_killed(cluster, standin, schema):
    a, b = await cluster.start(2)
    standin.swallow("chat.postMessage", channel=AGENTS)  # a dies while posting the card
    assert (await a.client.event(dm("I want to talk to a person", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: standin.swallowed, timeout=TIMEOUT, what="a posting the card")
    await a.kill()

    # b finishes the handoff: the customer hears it once, the agents get one card
    (card,) = await wait_for(lambda: standin.posts(AGENTS), timeout=TAKEOVER, what="the card, posted by b")
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 2, timeout=TIMEOUT, what="the handoff and the notice")
    handoff, notice = standin.replies("D0ADA")
    assert "privacy" in notice.lower()
    await wait_for(lambda: all_delivered(schema), timeout=TIMEOUT, what="the outbox to empty")

    # the agents carry on, through whichever instance Slack reaches
    assert (await b.client.action(button(card, "claim", "U0SAM"))).status == 200
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 3, timeout=TIMEOUT, what="agent joined")
    assert "Sam from support has joined" in standin.replies("D0ADA")[2]
    await a.start()
    reply = channel_message("Hi Ada, I'm here to help.", "U0SAM", AGENTS, thread_ts=card.ts)
    assert (await a.client.event(reply)).status == 200
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 4, timeout=TIMEOUT, what="Sam's words, relayed")
    assert standin.replies("D0ADA")[3] == "*Sam* (support): Hi Ada, I'm here to help."
    assert (await b.client.action(button(card, "resolve", "U0SAM"))).status == 200
    await wait_for(lambda: len(standin.replies("D0ADA")) >= 6, timeout=TIMEOUT, what="resolved and the CSAT ask")
    assert "resolved" in standin.replies("D0ADA")[4].lower()
    assert len(standin.posts(AGENTS)) == 1 + len(standin.texts(AGENTS, thread=card.ts))  # one card, and its thread
