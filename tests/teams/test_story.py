"""The whole Teams story over loopback HTTP: activities into /api/messages, every call the bot makes to
the Bot Connector (the stand-in) checked — personal chat, channel mention, the handoff card in the
agents' channel, card buttons, agents' replies in the card's reply chain, and a restart in the middle."""

from __future__ import annotations

import pytest

from tandem.testing.polling import wait_for
from tandem.testing.teams import payloads as p

from .harness import open_world

THREAD_OF = "{channel};messageid={root}"


def card_texts(card: dict) -> str:
    """Every string shown on an Adaptive Card, in order."""
    out: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for key in ("text", "title"):
                if isinstance(node.get(key), str):
                    out.append(node[key])
            for value in node.values():
                if isinstance(value, (dict, list)):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card.get("body", []))
    return "\n".join(out)


def buttons(card: dict) -> list[str]:
    return [a["title"] for a in card.get("actions", [])]


async def test_a_customer_in_personal_chat_is_answered_with_a_typing_indicator_first(world, standin):
    status = await world.say(p.personal_message(standin.url, "where is my order?"))

    assert status == 200
    calls = [(c.method, c.path, c.kind) for c in standin.calls]
    ada = p.PERSONAL_ADA
    assert calls == [
        ("POST", f"/v3/conversations/{ada}/activities/{calls[0][1].rsplit('/', 1)[1]}", "reply"),
        # identity: the member's email, asked by the runtime's worker once Teams has its answer
        ("GET", f"/v3/conversations/{ada}/members/{p.ADA['id']}", "member"),
        ("POST", f"/v3/conversations/{ada}/activities", "send"),
    ]
    typing, answer = standin.calls[0].activity, standin.calls[2].activity
    assert typing["type"] == "typing"
    assert answer["type"] == "message" and "1001" in answer["text"]  # Ada's own order, found by her Teams email
    assert answer["conversation"]["id"] == ada and answer["recipient"]["id"] == p.ADA["id"]


async def test_the_whole_story_personal_chat_handoff_card_claim_replies_and_resolve(world, standin):
    ada = p.PERSONAL_ADA
    await world.say(p.personal_message(standin.url, "hi"))
    await world.say(p.personal_message(standin.url, "I want to talk to a person please"))

    # the customer: the acknowledgement and the privacy notice
    said = world.standin.texts(ada)
    assert any("bringing in a person" in t for t in said)
    assert any(t.startswith("A note on your privacy") for t in said)
    # the agents: one new post in their channel, an Adaptive Card 1.5 with the three buttons
    (create,) = standin.of("create")
    assert create.body["isGroup"] is True
    assert create.body["channelData"]["channel"]["id"] == p.AGENTS
    card = create.card
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    assert buttons(card) == ["Claim", "Resolve", "Return to bot"]
    shown = card_texts(card)
    assert "Asked for a person" in shown and "Normal" in shown
    assert "Ada Lovelace <ada@example.com> on Teams" in shown
    assert "I want to talk to a person please" in shown  # the recent messages
    assert "#1001" in shown  # her order, for the agent
    submit = card["actions"][0]
    assert submit["type"] == "Action.Submit" and submit["data"]["tandem_action"] == "claim"
    card_post = create.response["activityId"]
    thread = THREAD_OF.format(channel=p.AGENTS, root=card_post)

    # the customer writes again: it reaches the card's reply chain
    await world.say(p.personal_message(standin.url, "It's about the blue scarf"))
    assert any("It's about the blue scarf" in t and "<b>Ada Lovelace</b>" in t for t in standin.texts(thread))

    # Sam claims from the card: the card is updated in place, the customer hears about it
    before = len(standin.calls)
    await world.say(p.card_submit(standin.url, submit["data"], p.SAM, p.AGENTS, card_post))
    new = standin.calls[before:]
    (update,) = [c for c in new if c.kind == "update"]
    assert update.method == "PUT" and update.path == f"/v3/conversations/{thread}/activities/{card_post}"
    assert "Sam Agent is helping" in card_texts(update.card)
    assert buttons(update.card) == [
        "Resolve",
        "Return to bot",
        "A person was needed",
        "The bot could have answered",
        "Should have come to us sooner",
    ]
    assert any("Sam Agent from support has joined" in c.text for c in new if c.conversation == ada)

    # Sam replies in the thread without mentioning the bot (RSC), then with an @mention: both reach Ada
    before = len(standin.calls)
    await world.say(
        p.channel_message(standin.url, "Hi Ada, I'm looking at it now.", p.SAM, p.AGENTS, root=card_post, mention=False)
    )
    await world.say(p.channel_message(standin.url, "It ships tomorrow.", p.SAM, p.AGENTS, root=card_post, mention=True))
    to_ada = [c.text for c in standin.calls[before:] if c.conversation == ada and c.kind == "send"]
    assert to_ada == [
        "<b>Sam Agent</b> (support): Hi Ada, I'm looking at it now.",
        "<b>Sam Agent</b> (support): It ships tomorrow.",
    ]
    assert [c.text for c in standin.calls[before:] if c.conversation == thread] == ["✓ Sent to the customer."] * 2

    # an internal note stays in the thread
    before = len(standin.calls)
    await world.say(
        p.channel_message(standin.url, "!note check the warehouse", p.SAM, p.AGENTS, root=card_post, mention=False)
    )
    assert [c.conversation for c in standin.calls[before:]] == [thread]
    assert "Kept internal" in standin.calls[-1].text

    # resolve: the card loses its buttons, the customer is told and asked how it went
    before = len(standin.calls)
    await world.say(
        p.card_submit(standin.url, dict(submit["data"], tandem_action="resolve"), p.SAM, p.AGENTS, card_post)
    )
    new = standin.calls[before:]
    (update,) = [c for c in new if c.kind == "update"]
    assert "Resolved by Sam Agent" in card_texts(update.card)
    assert buttons(update.card) == [
        "A person was needed",
        "The bot could have answered",
        "Should have come to us sooner",
    ]
    told = [c for c in new if c.conversation == ada]
    assert any("resolved" in c.text for c in told)
    (ask,) = [c for c in told if "1 (not good) to 5 (great)" in c.text]
    assert [b["title"] for b in ask.card["actions"]] == ["1", "2", "3", "4", "5"]

    # Ada presses 1: asked what went wrong; her answer goes to the card's reply chain
    before = len(standin.calls)
    await world.say(p.personal_submit(standin.url, ask.card["actions"][0]["data"], reply_to=ask.response["id"]))
    assert any("what went wrong" in c.text for c in standin.calls[before:] if c.conversation == ada)
    await world.say(p.personal_message(standin.url, "I had to explain it all twice"))
    assert (
        "Low rating: 1/5 from Ada" in standin.texts(thread)[-1] and "explain it all twice" in standin.texts(thread)[-1]
    )

    # Sam says a person was needed: on the card, and its buttons gone
    before = len(standin.calls)
    verdict = next(b for b in update.card["actions"] if b["title"] == "A person was needed")
    await world.say(p.card_submit(standin.url, verdict["data"], p.SAM, p.AGENTS, card_post))
    (judged,) = [c for c in standin.calls[before:] if c.kind == "update"]
    assert "A person was needed (Sam Agent)" in card_texts(judged.card) and buttons(judged.card) == []

    # a stale button (claim on the resolved card) changes nothing and says why, in the thread
    before = len(standin.calls)
    await world.say(p.card_submit(standin.url, submit["data"], p.ROBIN, p.AGENTS, card_post))
    new = standin.calls[before:]
    assert [c.kind for c in new] == ["reply"]
    assert new[0].conversation == thread and "already closed" in new[0].text


async def test_a_channel_mention_is_answered_in_its_reply_chain(world, standin):
    post = p.channel_message(standin.url, "where is my order?", p.GRACE, p.SUPPORT)
    await world.say(post)

    thread = THREAD_OF.format(channel=p.SUPPORT, root=post["id"])
    replies = standin.messages(thread)
    assert len(replies) == 1
    # order details are personal: in a shared channel they go to a private chat, with a pointer in the thread
    private = [c for c in standin.calls if c.kind == "create"]
    assert private and private[0].body["members"] == [{"id": p.GRACE["id"]}] and private[0].body["isGroup"] is False
    assert "private chat" in replies[0].text
    assert any("1002" in t for t in standin.texts(f"a:1:1-{p.GRACE['id']}"))


async def test_chatter_in_a_customer_channel_without_a_mention_is_ignored(world, standin):
    post = p.channel_message(standin.url, "anyone up for lunch?", p.GRACE, p.SUPPORT, mention=False)
    assert await world.say(post) == 200
    assert standin.calls == []


async def test_a_customer_handed_off_in_a_channel_thread_is_followed_without_mentions(world, standin):
    post = p.channel_message(standin.url, "I want to talk to a person", p.GRACE, p.SUPPORT)
    await world.say(post)
    (create,) = standin.of("create")
    card_thread = f"{create.body['channelData']['channel']['id']};messageid="

    await world.say(
        p.channel_message(standin.url, "my parcel arrived broken", p.GRACE, p.SUPPORT, root=post["id"], mention=False)
    )
    relayed = [c for c in standin.calls if c.conversation and c.conversation.startswith(card_thread)]
    assert any("my parcel arrived broken" in c.text for c in relayed)


@pytest.mark.slow
async def test_after_a_restart_agent_replies_still_reach_the_customer(standin, tmp_path):
    database = f"sqlite:///{tmp_path / 'tandem.db'}"
    first = await open_world(standin, database)
    try:
        await first.say(p.personal_message(standin.url, "talk to a person"))
        (create,) = standin.of("create")
    finally:
        await first.close()
    root = create.response["activityId"]

    second = await open_world(standin, database)  # a new process: nothing in memory, only the database
    try:
        before = len(standin.calls)
        await second.say(
            p.channel_message(standin.url, "Hello from the other instance", p.SAM, p.AGENTS, root=root, mention=False)
        )
        await wait_for(
            lambda: any(c.conversation == p.PERSONAL_ADA for c in standin.calls[before:]), what="the proactive send"
        )
        sent = [
            c
            for c in standin.calls[before:]
            if c.conversation == p.PERSONAL_ADA and c.text.endswith("Hello from the other instance")
        ]
        assert sent and sent[0].activity["serviceUrl"] == standin.url
    finally:
        await second.close()


async def test_the_bot_being_added_to_a_team_is_acknowledged_quietly(world, standin, caplog):
    caplog.set_level("INFO", logger="adapters.teams")
    assert await world.say(p.bot_added_to_team(standin.url)) == 200
    assert standin.calls == []
    assert f"TANDEM_AGENT_CHANNEL=teams:{p.TEAM}" in caplog.text


async def test_in_the_agents_channel_only_handoff_threads_are_relayed(world, standin):
    chatter = p.channel_message(standin.url, "coffee anyone?", p.SAM, p.AGENTS, mention=False)
    assert await world.say(chatter) == 200
    assert standin.calls == []  # read through RSC, not a handoff thread: ignored, nothing stored

    asked = p.channel_message(standin.url, "please tell the customer hi", p.SAM, p.AGENTS, mention=True)
    assert await world.say(asked) == 200
    (hint,) = standin.calls
    assert hint.kind == "reply" and hint.conversation == f"{p.AGENTS};messageid={asked['id']}"
    assert "reply in a card's thread" in hint.text


async def test_a_customer_nobody_picked_up_hears_they_are_still_in_line_and_the_card_thread_gets_a_nudge(
    standin, tmp_path
):
    world = await open_world(standin, f"sqlite:///{tmp_path}/tandem.db", TANDEM_WAIT_NOTICE_MINUTES="0.001")
    try:
        ada = p.PERSONAL_ADA
        await world.say(p.personal_message(standin.url, "I want to talk to a person please"))
        await wait_for(lambda: any("still in line" in t for t in standin.texts(ada)), what="the still-in-line message")
        (create,) = standin.of("create")
        thread = THREAD_OF.format(channel=p.AGENTS, root=create.response["activityId"])
        await wait_for(lambda: any("Still waiting for someone" in t for t in standin.texts(thread)), what="the nudge")
    finally:
        await world.close()
