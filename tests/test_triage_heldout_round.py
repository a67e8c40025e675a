"""Disclosures inside errands, in the words of cases written apart from the rules (the tuning half of
/work/heldout/own_cases.csv, docs/triage.md › "Our own cases, written apart"), and their look-alikes."""

import pytest

from bot.models import Route
from bot.triage import Triage, TriageConfig


@pytest.fixture(scope="module")
def triage():
    return Triage(TriageConfig())


@pytest.mark.parametrize(
    "text, reason",
    [
        ("remove me from your emails, I'm not going to be around much longer", "sensitive:self_harm"),
        ("the pills I ordered, how many would it take to not wake up", "sensitive:self_harm"),
        ("close my account please. I've written letters to everyone already", "sensitive:self_harm"),
        ("I'm putting my affairs in order, cancel the subscription", "sensitive:self_harm"),
        ("the courier keeps texting me, says he knows where I live", "sensitive:harassment"),
        ("don't leave parcels at the door, my partner opens them and gets violent", "sensitive:harassment"),
        ("stop sending post here, my father takes it and beats me", "sensitive:harassment"),
        ("my in-laws take my salary and lock me in the room", "sensitive:harassment"),
        ("the delivery rider keeps coming back and knocking at night", "sensitive:harassment"),
        ("can I pause the repayments, I've been made redundant", "sensitive:financial_hardship"),
        ("paisa nahi hai is mahine, EMI kaise bharu", "sensitive:financial_hardship"),
        ("behind on my card and I can't see a way out", "sensitive:self_harm"),
        ("mere papa ka dehant ho gaya, account band karna hai", "sensitive:bereavement"),
        ("how did you get my email address? I never signed up", "sensitive:data_privacy"),
        ("someone else's name and address show up in my account", "sensitive:data_privacy"),
        ("hooman pls", "human_request"),
        ("CSR please", "human_request"),
        ("can I chat to one of your team instead?", "human_request"),
        ("connect me with a member of your customer service team", "human_request"),
    ],
)
def test_disclosures_and_requests_inside_errands(triage, text, reason):
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == reason, (text, result.signals)


def test_who_sees_medical_records_reaches_a_person_and_says_privacy(triage):
    result = triage.classify("who can see my medical records on the claim?")
    assert result.route is Route.HUMAN and any("data-privacy" in signal for signal in result.signals)


@pytest.mark.parametrize(
    "text",
    [
        "he gets aggressive in video games",
        "the engineer keeps texting to reschedule",
        "my brother takes the parcel and then hits me up later",
        "the shop knows where i live",
        "he took my order and then locked me out of the app",
        "how did you get my order here so fast",
        "someone else's order is in my basket",
        "i'm crying, the dog loves the new bed so much",
        "one of your team delivered it",
    ],
)
def test_look_alikes_stay_with_the_bot(triage, text):
    assert triage.classify(text).route is Route.BOT, text


@pytest.mark.parametrize(
    "text",
    [
        "whr is my ordr",
        "what day is the wardrobe being delivered",
        "any update on ORD-1293",
        "shipped?",
        "wheres my stuf #4821",
        "can u check on my delivery 22871",
        "Abeg when my package go reach?",
        "how long till my shoes get here",
        "has the courier picked up 66120 yet",
    ],
)
def test_order_questions_in_more_hands(triage, text):
    assert triage.classify(text).intent == "order_tracking", text


@pytest.mark.parametrize(
    "text",
    [
        "when is my mum coming",
        "when is the engineer coming",
        "how long till my refund gets here",
        "what day is my payment coming",
        "has the courier picked up my return",
        "how long until the sale is here",
    ],
)
def test_other_things_coming_are_not_orders(triage, text):
    assert triage.classify(text).intent != "order_tracking", text
