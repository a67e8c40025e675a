"""Slack has no idempotency key, yet a customer never sees a reply twice: when Slack posted a message
and then failed to say so (a 500, no answer at all, a dropped connection), Tandem finds the post by its
metadata before trying again. End to end: the real server, signed events, the Web API stand-in."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.settings import Settings
from tandem.server import start_server
from tandem.testing.polling import wait_for
from tandem.testing.slack.client import SlackClient
from tandem.testing.slack.payloads import button, dm
from tests.slack.story import AGENTS, CUSTOMER_DM
from tests.slack.test_slack_story import FAST, slack_env

RETURNS = "how do returns work?"
SHIPPING = "do you ship abroad?"


@pytest.fixture
async def client(standin, tmp_path):
    settings = Settings.from_env(slack_env(standin, tmp_path / "tandem.db", 3000))
    server = await start_server(replace(settings, port=0, slack_timeout=0.5), timings=FAST)
    client = SlackClient(server.url)
    yield client
    await client.close()
    await server.stop()


async def ask(client, standin, text: str, replies: int) -> list[str]:
    """Send a DM; returns what the customer's DM shows once it holds ``replies`` messages."""
    assert (await client.event(dm(text))).status == 200
    await wait_for(lambda: len(standin.visible(CUSTOMER_DM)) >= replies, timeout=15, what=f"{replies} replies")
    return standin.visible(CUSTOMER_DM)


async def assert_once_despite(client, standin) -> None:
    await ask(client, standin, RETURNS, 1)
    # the next reply comes after the first in the conversation's order: once it is there, the first is settled
    replies = await ask(client, standin, SHIPPING, 2)
    assert sum("We refund" in reply for reply in replies) == 1, replies
    assert len(replies) == 2 and "ship" in replies[1].lower(), replies
    assert [c.get("metadata", {}).get("event_type") for c in standin.posts(CUSTOMER_DM)][:1] == ["tandem_outbox"]


@pytest.mark.slow
async def test_slack_posting_then_answering_500_shows_the_reply_once(client, standin):
    standin.fail("chat.postMessage", status=500, after=True)
    await assert_once_despite(client, standin)
    assert len(standin.posts(CUSTOMER_DM)) == 2  # found, not posted again
    assert standin.of("conversations.history")[0]["include_all_metadata"] in ("1", "true")


@pytest.mark.slow
async def test_slack_posting_then_never_answering_shows_the_reply_once(client, standin):
    standin.fault("chat.postMessage", "hang")  # Tandem gives up after TANDEM_SLACK_TIMEOUT
    await assert_once_despite(client, standin)
    assert len(standin.posts(CUSTOMER_DM)) == 2


@pytest.mark.slow
async def test_slack_posting_then_dropping_the_connection_shows_the_reply_once(client, standin):
    standin.fault("chat.postMessage", "drop")
    await assert_once_despite(client, standin)
    assert len(standin.posts(CUSTOMER_DM)) == 2


@pytest.mark.slow
async def test_a_500_before_posting_is_posted_again(client, standin):
    standin.fail("chat.postMessage", status=500)  # Slack failed before posting: nothing to find
    await assert_once_despite(client, standin)
    assert len(standin.posts(CUSTOMER_DM)) == 3  # the failed call, the retry, the second reply


@pytest.mark.slow
async def test_a_handoff_card_and_a_copy_in_its_thread_slack_posted_before_answering_500_are_posted_once(
    client, standin
):
    standin.fail("chat.postMessage", status=500, after=True, channel=AGENTS)  # the card
    assert (await client.event(dm("I want to talk to a person"))).status == 200
    await wait_for(lambda: len(standin.visible(CUSTOMER_DM)) >= 2, timeout=15, what="the handoff reply and the notice")
    await wait_for(lambda: standin.visible(AGENTS), timeout=15, what="the card")
    (card,) = standin.posts(AGENTS)  # one attempt: the retry found it
    # the customer's words, copied to its thread
    standin.fail("chat.postMessage", status=500, after=True, channel=AGENTS)
    assert (await client.event(dm("my parcel never came"))).status == 200
    await wait_for(lambda: standin.visible(AGENTS, thread=card.ts), timeout=15, what="the copy in the card's thread")

    # the card found again is the card the conversation knows: claiming it works
    assert (await client.action(button(card, "claim", "U0SAM"))).status == 200
    joined = lambda: any("Sam from support has joined" in text for text in standin.visible(CUSTOMER_DM))  # noqa: E731
    await wait_for(joined, timeout=15, what="agent joined")
    await wait_for(lambda: standin.of("chat.update"), timeout=15, what="the card, updated in place")
    assert standin.of("chat.update")[-1]["ts"] == card.ts
    assert len(standin.visible(AGENTS)) == 1
    assert standin.visible(AGENTS, thread=card.ts)[0] == "*Ada*: my parcel never came"
    assert len(standin.texts(AGENTS, thread=card.ts)) == len(standin.visible(AGENTS, thread=card.ts))
