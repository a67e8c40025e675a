"""Suicide told sideways inside an errand (absence to come, arrangements, last words, the means, the wounds),
and control at home told of 'he' (money, calls, post, statements), each beside the errands that look like them."""

import pytest

from bot.models import Priority, Route
from bot.triage import Triage, TriageConfig


@pytest.fixture(scope="module")
def triage():
    return Triage(TriageConfig())


@pytest.mark.parametrize(
    "text",
    [
        "stop the deliveries, I won't be around for winter",
        "I don't think I'll be alive by then, so don't bother rescheduling",
        "I do not intend to be here beyond this month, cancel the annual plan",
        "refund it, i wont be needing any of it after tonight",
        "who gets my savings when I'm gone? that will be soon",
        "my final message to anyone: thank you, and cancel the order",
        "how many tablets is enough to make sure I don't wake up",
        "does the rope hold a person's weight",
        "more plasters please, I cut deeper this time",
        "long sleeves that hide my cuts?",
        "i chew and spit now, which shake has the fewest calories",
        "I'm a weight round everyone's neck, take me off the family plan",
        "I stood on the bridge last night. anyway, my refund",
        "does the policy pay if it is self-inflicted",
        "sab khatam karna hai, refund mummy ko bhej do",
        "I don tire for this life, cancel am",
    ],
)
def test_suicide_told_sideways_is_urgent(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:self_harm", (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around after Sunday, I'm flying to Spain for a month",
        "cancel my gym, I won't need it after this weekend, the party's over",
        "before I go on holiday can I change my address",
        "when I'm gone on my trip my son will collect it",
        "my estate agent will contact you shortly",
        "the last order before Christmas!",
        "rope for climbing, is it rated for a person's weight?",
        "razor blades for shaving please",
        "I don't plan to be around much this summer, pause the plan",
    ],
)
def test_trips_parties_and_tools_are_not_farewells(triage, text):
    assert triage.classify(text).reason != "sensitive:self_harm", text


@pytest.mark.parametrize(
    "text",
    [
        "he controls all the money and I'm not allowed to buy food without asking",
        "refund to another card please, he checks my statements and I'll get punished",
        "he listens to all my calls, text only please",
        "he barely lets me leave the house, please stop sending letters",
        "I'm staying at a refuge and need my address changed quietly",
        "he smashed my phone again so I need a new one delivered while he's at work",
        "he's threatened to take the kids, don't discuss my account with him",
        "the courier came back later and stood outside my window",
        "my ex still has a key and came in while I was asleep",
        "the supervisor keeps cornering me in the break room",
    ],
)
def test_control_and_stalking_are_abuse(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:harassment", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "my husband checks my statements every month to budget, can I get paper copies?",
        "he reads all my emails for me because my eyesight is bad, please send large print",
        "she opens my post while I'm away, it's fine",
        "my son smashed my phone by accident",
        "the van parked outside my house is yours?",
        "a courier stood outside my door for ages ringing, was he lost?",
        "I'm not allowed to buy alcohol without ID?",
    ],
)
def test_help_at_home_and_couriers_at_the_door_are_not_abuse(triage, text):
    assert triage.classify(text).reason != "sensitive:harassment", text


@pytest.mark.parametrize(
    "text, crisis",
    [
        ("I'm numb from the dentist, sorry for the typos, can I change my slot?", False),
        ("I just want to disappear for a weekend, any cabin deals?", False),
        ("I'm a burden on my data plan streaming all day lol", False),
        ("I feel numb all the time", True),
        ("i want to disappear for a while", True),
        ("I feel like a burden on my family", True),
    ],
)
def test_a_jab_a_break_and_a_phone_plan_are_not_a_crisis(triage, text, crisis):
    assert (triage.classify(text).reason == "sensitive:self_harm") is crisis, text
