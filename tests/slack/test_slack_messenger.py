"""Core → Slack: what the Web API stand-in receives, retries, limits and failures."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from adapters.slack.api import RetryPolicy, WebApi
from adapters.slack.messenger import SlackMessenger
from adapters.slack.render import MAX_BLOCKS, card_blocks, read_action
from bot.models import ActionKind, Address, CardLine, HandoffCard, Order, Priority, Role, State
from bot.platform import DeliveryError, Outgoing
from tests.factories import handoff_for
from tests.slack.conftest import AGENTS, INSTANT, make_adapter

DM = Address("slack", "T0TEST", "D0ADA").with_meta(user="U0ADA", channel_type="im")
THREAD = Address("slack", "T0TEST", "C0SUPPORT", "1700000000.000001").with_meta(user="U0ADA", channel_type="channel")
CARD_THREAD = Address("slack", "T0TEST", AGENTS, "1800000000.000001")


def card(**changes) -> HandoffCard:
    """A high-priority card with recent messages and an order (the shared factory's, filled in)."""
    base = replace(
        handoff_for("c_1", "h_1").card,
        reason="frustration",
        reason_label="Frustrated",
        priority=Priority.HIGH,
        summary="Ada has asked three times where order 1001 is.",
        sentiment_trend="getting worse",
        recent=(CardLine(Role.CUSTOMER, "Ada", "where is 1001?"), CardLine(Role.BOT, "Bot", "It shipped with UPS.")),
        orders=(Order("1001", "ada@example.com", "shipped", "UPS", "1Z999", "https://ups.example/1Z999",
                      eta="2026-11-25"),),
    )
    return replace(base, **changes)


async def test_a_reply_goes_to_the_customers_dm_escaped(messenger, standin):
    await messenger.send(DM, Outgoing("reply", "Order <1001> & co: shipped. <!channel>"))
    (post,) = standin.posts()
    assert post["channel"] == "D0ADA"
    assert post.get("thread_ts") is None
    assert post["text"] == "Order &lt;1001&gt; &amp; co: shipped. &lt;!channel&gt;"


async def test_an_agents_words_reach_the_customer_under_their_name_in_the_thread(messenger, standin):
    await messenger.send(THREAD, Outgoing("relay", "Hi Ada, I'm looking into it.", author="Sam"))
    (post,) = standin.posts()
    assert (post["channel"], post["thread_ts"]) == ("C0SUPPORT", "1700000000.000001")
    assert post["text"] == "*Sam* (support): Hi Ada, I'm looking into it."


async def test_private_details_in_a_shared_channel_are_shown_only_to_the_customer(messenger, standin):
    await messenger.send(THREAD, Outgoing("reply", "Order 1001 goes to 1 Main St.", private=True))
    assert standin.posts() == []
    (ephemeral,) = standin.of("chat.postEphemeral")
    assert (ephemeral["channel"], ephemeral["user"], ephemeral["thread_ts"]) == (
        "C0SUPPORT",
        "U0ADA",
        "1700000000.000001",
    )
    await messenger.send(DM, Outgoing("reply", "Order 1001 goes to 1 Main St.", private=True))
    assert [p["channel"] for p in standin.posts()] == ["D0ADA"]  # a DM is already private


async def test_long_texts_are_split_under_slacks_limit(messenger, standin):
    paragraph = "This is a sentence about your order that goes on for a while. " * 20
    text = "\n\n".join([paragraph] * 12)  # about 15,000 characters
    await messenger.send(DM, Outgoing("reply", text))
    posts = standin.posts()
    assert len(posts) >= 4
    assert all(len(p["text"]) <= 4000 for p in posts)
    assert " ".join(p["text"] for p in posts).split() == text.split()  # nothing lost


async def test_the_card_is_posted_updated_and_its_thread_used(messenger, standin):
    where = await messenger.post_card(Address("slack", "", AGENTS), card())
    (post,) = standin.posts(AGENTS)
    assert where == Address("slack", "", AGENTS, post.ts)
    assert "Frustrated" in post["text"] and "Ada" in post["text"]
    buttons = [e["action_id"] for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons == ["tandem_claim", "tandem_resolve", "tandem_return"]

    claimed = card(
        state=State.WITH_AGENT, status="Sam is helping", agent="Sam", actions=(ActionKind.RESOLVE, ActionKind.RETURN)
    )
    await messenger.update_card(where, claimed)
    (update,) = standin.of("chat.update")
    assert (update["channel"], update["ts"]) == (AGENTS, post.ts)
    assert "Sam is helping" in json.dumps(update["blocks"])

    await messenger.post_in_thread(where, Outgoing("relay", "it's been a week", author="Ada"))
    assert standin.texts(AGENTS, thread=post.ts) == ["*Ada*: it's been a week"]


async def test_agent_messages_are_marked_relayed_or_internal(messenger, standin):
    await messenger.mark(CARD_THREAD, "1800000000.000005", relayed=True)
    await messenger.mark(CARD_THREAD, "1800000000.000006", relayed=False)
    standin.fail("reactions.add", error="already_reacted")
    await messenger.mark(CARD_THREAD, "1800000000.000006", relayed=False)  # a retry: fine
    reactions = [(c["timestamp"], c["name"]) for c in standin.of("reactions.add")]
    assert reactions[:2] == [("1800000000.000005", "speech_balloon"), ("1800000000.000006", "lock")]


async def test_429_waits_retry_after_then_succeeds(messenger, standin, sleeps):
    standin.fail("chat.postMessage", status=429, retry_after=3)
    await messenger.send(DM, Outgoing("reply", "hello"))
    assert len(standin.posts()) == 2
    assert sleeps.waits == [3.0]


async def test_server_errors_are_retried_a_bounded_number_of_times(messenger, standin):
    standin.fail("chat.postMessage", status=500, times=2)
    await messenger.send(DM, Outgoing("reply", "hello"))
    assert len(standin.posts()) == 3

    standin.fail("chat.postMessage", status=503, times=10)
    with pytest.raises(DeliveryError) as failed:
        await messenger.send(DM, Outgoing("reply", "hello again"))
    assert not failed.value.permanent  # the runtime's outbox keeps it and tries again later
    assert len(standin.posts()) == 3 + INSTANT.attempts


async def test_network_errors_are_retried_then_reported(sleeps):
    from adapters.slack.adapter import SlackAdapter

    adapter = SlackAdapter(
        "xoxb-x", signing_secret="s", api_url="http://127.0.0.1:9/api/", web_api=WebApi(INSTANT, sleep=sleeps)
    )
    with pytest.raises(DeliveryError) as failed:
        await adapter.messenger.send(DM, Outgoing("reply", "hello"))
    assert not failed.value.permanent
    assert len(sleeps.waits) == INSTANT.attempts - 1


async def test_a_gone_customer_is_unreachable_and_a_bad_token_is_permanent(messenger, standin):
    standin.fail("chat.postMessage", error="channel_not_found")
    with pytest.raises(DeliveryError) as gone:
        await messenger.send(DM, Outgoing("reply", "hello"))
    assert gone.value.unreachable
    standin.fail("chat.postMessage", error="invalid_auth")
    with pytest.raises(DeliveryError) as bad:
        await messenger.send(DM, Outgoing("reply", "hello"))
    assert bad.value.permanent and not bad.value.unreachable
    assert len(standin.posts()) == 2  # neither was retried


async def test_a_very_long_retry_after_is_left_to_the_outbox(standin, sleeps):
    policy = RetryPolicy(attempts=3, max_retry_after=10)
    adapter = make_adapter(standin, sleeps)
    messenger = SlackMessenger(adapter.client, WebApi(policy, sleep=sleeps))
    standin.fail("chat.postMessage", status=429, retry_after=120)
    with pytest.raises(DeliveryError) as failed:
        await messenger.send(DM, Outgoing("reply", "hello"))
    assert not failed.value.permanent and sleeps.waits == []


def test_a_card_stays_within_block_kit_limits_however_much_there_is():
    huge = card(
        summary="word " * 5000,
        customer="<!here> Ada " * 40,
        recent=tuple(CardLine(Role.CUSTOMER, "Ada", "&<>" * 100) for _ in range(60)),
        orders=tuple(Order(str(i), "ada@example.com", "shipped", "UPS", "1Z" * 20) for i in range(40)),
        footer="f" * 5000,
    )
    blocks = card_blocks(huge)
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "section":
            if "text" in block:
                assert len(block["text"]["text"]) <= 3000
            for field in block.get("fields", []):
                assert len(field["text"]) <= 2000
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
    assert "<!here>" not in json.dumps(blocks)


def test_a_closed_card_has_no_buttons_and_buttons_read_back():
    assert not [b for b in card_blocks(card(closed=True, actions=())) if b["type"] == "actions"]
    actions = next(b for b in card_blocks(card()) if b["type"] == "actions")
    claim = actions["elements"][0]
    assert read_action(claim["action_id"], claim["value"]).__dict__ == {
        "kind": ActionKind.CLAIM,
        "conversation_id": "c_1",
        "handoff_id": "h_1",
    }
    assert read_action("tandem_claim", '{"conversation_id": "c_1"}') is None
    assert read_action("someone_elses_button", claim["value"]) is None


def test_guidance_for_the_team_comes_right_under_the_header():
    blocks = card_blocks(card(guidance="The customer was given crisis lines <988>."))
    assert blocks[1]["text"]["text"] == "*For the team:* The customer was given crisis lines &lt;988&gt;."
    assert "For the team" not in str(card_blocks(card()))
