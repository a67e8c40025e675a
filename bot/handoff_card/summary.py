"""The extractive handoff summary agents see on the card (the mood line comes from ``mood.card_mood``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Order, Role, TranscriptEntry, TriageResult
from ..text import normalise_for_matching, shorten

_QUESTION_WORDS = re.compile(r"\b(where|when|why|how|what|can|could|would|is|are|do|does|did|need|want|help)\b", re.I)
_SMALL_TALK = {"hi", "hello", "hey", "thanks", "thank you", "ok", "okay", "yes", "no", "good morning"}


def extractive_summary(
    transcript: Sequence[TranscriptEntry],
    triage: TriageResult,
    orders: Sequence[Order],
) -> str:
    """3–5 short lines: what the customer wants, what the bot tried, order context, the signals of their mood
    (the card shows the mood itself)."""
    customer = [e.text for e in transcript if e.role is Role.CUSTOMER and e.text.strip()]
    bot_turns = sum(1 for e in transcript if e.role is Role.BOT)
    lines: list[str] = []
    main = _most_informative(customer)
    if main:
        lines.append(f"Wants: {shorten(main, 180)}")
    if customer and customer[-1] != main:
        lines.append(f"Latest: {shorten(customer[-1], 180)}")
    if bot_turns:
        lines.append(f"Tried: the bot replied {bot_turns} time{'s' if bot_turns != 1 else ''} before this handoff.")
    if orders:
        described = ", ".join(f"#{o.id} ({o.status.replace('_', ' ')})" for o in orders[:3])
        lines.append(f"Orders: {described}")
    why = "; ".join(triage.signals[:3])
    if why:  # the card shows the mood itself, once: here only what it was read from
        lines.append(f"Signals: {why}.")
    return "\n".join(lines[:5])


def _most_informative(messages: Sequence[str]) -> str | None:
    """The customer message that says most about what they need: long, question-like, not small talk."""
    best, best_score = None, float("-inf")
    for index, text in enumerate(messages):
        norm = normalise_for_matching(text)
        if not norm or norm in _SMALL_TALK:
            continue
        words = len(norm.split())
        score: float = min(words, 40)
        score += (6 if _QUESTION_WORDS.search(text) else 0) + (4 if re.search(r"\d{3,}", text) else 0)
        score -= index * 0.5  # the earlier ask usually states the need
        if score > best_score:
            best, best_score = text, score
    return best
