"""Asking for a person: the grammar (frame × person-word) and what it keeps out."""

import tomllib

import pytest

from bot.models import Route
from bot.triage import Triage, TriageConfig


@pytest.mark.parametrize(
    "text",
    [
        # wanting
        "i need a rep now",
        "I want to talk to executive",
        "we would like someone from customer care to look at this",
        "I'd prefer to talk with a real human",
        "I need to speak to staff",
        # asking leave
        "can I get a human",
        "could I please speak with a customer care executive",
        "may I have a supervisor please",
        # telling
        "put me through to an associate please",
        "Connect me to your call centre",
        "get me a manager",
        # asking whether one exists
        "is there a helpline",
        "is there anyone I can talk to",
        "do you have a helpline?",
        # naming one and nothing else
        "Customer care",
        "operator please",
        "rep!!",
        # to be called, or the number to call
        "Call me",
        "ring me back please",
        "please call me on 07700 900123",
        "give me a call",
        "your phone number",
        "what's the customer service number?",
        "how can I call you",
        # with a typo in the person-word
        "can i get a represntative",
    ],
)
def test_requests_for_a_person_in_any_frame(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "human_request", (text, result.signals)
    assert any(s.startswith("asked for a person: ") for s in result.signals)  # what --mistakes shows


@pytest.mark.parametrize(
    "text",
    [
        "I am a rep",
        "I work as a sales associate",
        "my sales rep said it would come today",
        "the representative told me it would be refunded",
        "call me Ishmael",
        "call me crazy but I love this lamp",
        "you can call me Ada",
        "why did you call me?",
        "don't call me, email me",
        "I don't need an agent, just the tracking link",
        "how do I call customer care for my bank",
        "is there a helpline for my bank",
        "I need the manager account password",
        "is there a staff discount",
        "we need more staff",
        "I want a human-sized teddy bear",
        "update the phone number on my account",
        "do you need my phone number",
        "can I get a refund",
        "you are a great assistant",
    ],
)
def test_what_is_not_a_request_for_a_person_stays_with_the_bot(triage, text):
    result = triage.classify(text)
    assert result.reason != "human_request", (text, result.signals)


def test_a_complaint_about_someone_is_a_complaint_not_a_request(triage):
    assert triage.classify("the agent was rude").reason == "complaint"
    assert triage.classify("your driver was so dismissive").reason == "complaint"


def test_the_grammar_can_be_overridden_in_the_admins_config():
    toml = tomllib.loads(
        """
[triage.categories.human_request]
words = ["re:\\\\bput\\\\s+me\\\\s+on\\\\s+the\\\\s+line\\\\b"]
except_words = ["call me"]
"""
    )
    triage = Triage(TriageConfig.from_mapping(toml["triage"]))
    assert triage.classify("Call me").route is Route.BOT
    assert triage.classify("put me on the line").reason == "human_request"
    assert triage.classify("can I get a human").reason == "human_request"  # the rest of the grammar stays

    replaced = Triage(
        TriageConfig.from_mapping({"categories": {"human_request": {"words": ["agent"], "replace_words": True}}})
    )
    assert replaced.classify("i need a rep now").route is Route.BOT
    assert replaced.classify("agent").reason == "human_request"


@pytest.mark.parametrize(
    "text",
    [
        "can you transfer me",
        "please escalate",
        "human handoff",
        "is a human available",
        "let me speak with your boss",
        "who can I talk to about this",
        "human assistance please",
        "what number can I call",
        "how can I contact you",
        "contact support",
        "can you put me in contact with someone",
        "get a person on the line",
        "gimme a human",
        "connect me to support",
        "can i speak with your team",
        "not a bot please",
        "get me out of this bot",
        "bot is not helping, human please",
        "i'd like a word with a manager",
        "hook me up with a human",
        "please could you transfer me over to the front desk team",
        "may I speak with reception directly?",
        "put me through with a bank worker!",
        "nothing works, can you get someone to help me out?",
        "is there someone there to talk to",
        "honestly this conversation is not working",
    ],
)
def test_more_ways_of_asking(triage, text):
    assert triage.classify(text).reason == "human_request", text


@pytest.mark.parametrize(
    "text",
    [
        "write an email to my boss for me",
        "who did I call most often last week",
        "talk to you later",
        "can you transfer me the money back",
        "I'd like to talk to sales about a bulk order",
        "can I talk to your sales team",
        "I need real help with this recipe",
        "we need someone to clean our room please",
    ],
)
def test_other_peoples_people_and_goodbyes_are_not_requests(triage, text):
    assert triage.classify(text).reason != "human_request", text


@pytest.mark.parametrize(
    "text",
    [
        "connect to agent",
        "transfer to a human please",
        "i want to talk to an expert",
        "need assistance from your staff",
        "help from your customer care team",
        "help desk number",
        "contact number",
        "whatsapp number?",
        "i want to escalate",
        "can you escalate this please",
        "this needs to be escalated",
    ],
)
def test_telling_without_me_experts_escalating_and_two_word_contact_questions(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "human_request", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "how do I connect to the wifi",
        "the app won't connect to the server",
        "transfer to my savings account",
        "can you transfer to a different card",
        "connect to support article",
        "update my contact details",
        "my phone number has changed",
        "the expert reviews say it is good",
        "the issue was escalated last week and fixed",
        "prices escalated quickly",
        "I need help from your app",
    ],
)
def test_connecting_devices_moving_money_and_past_escalations_are_not_requests(triage, text):
    assert triage.classify(text).reason != "human_request", text


@pytest.mark.parametrize(
    "text",
    [
        "I want to talk to my agent",
        "how do I contact my agent",
        "I need to reach my insurance agent",
        "connect me with my account manager",
        "can I speak to a claims advisor",
    ],
)
def test_the_customers_own_agent_at_the_business_is_someone_to_ask_for(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "human_request", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "my account manager said it's fine",
        "I need to call my travel agent",
        "I need to talk to my boss first",
        "let me ask my line manager",
        "her insurance advisor told her",
    ],
)
def test_agents_told_about_third_parties_and_the_customers_own_boss_are_not_requests(triage, text):
    assert triage.classify(text).reason != "human_request", text
