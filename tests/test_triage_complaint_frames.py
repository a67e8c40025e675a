"""A complaint read as concept frames (`complaint_frames.py`): a thing of the customer's × what went wrong with it ×
what makes it more than a request, in the words of any sector. Written for this test in the styles customers write
in (tweets, chat shorthand, typos, non-native English); none taken from a data set."""

import pytest

from bot.models import Route
from bot.triage import Triage

COMPLAINTS = [
    # the thing damaged, as it arrived or soon after
    "the sofa came with a big scratch down the side",
    "the table top is cracked right across the middle",
    "wardrobe door hangs off after one week",
    "the chair wobbles and one leg is shorter than the others",
    "the mattress smells awful and has a stain on it",
    "the paint on the cabinet is peeling already",
    "the dresser drawers dont close properly",
    "the moisturiser leaked all over the box",
    "recieved damaged item, box was crushed",
    "the fridge they delivered doesnt get cold",
    "the screen of my new laptop has dead pixels",
    "delivery guy was 2 hours late and the food was stone cold",
    "the bed frame is missing half the screws, cant build it",
    "the update deleted all my notes",
    # the wrong thing
    "they gave me someone else's order, no sign of my burger",
    "ordered a large got a small",
    "the shop gave me the wrong shade of lipstick",
    "my seat was given to someone else even tho i checked in online",
    "the points for my captain went to the wrong player",
    # a worker's misdeed
    "courier threw my parcel over the gate, its soaked",
    "delivery driver dumped my sofa in the hallway and left",
    "the technician left without fixing anything",
    "the engineer broke my socket while fixing the boiler",
    # not working, and for how long, against what facts, at what cost
    "no water pressure in my flat since monday",
    "power keeps cutting out every evening since the new meter was fitted",
    "my internet drops every night around 9 for two weeks now",
    "sim card not working since i got it",
    "cant make calls since yesterday, no service at all",
    "my bank app hasnt worked for 2 days",
    "the website wont accept my card but the card works everywhere else",
    "they cut off my wifi even though i paid the bill",
    "the heating engineer never turned up, took a day off work for nothing",
    # owed and not given, a bill that rose without cause, paid for and not had
    "my points from last gameweek never got added",
    "the app didnt count my captain's points again",
    "my team didnt get the bonus points they should have",
    "my claim was rejected for no reason, ive paid premiums for 8 years",
    "my bill is double what it normally is and I havent used anything different",
    "electricity bill jumped to 300 this month for no reason",
    "my gas meter is reading way higher than what im using",
    "im getting estimated bills for a year even tho i send readings every month",
    "been paying for premium and still getting ads",
    # two failures told together
    "flight was 5 hrs late n no food vouchers given",
    "my league got reset and all my team is gone",
    "the lineup deadline passed early and my transfers didnt save",
]

CALM = [
    "how do returns work?",
    "does this foundation come in other shades?",
    "the driver was lovely, thanks!",
    "the courier was really friendly and careful",
    "the bed is so comfy, love it",
    "the food was still hot when it arrived, great job",
    "my internet is fast now, thanks for fixing it",
    "what if the item arrives damaged?",
    "how do I return the wrong size?",
    "my order arrived today, thank you!",
    "nothing was damaged, all good",
    # the customer's own doing, a claim on a policy, a bank's routine
    "I chose a wrong delivery address by mistake",
    "I dropped my phone and the screen cracked",
    "my phone screen is cracked, I want to make a claim",
    "I ordered the wrong size lol",
    "there is money missing from my account",
    "I was charged a fee for a transfer",
    "my card is not working",
    # asking after an order is an order question
    "the pizza is 40 min late where is it",
    "my food still not here",
    # not the business's things
    "the stained glass windows in the old church are beautiful",
    "in the film his legs got smashed by a car, what a scene",
]


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage()


@pytest.mark.parametrize("text", COMPLAINTS)
def test_a_failure_told_in_any_words_is_a_complaint(triage, text):
    result = triage.classify(text)
    assert result.route is Route.HUMAN, (text, result.signals)
    assert result.reason == "complaint", (text, result.reason, result.signals)


@pytest.mark.parametrize("text", CALM)
def test_look_alikes_stay_with_the_bot(triage, text):
    result = triage.classify(text)
    assert result.route is Route.BOT, (text, result.reason, result.signals)


def test_the_card_says_what_was_found_and_which_frame(triage):
    result = triage.classify("@couch_co the sofa came with a big scratch down the side")
    assert any("(damaged)" in signal and "scratch" in signal and "@couch_co" in signal for signal in result.signals)
