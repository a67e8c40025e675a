"""What happens when Teams repeats itself or the Bot Connector misbehaves: duplicates processed once,
throttling and gateway errors retried with backoff, blocked customers noticed, bad buttons harmless."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

import pytest

from adapters.teams.inbound import where
from bot.models import Person, State, conversation_id_for
from bot.ports import StoreError
from bot.runtime.runtime import utc_now
from tandem.testing.polling import wait_for
from tandem.testing.teams import payloads as p

from .harness import open_world

BLOCKED = {
    "errorCode": 209,
    "message": '{\r\n  "subCode": "MessageWritesBlocked",\r\n  "details": "Thread is blocked from message '
               'writes.",\r\n  "errorCode": null,\r\n  "errorSubCode": null\r\n}',
}


def answers(standin, conversation=p.PERSONAL_ADA):
    return [c for c in standin.calls if c.kind == "send" and c.conversation == conversation]


def ada_conversation(activity) -> str:
    return conversation_id_for(where(activity), Person(p.ADA["id"]))


async def handed_off(world, standin) -> str:
    """Ada asks for a person and Sam claims: returns the card's reply-chain conversation id."""
    await world.say(p.personal_message(standin.url, "I want to talk to a person"))
    (create,) = standin.of("create")
    card_id = create.response["activityId"]
    data = create.card["actions"][0]["data"]
    await world.say(p.card_submit(standin.url, data, p.SAM, p.AGENTS, card_id))
    return f"{p.AGENTS};messageid={card_id}"


async def test_the_same_activity_delivered_twice_is_answered_once(world, standin):
    activity = p.personal_message(standin.url, "where is my order?")
    assert await world.say(activity) == 200
    first = list(standin.calls)
    assert await world.say(activity) == 200
    assert standin.calls == first  # nothing at all the second time
    assert len(answers(standin)) == 1


@pytest.mark.slow
async def test_a_duplicate_reaching_another_instance_is_still_answered_once(standin, tmp_path):
    database = f"sqlite:///{tmp_path / 'tandem.db'}"
    activity = p.personal_message(standin.url, "where is my order?")
    one, two = await open_world(standin, database), await open_world(standin, database)
    try:
        assert await one.say(activity) == 200
        assert await two.say(activity) == 200  # its memory has not seen it; the database has
        assert len(answers(standin)) == 1
    finally:
        await one.close()
        await two.close()


@pytest.mark.slow
async def test_throttling_is_retried_after_the_time_teams_asks_for(world, standin):
    standin.fail(
        "send",
        429,
        {"error": {"code": "Throttled", "message": "Too many requests"}},
        {"Retry-After": "0.2"},
        times=2,
        conversation=p.PERSONAL_ADA,
    )
    await world.say(p.personal_message(standin.url, "where is my order?"))

    tries = answers(standin)
    assert [c.status for c in tries] == [429, 429, 201]
    assert all(c.body == tries[0].body for c in tries)  # the same message each time
    assert all(later.at - earlier.at >= 0.19 for earlier, later in pairwise(tries))


@pytest.mark.slow
@pytest.mark.parametrize("status", [412, 502, 504])
async def test_precondition_and_gateway_failures_are_retried(world, standin, status):
    standin.fail("send", status, times=2, conversation=p.PERSONAL_ADA)
    await world.say(p.personal_message(standin.url, "where is my order?"))
    assert [c.status for c in answers(standin)] == [status, status, 201]


@pytest.mark.slow
async def test_retries_are_bounded_and_the_final_failure_is_logged_and_the_message_kept(world, standin, caplog):
    caplog.set_level("WARNING")
    standin.fail("send", 502, times=100, conversation=p.PERSONAL_ADA)
    activity = p.personal_message(standin.url, "where is my order?")
    await world.say(activity)

    assert len(answers(standin)) == 4  # FAST_RETRY allows 4 attempts
    assert f"Teams send in conversation {p.PERSONAL_ADA} failed after 4 attempt(s)" in caplog.text
    kept = await world.server.store.outbox(ada_conversation(activity), utc_now() + timedelta(days=1))
    assert [item.effect.message.kind for item in kept] == ["reply"]  # still there, to be sent again later


async def test_a_400_is_not_retried(world, standin):
    standin.fail(
        "send", 400, {"error": {"code": "BadArgument", "message": "bad"}}, times=10, conversation=p.PERSONAL_ADA
    )
    await world.say(p.personal_message(standin.url, "where is my order?"))
    assert len(answers(standin)) == 1


async def test_a_customer_who_blocked_the_bot_is_noted_on_the_handoff(world, standin):
    thread = await handed_off(world, standin)
    standin.fail("send", 403, BLOCKED, times=10, conversation=p.PERSONAL_ADA)

    await world.say(
        p.channel_message(
            standin.url, "Are you still there?", p.SAM, p.AGENTS, root=thread.rsplit("=", 1)[1], mention=False
        )
    )
    await wait_for(
        lambda: any("can no longer be reached" in c.text for c in standin.messages(thread)),
        what="the unreachable notice",
    )
    assert len([c for c in answers(standin) if c.status == 403]) == 1  # blocked: not retried

    conversation = await world.server.store.conversation(ada_conversation(p.personal_message(standin.url, "")))
    assert conversation.handoff.customer_unreachable


async def test_a_card_button_pressed_outside_the_agents_channel_changes_nothing(world, standin):
    await world.say(p.personal_message(standin.url, "I want to talk to a person"))
    (create,) = standin.of("create")
    data = create.card["actions"][0]["data"]
    before = len(standin.calls)

    forwarded = p.card_submit(standin.url, data, p.GRACE, p.SUPPORT, "1799999999999")
    assert await world.say(forwarded) == 200

    new = standin.calls[before:]
    assert [c.kind for c in new] == ["reply"]
    assert new[0].conversation == f"{p.SUPPORT};messageid=1799999999999"
    assert "Only the support team" in new[0].text
    conversation = await world.server.store.conversation(data["conversation_id"])
    assert conversation.state is State.WAITING and conversation.handoff.agent is None


@pytest.mark.slow
async def test_a_card_action_through_action_execute_gets_an_invoke_response(world, standin):
    await world.say(p.personal_message(standin.url, "I want to talk to a person"))
    (create,) = standin.of("create")
    data = create.card["actions"][0]["data"]
    invoke = p.card_submit(standin.url, None, p.SAM, p.AGENTS, create.response["activityId"])
    invoke.update(
        type="invoke",
        name="adaptiveCard/action",
        value={"action": {"type": "Action.Execute", "verb": "claim", "data": data}, "trigger": "manual"},
    )

    status, body = await world.post(invoke)
    await world.server.runtime.idle()

    assert status == 200 and body == {
        "statusCode": 200,
        "type": "application/vnd.microsoft.activity.message",
        "value": "Done.",
    }
    assert (await world.server.store.conversation(data["conversation_id"])).state is State.WITH_AGENT


async def test_when_the_message_cannot_be_stored_teams_is_told_to_try_again(world, standin, monkeypatch):
    async def unavailable(item):
        raise StoreError("database is down")

    activity = p.personal_message(standin.url, "where is my order?")
    monkeypatch.setattr(world.server.store, "accept", unavailable)
    status, _ = await world.post(activity)
    assert status == 503
    await world.server.runtime.idle()
    assert answers(standin) == []

    monkeypatch.undo()  # the database is back, and Teams sends the activity again
    assert await world.say(activity) == 200
    assert len(answers(standin)) == 1


@pytest.mark.slow
async def test_a_bot_connector_that_does_not_answer_is_given_up_on_in_time(standin, tmp_path, caplog):
    from adapters.teams.api import RetryPolicy

    caplog.set_level("ERROR")
    impatient = RetryPolicy(attempts=3, initial=0.01, maximum=0.02, deadline=0.3)
    world = await open_world(standin, f"sqlite:///{tmp_path / 'tandem.db'}", adapter_options={"retry": impatient})
    try:
        await world.say(p.personal_message(standin.url, "hello"))  # answered quickly
        standin.delays["send"] = 1.0
        activity = p.personal_message(standin.url, "where is my order?")
        await world.say(activity)
        assert (
            f"Teams send in conversation {p.PERSONAL_ADA} failed" in caplog.text
            and "no answer within 0.3 s" in caplog.text
        )
        kept = await world.server.store.outbox(ada_conversation(activity), utc_now() + timedelta(days=1))
        assert [item.effect.message.kind for item in kept] == ["reply"]
    finally:
        standin.delays.clear()
        await world.close()
