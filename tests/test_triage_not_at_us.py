"""Strong words that are not aimed at us stay with the bot; the same words aimed at us still reach a person.

In the playground: a wait for an order is answered with the order's status, delight with loud punctuation is
not shouting, disbelief at something good is not anger, a grumble about the writer's own day before the errand
is not frustration. Their look-alikes (anger about the wait, sarcasm, a grumble about us) are handed off.
"""

from __future__ import annotations

import pytest

from bot.models import Route, State
from bot.triage import Triage, TriageConfig
from tandem.testing.playground import handoff_card, kinds


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage(TriageConfig(model=False))


async def test_still_waiting_on_my_package_gets_the_orders_status(play):
    out = await play.say("still waiting on my package")
    assert "handoff" not in kinds(out), out
    assert "#1001" in out[0]["text"]  # the customer's own orders, with their status
    assert (await play.conversation()).state is State.BOT


async def test_still_waiting_with_anger_reaches_a_person_as_frustration(play):
    out = await play.say("still waiting on my order, this is ridiculous")
    assert handoff_card(out)["reason"] == "frustration", out


@pytest.mark.parametrize(
    "text",
    [
        "@airline can't believe how good the food was",
        "can't believe it came so fast!",
        "is it really free shipping???? yay!!",
        "omg you ship to canada?!?! awesome",
        "ugh mondays am i right. anyway how do i update my billing email",
        "I'm sick of cooking so pizza tonight, what's the deal of the day?",
        "my food still not here",
        "gotta love this weather",
    ],
)
async def test_delight_and_asides_stay_with_the_bot(play, text):
    out = await play.say(text)
    assert "handoff" not in kinds(out), out
    assert (await play.conversation()).state is State.BOT


@pytest.mark.parametrize(
    "text",
    [
        "can't believe how long this is taking",
        "I can't believe you lost my bag",
        "gotta love waiting 3 hours on the tarmac",
        "gotta love how you cancelled my flight again",
        "STILL waiting on my package!!!",
        "where is my refund?!?! this is a joke",
        "the update broke my camera app. great job on the update @shop!!! Not...",
        "ugh this app. anyway how do i update my billing email",
        "I'm sick of this so how do i cancel",
        "this is so annoying so how do i get a refund",
    ],
)
def test_the_same_words_aimed_at_us_are_handed_off(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN, result
    assert result.reason in ("frustration", "complaint"), result


def test_gotta_love_is_not_a_plain_request_that_hides_sarcasm(triage):
    result = triage.classify("gotta love waiting 3 hours on the tarmac")
    assert any("sarcastic" in signal for signal in result.signals), result


@pytest.mark.parametrize(
    "text",
    [
        "the courier had ONE job and left it in the rain",  # contempt for the job done
        "why am I paying monthly for this junk app",
        "omg just answer my question",
        "brilliant move, charging me for your mistake",
        "seriously what is this 😤😤",
        "@shop fix your website, the basket empties itself",
        "kitni baar bolna padega, order kahan hai",
        "nakakabwisit yung app nyo",
    ],
)
def test_contempt_sarcasm_and_exasperation_reach_a_person(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN, result
    assert result.reason in ("frustration", "complaint"), result


@pytest.mark.parametrize(
    "text",
    [
        "where do I put the garbage bags for collection day?",
        "you have one job today: relax and let us do the delivery",
        "can you fix your website's link to the returns page?",
        "just finished my workout 😤",
        "great idea, can you add it to my order?",
    ],
)
def test_their_look_alikes_stay_with_the_bot(triage, text):
    assert triage.classify(text).route is Route.BOT, text


async def test_you_had_one_job_gets_a_person_who_hears_the_feeling_first(play):
    out = await play.say("you had ONE job, the parcel is soaked")
    assert handoff_card(out)["reason"] == "frustration", out
