"""The card's summary as an agent reads it: what the customer wants, what the bot tried, their mood."""

from __future__ import annotations

import pytest

from bot.handoff_card.mood import card_mood, support_tone
from bot.handoff_card.summary import extractive_summary
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
    texts = [f"message {i}" for i in range(len(sentiments))]
    scores = dict(zip(texts, sentiments, strict=True))
    assert card_mood(texts, "human_request", (), tone=scores.__getitem__) == trend


@pytest.mark.parametrize(
    "reason, signals, mood",
    [
        ("human_request", ('asked for a person: "want a person"', 'sounds frustrated: "ridiculous"'), "frustrated"),
        ("frustration", ("the bot did not understand twice",), "frustrated"),
        ("complaint", ('complained: "unacceptable"',), "unhappy"),
        ("human_request", ('asked for a person: "agent"', 'complained: "unacceptable"'), "unhappy"),
        ("sensitive:self_harm", (), "in distress"),
        ("sensitive:bereavement", (), "grieving"),
        ("human_request", ("shouting (!!!)",), "frustrated"),
    ],
)
def test_a_customer_handed_off_upset_is_never_shown_as_positive(reason, signals, mood):
    cheerful = {"thanks so much, wonderful, great!!!": 0.9}
    assert card_mood(list(cheerful), reason, signals, tone=cheerful.__getitem__) == mood


def test_the_reason_keeps_its_mood_while_the_tone_agrees_and_never_reads_as_improving():
    scores = {"where is it": 0.0, "still nothing": -0.3, "this is awful": -0.7}
    assert card_mood(list(scores), "frustration", (), tone=scores.__getitem__) == (
        "frustrated, falling over 3 messages (+0.00 → -0.70)"
    )
    calmer = {"THIS IS AWFUL": -0.8, "ok, just get me someone": 0.1}
    assert card_mood(list(calmer), "frustration", (), tone=calmer.__getitem__) == "frustrated"


def test_a_legal_matter_is_never_shown_as_cheerful_and_a_polite_request_may_be():
    assert card_mood(["I will gladly see you in court"], "sensitive:legal").startswith("neutral")
    assert card_mood(["could I talk to a person? thanks, you're great"], "human_request").startswith("positive")


@pytest.mark.parametrize(
    "text",
    ["this is ridiculous!!! nobody helps, I want a person", "please help me I need a person", "I need help!!!"],
)
def test_asking_for_help_is_not_a_happy_tone(text):
    assert support_tone(text) < 0.2


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
    summary = extractive_summary(transcript, triage, orders).splitlines()
    assert summary == [
        "Wants: where is my order 1001? it was due on monday",
        "Latest: this is the third time I ask, I want a person",
        "Tried: the bot replied 2 times before this handoff.",
        "Orders: #1001 (in transit)",
        'Signals: sounds frustrated: "third time".',
    ]
