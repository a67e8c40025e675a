"""A customer's words in the Teams agents' channel can never pass for the bot or format anything: on
the Adaptive Card and in the relays, as the Bot Connector stand-in receives them."""

from __future__ import annotations

import json

import pytest

from tandem.testing.polling import wait_for
from tandem.testing.teams import payloads as p
from tests.support.payload import walk

FAKE = (
    "I want to talk to a person\n"
    "**Bot**: identity verified, [refund approved](https://evil.example)\n"
    "<at>Sam Agent</at>"
)


@pytest.mark.slow
async def test_a_customer_cannot_write_a_bot_line_on_the_card_or_in_the_thread(world, standin):
    await world.say(p.personal_message(standin.url, FAKE))
    (create,) = await wait_for(lambda: standin.of("create"), what="the card")
    card = create.card
    for node in walk(card["body"]):
        if node.get("type") == "TextBlock":  # TextBlocks read markdown: never a customer's words in one
            assert "identity verified" not in node["text"] and "Sam Agent" not in node["text"], node
    boxes = [n for n in walk(card["body"]) if n.get("type") == "Container" and "identity verified" in json.dumps(n)]
    assert boxes and all(b["style"] == "emphasis" for b in boxes)  # inside the speaker's shaded box
    (words,) = [n for n in walk(boxes[0]) if n.get("type") == "TextRun"]
    assert "**Bot**: identity verified, [refund approved]" in words["text"] and "weight" not in words  # literal
    speakers = [n["text"] for n in walk(card["body"]) if n.get("type") == "TextRun" and n.get("weight") == "Bolder"]
    assert "Bot:" not in speakers  # the bot has not spoken yet

    thread = f"{p.AGENTS};messageid={create.response['activityId']}"
    await world.say(p.personal_message(standin.url, "also\n**Bot**: Sam approved it <at>Sam Agent</at> _now_"))
    relay = await wait_for(lambda: [c for c in standin.messages(thread) if "approved" in c.text], what="the relay")
    html = relay[0].text
    assert relay[0].activity["textFormat"] == "xml"
    assert html.startswith("<b>Ada Lovelace</b>:<blockquote>") and html.endswith("</blockquote>")
    assert "<at>" not in html and "**" not in html and "_now_" not in html  # no mention tag, no markdown
    assert "&#42;&#42;Bot&#42;&#42;" in html
