"""Harm someone else did to the customer is the reason they write, not a complaint about us (`third_party.py`):
an insurer's or a bank's customer reports a theft or an accident and stays with the bot; the same harm done by
the business's people, or to what it carries for the customer, is a complaint."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # nobody named: a crime or a road accident, told passively
        "my car was stolen",
        "my car got broken into",
        "my car was stolen last night",
        "my house was burgled while we were away",
        "my bike was stolen from outside the station",
        "my wallet was stolen and my card is missing",
        "my car got hit in the supermarket car park",
        "my account was hacked",
        # someone else named as the one who did it
        "someone hit my car in the parking lot",
        "someone hit my car in the parking lot and drove off",
        "a truck backed into my car at the lights",
        "thieves broke into our house last night",
        "a tree fell on my car during the storm",
        "my car was damaged in the car park by another driver",
        "my car was hit by an uninsured driver",
        "someone stole my card and used it",
    ],
)
def test_harm_someone_else_did_stays_with_the_bot(triage, text):
    result = triage.classify(text)
    assert result.reason != "complaint", (text, result.signals)


@pytest.mark.parametrize(
    "text, problem",
    [
        # the business's people did it: blame, a complaint without a sign of being fed up
        ("your driver hit my car", "your driver hit my car"),
        ("your driver hit my car and drove off", "your driver hit my car"),
        ("your engineer scratched my car", "your engineer scratched my car"),
        ("your delivery van backed into my car this morning", "your delivery van backed into my car"),
    ],
)
def test_harm_the_business_did_is_a_complaint(triage, text, problem):
    result = triage.classify(text)
    assert result.reason == "complaint", (text, result.signals)
    assert any(problem in signal for signal in result.signals), result.signals


@pytest.mark.parametrize(
    "text",
    [
        # what the business carries or keeps for the customer stays its failure
        "you lost my parcel",
        "@airline you lost my bag",
        "my bag was damaged",
        "my car was damaged at your car wash",
        # a theft told beside a complaint about us is still a complaint
        "my car was stolen and your app keeps crashing when I try to file a claim, ridiculous",
        # the business named in the third person, not putting it right
        "my car was stolen two months ago and my claim was denied again",
    ],
)
def test_real_complaints_stay_complaints(triage, text):
    result = triage.classify(text)
    assert result.reason == "complaint", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    ["my card was stolen and the bank refused to refund me", "my claim was denied, what can I do?"],
)
def test_a_theft_with_the_business_not_putting_it_right_reaches_a_person_or_asks(triage, text):
    result = triage.classify(text)
    expected = "bot" if text.endswith("?") else "human"
    assert result.route.value == expected, (text, result.signals)


def test_a_theft_told_with_a_question_asks_for_help(triage):
    result = triage.classify("my car was stolen last night, what do I do?")
    assert result.route.value == "bot", result.signals
