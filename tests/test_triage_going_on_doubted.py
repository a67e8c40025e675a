"""Veiled farewells: going on, or being around, doubted. Urgent; a trip, a move or an errand is not."""

import pytest

from bot.models import Priority, Route
from bot.triage import Triage, TriageConfig


@pytest.fixture(scope="module")
def triage():
    return Triage(TriageConfig())


@pytest.mark.parametrize(
    "text",
    [
        "there's no point going on, refund me whatever",
        "i won't be around much longer",
        "i won't be here for much longer",
        "I don't think I will be around by christmas",
        "i can't go on like this",
    ],
)
def test_doubting_going_on_reaches_a_person_at_once(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "sensitive:self_harm", (text, result.signals)
    assert result.priority is Priority.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "i won't be around next week, can you deliver on monday",
        "i won't be around to receive it anyway",
        "there's no point in going on with this return",
        "no point continuing the chat",
        "i can't carry on like this with your app",
        "I won't be here anymore after friday, I'm moving",
    ],
)
def test_trips_moves_and_errands_are_not_farewells(triage, text):
    assert triage.classify(text).reason != "sensitive:self_harm", text
