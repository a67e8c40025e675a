"""Triage: sensitive topics go to a person, with the right priority and a caring first reply."""

import pytest

from bot.models import Priority, Route
from bot.triage import TriageConfig

CASES = {
    "sensitive:self_harm": [
        "I want to kill myself",
        "i've been thinking about suicide",
        "I can't go on like this anymore",
        "honestly I just want to disappear",
        "everyone would be better off without me",
        "I feel completely hopeless",
        "nothing matters anymore",
        "I don't want to be alive",
        "I've been self-harming again",
        "my depression is so bad I can't get out of bed",
    ],
    "sensitive:medical": [
        "Can I take ibuprofen with this supplement?",
        "what dosage is safe for a child?",
        "I got a rash after using your cream",
        "I have a fever and a cough, should I still go to work?",
        "my son swallowed a battery from the toy",
        "is it safe to take these vitamins while pregnant?",
        "my doctor prescribed 20mg, can I take two of your tablets",
    ],
    "sensitive:bereavement": [
        "My husband passed away last month and I need to close his account",
        "my mum died and I want to cancel her subscription",
        "I'm arranging the funeral and need the order sooner",
        "we lost our son in March",
    ],
    "sensitive:legal": [
        "I'll be contacting my lawyer",
        "I am going to sue your company",
        "see you in small claims court",
        "my solicitor will be in touch",
        "I'm reporting you to trading standards",
    ],
    "sensitive:financial_hardship": [
        "I lost my job and can't afford the payments",
        "I'm going through financial hardship, can I pause my plan?",
        "I'm behind on my rent and need a payment plan",
        "we were made redundant and can't pay this month",
    ],
    "sensitive:harassment": [
        "one of your drivers keeps messaging me",
        "I'm being harassed by a seller on your site",
        "your courier was aggressive and shouted at me",
        "the technician made me feel unsafe in my own home",
        "the courier was rude and made sexual comments",
        "he kept making racist remarks at me",
        "the driver catcalled me",
    ],
    "sensitive:data_privacy": [
        "please delete my data",
        "What data do you have on me?",
        "I'm making a GDPR subject access request",
        "stop selling my personal information",
        "my account was hacked",
    ],
}


@pytest.mark.parametrize("reason, text", [(r, t) for r, texts in CASES.items() for t in texts])
def test_sensitive_topics_are_handed_to_a_person(triage, reason, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN
    assert result.reason == reason


def test_self_harm_is_urgent_and_comes_before_everything_else(triage):
    result = triage.classify("I want to talk to someone, I want to end my life, this is ridiculous")
    assert result.reason == "sensitive:self_harm"
    assert result.priority is Priority.URGENT
    assert any("asked for a person" in s for s in result.signals)


def test_self_harm_words_are_not_cancelled_by_negation(triage):
    # safety first: "not suicidal ... but" still reaches a person
    assert triage.classify("I'm not suicidal but I can't go on").reason == "sensitive:self_harm"


def test_medical_outranks_a_request_for_a_person(triage):
    assert triage.classify("I need a human, I think I'm allergic to the cream").reason == "sensitive:medical"


@pytest.mark.parametrize(
    "text",
    [
        "this traffic is killing me lol",
        "I'm dying to try the new flavour!",
        "that movie was sick",
        "my phone died, can I reorder?",
        "Sue in the Leeds store was lovely",
        "do you sell painting supplies?",
        "I'm sick of waiting for the sale, when does it start?",
        "I'm so sad the blue mug is sold out, will it come back?",
        "Is your privacy screen protector compatible with iPhone 15?",
        "I'm stuck on the payment page",
        "Can I pay in instalments?",
        "people made racist comments about your new logo online",
    ],
)
def test_everyday_uses_of_sensitive_words_do_not_raise_a_sensitive_topic(triage, text):
    assert not (triage.classify(text).reason or "").startswith("sensitive:")


def test_self_harm_reply_gives_crisis_resources_at_once():
    reply = TriageConfig.default().reply_for("sensitive:self_harm")
    for resource in ("emergency", "988", "Samaritans", "116 123", "findahelpline.com"):
        assert resource in reply
    assert "person" in reply


def test_medical_reply_says_plainly_it_cannot_give_medical_advice():
    reply = TriageConfig.default().reply_for("sensitive:medical")
    assert "I can't give medical advice" in reply
    assert "doctor" in reply and "pharmacist" in reply and "emergency" in reply


def test_every_reason_has_a_caring_reply_that_brings_in_a_person():
    config = TriageConfig.default()
    for category in config.categories:
        reply = config.reply_for(category.reason)
        assert reply and "person" in reply, category.name
        assert not any(blame in reply.lower() for blame in ("you should have", "your fault", "you failed"))
    assert "person" in config.reply_for(None)
    assert "person" in config.reply_for("something_an_llm_invented")
