"""Triage never breaks a conversation: any text gets a result, quickly."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.models import Route, TriageResult
from bot.triage import History, Triage

FAILED = "triage could not read this message"


JUNK = [
    "",
    " ",
    "\n\n\t",
    "\x00\x01\x02\x1b[31mred\x1b[0m",
    "\ud800\udfff lone surrogates",
    "🙂🙂🙂🔥💯",
    "👍",
    "Где мой заказ?",
    "我的订单在哪里",
    "طلبي لم يصل",
    "ｗｈｅｒｅ　ｉｓ　ｍｙ　ｏｒｄｅｒ",  # full-width letters
    "a" * 100_000,
    "where is my order " * 6_000,
    "help!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
    "(" * 10_000,
    "re:(unclosed",
    "#" * 5_000 + "1234",
    "\u202etxet sdrawkcab\u202c",
    bytes(range(256)).decode("latin-1"),
]


@pytest.mark.parametrize("text", JUNK, ids=range(len(JUNK)))
def test_junk_input_returns_a_result_quickly(triage, text):
    triage.classify("hello")  # loaded on first use (the model, the language lists): not what is bounded here
    started = time.perf_counter()
    result = triage.classify(text)
    assert isinstance(result, TriageResult)
    assert time.perf_counter() - started < 2.0  # a runaway expression takes minutes; a busy machine, not seconds
    assert -1.0 <= result.sentiment <= 1.0
    assert FAILED not in result.signals  # handled, not caught by the safety net
    result.to_json()


def test_non_string_input_does_not_raise(triage):
    assert triage.classify(None).route is Route.BOT
    assert FAILED not in triage.classify(12345).signals


def test_only_the_opening_of_a_huge_message_is_analysed(triage):
    result = triage.classify("x " * 50_000 + "I want to kill myself")
    assert any("long message" in s for s in result.signals)
    assert triage.classify("I want to kill myself " + "x " * 50_000).reason == "sensitive:self_harm"


def test_invisible_characters_do_not_hide_words(triage):
    assert triage.classify("I want to k\u200bill my\u00adself").reason == "sensitive:self_harm"
    assert triage.classify("talk to a hu\ufe0fman").reason == "human_request"


def test_junk_history_is_tolerated(triage):
    history = History(
        previous_texts=("", "\x00" * 10, "🙂" * 1000, "a" * 100_000), sentiments=(0.0, 1.0, -1.0), failed_turns=0
    )
    assert isinstance(triage.classify("a" * 100_000, history), TriageResult)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gets_a_result(text):
    result = _SHARED.classify(text)
    assert isinstance(result, TriageResult)
    assert FAILED not in result.signals
    assert (result.route is Route.HUMAN) == (result.reason is not None)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.text(max_size=80), max_size=6),
    st.lists(st.floats(-1, 1), max_size=6),
    st.integers(0, 5),
    st.text(max_size=80),
)
def test_any_history_gets_a_result(previous, sentiments, failed, text):
    history = History(previous_texts=tuple(previous), sentiments=tuple(sentiments), failed_turns=failed)
    result = _SHARED.classify(text, history)
    assert isinstance(result, TriageResult) and FAILED not in result.signals


_SHARED = Triage()


def test_an_internal_error_is_logged_and_the_conversation_goes_on(monkeypatch, caplog):
    triage = Triage()

    def broken(text: str) -> float:
        raise RuntimeError("boom")

    monkeypatch.setattr(triage._sentiment, "compound", broken)
    result = triage.classify("where is my order")
    assert result.route is Route.BOT
    assert FAILED in result.signals
    assert "triage failed" in caplog.text
