"""What a Teams customer sees: line breaks kept (Teams markdown drops a single one, which ran an order list
into one paragraph), nobody's characters read as formatting, links clickable; and no typing indicator
while the customer waits for a person or talks to one (the bot is not about to answer)."""

from __future__ import annotations

import json

from adapters.teams.render import render_card
from adapters.teams.text import as_html, with_author
from tandem.testing.teams import payloads as p
from tests.teams.test_cards import sample_card


async def test_an_order_list_keeps_its_lines(world, standin):
    await world.say(p.personal_message(standin.url, "where is my order?"))
    (answer,) = standin.messages(p.PERSONAL_ADA)
    assert answer.activity["textFormat"] == "xml"
    lines = answer.text.split("<br>")
    assert lines[0] == "Here are your most recent orders:"
    assert [line.split(":")[0] for line in lines[1:4]] == ["• #1009", "• #1001", "• #1004"]
    assert "\n" not in answer.text


async def test_no_typing_indicator_while_the_customer_waits_for_a_person_or_talks_to_one(world, standin):
    def typing_after(start: int) -> list:
        return [c for c in standin.calls[start:] if (c.activity or {}).get("type") == "typing"]

    start = len(standin.calls)
    await world.say(p.personal_message(standin.url, "hello"))
    assert typing_after(start), "the bot is about to answer: it types"
    await world.say(p.personal_message(standin.url, "I want to talk to a person please"))

    start = len(standin.calls)
    await world.say(p.personal_message(standin.url, "are you still there?"))  # waiting for a person
    assert not typing_after(start)
    assert any(
        "are you still there?" in t
        for t in standin.texts(f"{p.AGENTS};messageid={standin.of('create')[0].response['activityId']}")
    )

    card = standin.of("create")[0]
    await world.say(
        p.card_submit(standin.url, card.card["actions"][0]["data"], p.SAM, p.AGENTS, card.response["activityId"])
    )
    start = len(standin.calls)
    await world.say(p.personal_message(standin.url, "thanks Sam"))  # talking to a person
    assert not typing_after(start)


def test_plain_text_becomes_safe_teams_html_with_links():
    text = "Order #12 is 2 × *Fish & chips* <large>_now_\nFollow it here: https://track.example.com/a?b=1&c=2."
    shown = as_html(text)
    assert shown == (
        "Order #12 is 2 × *Fish &amp; chips* &lt;large&gt;_now_<br>Follow it here: "
        '<a href="https://track.example.com/a?b=1&amp;c=2">https://track.example.com/a?b=1&amp;c=2</a>.'
    )
    assert with_author("Sam <script>", "hi") == "<b>Sam &lt;script&gt;</b> (support): hi"
    assert "<a " not in as_html("see https://x.example", links=False)


def test_the_cards_text_keeps_its_line_breaks_on_every_teams_client():
    card = render_card(
        sample_card(
            summary="Wants: a refund\nTried: the bot replied once\nOrders: #1001", guidance="Be kind.\nCall back."
        )
    )
    runs = _runs(card)
    assert not [r for r in runs if "\n" in r["text"]], "a line break inside a TextRun is not kept by every client"
    assert [r["text"] for r in runs if r["text"].startswith(("Wants", "Tried", "Orders:"))] == [
        "Wants: a refund", "Tried: the bot replied once", "Orders: #1001"
    ]
    guidance = [b for b in card["body"] if b.get("type") == "TextBlock" and "Be kind" in b.get("text", "")]
    assert guidance[0]["text"] == "Be kind.\n\nCall back."  # a paragraph break: markdown drops a single one


def _runs(card: dict) -> list[dict]:
    found: list[dict] = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "TextRun":
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    json.dumps(card)  # and it is still plain JSON
    return found
