"""A ``tandem run`` killed (SIGKILL) after Slack posted its reply but before it heard back: restarted,
it finds the reply by its metadata instead of posting it again. On SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from tandem.testing.polling import wait_for
from tandem.testing.slack.payloads import dm
from tests.multi.cluster import AGENTS, LEASE_SECONDS, Cluster, schema_url
from tests.pg import create_schema, drop_schema

TAKEOVER = LEASE_SECONDS + 10  # the dead instance's lease runs out, then a sweep finds the work
TIMEOUT = 20.0


@pytest.fixture(params=["sqlite", "postgres"])
async def lone(request, standin, tmp_path):
    """One instance on a fresh database of each kind; stopped after."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'tandem.db'}"
        running = Cluster(standin.url, url, tmp_path)
        yield running
        await running.stop()
    else:
        name = await create_schema()
        running = Cluster(standin.url, schema_url(name), tmp_path)
        try:
            yield running
            await running.stop()
        finally:
            await drop_schema(name)


@pytest.mark.slow
async def test_a_reply_slack_posted_just_before_the_instance_was_killed_is_not_posted_again(lone, standin):
    (a,) = await lone.start(1)
    standin.fault("chat.postMessage", "hang", channel="D0ADA")  # posted; the answer never comes
    assert (await a.client.event(dm("where is order 1004?", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: standin.visible("D0ADA"), timeout=TIMEOUT, what="the reply, posted")
    await a.kill()  # mid-call: the delivery was never recorded

    await a.start()
    assert (await a.client.event(dm("thanks!", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: len(standin.visible("D0ADA")) >= 2, timeout=TAKEOVER, what="the next reply")
    replies = standin.visible("D0ADA")
    assert len(replies) == 2 and "Order #1004 is delivered" in replies[0] and "welcome" in replies[1], replies
    assert standin.of("conversations.history"), "the restarted instance looked before posting"


@pytest.mark.slow
async def test_a_card_slack_posted_just_before_the_instance_was_killed_is_not_posted_again(lone, standin):
    (a,) = await lone.start(1)
    standin.fault("chat.postMessage", "hang", channel=AGENTS)
    assert (await a.client.event(dm("I want to talk to a person", user="U0ADA", channel="D0ADA"))).status == 200
    await wait_for(lambda: standin.visible(AGENTS), timeout=TIMEOUT, what="the card, posted")
    await a.kill()

    await a.start()
    await wait_for(lambda: len(standin.visible("D0ADA")) >= 2, timeout=TAKEOVER, what="the handoff reply and notice")
    assert (await a.client.event(dm("are you there?", user="U0ADA", channel="D0ADA"))).status == 200
    [card] = standin.channels.visible(AGENTS)
    await wait_for(
        lambda: standin.visible(AGENTS, thread=card["ts"]), timeout=TIMEOUT, what="the copy in the card's thread"
    )
    assert len(standin.visible(AGENTS)) == 1, standin.visible(AGENTS)
    assert standin.visible(AGENTS, thread=card["ts"]) == ["*Ada*: are you there?"]
