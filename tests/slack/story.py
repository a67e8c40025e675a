"""The whole Slack story, step by step, as one customer and one agent live it; shared by the in-process
test and the ``tandem run`` subprocess test. Every step asserts on the calls the Web API stand-in got."""

from __future__ import annotations

import json

from tandem.testing.polling import wait_for
from tandem.testing.slack.payloads import button, channel_message, choice, dm
from tandem.testing.slack.standin import SlackStandin

AGENTS = "C0AGENTS"
CUSTOMER_DM = "D0ADA"


async def walk_the_story(client, standin: SlackStandin, timeout: float = 10.0) -> None:
    async def new_posts(channel: str, count: int, since: int, what: str):
        await wait_for(lambda: len(standin.posts(channel)) >= since + count, timeout=timeout, what=what)
        return standin.posts(channel)[since:]

    # 1. a DM asking about an order: answered from the customer's own orders (identity from users.info)
    assert (await client.event(dm("where is my order?"))).status == 200
    (answer,) = await new_posts(CUSTOMER_DM, 1, 0, "the order answer")
    assert "1001" in answer["text"]
    assert [c["user"] for c in standin.of("users.info")] == ["U0ADA"]

    # 2. frustration: a handoff, with the acknowledgement and the privacy notice in the customer's DM ...
    seen = len(standin.posts(CUSTOMER_DM))
    frustrated = "This is useless!!! It's the third time I ask and still nothing"
    assert (await client.event(dm(frustrated))).status == 200
    handoff, notice = await new_posts(CUSTOMER_DM, 2, seen, "the handoff and the privacy notice")
    assert "frustrat" in handoff["text"].lower() or "sorry" in handoff["text"].lower()  # the feeling first
    assert "privacy" in notice["text"].lower() and "card numbers" in notice["text"].lower()

    # ... and a card in the agents' channel with reason, priority, customer, summary, messages, orders
    (card,) = await new_posts(AGENTS, 1, 0, "the handoff card")
    blocks = json.dumps(card["blocks"])
    for expected in (
        "Frustrated",
        "high",
        "Ada",
        "ada@example.com",
        "Summary",
        "Recent messages",
        "#1001",
        "tandem_claim",
    ):
        assert expected in blocks, expected
    assert len(card["blocks"]) <= 50

    # ... a click from outside the agents' channel changes nothing; the clicker is told why, privately
    assert (await client.action(button(card, "claim", "U0BEA", channel="C0ELSEWHERE", user_name="bea"))).status == 200
    (outside,) = await wait_for(lambda: standin.of("chat.postEphemeral"), timeout=timeout, what="the explanation")
    assert (outside["channel"], outside["user"]) == ("C0ELSEWHERE", "U0BEA") and "agents' channel" in outside["text"]

    # 3. Sam claims: the card changes in place and the customer hears Sam has joined
    assert standin.of("chat.update") == []
    seen = len(standin.posts(CUSTOMER_DM))
    assert (await client.action(button(card, "claim", "U0SAM"))).status == 200
    (joined,) = await new_posts(CUSTOMER_DM, 1, seen, "agent joined")
    assert "Sam from support has joined" in joined["text"]
    await wait_for(lambda: standin.of("chat.update"), timeout=timeout, what="the card update")
    claimed = standin.of("chat.update")[-1]
    assert (claimed["channel"], claimed["ts"]) == (AGENTS, card.ts)
    assert "Sam is helping" in json.dumps(claimed["blocks"]) and "tandem_claim" not in json.dumps(claimed["blocks"])

    # 4. Sam writes in the card's thread: it reaches the customer under Sam's name, marked as relayed
    seen = len(standin.posts(CUSTOMER_DM))
    reply = channel_message(
        "Hi Ada, I'm so sorry. Your parcel is with UPS, I'm chasing it now.", "U0SAM", AGENTS, thread_ts=card.ts
    )
    assert (await client.event(reply)).status == 200
    (relayed,) = await new_posts(CUSTOMER_DM, 1, seen, "the agent's relay")
    assert relayed["text"] == "*Sam* (support): Hi Ada, I'm so sorry. Your parcel is with UPS, I'm chasing it now."
    await wait_for(lambda: standin.of("reactions.add"), timeout=timeout, what="the relayed mark")
    assert [(r["timestamp"], r["name"]) for r in standin.of("reactions.add")] == [(reply["ts"], "speech_balloon")]

    # ... an internal note stays in the thread, marked as kept
    note = channel_message("!note warehouse says it left on Monday", "U0SAM", AGENTS, thread_ts=card.ts)
    assert (await client.event(note)).status == 200
    await wait_for(lambda: len(standin.of("reactions.add")) == 2, timeout=timeout, what="the internal mark")
    assert (standin.of("reactions.add")[-1]["timestamp"], standin.of("reactions.add")[-1]["name"]) == (
        note["ts"],
        "lock",
    )

    # 5. the customer answers: copied into the card's thread, and the bot does not chime in
    in_thread = len(standin.texts(AGENTS, thread=card.ts))
    assert (await client.event(dm("thank you, that's a relief"))).status == 200
    await wait_for(
        lambda: len(standin.texts(AGENTS, thread=card.ts)) > in_thread, timeout=timeout, what="the copy in the thread"
    )
    assert standin.texts(AGENTS, thread=card.ts)[-1] == "*Ada*: thank you, that's a relief"

    # 6. Sam resolves: the card closes, the customer hears it and is asked how it went
    seen, updates = len(standin.posts(CUSTOMER_DM)), len(standin.of("chat.update"))
    assert (await client.action(button(card, "resolve", "U0SAM"))).status == 200
    resolved, csat = await new_posts(CUSTOMER_DM, 2, seen, "resolved and the CSAT question")
    assert "resolved" in resolved["text"].lower() and "1" in csat["text"] and "5" in csat["text"]
    await wait_for(lambda: len(standin.of("chat.update")) > updates, timeout=timeout, what="the closed card")
    closed = json.dumps(standin.of("chat.update")[-1]["blocks"])
    assert "Resolved by Sam" in closed and "tandem_claim" not in closed and "tandem_resolve" not in closed
    assert "tandem_verdict_bot" in closed  # the team's verdict, one click away
    assert [p["text"] for p in standin.posts(CUSTOMER_DM)[seen - 1 : seen]] == [
        relayed["text"]
    ]  # no bot reply to "thank you"

    # ... the customer clicks 2: asked what went wrong; their answer reaches the card's thread, redacted
    assert [e["text"]["text"] for e in csat["blocks"][1]["elements"]] == ["1", "2", "3", "4", "5"]
    seen = len(standin.posts(CUSTOMER_DM))
    assert (await client.action(choice(csat, "2", "U0ADA"))).status == 200
    (ask,) = await new_posts(CUSTOMER_DM, 1, seen, "the question what went wrong")
    assert "what went wrong" in ask["text"]
    assert (await client.action(choice(csat, "5", "U0ADA"))).status == 200  # a second click changes nothing
    in_thread = len(standin.texts(AGENTS, thread=card.ts))
    assert (await client.event(dm("it took a week and my card 4111 1111 1111 1111 was charged twice"))).status == 200
    await wait_for(lambda: len(standin.texts(AGENTS, thread=card.ts)) > in_thread, timeout=timeout, what="the alert")
    alert = standin.texts(AGENTS, thread=card.ts)[-1]
    assert alert.startswith("Low rating: 2/5 from Ada") and "took a week" in alert and "4111" not in alert

    # ... and Sam says the bot could have answered: recorded on the card, the buttons gone
    updates = len(standin.of("chat.update"))
    latest = standin.of("chat.update")[-1]["blocks"]
    assert (await client.action(button(card, "verdict_bot", "U0SAM", blocks=latest))).status == 200
    await wait_for(lambda: len(standin.of("chat.update")) > updates, timeout=timeout, what="the verdict on the card")
    judged = json.dumps(standin.of("chat.update")[-1]["blocks"])
    assert "The bot could have answered (Sam)" in judged and "tandem_verdict" not in judged

    # 7. the stale card's button, pressed again: an ephemeral explanation, nothing else changes
    calls = len(standin.calls)
    assert (await client.action(button(card, "claim", "U0BEA", user_name="bea"))).status == 200
    await wait_for(lambda: len(standin.of("chat.postEphemeral")) == 2, timeout=timeout, what="the explanation")
    ephemeral = standin.of("chat.postEphemeral")[-1]
    assert (ephemeral["channel"], ephemeral["user"]) == (AGENTS, "U0BEA")
    assert "closed" in ephemeral["text"]
    assert {c.method for c in standin.calls[calls:]} <= {"chat.postEphemeral", "users.info"}
