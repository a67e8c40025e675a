"""A wrong that carries its own verdict is a complaint without a sign of being fed up; asked about, it stays a
question for the bot."""

from __future__ import annotations

import pytest

from bot.models import Route, State
from bot.triage import Triage, TriageConfig
from tandem.testing.playground import handoff_card, kinds


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage(TriageConfig(model=False))


@pytest.mark.parametrize(
    "text",
    [
        "a late fee was applied even though I paid the invoice on time",
        "you charged my card for a premium plan we never signed up for",
        "my payment got rejected despite there being enough money in the account",
        "the update wiped my settings and I lost three days of work",
        "the train was cancelled and I missed my interview",
        "the jacket arrived already worn, with a stain on the sleeve",
        "the sofa looks nothing like the photo on the website",
        "half the groceries were missing from the box",
        "the courier left the parcel at the wrong house and marked it delivered",
        "the heating has been broken for a week and nobody came",
    ],
)
def test_a_wrong_with_its_own_verdict_is_a_complaint(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN, result
    assert result.reason == "complaint", result


@pytest.mark.parametrize(
    "text",
    [
        "a late fee was applied even though I paid on time, how do I get it back?",
        "can you check why I was charged when I had already cancelled?",
        "my card was declined, I don't have enough money on it",
        "the tracking says it was marked delivered, where is it?",
        "is the coat new or already worn?",
        "the sofa is totally different from the armchair, right?",
        "I paid the invoice on time",
        "missed my delivery slot, can I rebook it",
    ],
)
def test_the_same_words_asked_or_without_a_wrong_stay_with_the_bot(triage, text):
    assert triage.classify(text).route is Route.BOT, text


async def test_a_fee_against_the_facts_reaches_a_person_as_a_complaint(play):
    out = await play.say("interest was charged on my account even though I paid in full on time")
    assert handoff_card(out)["reason"] == "complaint", out
    assert (await play.conversation()).state is State.WAITING


async def test_asking_how_to_get_the_fee_back_is_answered_by_the_bot(play):
    out = await play.say("I was charged a fee even though I paid on time, how do I get a refund?")
    assert "handoff" not in kinds(out), out
