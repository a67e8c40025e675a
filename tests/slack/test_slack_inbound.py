"""Slack → runtime over real HTTP: signatures, what counts as a customer or agent message, acks, retries."""

from __future__ import annotations

import json
import time

import pytest
from aiohttp import web

from bot.models import ActionKind, Address, AgentAction, AgentMessage, Conversation, CustomerMessage, Person
from bot.runtime.turn import Turn
from bot.settings import ConfigError
from tandem.testing.polling import wait_for
from tandem.testing.slack.payloads import block_actions, channel_message, dm, event_callback, mention, signed
from tandem.testing.slack.standin import BOT_ID, BOT_USER, TEAM
from tests.slack.conftest import AGENTS, INSTANT, RecordingRuntime, make_adapter


async def test_a_dm_becomes_a_customer_message_without_calling_slack_on_the_way(served, standin):
    response = await served.client.event(dm("where is my order &lt;1001&gt;?"))
    assert response.status == 200
    (item,) = served.runtime.received
    assert isinstance(item, CustomerMessage)
    assert item.text == "where is my order <1001>?"
    assert (item.address.platform, item.address.workspace, item.address.channel, item.address.thread) == (
        "slack",
        TEAM,
        "D0ADA",
        None,
    )
    assert item.address.get("user") == "U0ADA"
    assert item.customer == Person("U0ADA")  # who Ada is, the runtime's worker asks the SlackDirectory
    assert item.event_id.startswith("slack:")
    assert standin.of("users.info") == []


async def test_a_profile_the_directory_knows_is_handed_over_at_once(served, standin):
    where = Address(platform="slack", workspace=TEAM, channel="D0ADA")
    found = await served.adapter.directory.resolve(Person("U0ADA"), where)
    assert found == Person("U0ADA", "Ada", "ada@example.com")
    for text in ("hello", "are you there?", "ok"):
        assert (await served.client.event(dm(text))).status == 200
    assert [i.customer for i in served.runtime.received] == [found] * 3
    assert [c["user"] for c in standin.of("users.info")] == ["U0ADA"]
    assert all(c.token == "xoxb-test-token" for c in standin.calls)


async def test_bad_or_stale_signatures_get_401_and_nothing_runs(served, standin):
    payload = event_callback(dm("hi"))
    assert (await served.client.send_event(payload, secret="not-the-secret")).status == 401
    assert (await served.client.send_event(payload, timestamp=int(time.time()) - 6 * 60)).status == 401
    body = json.dumps(payload)
    assert (await served.client.raw(body, {"Content-Type": "application/json"})).status == 401
    tampered = signed(body)
    assert (
        await served.client.raw(body.replace("hi", "ho"), {"Content-Type": "application/json", **tampered})
    ).status == 401
    assert (
        await served.client.action(block_actions("tandem_claim", "{}", "U0SAM", AGENTS, "1.2"), secret="wrong")
    ).status == 401
    assert served.runtime.received == []
    assert [c.method for c in standin.calls] == ["auth.test"]  # the token check at start, nothing since


async def test_url_verification_is_answered(served):
    challenge = {
        "token": "XXYYZZ",
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
        "type": "url_verification",
    }
    response = await served.client.send_event(challenge)
    assert response.status == 200
    assert served.runtime.received == []


async def test_a_retried_delivery_is_handed_over_with_the_same_key(served):
    event = dm("where is my order?")
    await served.client.event(event, event_id="Ev0RETRY")
    response = await served.client.event(event, event_id="Ev0RETRY", retry=1)
    assert response.status == 200
    assert len(served.runtime.received) == 1  # the recording runtime, like the store, keeps one per key


async def test_own_and_other_bots_messages_edits_deletions_and_joins_are_ignored(served, standin):
    ignored = [
        dm("I am the bot", user=BOT_USER),
        dm("a bot", user="U0OTHER", bot_id="B0OTHER", subtype="bot_message"),
        dm("an app's message", user="U0OTHER", bot_id="B0OTHER", app_id="A0OTHER"),
        {**dm(""), "subtype": "message_changed", "message": {"text": "edited", "user": "U0ADA"}, "user": None},
        {**dm(""), "subtype": "message_changed", "user": "U0ADA"},
        {**dm(""), "subtype": "message_deleted", "deleted_ts": "1700000000.000001"},
        channel_message("<@U0ADA> has joined the channel", "U0ADA", "C0SUPPORT", subtype="channel_join"),
        channel_message("just chatting", "U0ADA", "C0SUPPORT"),
        channel_message("top-level in the agents' channel", "U0SAM", AGENTS),
        mention("hey bot", user="U0SAM", channel=AGENTS),
        {"type": "message", "channel": "D0ADA", "bot_id": BOT_ID, "text": "my own reply", "ts": "1.1",
         "channel_type": "im"},
    ]
    for event in ignored:
        assert (await served.client.event(event)).status == 200
    assert served.runtime.received == []
    assert standin.of("users.info") == []


async def test_a_channel_mention_is_answered_in_its_thread_without_the_mention(served):
    top = mention("where is my order?", channel="C0SUPPORT")
    await served.client.event(top)
    # Slack also sends the same message as message.channels: it must not count twice
    await served.client.event(channel_message(top["text"], "U0ADA", "C0SUPPORT", ts=top["ts"]))
    (item,) = served.runtime.received
    assert item.text == "where is my order?"
    assert (item.address.channel, item.address.thread) == ("C0SUPPORT", top["ts"])


async def test_a_thread_reply_counts_only_in_the_customers_own_conversation(served):
    root = mention("hello", channel="C0SUPPORT")
    await served.client.event(root)
    first = served.runtime.received[0]
    await served.runtime.store.commit(Turn(conversation=Conversation.new(first)))

    await served.client.event(channel_message("and another thing", "U0ADA", "C0SUPPORT", thread_ts=root["ts"]))
    await served.client.event(channel_message("me too!", "U0BEA", "C0SUPPORT", thread_ts=root["ts"]))
    await served.client.event(channel_message("unrelated thread", "U0ADA", "C0SUPPORT", thread_ts="1600000000.000001"))
    texts = [i.text for i in served.runtime.received]
    assert texts == ["hello", "and another thing"]
    assert served.runtime.received[1].conversation_id == first.conversation_id


async def test_a_reply_in_a_card_thread_is_an_agent_message(served):
    reply = channel_message("Hi Ada, I'm on it", "U0SAM", AGENTS, thread_ts="1800000000.000001")
    await served.client.event(reply)
    (item,) = served.runtime.received
    assert isinstance(item, AgentMessage)
    assert (item.thread.platform, item.thread.channel, item.thread.thread) == ("slack", AGENTS, "1800000000.000001")
    assert item.message_ref == reply["ts"]
    # the runtime's worker asks Slack for the name
    assert (item.agent, item.text) == (Person("U0SAM"), "Hi Ada, I'm on it")


async def test_an_event_that_cannot_be_persisted_is_not_acknowledged(served):
    served.runtime.broken = True
    response = await served.client.event(dm("hello"), event_id="Ev0LOST")
    assert response.status >= 500
    served.runtime.broken = False
    response = await served.client.event(dm("hello"), event_id="Ev0LOST", retry=1)
    assert response.status == 200
    assert [i.text for i in served.runtime.received] == ["hello"]


async def test_a_card_button_becomes_an_agent_action(served):
    value = json.dumps({"conversation_id": "c_123", "handoff_id": "h_1"})
    response = await served.client.action(block_actions("tandem_claim", value, "U0SAM", AGENTS, "1800000000.000001"))
    assert response.status == 200
    (item,) = served.runtime.received
    assert isinstance(item, AgentAction)
    assert (item.action, item.conversation_id, item.handoff_id) == (ActionKind.CLAIM, "c_123", "h_1")
    assert (item.source.channel, item.agent) == (AGENTS, Person("U0SAM"))  # the name: asked in the runtime's worker


async def test_a_refused_click_gets_an_ephemeral_explanation(served, standin):
    served.runtime.problem = "This handoff is already closed, so nothing was changed."
    value = json.dumps({"conversation_id": "c_123", "handoff_id": "h_1"})
    response = await served.client.action(
        block_actions("tandem_resolve", value, "U0BEA", "C0ELSEWHERE", "1800000000.000001")
    )
    assert response.status == 200
    (ephemeral,) = await wait_for(lambda: standin.of("chat.postEphemeral"), what="the ephemeral explanation")
    assert (ephemeral["channel"], ephemeral["user"]) == ("C0ELSEWHERE", "U0BEA")
    assert ephemeral["text"] == "This handoff is already closed, so nothing was changed."
    assert standin.of("chat.update") == [] and standin.posts() == []


async def test_clicks_on_buttons_that_are_not_ours_change_nothing(served):
    response = await served.client.action(block_actions("tandem_claim", "not json", "U0SAM", AGENTS, "1.1"))
    assert response.status == 200
    assert served.runtime.received == []


async def test_a_refused_bot_token_stops_the_start_with_a_clear_error(standin):
    standin.fail("auth.test", error="invalid_auth")
    adapter = make_adapter(standin)
    with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN"):
        await adapter.start(RecordingRuntime(), web.Application())
    await adapter.stop()


async def test_while_slack_cannot_say_who_the_bot_is_events_are_not_acknowledged(served, standin):
    served.adapter._bot = None  # as if auth.test had failed at start
    standin.fail("auth.test", status=503, times=INSTANT.attempts)
    response = await served.client.event(dm("hello"), event_id="Ev0AUTH")
    assert response.status >= 500  # Slack delivers it again, rather than Bolt dropping it with a 200
    response = await served.client.event(dm("hello"), event_id="Ev0AUTH", retry=1)
    assert response.status == 200
    assert [i.text for i in served.runtime.received] == ["hello"]
