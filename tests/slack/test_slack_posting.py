"""Core → Slack, an outbox item at a time: every post is labelled with its item, and an attempt that may
follow one that got through looks for it first (and never looks when it cannot have)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from adapters.slack import posting
from adapters.slack.posting import EVENT_TYPE
from bot.models import Address
from bot.platform import Attempt, DeliveryError, Outgoing
from tests.slack.conftest import AGENTS
from tests.slack.test_slack_messenger import CARD_THREAD, DM, card

AGENTS_ADDRESS = Address("slack", "T0TEST", AGENTS)
QUEUED = datetime.now(UTC) - timedelta(seconds=30)


def first(key: str = "41.1700000000000") -> Attempt:
    return Attempt(key, maybe_sent=False, since=QUEUED)


def retry(key: str = "41.1700000000000") -> Attempt:
    return Attempt(key, maybe_sent=True, since=QUEUED)


async def test_each_post_carries_its_outbox_item_in_its_metadata_and_a_first_attempt_does_not_look(messenger, standin):
    await messenger.send(DM, Outgoing("reply", "On its way."), attempt=first("7.1"))
    (post,) = standin.posts()
    assert post["metadata"] == {"event_type": EVENT_TYPE, "event_payload": {"key": "7.1", "part": 0}}
    assert standin.of("conversations.history") == []


async def test_a_retry_finds_what_the_earlier_attempt_posted_and_posts_nothing(messenger, standin):
    await messenger.send(DM, Outgoing("reply", "On its way."), attempt=first())
    assert await messenger.send(DM, Outgoing("reply", "On its way."), attempt=retry()) == standin.posts()[0].ts
    assert standin.visible("D0ADA") == ["On its way."]
    (search,) = standin.of("conversations.history")
    assert search["channel"] == "D0ADA" and search["include_all_metadata"] in ("1", "true")
    assert float(search["oldest"]) == pytest.approx((QUEUED - timedelta(minutes=5)).timestamp(), abs=0.001)


async def test_a_retry_that_finds_nothing_posts(messenger, standin):
    await messenger.send(DM, Outgoing("reply", "Someone else's"), attempt=first("1.5"))
    await messenger.send(DM, Outgoing("reply", "On its way."), attempt=retry("2.5"))
    assert standin.visible("D0ADA") == ["Someone else's", "On its way."]


async def test_a_long_message_is_retried_part_by_part_each_shown_once(messenger, standin):
    text = " ".join(["word"] * 1500)  # two parts
    standin.fail("chat.postMessage", status=500, after=True)  # the first part posts, its answer fails: found again
    standin.fail("chat.postMessage", status=503, times=4)  # the second part fails before posting, every time
    with pytest.raises(DeliveryError):
        await messenger.send(DM, Outgoing("reply", text), attempt=first())
    assert len(standin.visible("D0ADA")) == 1
    await messenger.send(DM, Outgoing("reply", text), attempt=retry())  # the outbox's retry: only the second part
    await messenger.send(DM, Outgoing("reply", text), attempt=retry())  # and again, as after a crash: nothing
    parts = standin.visible("D0ADA")
    assert len(parts) == 2 and " ".join(parts).split() == text.split()


async def test_posts_in_a_cards_thread_are_looked_for_among_its_replies(messenger, standin):
    where = await messenger.post_card(AGENTS_ADDRESS, card(), attempt=first("3.1"))
    assert await messenger.post_card(AGENTS_ADDRESS, card(), attempt=retry("3.1")) == where
    await messenger.post_in_thread(where, Outgoing("relay", "are you there?", author="Ada"), attempt=first("4.1"))
    await messenger.post_in_thread(where, Outgoing("relay", "are you there?", author="Ada"), attempt=retry("4.1"))
    assert len(standin.visible(AGENTS)) == 1 and standin.visible(AGENTS, thread=where.thread) == [
        "*Ada*: are you there?"
    ]
    assert standin.of("conversations.replies")[0]["ts"] == where.thread


async def test_a_rate_limited_search_waits_as_slack_asks(messenger, standin, sleeps):
    await messenger.send(DM, Outgoing("reply", "On its way."), attempt=first())
    standin.fail("conversations.history", status=429, retry_after=7)
    await messenger.send(DM, Outgoing("reply", "On its way."), attempt=retry())
    assert 7.0 in sleeps.waits and standin.visible("D0ADA") == ["On its way."]


async def test_a_search_slack_refuses_posts_again_rather_than_never(messenger, standin, caplog):
    await messenger.send(DM, Outgoing("reply", "On its way."), attempt=first())
    standin.fail("conversations.history", error="missing_scope")
    await messenger.send(DM, Outgoing("reply", "On its way."), attempt=retry())
    assert standin.visible("D0ADA") == ["On its way.", "On its way."]
    assert "may show twice" in caplog.text


async def test_a_search_reads_a_bounded_number_of_pages_then_posts(messenger, standin, monkeypatch, caplog):
    monkeypatch.setattr(posting, "PAGE", 1)
    monkeypatch.setattr(posting, "MAX_PAGES", 2)
    for n in range(3):
        await messenger.send(DM, Outgoing("reply", f"m{n}"), attempt=first(f"{n}.1"))
    await messenger.send(DM, Outgoing("reply", "m1"), attempt=retry("1.1"))  # on the second page, newest first
    await messenger.send(DM, Outgoing("reply", "m0"), attempt=retry("0.1"))  # beyond the pages read
    assert standin.visible("D0ADA") == ["m0", "m1", "m2", "m0"]
    assert len(standin.of("conversations.history")) == 4 and "stopped" in caplog.text


async def test_a_private_message_in_a_shared_channel_cannot_be_looked_up_and_is_shown_again(messenger, standin):
    thread = CARD_THREAD.with_meta(user="U0ADA", channel_type="channel")
    await messenger.send(thread, Outgoing("reply", "Order 1001: shipped", private=True), attempt=retry())
    assert [c.method for c in standin.calls] == ["chat.postEphemeral"]
