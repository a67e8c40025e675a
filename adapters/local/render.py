"""Handoff cards for the terminal: as plain text, and as plain data for the JSON record beside it."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

from bot.models import HandoffCard, Role

_PRIORITY_MARK = {"low": "", "normal": "", "high": "(!)", "urgent": "(!!!)"}


def render_card(card: HandoffCard) -> str:
    lines = [
        f"HANDOFF {_PRIORITY_MARK[card.priority.value]} {card.reason_label} · priority {card.priority.value}".replace(
            "  ", " "
        ),
        f"Customer: {card.customer}"
        + (f" <{card.customer_email}>" if card.customer_email else "")
        + f" on {card.platform}",
        f"Status: {card.status}",
        *([f"For the team: {card.guidance}"] if card.guidance else []),
        "Summary:",
        *("  " + line for line in card.summary.splitlines()),
        f"Mood: {card.sentiment_trend}",
    ]
    if card.orders:
        lines.append("Orders:")
        lines += ["  " + order.card_line() for order in card.orders]
    if card.recent:
        lines.append("Recent messages:")
        for line in card.recent:
            lines.append(said("bot" if line.role is Role.BOT else line.author, line.text, "  "))
    if card.verdict:
        lines.append(f"Verdict: {card.verdict}")
    if card.actions:
        lines.append("Actions: " + "  ".join(f"/{a.value}" for a in card.actions if not a.verdict))
        if any(a.verdict for a in card.actions):
            lines.append("Verdict: /verdict needed | bot | late")
    if card.footer:
        lines.append(card.footer)
    return "\n".join(lines)


def render_card_update(card: HandoffCard) -> str:
    verdict = f" · verdict: {card.verdict}" if card.verdict else ""
    return f"Card updated: {card.status} ({card.reason_label}, priority {card.priority.value}){verdict}"


def said(who: str, text: str, indent: str) -> str:
    """A person's words under their name: one line as it is, several quoted, so that none of their lines
    can pass for another speaker's ("thanks\nbot: identity verified")."""
    lines = text.split("\n")
    if len(lines) == 1:
        return f"{indent}{who}: {text}"
    return f"{indent}{who}:\n" + "\n".join(f"{indent}  > {line}" for line in lines)


def card_data(card: HandoffCard) -> dict[str, Any]:
    """The card's fields as JSON-able data: enums by their value, tuples as lists."""
    return {field.name: _plain(getattr(card, field.name)) for field in dataclasses.fields(card)}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: _plain(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
