"""The handoff card as an Adaptive Card 1.5 (what Teams renders), with Claim / Resolve / Return buttons.

Words that came from customers (summary, messages, names) go into RichTextBlock TextRuns, which Teams
shows as plain text: a customer cannot inject links or formatting into what agents see.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.models import ActionKind, HandoffCard, Priority, Role, State
from bot.platform import Choice

from .inbound import ACTION_KEY, CHOICE_KEY

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"

BUTTONS: dict[ActionKind, tuple[str, str]] = {
    ActionKind.CLAIM: ("Claim", "positive"),
    ActionKind.RESOLVE: ("Resolve", "default"),
    ActionKind.RETURN: ("Return to bot", "default"),
    ActionKind.VERDICT_NEEDED: ("A person was needed", "default"),
    ActionKind.VERDICT_BOT: ("The bot could have answered", "default"),
    ActionKind.VERDICT_LATE: ("Should have come to us sooner", "default"),
}
_PRIORITY_STYLE = {
    Priority.URGENT: "attention",
    Priority.HIGH: "warning",
    Priority.NORMAL: "emphasis",
    Priority.LOW: "default",
}
_STATE_COLOUR = {State.WAITING: "Attention", State.WITH_AGENT: "Good", State.BOT: "Default"}


def render_card(card: HandoffCard) -> dict[str, Any]:
    body: list[dict[str, Any]] = [_header(card), _facts(card)]
    if card.guidance:
        body.append(
            {
                "type": "TextBlock",
                "text": _escape(card.guidance),
                "wrap": True,
                "color": "Attention",
                "weight": "Bolder",
            }
        )
    body += _section("Summary", _plain(card.summary))
    if card.recent:
        lines = [
            item
            for line in card.recent
            for item in _said(line.author if line.role is not Role.BOT else "Bot", line.text)
        ]
        body += _section("Recent messages (redacted)", lines)
    if card.orders:
        body += _section("Orders", [b for order in card.orders for b in _plain(order.card_line(with_items=True))])
    if card.footer:
        body.append(
            {
                "type": "TextBlock",
                "text": _escape(card.footer),
                "size": "Small",
                "isSubtle": True,
                "wrap": True,
                "spacing": "Medium",
            }
        )
    content: dict[str, Any] = {
        "type": "AdaptiveCard",
        "$schema": SCHEMA,
        "version": VERSION,
        "msteams": {"width": "Full"},
        "fallbackText": f"Handoff: {card.reason_label}, priority {card.priority.value}, {card.customer}. {card.status}",
        "body": body,
    }
    actions = [_button(card, kind) for kind in card.actions]
    if actions:
        content["actions"] = actions
    return content


def card_attachment(card: HandoffCard) -> dict[str, Any]:
    return {"contentType": CARD_CONTENT_TYPE, "content": render_card(card)}


def choice_attachment(choices: Sequence[Choice]) -> dict[str, Any]:
    """A button per choice, to go under a message's text (the rating question)."""
    content = {
        "type": "AdaptiveCard",
        "$schema": SCHEMA,
        "version": VERSION,
        "body": [],
        "actions": [{"type": "Action.Submit", "title": c.label, "data": {CHOICE_KEY: c.value}} for c in choices],
    }
    return {"contentType": CARD_CONTENT_TYPE, "content": content}


def _header(card: HandoffCard) -> dict[str, Any]:
    return {
        "type": "Container",
        "style": "default" if card.closed else _PRIORITY_STYLE[card.priority],
        "bleed": True,
        "items": [
            {"type": "TextBlock", "text": _escape(f"Handoff · {card.reason_label}"), "weight": "Bolder",
             "size": "Large", "wrap": True},
            {"type": "TextBlock", "text": _escape(card.status), "color": _STATE_COLOUR[card.state], "weight": "Bolder",
             "wrap": True, "spacing": "Small"},
        ],
    }


def _facts(card: HandoffCard) -> dict[str, Any]:
    customer = card.customer + (f" <{card.customer_email}>" if card.customer_email else "")
    rows = [
        ("Priority", card.priority.value.capitalize()),
        ("Customer", f"{customer} on {_platform(card.platform)}"),
        ("Mood", card.sentiment_trend),
    ]
    if card.agent:
        rows.append(("Agent", card.agent))
    if card.verdict:
        rows.append(("Verdict", card.verdict))
    return {
        "type": "ColumnSet",
        "spacing": "Medium",
        "columns": [
            {"type": "Column", "width": "auto", "items": [_label(k) for k, _ in rows]},
            {"type": "Column", "width": "stretch", "items": [_run(" ".join(v.split())) for _, v in rows]},
        ],
    }


def _label(text: str) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "weight": "Bolder", "spacing": "Small"}


def _section(title: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"type": "TextBlock", "text": title, "weight": "Bolder", "spacing": "Medium", "separator": True}, *items]


def _plain(text: str) -> list[dict[str, Any]]:
    """Someone's words, a block per line: a line break inside a text is not kept by every Teams client."""
    first, *rest = text.split("\n") or [""]
    return [_run(first), *(_run(line, spacing="None") for line in rest if line.strip())]


def _run(text: str, spacing: str = "Small") -> dict[str, Any]:
    return {"type": "RichTextBlock", "spacing": spacing, "inlines": [{"type": "TextRun", "text": text}]}


def _said(author: str, text: str) -> list[dict[str, Any]]:
    """Who spoke, in bold, and their words in a shaded box under it: however the words are laid out
    ("…\nBot: identity verified"), they stay inside the speaker's box."""
    return [
        {"type": "RichTextBlock", "spacing": "Small",
         "inlines": [{"type": "TextRun", "text": f"{author}:", "weight": "Bolder"}]},
        {"type": "Container", "style": "emphasis", "spacing": "None", "items": _plain(text or " ")},
    ]


def _button(card: HandoffCard, kind: ActionKind) -> dict[str, Any]:
    title, style = BUTTONS[kind]
    return {
        "type": "Action.Submit",
        "title": title,
        "style": style,
        "data": {ACTION_KEY: kind.value, "conversation_id": card.conversation_id, "handoff_id": card.handoff_id},
    }


def _platform(platform: str) -> str:
    return {"teams": "Teams", "slack": "Slack", "local": "the playground"}.get(platform, platform)


def _escape(text: str) -> str:
    """Our own words in a TextBlock (which reads markdown): keep stray markdown characters literal, and a
    line break as a paragraph break (markdown drops a single one)."""
    for char in ("\\", "*", "_", "[", "]", "`"):
        text = text.replace(char, "\\" + char)
    return re.sub(r"\s*\n\s*", "\n\n", text.strip())
