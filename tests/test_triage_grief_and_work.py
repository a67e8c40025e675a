"""A death told in other words, and trouble at work (the loose sense of a job crisis).

Bereavement: someone close who took their own life, "my mum's death", a baby lost, hospice, an anniversary,
a burial or a cremation, grieving; not a grievance filed, a phone that is dying, a package lost. Trouble at
work reaches a person (hardship or crisis): hating the job, burnt out at work, a toxic workplace, a boss who
yells; not "stressed about the work on my kitchen". All phrasings here are written for the project."""

import pytest

from bot.models import Route


@pytest.mark.parametrize(
    "text",
    [
        "since my mum's death I can't focus",
        "we lost our baby in March",
        "my dad is in hospice",
        "it's the anniversary of her death today",
        "we buried my grandad on Friday",
        "I don't know how to grieve",
        "my mother is dying",
        "the cremation is next week, can I change the delivery?",
    ],
)
def test_a_death_told_in_other_words_is_a_bereavement(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:bereavement", (text, result.signals)


@pytest.mark.parametrize("text", ["my husband killed himself last month", "my brother took his own life"])
def test_a_loss_to_suicide_reaches_a_person_at_once(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason.startswith("sensitive:"), (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I filed a grievance with the store",
        "my phone is dying, call me later",
        "the plant is dying, is it covered?",
        "we lost the package",
        "my condolences for your loss, and thanks for the help",
        "was he cremated? the news never said",
    ],
)
def test_things_that_die_or_get_lost_are_not_a_bereavement(triage, text):
    result = triage.classify(text)
    assert result.reason != "sensitive:bereavement", (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I hate my job so much",
        "I'm so burnt out at work",
        "my boss keeps yelling at me",
        "my workplace is so toxic",
        "I'm stressed about work and can't sleep",
    ],
)
def test_trouble_at_work_reaches_a_person(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason.startswith("sensitive:"), (text, result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I'm stressed about the work on my kitchen, when will the fitter come?",
        "I'm overwhelmed by the choice of colours",
        "I loved my job at the store",
    ],
)
def test_work_words_without_trouble_stay_out(triage, text):
    result = triage.classify(text)
    assert not (result.reason or "").startswith("sensitive:"), (text, result.signals)
