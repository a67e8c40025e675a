"""A complaint told as what went wrong ("you lost my bag"), not announced as one."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "you lost my bag and nobody can tell me where it is",
        "you charged me twice for the same order",
        "I was overcharged on my last bill",
        "you cancelled my flight without any notice",
        "you guys never reply to emails",
        "been on hold for 45 minutes now",
        "my flight was delayed 3 hours and nobody told us anything",
        "the parcel arrived broken",
        "my order is missing two items",
        "the delivery driver left my parcel in the rain",
        "the product stopped working after two days",
        "I was told it would be delivered today and it wasn't",
        "the food was cold and the service was slow",
        "why is your website always down",
        "they hung up on me",
        "my seat was given away without asking",
        "I keep getting charged for a subscription I cancelled",
        "order arrived late and the pizza was cold",
        "great job losing my luggage again",
    ],
)
def test_what_went_wrong_is_a_complaint(triage, text):
    result = triage.classify(text)
    assert result.reason in ("complaint", "frustration"), (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "what happens if my flight is delayed?",
        "how do I report a damaged item",
        "can I get a refund if my order is late",
        "I waited two hours for the concert and it was worth it",
        "the movie was delayed again lol",
        "and then the whole crowd clapped, apparently.",
        "my cat knocked the vase over and broke it",
        "is the website down for maintenance tonight?",
    ],
)
def test_questions_and_other_peoples_stories_are_not_complaints(triage, text):
    assert triage.classify(text).reason != "complaint", text


@pytest.mark.parametrize(
    "text",
    [
        "flight 123 delayed again, missed my connection, awful",
        "my refund still hasn't come through after six weeks, terrible",
    ],
)
def test_a_problem_in_a_sour_tone_is_a_complaint(triage, text):
    result = triage.classify(text)
    assert result.route.value == "human", (text, result.signals)


def test_a_problem_in_a_sour_tone_says_why_and_can_be_switched_off():
    from bot.triage import Triage, TriageConfig

    text = "lost my bag somewhere at the airport and nobody at the desk knows anything, awful"
    result = Triage().classify(text)
    assert result.reason == "complaint"
    assert any("in a negative tone" in s for s in result.signals)
    assert Triage(TriageConfig.from_mapping({"complaint_threshold": -1.0})).classify(text).route.value == "bot"


@pytest.mark.parametrize(
    "text",
    [
        "my package arrived damaged, how do I get a replacement?",
        "my cat knocked the vase over and broke it",
    ],
)
def test_asking_what_to_do_or_ones_own_mishap_is_not_a_complaint(triage, text):
    assert triage.classify(text).route.value == "bot", text


@pytest.mark.parametrize(
    "text, complaint",
    [
        ("i'd like to file a claim", False),
        ("how do I make a claim for my car accident", False),
        ("I want to file a claim against your company", True),
        ("lodge a consumer claim", True),
        ("I'm unhappy with your service and need to make a claim", True),
    ],
)
def test_a_claim_filed_is_routine_unless_it_is_against_the_business(triage, text, complaint):
    assert (triage.classify(text).reason == "complaint") is complaint, text
