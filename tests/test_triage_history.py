"""Triage: signals only a conversation gives (repeats, falling mood, the bot not understanding)."""

import dataclasses
from datetime import UTC, datetime

import pytest

from bot.models import Address, Conversation, Person, Priority, Route, State
from bot.triage import History


def test_history_is_a_frozen_value_with_an_empty_default():
    history = History()
    assert history.is_empty
    with pytest.raises(dataclasses.FrozenInstanceError):
        history.failed_turns = 3  # type: ignore[misc]


def test_asking_the_same_question_again_hands_off_for_frustration(triage):
    history = History(previous_texts=("how do I change my delivery address?",), sentiments=(0.0,))
    result = triage.classify("How do I change my delivery address??", history)
    assert result.route is Route.HUMAN
    assert result.reason == "frustration"
    assert result.priority is Priority.HIGH
    assert "repeated the same question" in result.signals


def test_a_reworded_repeat_still_counts(triage):
    history = History(previous_texts=("can I change the delivery address on my order",), sentiments=(0.0,))
    result = triage.classify("can i change the delivery adress on my order please", history)
    assert "repeated the same question" in result.signals


def test_a_question_about_another_order_is_not_a_repeat(triage):
    history = History(previous_texts=("where is order 1001",), sentiments=(0.0,))
    result = triage.classify("where is order 1002", history)
    assert result.route is Route.BOT
    assert result.intent == "order_tracking"


def test_small_talk_repeated_is_not_frustration(triage):
    history = History(previous_texts=("thank you so much",), sentiments=(0.4,))
    assert triage.classify("thank you so much", history).route is Route.BOT


def test_sentiment_falling_over_three_turns_hands_off(triage):
    history = History(previous_texts=("hi", "it still hasn't come"), sentiments=(0.4, -0.1))
    result = triage.classify("this is getting really bad now", history)
    assert result.route is Route.HUMAN
    assert result.reason == "frustration"
    assert "sentiment falling over 3 turns" in result.signals


def test_a_curt_no_is_not_a_falling_mood(triage):
    history = History(previous_texts=("ok", "great"), sentiments=(0.3, 0.1))
    assert triage.classify("no", history).route is Route.BOT


def test_the_bot_failing_to_understand_twice_hands_off(triage):
    history = History(previous_texts=("blorp", "the thing with the stuff"), sentiments=(0.0, 0.0), failed_turns=2)
    result = triage.classify("the other thing", history)
    assert result.route is Route.HUMAN
    assert result.reason == "frustration"
    assert result.priority is Priority.HIGH
    assert any("did not understand" in s for s in result.signals)


def test_one_failed_turn_is_not_enough(triage):
    history = History(previous_texts=("blorp",), sentiments=(0.0,), failed_turns=1)
    assert triage.classify("the other thing", history).route is Route.BOT


def test_history_signals_never_fire_on_a_first_message(triage):
    for text in ("how do I change my delivery address?", "this is getting really bad now", "the other thing"):
        result = triage.classify(text, History())
        assert not any(
            s in result.signals for s in ("repeated the same question", "sentiment falling over 3 turns")
        )
        assert not any("did not understand" in s for s in result.signals)


def test_third_time_phrases_work_without_history(triage):
    result = triage.classify("this is the third time I'm asking where my refund is")
    assert result.reason == "frustration"


def test_history_can_be_built_from_a_stored_conversation(triage):
    now = datetime(2026, 1, 1, tzinfo=UTC)
    conversation = Conversation(
        id="c_1",
        address=Address("local", "w", "c"),
        customer=Person("u1"),
        state=State.BOT,
        created_at=now,
        updated_at=now,
        failed_turns=2,
        sentiments=(0.1, -0.2),
        recent_questions=("where is my order",),
    )
    history = History.from_conversation(conversation)
    assert history == History(previous_texts=("where is my order",), sentiments=(0.1, -0.2), failed_turns=2)
    assert triage.classify("hmm", history).reason == "frustration"
