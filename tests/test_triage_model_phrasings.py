"""Triage with the shipped learned signal on, on phrasings written for this test (not taken from any source).

Figures of speech about things ("kill this bug", "my order died in transit") must stay with the bot whatever
the model has learned from crisis text; first-person danger, hardship and anger must reach a person.
"""

import pytest

from bot.models import Route
from bot.triage import Triage, TriageConfig
from bot.triage.model import TriageModel

FIGURES_OF_SPEECH = [
    "I want to kill this bug",
    "my order died in transit",
    "this checkout page is killing me",
    "I could die of embarrassment, I ordered the wrong size lol",
    "my phone battery died so I couldn't pay",
    "the plant I bought was dead on arrival, can I get a replacement?",
    "kill the subscription please",
    "I'm dying to get my hands on the new model",
    "the parcel got crushed in the post, can you send another one?",
    "how do I cut the cord on my old plan",
    # person-words that ask for no person
    "my travel agent booked the wrong date, can I change it?",
    "how do I become a sales agent",
    "can I transfer my order to another address",
    "transfer to a new card",
]

PERSON_NEEDED = [
    ("I don't want to be alive anymore", "sensitive:self_harm"),
    ("I'm going to end it all tonight", "sensitive:self_harm"),
    ("I have been cutting myself again", "sensitive:self_harm"),
    ("nobody would care if I disappeared", "sensitive:self_harm"),
    ("my husband hit me again last night", "sensitive:harassment"),
    ("he threatened to hurt me if I tell anyone", "sensitive:harassment"),
    ("my ex keeps following me home", "sensitive:harassment"),
    ("I lost my job and can't afford rent this month", "sensitive:financial_hardship"),
    ("we are about to be evicted", "sensitive:financial_hardship"),
    ("my mum passed away last week and I need to close her account", "sensitive:bereavement"),
    ("this is ridiculous, third time I've asked", "frustration"),
    ("you charged me twice and nobody answers", "complaint"),
    ("the parcel got crushed, the box was cut open", "complaint"),  # damage told, not violence
]


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage()  # the shipped model, with the categories it switches on


@pytest.mark.parametrize("text", FIGURES_OF_SPEECH)
def test_figures_of_speech_about_things_stay_with_the_bot(triage, text):
    result = triage.classify(text)
    assert result.route is Route.BOT, (text, result.reason, result.signals)


@pytest.mark.parametrize("text", FIGURES_OF_SPEECH)
def test_the_model_itself_is_not_sure_of_danger_in_them(text):
    model = TriageModel.load()
    for category in model.enabled:
        assert model.scores(text)[category] < model.thresholds[category], (text, category)


@pytest.mark.parametrize(("text", "reason"), PERSON_NEEDED)
def test_danger_hardship_and_anger_reach_a_person(triage, text, reason):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == reason, (text, result.reason, result.signals)


@pytest.mark.parametrize(("text", "reason"), PERSON_NEEDED)
def test_the_rules_alone_already_hand_them_off(text, reason):
    """The model only adds: what the rules decide on these stays decided with the model switched off."""
    assert Triage(TriageConfig(model=False)).classify(text).reason == reason


def test_the_model_hands_off_a_request_for_a_person_the_rules_miss(triage):
    text = "agent transfer"
    assert Triage(TriageConfig(model=False)).classify(text).route is Route.BOT  # no frame of the grammar
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "human_request"
    [signal] = result.signals  # the model's own, with its probability
    assert signal.startswith("model: human_request ") and float(signal.split()[-1]) >= 0.98
    off = Triage(TriageConfig.from_mapping({"model_thresholds": {"human_request": 1}}))
    assert off.classify(text).route is Route.BOT
