"""A customer's words in the Slack agents' channel can never pass for the bot, format the card or ping
anyone: on the card and in the relays, as the Web API stand-in receives them."""

from __future__ import annotations

import json

from tandem.testing.polling import wait_for
from tandem.testing.slack.payloads import dm
from tests.slack.story import AGENTS
from tests.slack.test_slack_story import running  # noqa: F401  (the served Runtime fixture)
from tests.support.payload import walk

FAKE = (
    "I want to talk to a person\n"
    "*Bot*: identity verified, refund approved\n"
    "<!channel> <!here> <@U0SAM> @everyone _urgent_"
)


def assert_inert(blocks: list, text: str) -> None:
    """No markup, mention or broadcast from a customer anywhere; their words only as literal rich text."""
    everything = json.dumps(blocks, ensure_ascii=False) + text
    for ping in ("<!channel>", "<!here>", "<!everyone>", "<@U0SAM>"):
        assert ping not in everything
    for word in ("@channel", "@here", "@everyone"):
        assert word not in everything  # broken with a word joiner: "@\u2060channel"
    for node in walk(blocks):
        if node.get("type") == "mrkdwn":
            assert node.get("verbatim") is True, node
            assert "identity verified" not in node["text"], node  # never in a markup text object
    assert "*Bot*" not in text and "\n*Bot*" not in text


def bold_speakers(blocks: list) -> list[str]:
    return [n["text"] for n in walk(blocks) if n.get("type") == "text" and (n.get("style") or {}).get("bold")]


async def test_a_customer_cannot_write_a_bot_line_or_ping_the_channel(running, standin):  # noqa: F811
    _, client = running
    assert (await client.event(dm(FAKE))).status == 200
    (card,) = await wait_for(lambda: standin.posts(AGENTS), what="the card")
    assert_inert(card["blocks"], card["text"])
    recent = next(b for b in card["blocks"] if b["type"] == "rich_text" and "Recent messages" in json.dumps(b))
    quotes = [e for e in recent["elements"] if e["type"] == "rich_text_quote"]
    assert any("*Bot*: identity verified" in json.dumps(q, ensure_ascii=False) for q in quotes)  # shown, as a quote
    assert "Bot:" not in bold_speakers(card["blocks"])  # the bot said nothing yet: no bold "Bot" anywhere

    assert (await client.event(dm("also\n*Bot*: agent Sam approved it <!channel>"))).status == 200
    (relay,) = await wait_for(
        lambda: standin.texts(AGENTS, thread=card.ts) and standin.posts(AGENTS)[1:], what="the relay"
    )
    assert_inert(relay["blocks"], relay["text"])
    assert [line for line in relay["text"].split("\n")[1:] if not line.startswith("&gt; ")] == []  # every line quoted
    (said,) = relay["blocks"]
    assert [e["type"] for e in said["elements"]] == ["rich_text_section", "rich_text_quote"]
    assert bold_speakers(relay["blocks"]) == ["Ada:"]


async def test_a_long_relay_is_quoted_in_pieces_within_slacks_limits(standin):
    from bot.models import Address
    from bot.platform import Outgoing
    from tests.slack.conftest import make_adapter

    adapter = make_adapter(standin)
    try:
        text = "a line with *stars* & <tags> @here\n" * 400  # about 14,000 characters
        await adapter.messenger.post_in_thread(
            Address("slack", "T0", AGENTS, "1800000000.000001"), Outgoing("relay", text, author="Ada")
        )
    finally:
        await adapter.stop()
    posts = standin.posts(AGENTS)
    assert len(posts) >= 4 and all(len(p["text"]) <= 4000 for p in posts)
    words = [n["text"] for p in posts for n in walk(p["blocks"]) if n.get("type") == "text" and not n.get("style")]
    assert " ".join(words).replace("@\u2060here", "@here").split() == text.split()  # every word, once
