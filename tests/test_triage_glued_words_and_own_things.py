"""Words typed without spaces, the people behind the chat, and an order named by what it is ("my sofa")."""

import pytest

from bot.models import Route
from bot.triage import Triage, TriageConfig
from bot.triage.lexicon_requests import TYPO_COMPOUNDS, TYPO_KEYWORDS, TYPO_PROTECTED
from bot.triage.spelling import TypoFixer


@pytest.fixture(scope="module")
def triage():
    return Triage(TriageConfig())


@pytest.fixture(scope="module")
def fixer():
    return TypoFixer(TYPO_KEYWORDS, TYPO_PROTECTED, compounds=TYPO_COMPOUNDS)


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("customercare", "customer care"),
        ("callcenter", "call center"),
        ("livechat", "live chat"),
        ("orderstatus", "order status"),
        ("trackmyorder", "track my order"),
        ("talktoagent", "talk to agent"),
    ],
)
def test_glued_words_are_split_back(fixer, typed, meant):
    assert fixer.correct(typed) == meant


@pytest.mark.parametrize("word", ["password", "online", "someone", "helpless", "careless", "statuses", "lifeline"])
def test_real_words_are_not_split(fixer, word):
    assert fixer.correct(word) is None


@pytest.mark.parametrize(
    "text",
    [
        "customercare",
        "callcenter number",
        "please call",
        "pls call",
        "call back please",
        "raise this to your manager",
        "connect with an executive",
        "i need to talk with u guys",
        "can I speak to your team",
    ],
)
def test_requests_for_a_person_in_these_forms(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "human_request", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "is this a bot?",  # answered honestly by the bot, which offers a person
        "call me Ishmael",
        "please call your mother",
        "I need you guys to fix the app",
        "raise the price alert to 50",
    ],
)
def test_not_requests_for_a_person(triage, text):
    assert triage.classify(text).reason != "human_request", text


@pytest.mark.parametrize(
    "text",
    [
        "trackmyorder",
        "orderstatus",
        "what's happening with #1001",
        "my mattress has not been delivered yet",
        "the chair I ordered has not arrived",
        "did you ship it yet",
        "have you dispatched them?",
        "the courier hasnt come",
        "delivery guy never showed up",
        "wen will my order come",
        "mera order kab aayega",
    ],
)
def test_order_questions_without_the_usual_words(triage, text):
    assert triage.classify(text).intent == "order_tracking", text


@pytest.mark.parametrize(
    "text",
    [
        "my bank card has not arrived",  # a card, money, a message: they arrive too, and are no order
        "the money has not arrived",
        "my refund has not arrived",
        "my transfer has not arrived",
        "my period has not come",
        "the other new girl did not come to work today",
        "my friend has not arrived yet",
        "the engineer has not turned up",
    ],
)
def test_other_things_that_have_not_come_are_not_orders(triage, text):
    assert triage.classify(text).intent != "order_tracking", text


@pytest.mark.parametrize(
    "text",
    [
        "When can I expect my order",
        "when i will get my order",
        "when will my mattress be delivered",
        "when will u deliver my order",
        "is my order confirmed",
        "did my order go through",
        "order id 12345 status pls",
        "I placed an order 5 days ago",
        "its been a week since i ordered",
        "i ordered 10 days back still not got",
        "order update",
        "my order details",
        "what about my order",
        "expected delivery of my order",
        "delivery date",
        "order shows shipped but not received",
        "tracking not updating",
        "didnt get my product yet",
        "mera parcel abhi tak nahi aaya",
    ],
)
def test_order_questions_as_shoppers_type_them(triage, text):
    assert triage.classify(text).intent == "order_tracking", text


@pytest.mark.parametrize(
    "text",
    [
        "I placed an order 5 days ago and want to cancel it",  # another request: not a status question
        "when will my refund be delivered",
        "is my account confirmed",
        "what about my refund",
    ],
)
def test_near_order_questions_that_ask_something_else(triage, text):
    assert triage.classify(text).intent != "order_tracking", text


@pytest.mark.parametrize(
    "text",
    [
        "connect agent",
        "customer executive",
        "call",
        "i need a call",
        "want call from customer care",
        "can we talk on call",
        "i'd like to be contacted by phone",
        "can you have someone reach out to me",
        "someone help",
        "give ur number",
        "customer care mobile number",
        "who is the concerned person",
        "concerned person number",
        "someone senior please",
        "mujhe agent se baat karni hai",
        "customer care se baat karao",
        "mujhe call karo",
        "kisi insaan se baat karni hai",
    ],
)
def test_requests_for_a_person_in_a_chats_shorthand(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "human_request", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I need a call option in the app",
        "i need a call log from last month",
        "please don't call me",
        "i would like to be contacted by email",
        "is anyone there at the warehouse on sundays",
        "is anyone there?",  # checks that the bot is awake; it answers
        "the concerned person said it would ship",
        "connect to wifi",
        "transfer money to my account",
    ],
)
def test_look_alikes_of_a_chats_shorthand(triage, text):
    assert triage.classify(text).reason != "human_request", text


@pytest.mark.parametrize(
    "text",
    [
        "who is my agent",
        "agent phone number",
        "my agent's email",
        "claims adjuster contact",
        "talk to my adjuster",
        "call my claims rep",
        "I want a new agent",
    ],
)
def test_the_customers_own_agent_at_an_insurer(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "human_request", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "my agent's email says my policy lapsed",
        "the agent number on the website is wrong",
        "travel agent phone number",
        "who is my travel agent",
        "call my mum",
        "contact my bank",
        "a new agent called me yesterday",
        "i am a new agent",
    ],
)
def test_agents_told_about_or_someone_elses(triage, text):
    assert triage.classify(text).reason != "human_request", text


@pytest.mark.parametrize(
    "text",
    [
        "order not yet dispatched",
        "shipment delayed",
        "order pending since 3 days",
        "my order is showing pending",
        "till now not received",
        "when my order will reach",
        "by when will i receive",
        "when will you dispatch",
        "where is my consignment",
        "awb number",
        "how to track",
        "is there a delay with my order",
        "why is my order taking so long",
    ],
)
def test_order_questions_in_a_chats_shorthand(triage, text):
    assert triage.classify(text).intent == "order_tracking", text


@pytest.mark.parametrize(
    "text",
    ["my item is missing a part", "items stuck in my cart", "my payment is pending", "the refund is pending"],
)
def test_shorthand_look_alikes_are_not_order_questions(triage, text):
    assert triage.classify(text).intent != "order_tracking", text


@pytest.mark.parametrize(
    "text",
    ["what do you like to be called", "i need to make a transfer to a new person", "I'd like to be called Sam"],
)
def test_names_and_transfers_are_not_requests_for_a_person(triage, text):
    assert triage.classify(text).reason != "human_request", text
