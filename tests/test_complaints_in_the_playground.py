"""A complaint in the customer's own words reaches a person as a complaint, in the playground; an order
question with a problem in it, or praise that only sounds negative, stays with the bot."""

from __future__ import annotations

import pytest

from bot.models import State
from tandem.testing.playground import handoff_card, kinds


@pytest.mark.parametrize(
    "text",
    [
        "total waste of money, the strap snapped the first time I wore it",
        "our flight got cancelled and there is nobody at the desk",
        "so disappointing. I expected far better from you",
    ],
)
async def test_a_complaint_told_as_a_verdict_reaches_a_person_as_a_complaint(play, text):
    out = await play.say(text)
    assert handoff_card(out)["reason"] == "complaint", out
    assert (await play.conversation()).state is State.WAITING


async def test_an_order_that_has_not_arrived_is_an_order_question_for_the_bot(play):
    out = await play.say("my order hasn't arrived yet, where is it?")
    assert "handoff" not in kinds(out), out
    assert "#1001" in out[0]["text"]  # the customer's own orders, with their status
    assert (await play.conversation()).state is State.BOT


async def test_praise_that_sounds_negative_stays_with_the_bot(play):
    out = await play.say("I can't recommend you enough, the new kettle is not bad at all")
    assert "handoff" not in kinds(out), out
