"""The handoff card in Block Kit, and its buttons read back.

Slack's limits: at most 50 blocks per message, 3,000 characters per section text, 2,000 per field,
150 per header, 2,000 per button value. The card has a fixed shape well under the block limit and cuts
every text to its limit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.models import ActionKind, HandoffCard, Order, Role
from bot.platform import Choice

from .mrkdwn import SECTION_CHARS, escape, truncate
from .quoting import lines_block, literal, text_block

MAX_BLOCKS = 50
FIELD_CHARS = 2_000
HEADER_CHARS = 150
FALLBACK_CHARS = 3_000

ACTION_PREFIX = "tandem_"
ACTION_ID = re.compile(r"^tandem_(claim|resolve|return|verdict_needed|verdict_bot|verdict_late)$")
CHOICE_ID = re.compile(r"^tandem_choice_\d+$")  # a button under a message to a customer (the rating)

_BUTTON = {
    ActionKind.CLAIM: ("Claim", "primary"),
    ActionKind.RESOLVE: ("Resolve", None),
    ActionKind.RETURN: ("Return to bot", None),
    ActionKind.VERDICT_NEEDED: ("A person was needed", None),
    ActionKind.VERDICT_BOT: ("The bot could have answered", None),
    ActionKind.VERDICT_LATE: ("Should have come to us sooner", None),
}
_PRIORITY_MARK = {"urgent": ":rotating_light: ", "high": ":warning: "}
_SAFE_URL = re.compile(r"^https?://[^\s<>|]+$")


@dataclass(frozen=True)
class CardAction:
    """A button press on a card, as the core needs it."""

    kind: ActionKind
    conversation_id: str
    handoff_id: str


def card_message(card: HandoffCard) -> dict[str, Any]:
    """``text`` (notifications, screen readers) and ``blocks`` for chat.postMessage / chat.update."""
    return {"text": fallback_text(card), "blocks": card_blocks(card)}


def fallback_text(card: HandoffCard) -> str:
    text = f"Handoff ({card.priority.value} priority): {card.reason_label} — {card.customer}. {card.status}"
    return literal(truncate(text, FALLBACK_CHARS))


def card_blocks(card: HandoffCard) -> list[dict[str, Any]]:
    mark = _PRIORITY_MARK.get(card.priority.value, "")
    customer = card.customer + (f" <{card.customer_email}>" if card.customer_email else "")
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": truncate(f"{mark}Handoff: {card.reason_label}", HEADER_CHARS),
                     "emoji": True},
        },
        {
            "type": "section",
            "fields": [
                _field("Priority", card.priority.value),
                _field("Status", card.status),
                _field("Customer", f"{customer} (on {card.platform})"),
                _field("Mood", card.sentiment_trend),
            ],
        },
        text_block("Summary", truncate(card.summary, SECTION_CHARS)),
    ]
    if card.guidance:
        blocks.insert(
            1,
            {
                "type": "section",
                "text": _mrkdwn("*For the team:* " + escape(truncate(card.guidance, SECTION_CHARS - 20))),
            },
        )
    if card.orders:
        blocks.append(_lines_section("Orders", [_order_line(o) for o in card.orders]))
    if card.recent:
        lines = [(_speaker(line.role, line.author), line.text) for line in card.recent]
        blocks.append(lines_block("Recent messages (redacted)", lines, room=SECTION_CHARS))
    if card.verdict:
        blocks.append(_section("Verdict", card.verdict))
    buttons = [_button(card, kind) for kind in card.actions if not kind.verdict]
    if buttons:
        blocks.append({"type": "actions", "block_id": "tandem_actions", "elements": buttons})
    verdicts = [_button(card, kind) for kind in card.actions if kind.verdict]
    if verdicts:
        blocks.append({"type": "context", "elements": [_mrkdwn("*Should this have come to us?*")]})
        blocks.append({"type": "actions", "block_id": "tandem_verdict", "elements": verdicts})
    footer = card.footer or f"Conversation {card.conversation_id}"
    blocks.append({"type": "context", "elements": [_mrkdwn(escape(truncate(footer, FIELD_CHARS)))]})
    assert len(blocks) <= MAX_BLOCKS
    return blocks


def choice_blocks(text: str, choices: Sequence[Choice]) -> list[dict[str, Any]]:
    """A message to a customer with a row of buttons under it."""
    buttons = [
        {"type": "button", "action_id": f"tandem_choice_{n}", "text": {"type": "plain_text", "text": c.label},
         "value": c.value}
        for n, c in enumerate(choices)
    ]
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": escape(truncate(text, SECTION_CHARS))}},
        {"type": "actions", "elements": buttons},
    ]


def read_action(action_id: str, value: str | None) -> CardAction | None:
    """The press of one of our buttons; None for anything else (or a value we did not write)."""
    match = ACTION_ID.match(action_id or "")
    if not match or not value:
        return None
    try:
        data = json.loads(value)
        return CardAction(ActionKind(match.group(1)), str(data["conversation_id"]), str(data["handoff_id"]))
    except (ValueError, KeyError, TypeError):
        return None


def _button(card: HandoffCard, kind: ActionKind) -> dict[str, Any]:
    label, style = _BUTTON[kind]
    button: dict[str, Any] = {
        "type": "button",
        "action_id": f"{ACTION_PREFIX}{kind.value}",
        "text": {"type": "plain_text", "text": label},
        "value": json.dumps({"conversation_id": card.conversation_id, "handoff_id": card.handoff_id}),
    }
    if style:
        button["style"] = style
    return button


def _mrkdwn(text: str) -> dict[str, Any]:
    """A mrkdwn text object Slack takes as written: no automatic links, channel names or mentions."""
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _field(title: str, text: str) -> dict[str, Any]:
    head = f"*{title}*\n"
    return _mrkdwn(head + literal(truncate(text, (FIELD_CHARS - len(head)) // 5)))  # escaped, a character is at most 5


def _section(title: str, body: str) -> dict[str, Any]:
    head = f"*{title}*\n"
    return {"type": "section", "text": _mrkdwn(head + escape(truncate(body, SECTION_CHARS - len(head))))}


def _lines_section(title: str, lines: list[str]) -> dict[str, Any]:
    """A section of already-formatted lines: whole lines only, as many as fit."""
    head = f"*{title}*\n"
    room = SECTION_CHARS - len(head) - 2
    kept: list[str] = []
    for line in lines:
        if sum(len(k) + 1 for k in kept) + len(line) > room:
            kept.append("…")
            break
        kept.append(line)
    return {"type": "section", "text": _mrkdwn(head + "\n".join(kept))}


def _speaker(role: Role, author: str) -> str:
    if role is Role.BOT:
        return "Bot"
    return author or "Customer"


def _order_line(order: Order) -> str:
    line = escape(order.card_line())
    if order.tracking_url and _SAFE_URL.match(order.tracking_url):
        line += f" · <{order.tracking_url}|track>"
    return line
