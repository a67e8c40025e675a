"""A complaint told as a verdict on what was bought ("this charger is junk", "waste of money", "never
again"), and a problem state of the customer's own trip ("our flight got cancelled")."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "the charger you sent is junk",
        "honestly the soup tasted bland and the bread was stale",
        "total waste of money, the zip broke on day one",
        "I would not recommend your shop to anyone",
        "never again, that was the last time I book with you",
        "so disappointing, I expected better from a brand like yours",
        "this kettle is poorly made",
        "worst hotel stay I've ever had",
        "we won't be back.",
        "our flight got cancelled and we are stuck at the gate",
        "my internet has been down again all week",
        "the new update still doesn't work",
    ],
)
def test_a_verdict_on_what_was_bought_is_a_complaint(triage, text):
    result = triage.classify(text)
    assert result.route.value == "human" and result.reason in ("complaint", "frustration"), (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "is the premium plan worth it?",
        "I can't recommend you enough, thank you!",
        "the weather is awful today",
        "my flight was delayed, can I change my seat?",
        "our flight got delayed, what are my options?",
        "please avoid this week for the delivery",
        "I'm not coming back to the office until Monday, can you deliver then?",
        "the delivery was not bad at all",
        "was the soup bland?",
        "my flight was not delayed after all, thanks",
        "my order hasn't arrived yet, where is it?",
    ],
)
def test_questions_praise_and_other_things_judged_are_not_complaints(triage, text):
    assert triage.classify(text).reason != "complaint", (text, triage.classify(text).signals)


def test_a_verdict_says_why_and_tandem_config_can_except_it():
    from bot.triage import Triage, TriageConfig

    text = "this kettle is poorly made"
    assert Triage().classify(text).signals == ('complained: "this kettle is poorly made"',)
    excepted = TriageConfig.from_mapping({"categories": {"complaint": {"except_words": ["poorly made"]}}})
    assert Triage(excepted).classify(text).route.value == "bot"
