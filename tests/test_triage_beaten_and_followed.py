"""Violence told as 'beat me up', and being followed: urgent, whatever else the message asks."""

import pytest

from bot.models import Priority, Route
from bot.triage import Triage, TriageConfig


@pytest.fixture(scope="module")
def triage():
    return Triage(TriageConfig())


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend beat me up last night, also where is my order",
        "I got beaten up by my dad and need the parcel sent to my aunt",
        "he beat the crap out of me",
        "the courier followed me into my building",
        "she keeps following me home from the bus stop",
    ],
)
def test_violence_and_being_followed_reach_a_person_at_once(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:harassment", (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "hit me up when it ships",
        "you beat me to it",
        "he followed me on instagram",
        "your rep followed up with me",
        "they followed me up with an email",
    ],
)
def test_slang_and_social_following_stay_with_the_bot(triage, text):
    assert triage.classify(text).reason != "sensitive:harassment", text


@pytest.mark.parametrize(
    "text", ["he choked me and I'm scared", "my partner hit me, I am so frightened, where is my parcel"]
)
def test_fear_next_to_violence_is_fear_of_it(triage, text):
    """The customer is given the abuse helplines, not the suicide ones; the card keeps both signals."""
    result = triage.classify(text)
    assert result.reason == "sensitive:harassment" and result.priority is Priority.URGENT
    assert any("self-harm" in signal for signal in result.signals)


@pytest.mark.parametrize("text", ["my husband hits me and I want to die", "he hits me and I feel hopeless"])
def test_a_crisis_of_their_own_next_to_violence_stays_first(triage, text):
    assert triage.classify(text).reason == "sensitive:self_harm"
