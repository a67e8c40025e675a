"""Triage: asking for a person, complaining, frustration, and routine messages that stay with the bot."""

import pytest

from bot.models import Priority, Route


@pytest.mark.parametrize(
    "text",
    [
        "can I talk to a human",
        "agent please",
        "representative",
        "Operator!",
        "I'd like to speak with a real person",
        "Could you transfer me to a live agent?",
        "let me talk to your manager",
        "I don't want to talk to a bot",
        "how do i chat with somenoe from your team",  # typo
        "please help me with speakign to a human agent",  # typo
        "how can I reach customer service",
        "Can someone please call me back?",
    ],
)
def test_explicit_requests_for_a_person_are_handed_off(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN
    assert result.reason == "human_request"
    assert any("asked for a person" in s for s in result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "are you a bot?",
        "am I talking to a real person?",
        "is this a real person or a computer",
        "no need for a person, I just want your opening hours",
        "I don't want to speak to an agent, just tell me the delivery time",
    ],
)
def test_questions_about_the_bot_and_declined_help_are_not_requests(triage, text):
    assert triage.classify(text).route is Route.BOT


@pytest.mark.parametrize(
    "text",
    [
        "I want to file a complaint",
        "This is unacceptable",
        "how do I lodge a complaint against your company?",
        "I'm very unhappy with the service",
        "Not happy with how my return was handled at all",
        "making a consumer claim against ur business",
    ],
)
def test_complaints_are_handed_off(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN
    assert result.reason == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "This is ridiculous, I've been waiting for weeks",
        "I'm so frustrated with this",
        "this is the third time I ask about my refund",
        "WHERE IS MY ORDER",
        "are you kidding me? wrong item again",
        "you are useless",
        "I already told you my order number",
        "wtf is going on with my order",
    ],
)
def test_frustration_is_handed_off_with_high_priority(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN
    assert result.reason == "frustration"
    assert result.priority is Priority.HIGH


def test_shouting_is_named_in_the_signals(triage):
    assert "shouting" in triage.classify("WHY HAS NOBODY ANSWERED MY EMAIL").signals


@pytest.mark.parametrize(
    "text",
    [
        "I'm not upset, just asking when the sale ends",
        "no complaints here, just wondering about delivery times",
        "I'm not angry at all",
        "LET'S GO TEAM!!!",  # loud, but cheerful and not about an order
        "Thank you so much!!!",
    ],
)
def test_negated_or_cheerful_messages_stay_with_the_bot(triage, text):
    assert triage.classify(text).route is Route.BOT


@pytest.mark.parametrize(
    "text, intent",
    [
        ("where is my order?", "order_tracking"),
        ("Can you track order #1002 for me", "order_tracking"),
        ("what's the status of order ORD-88", "order_tracking"),
        ("has my parcel shipped yet", "order_tracking"),
        ("I need the tracking number for my purchase", "order_tracking"),
        ("hi there", "greeting"),
        ("good morning", "greeting"),
        ("thanks a lot!", "thanks"),
        ("ok bye", "goodbye"),
        ("what payment methods do you accept", None),
        ("how long does delivery to Spain take", None),
        ("can I check the status of my refund", None),
    ],
)
def test_routine_messages_stay_with_the_bot_with_their_intent(triage, text, intent):
    result = triage.classify(text)
    assert result.route is Route.BOT
    assert result.reason is None
    assert result.intent == intent


def test_swearing_inside_a_plain_request_stays_with_the_bot(triage):
    assert triage.classify("how do I change my damn password").route is Route.BOT
    assert triage.classify("where can i see the bloody payment options").route is Route.BOT


def test_order_numbers_are_extracted(triage):
    assert triage.classify("where is order #1002?").order_ids == ("1002",)
    assert triage.classify("I need help with purchase 732201349959").order_ids == ("732201349959",)
    assert triage.classify("order 1002 and ORD-88 both late").order_ids == ("1002", "ORD-88")
    assert triage.classify("my invoice #00108 is wrong").order_ids == ()


def test_a_frustrated_order_question_keeps_its_intent(triage):
    result = triage.classify("Where is my order?? This is the third time I ask")
    assert result.route is Route.HUMAN
    assert result.reason == "frustration"
    assert result.intent == "order_tracking"


def test_sentiment_is_the_vader_compound(triage):
    assert triage.classify("I love this shop, thank you").sentiment > 0.5
    assert triage.classify("this is awful and I hate it").sentiment < -0.5
    assert triage.classify("").sentiment == 0.0


def test_when_several_reasons_match_the_most_severe_wins_and_the_rest_are_signals(triage):
    result = triage.classify("I want to talk to a person, this is ridiculous")
    assert result.reason == "human_request"
    assert result.priority is Priority.HIGH  # the frustration still raises the priority
    assert any("frustrated" in s for s in result.signals)
    assert any("asked for a person" in s for s in result.signals)


def test_result_serialises_for_the_cli(triage):
    data = triage.classify("agent please").to_json()
    assert data["route"] == "human" and data["reason"] == "human_request"
    assert set(data) == {"route", "reason", "intent", "priority", "sentiment", "signals", "language"}
