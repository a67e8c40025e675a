"""Who a Teams customer is (their member profile and email) is asked by the runtime's worker, through the
stored service URL, after Teams has its answer: retried there, and waited for rather than guessed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tandem.testing.playground import FAST
from tandem.testing.polling import wait_for
from tandem.testing.teams import payloads as p

from .harness import open_world

COULD_NOT_LINK = "couldn't link this chat to a customer account"


def answers(standin, conversation=p.PERSONAL_ADA) -> list[str]:
    return [
        c.text
        for c in standin.calls
        if c.kind == "send" and c.conversation == conversation and c.activity.get("type") == "message"
    ]


@pytest.mark.slow
async def test_teams_gets_its_answer_before_the_member_is_looked_up(world, standin):
    standin.delays["member"] = 1.0  # a slow Bot Connector
    status, _ = await world.post(p.personal_message(standin.url, "where is my order?"))
    assert status == 200
    assert all(c.status == 0 for c in standin.of("member"))  # asked (perhaps), not answered yet: not waited for
    (answer,) = await wait_for(lambda: answers(standin), what="the answer")
    assert "1001" in answer
    (member,) = standin.of("member")
    assert member.conversation == p.PERSONAL_ADA


@pytest.mark.slow
async def test_a_throttled_member_lookup_is_retried_and_the_customer_gets_their_own_orders(world, standin):
    standin.fail(
        "member", 429, {"error": {"code": "Throttled", "message": "Too many requests"}}, {"Retry-After": "0.1"}, times=2
    )
    await world.post(p.personal_message(standin.url, "where is my order?"))
    (answer,) = await wait_for(lambda: answers(standin), what="the answer")
    assert "1001" in answer and COULD_NOT_LINK not in answer
    assert [c.status for c in standin.of("member")] == [429, 429, 200]


async def test_a_customer_in_a_channel_is_looked_up_in_that_channel_s_thread(world, standin):
    post = p.channel_message(standin.url, "where is my order?", p.ADA, p.SUPPORT)
    await world.post(post)
    (member,) = await wait_for(lambda: [c for c in standin.of("member") if c.status], what="the member look-up")
    assert member.conversation == f"{p.SUPPORT};messageid={post['id']}"
    private = lambda: [c for c in standin.calls if "1001" in c.text]  # noqa: E731
    (details,) = await wait_for(private, what="the order details, in a private chat")
    assert details.conversation != p.SUPPORT and details.conversation.startswith("a:")


@pytest.mark.slow
async def test_when_teams_cannot_say_for_too_long_the_customer_is_answered_kindly(standin, tmp_path):
    impatient = replace(FAST, identity_retry=0.05, identity_patience=0.5)
    world = await open_world(standin, f"sqlite:///{tmp_path / 'tandem.db'}", timings=impatient)
    try:
        standin.fail("member", 503, times=1_000)
        await world.post(p.personal_message(standin.url, "where is my order?"))
        (answer,) = await wait_for(lambda: answers(standin), what="the answer, without the email")
        assert COULD_NOT_LINK in answer
        assert len(standin.of("member")) > 3  # the connector's retries, and the runtime's
    finally:
        await world.close()


async def test_a_member_teams_does_not_know_is_not_asked_about_again(world, standin):
    stranger = {"id": "29:1-stranger", "name": "Stranger", "aadObjectId": "00000000-0000-4000-8000-000000000000"}
    for text in ("where is my order?", "hello?"):
        await world.post(p.personal_message(standin.url, text, sender=stranger, conversation="a:1-stranger"))
    await wait_for(lambda: len(answers(standin, "a:1-stranger")) >= 2, what="both answers")
    assert COULD_NOT_LINK in answers(standin, "a:1-stranger")[0]
    assert [c.status for c in standin.of("member")] == [404]
