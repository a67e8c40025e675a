"""Typo tolerance against the key-word vocabulary, and order questions without the word "order"."""

import pytest

from bot.models import Route
from bot.triage.intents import IntentDetector
from bot.triage.lexicon_requests import TYPO_KEYWORDS, TYPO_PROTECTED
from bot.triage.spelling import TypoFixer
from bot.triage.text import normalise


@pytest.fixture(scope="module")
def fixer():
    return TypoFixer(TYPO_KEYWORDS, TYPO_PROTECTED)


@pytest.mark.parametrize(
    "typo, word",
    [
        ("deliverd", "delivered"),  # a letter missing; "delivery" is as near but ends otherwise
        ("recieved", "received"),  # two letters swapped
        ("oder", "order"),  # a short word: only a missing letter is mended
        ("shiped", "shipped"),
        ("pakage", "package"),
        ("refnd", "refund"),
        ("arived", "arrived"),
        ("cancle", "cancel"),
        ("adress", "address"),
        ("somenoe", "someone"),
    ],
)
def test_common_typos_of_key_words_are_mended(fixer, typo, word):
    assert fixer.correct(typo) == word


@pytest.mark.parametrize(
    "word",
    ["older", "odder", "were", "slipped", "shopping", "sipped", "cancer", "receiver", "refunds", "stalking"],
)
def test_real_words_near_a_key_word_are_left_alone(fixer, word):
    assert fixer.correct(word) is None


def test_a_changed_letter_in_a_four_letter_word_is_not_a_typo():
    fixer = TypoFixer(["order", "talk"])
    assert fixer.correct("oder") == "order"
    assert fixer.correct("tall") is None  # four letters, one changed: too likely another word


@pytest.mark.parametrize(
    "text, norm",
    [
        ("Were s my order", "where is my order"),
        ("were is my parcel", "where is my parcel"),
        ("where s my stuff", "where is my stuff"),
        ("wheres my order", "where is my order"),
        ("they were at home", "they were at home"),
    ],
)
def test_a_mangled_where_is_reads_as_where_is(text, norm):
    assert normalise(text) == norm


@pytest.mark.parametrize(
    "text",
    [
        "has 1001 shipped?",
        "where is 1001",
        "#1001?",
        "status of 1001",
        "1001 status",
        "did 1001 ship yet",
        "Were s my order",
        "when will my order deliverd",
        "Has it been shipped",
        "has it arrived yet?",
        "where's my stuff",
        "still waiting for my package",
        "no sign of my parcel",
        "i ordered last week and nothing yet",
    ],
)
def test_order_questions_without_the_word_order_are_recognised(triage, text):
    assert triage.classify(text).intent == "order_tracking", text


@pytest.mark.parametrize(
    "text",
    [
        "do you ship to Canada?",
        "how long does shipping take?",
        "when will you ship to Australia",
        "has the sale started?",
        "has my refund been processed?",
        "where is the return label",
        "has 2 items in it",
        "cancel 1001",
        "when will the blue lamp be back in stock",
    ],
)
def test_shipping_policy_and_other_questions_are_not_order_tracking(triage, text):
    assert triage.classify(text).intent != "order_tracking", text


def test_the_number_asked_about_is_the_order_id(triage):
    assert triage.classify("has 1001 shipped?").order_ids == ("1001",)
    assert triage.classify("1001 status").order_ids == ("1001",)
    result = triage.classify("has 1001 shipped?")
    assert result.route is Route.BOT
    assert triage.classify("I have 1001 questions about returns").order_ids == ()  # not an order question


def test_it_is_an_order_unless_the_message_names_something_else_it_may_be(triage):
    assert triage.classify("has it arrived yet?").intent == "order_tracking"
    assert triage.classify("I sent the transfer on Monday, has it arrived?").intent != "order_tracking"
    assert triage.classify("my new card, when will it arrive").intent != "order_tracking"
    assert triage.classify("has my order shipped? I paid by card").intent == "order_tracking"  # the order is named


@pytest.mark.parametrize(
    "text",
    [
        "so when do I get it?",
        "still not delivered",
        "not received yet!",
        "courier status please",
        "have you shipped my purchase yet",
        "when are my goods going to be dispatched",
    ],
)
def test_order_questions_without_the_word_order(text):
    assert IntentDetector().intent_of(normalise(text)) == "order_tracking", text


@pytest.mark.parametrize(
    "text",
    ["when do I get my new card", "not received the refund", "did you send the password reset email"],
)
def test_cards_refunds_and_emails_are_not_order_questions(text):
    assert IntentDetector().intent_of(normalise(text)) != "order_tracking", text


@pytest.mark.parametrize(
    "text",
    [
        "#1001",
        "my order is delayed",
        "the parcel got lost",
        "our package has been stuck for a week",
        "I want to know about my delivery",
        "expected delivery date",
        "its been 10 days no delivery",
        "i ordered a mattress 2 weeks ago and still haven't got it",
    ],
)
def test_an_order_number_alone_and_a_late_order_told_are_order_questions(triage, text):
    assert triage.classify(text).intent == "order_tracking", text


def test_a_number_alone_is_not_claimed_as_an_order_by_triage(triage):
    # a reply to "what's your policy number?" looks the same; the conversation answers "1001" when it names one of
    # the customer's own orders (bot/flows/customer.py), which triage cannot know
    assert triage.classify("1001").intent != "order_tracking"


@pytest.mark.parametrize(
    "text",
    [
        "how long does delivery take",
        "I want to know about your delivery options",
        "my card is delayed",
        "my refund is late",
        "the 1001 bus was late",
        "12",
    ],
)
def test_delivery_policy_other_delays_and_small_numbers_are_not_order_questions(triage, text):
    assert triage.classify(text).intent != "order_tracking", text
