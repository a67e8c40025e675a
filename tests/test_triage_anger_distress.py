"""Triage: anger aimed at the service, annoyance cues with a second sign, sarcasm, and distress disclosures."""

import pytest

from bot.models import Priority, Route
from bot.triage import Triage, TriageConfig


@pytest.mark.parametrize(
    "text",
    [
        "Do you people even read the messages I send?",
        "What exactly am I paying you for?",
        "Thanks for nothing.",
        "you're wasting my time",
        "I'm so done with this company.",
        "no that is NOT what I asked",
        "Is anyone there actually capable of fixing this?",
        "how hard can it be to ship a pair of shoes",
        "Why is it so hard to just give me a straight answer?",
        "you lot are clueless",
        "That is so patronising",
        "this bloody app pisses me off",
        "the customer service from hell",
        "I'm at the end of my tether with this",
        "I feel so let down by you",
        "they keep giving me the runaround",
        "I feel cheated",
        "Clearly nobody there knows what they're doing.",
        "this bot is completely clueless",
        "Stop telling me to be patient. I've been patient for a month.",
        "I want answers, not another apology",
        "Your so-called express delivery is a lie",
    ],
)
def test_anger_aimed_at_the_service_is_frustration(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN, result.signals
    assert result.reason == "frustration"
    assert result.priority is Priority.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Oh great. Another 'we're looking into it.' Brilliant.",
        "wow. just wow. 3 weeks for a 'next day' delivery",
        "You've ruined my daughter's birthday. Well done.",
        "Yeah right, still no refund",
    ],
)
def test_sarcasm_about_something_gone_wrong_is_frustration(triage, text):
    result = triage.classify(text)
    assert result.reason == "frustration", result.signals
    assert any("sarcastic" in s for s in result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "this freaking app logged me out AGAIN",
        "I hate this stupid checkout",
        "why on earth would you cancel it without telling me",
    ],
)
def test_a_weak_cue_with_a_second_sign_is_annoyance(triage, text):
    result = triage.classify(text)
    assert result.reason == "frustration", result.signals


@pytest.mark.parametrize(
    "text",
    [
        "Great, thanks! That sorted it.",
        "Well done team, the parcel came a day early!",
        "I friggin love this jacket!!!",
        "Rogue One was SO FREAKING AWESOME!",
        "I hate to be a pain but could you check my order status?",
        "I need to change my goddamn address",
        "that's crazy cheap, is it still in stock?",
        "he was killed in the war and I'd like a book about it",
    ],
)
def test_cheerful_banter_and_plain_requests_stay_with_the_bot(triage, text):
    assert triage.classify(text).route is Route.BOT, triage.classify(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "I have nobody left to talk to",
        "I've been crying all morning and I can't think straight",
        "everything is falling apart and I can't handle it",
        "I'm terrified I'm going to die",
        "I've been drinking every night just to get through it",
        "there's no way out for me",
        "I honestly don't see the point in anything anymore",
        "I'm a complete failure and a burden",
        "nobody ever checks on me",
        "I wish I could just go to sleep and not wake up",
        "I've been so anxious lately",
        "I haven't left the house in weeks",
        "I just don't know what to do anymore",
        "Sometimes I'd rather be anyone else",
        "i feel terrified and alone",
        "Is life even worth living? I can't tell any more",
        "some days I wish I'd never been born",
        "I spent the whole day in bed again. Nothing matters",
        "the recurring nightmares won't stop",
        "Nobody would even notice if I wasn't here",
    ],
)
def test_distress_disclosures_reach_a_person_with_crisis_resources(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN
    assert result.reason == "sensitive:self_harm", result.signals
    assert result.priority is Priority.URGENT
    assert "988" in TriageConfig.default().reply_for(result.reason)


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared my parcel went to the wrong address",
        "I cried tears of joy when the gift arrived",
        "I have no one to sign for the parcel on Tuesday",
        "there is no way out of the contract before March?",
        "I'm anxious about whether it will arrive in time for Christmas",
        "I'm useless at assembling furniture, do you offer fitting?",
        "it's my fault, I typed the wrong postcode",
        "I'm exhausted after the move, can you deliver on Saturday instead?",
        "I'm afraid I need to cancel my order",
        "I spent the whole day in bed with the flu and missed the courier",
        "is it worth living closer to a depot for faster delivery?",
        "the recurring delivery keeps arriving late",
    ],
)
def test_worries_about_an_order_are_not_a_crisis(triage, text):
    assert triage.classify(text).reason != "sensitive:self_harm"


def test_annoyance_threshold_is_configurable(triage):
    text = "sigh. the new layout is worse"
    assert triage.classify(text).reason == "frustration"
    assert Triage(TriageConfig.from_mapping({"annoyance_threshold": -1.0})).classify(text).route is Route.BOT
    with pytest.raises(ValueError, match="annoyance_threshold"):
        TriageConfig.from_mapping({"annoyance_threshold": 2})


def test_a_leading_no_is_an_interjection_not_a_negation(triage):
    assert triage.classify("no this is ridiculous").reason == "frustration"
    assert triage.classify("no I'm not upset, just asking").route is Route.BOT
    assert triage.classify("I'm not upset, just asking").route is Route.BOT


def test_capitals_on_a_repeated_problem_are_a_raised_voice(triage):
    result = triage.classify("You charged my card three times. THREE. Fix it.")
    assert result.reason == "frustration"
    assert any("raised voice" in s for s in result.signals)
    assert triage.classify("I LOVE the new colours, is the green one still available?").route is Route.BOT


@pytest.mark.parametrize("word", ["taking", "homeless", "meditation", "contract", "older", "terribly"])
def test_real_words_are_not_corrected_into_key_words(triage, word):
    assert triage._fixer.correct(word) is None


def test_other_peoples_feelings_told_as_news_are_not_frustration(triage):
    assert triage.classify("People got angry about the new logo, funny really").route is Route.BOT
    assert triage.classify("my wife is furious about this delivery").reason == "frustration"
