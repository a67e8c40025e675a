"""The card's summary as an agent reads it: what the customer wants, what the bot tried, their mood."""

from __future__ import annotations

import pytest

from bot.handoff.summary import extractive_summary, sentiment_trend
from bot.models import Order, Role, Route, TranscriptEntry, TriageResult
from tests.factories import NOW


@pytest.mark.parametrize(
    "sentiments, trend",
    [
        ((), "unknown"),
        ((0.08,), "neutral (+0.08)"),  # a faint score is not "positive" to an agent
        ((0.0, 0.1, 0.08), "neutral, steady over 3 messages (+0.00 → +0.08)"),
        ((0.4, -0.1, -0.6), "very negative, falling over 3 messages (+0.40 → -0.60)"),
        ((-0.7, 0.3), "positive, improving over 2 messages (-0.70 → +0.30)"),
        ((-0.3,), "negative (-0.30)"),
    ],
)
def test_the_mood_in_plain_words(sentiments, trend):
    assert sentiment_trend(sentiments) == trend


def test_the_summary_names_the_need_the_latest_words_the_orders_and_why():
    transcript = [
        TranscriptEntry(NOW, Role.CUSTOMER, "hi"),
        TranscriptEntry(NOW, Role.BOT, "Hello! How can I help?"),
        TranscriptEntry(NOW, Role.CUSTOMER, "where is my order 1001? it was due on monday"),
        TranscriptEntry(NOW, Role.BOT, "Order #1001 is on its way."),
        TranscriptEntry(NOW, Role.CUSTOMER, "this is the third time I ask, I want a person"),
    ]
    triage = TriageResult(Route.HUMAN, reason="frustration", signals=('sounds frustrated: "third time"',))
    orders = [Order("1001", "ada@example.com", "in_transit")]
    summary = extractive_summary(transcript, triage, orders, "neutral, steady over 3 messages").splitlines()
    assert summary == [
        "Wants: where is my order 1001? it was due on monday",
        "Latest: this is the third time I ask, I want a person",
        "Tried: the bot replied 2 times before this handoff.",
        "Orders: #1001 (in transit)",
        'Mood: neutral, steady over 3 messages. Signals: sounds frustrated: "third time".',
    ]
