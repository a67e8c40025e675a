"""Medical matters told as a symptom in one's own body, and the figures of speech that only look medical.

my × body part × symptom ("my heart keeps racing"), blood where it should not be, a mark on one's skin,
something in one's eyes, a named disease; not a daily dose of memes, a "::cough::" wink, a doctor's
appointment to book, imposter or Stockholm syndrome. Also: "I'm really lost" (confused) and
"the edge of the porch" are not a crisis. All phrasings here are written for the project."""

import pytest

from bot.models import Route


@pytest.mark.parametrize(
    "text",
    [
        "my heart keeps racing at night",
        "my tongue is twitching for days",
        "there's blood in my stool",
        "found a lump on my neck",
        "I got bug spray in my eyes",
        "they think it's melanoma",
        "I have ehlers danlos syndrome",
    ],
)
def test_a_symptom_in_ones_own_body_is_medical(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:medical", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "here's your daily dose of memes",
        "[NAME] ::cough:: MELO ::cough::",
        "when is my doctor's appointment",
        "I have imposter syndrome about this job lol",
        "classic Stockholm syndrome, I still love this brand",
        "my head hurts from all these options",
        "the sun was in my eyes",
        "my heart is set on the blue one",
    ],
)
def test_figures_of_speech_are_not_medical(triage, text):
    result = triage.classify(text)
    assert result.reason != "sensitive:medical", (text, result.signals)


@pytest.mark.parametrize(
    "text, crisis",
    [
        ("I'm really lost, how do I top up my card?", False),
        ("the courier left it on the edge of the porch", False),
        ("I'm so lost in life", True),
        ("I am on the edge of a breakdown", True),
        ("I'm lost. I don't know what I'm doing anymore", True),
        ("I am lost with my life", True),
        ("im lost on how to reset my password", False),
    ],
)
def test_lost_and_the_edge_are_a_crisis_only_about_a_life(triage, text, crisis):
    result = triage.classify(text)
    assert (result.reason == "sensitive:self_harm") is crisis, (text, result.signals)
