"""The handoff card as an Adaptive Card 1.5."""

from __future__ import annotations

from dataclasses import replace

from adapters.teams.render import card_attachment, render_card
from bot.models import ActionKind, CardLine, Order, Priority, Role, State
from tests.factories import handoff_for


def sample_card(**changes):
    card = handoff_for("c_123", "h9").card
    card = replace(
        card,
        recent=(CardLine(Role.CUSTOMER, "Ada", "[click me](https://evil.example) **now**"),
                CardLine(Role.BOT, "Bot", "Here to help")),
        orders=(Order("1001", "ada@example.com", "in_transit", carrier="UPS", tracking_number="1Z999", eta="2026-11-25",
                      items=("blue scarf",)),),
        footer="Conversation c_123 · customer on slack",
    )
    return replace(card, **changes)


def texts(node) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if isinstance(node.get("text"), str) else []
        return own + [t for v in node.values() for t in texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in texts(v)]
    return []


def test_the_card_is_an_adaptive_card_1_5_with_claim_resolve_and_return():
    attachment = card_attachment(sample_card())
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    assert [(a["type"], a["title"]) for a in card["actions"]] == [
        ("Action.Submit", "Claim"),
        ("Action.Submit", "Resolve"),
        ("Action.Submit", "Return to bot"),
    ]
    assert card["actions"][0]["data"] == {"tandem_action": "claim", "conversation_id": "c_123", "handoff_id": "h9"}


def test_the_card_shows_reason_priority_customer_summary_messages_and_orders():
    shown = "\n".join(texts(render_card(sample_card(priority=Priority.HIGH)).get("body")))
    for expected in (
        "Asked for a person",
        "High",
        "Ada <ada@example.com> on Slack",
        "Wants help.",
        "Here to help",
        "#1001 · in transit · UPS · tracking 1Z999 · ETA 2026-11-25 · blue scarf",
    ):
        assert expected in shown


def test_what_customers_wrote_cannot_format_the_card():
    card = render_card(sample_card())
    blocks = [b for b in _walk(card["body"]) if "[click me]" in str(b.get("text", ""))]
    assert blocks and all(b["type"] == "TextRun" for b in blocks)  # TextRuns are never read as markdown


def test_a_closed_card_has_no_buttons_and_an_urgent_one_stands_out():
    assert "actions" not in render_card(sample_card(closed=True, state=State.BOT, actions=()))
    assert render_card(sample_card(priority=Priority.URGENT))["body"][0]["style"] == "attention"
    claimed = render_card(
        sample_card(state=State.WITH_AGENT, agent="Sam", actions=(ActionKind.RESOLVE, ActionKind.RETURN))
    )
    assert [a["title"] for a in claimed["actions"]] == ["Resolve", "Return to bot"]
    assert "Sam" in texts(claimed["body"])


def _walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_guidance_for_the_team_is_shown_near_the_top_only_when_there_is_some():
    advice = "The customer was given crisis lines. Please reply personally and soon."
    body = render_card(sample_card(guidance=advice))["body"]
    assert advice in texts(body[:3])
    assert not any("crisis" in t for t in texts(render_card(sample_card())["body"]))
