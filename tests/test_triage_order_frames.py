"""Order questions as frames (bot/triage/order_question.py): asked or told × the customer's own thing × how far
it got, in chat shorthand, typos, non-native English and Spanish/Portuguese; and the look-alikes that stay out
(delivery in general, other errands, money and cards, journeys, people, films' dialogue)."""

from __future__ import annotations

import pytest

from bot.triage import Route, Triage


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage()


@pytest.mark.parametrize(
    "text",
    [
        # not had yet, waited for, nothing yet
        "i still dont have my order",
        "haven't had my delivery yet",
        "i am waiting my order since 10 days",
        "waiting for my parcel since 2 weeks",
        "order placed 3 weeks ago, still nothing",
        "sir my parcel not reached till now",
        "sim hasnt arrived yet",
        # due, promised, expected
        "delivery was supposed to be today and nothing",
        "my order was due on monday",
        "the parcel was due yesterday",
        "expected my parcel yesterday, nothing",
        "i was told my order would come today",
        "they said my parcel would be delivered today but nothing",
        # how much longer, what happened, any movement
        "how much longer for my order?",
        "how many more days for my parcel",
        "what happened to my parcel??",
        "any movement on my parcel?",
        "any progress with my order",
        "my shipment is still in customs",
        "why hasn't my order shipped",
        "why isn't my package here yet",
        "did my package leave yet",
        # asked to be told, a thing of one's own
        "Could you let me know when my order will arrive please",
        "do you know when my order is coming",
        "when do i get my new handset",
        "when's my table coming",
        "my bed frame was supposed to arrive today",
        "has my preorder shipped?",
        "where is my ps5 preorder",
        # chased, followed up, on schedule; where it waits; the label and the van
        "chasing my order 4432",
        "following up on my order",
        "what's the latest on my order",
        "Is my order still on schedule?",
        "is my delivery still on for today",
        "which depot is my parcel at",
        "my sofa delivery keeps getting pushed back",
        "you still haven't sent my order",
        "tracking stuck on label created",
        "the delivery team didn't turn up",
        "how many stops away is the driver",
        "my package??",
        "still no parcel",
        # returned, failed, not booked, not heard, where to collect it
        "my parcel was returned to sender, why?",
        "delivery attempt failed, what now",
        "delivery for my sofa hasn't been booked yet",
        "hi there, I placed an order last week and haven't heard anything",
        "haven't received any shipping confirmation",
        "i got an email saying dispatched but nothing since",
        "where do i collect my parcel from",
        "which country is my parcel in",
        "the pizza is 40 min late where is it",
        # Spanish and Portuguese
        "cuándo llega mi pedido",
        "mi paquete no ha llegado",
        "ya enviaron mi pedido?",
        "onde está meu pedido",
        "meu pedido ainda não chegou",
        "quando chega minha encomenda",
    ],
)
def test_an_order_question_in_frames_gets_the_order_answer(triage: Triage, text: str) -> None:
    result = triage.classify(text)
    assert result.intent == "order_tracking", text
    assert result.route is Route.BOT


@pytest.mark.parametrize(
    "text",
    [
        "the delivery guy is taking forever",
        "it's been 3 weeks and my order still hasn't come, this is ridiculous",
        "where is my order??? this is unacceptable",
    ],
)
def test_a_complaint_about_a_late_order_is_handed_off_and_keeps_the_order_intent(triage: Triage, text: str) -> None:
    result = triage.classify(text)
    assert result.route is Route.HUMAN and result.reason == "complaint", text
    assert result.intent == "order_tracking", text


@pytest.mark.parametrize(
    "text",
    [
        # a product's facts, the shop's pages, pre-ordering
        "when will the new iphone arrive in stores",
        "where are your products made",
        "is this item shipped from the uk",
        "where do i find my order history",
        "can i preorder the new console",
        # cards and money, as banking labels them
        "I ordered a new card a week ago and still nothing",
        "where is the card i ordered",
        "what's the status of my card delivery",
        "when will I receive my mortgage?",
        # delivery in general, other errands
        "will i have to pay customs on my delivery",
        "can i get delivery tomorrow if i order now",
        "what day do you deliver to my area",
        "i have been chasing my refund for weeks",
        # journeys, people, a film's dialogue
        "my flight was pushed back again",
        "the shuttle driver didn't show up",
        "my luggage hasn't arrived",
        "Has the ship left yet?",
        "I haven't got my keys.",
        "Help never came.",
        "When do I get my cut?",
        "I ordered him to stay and he left.",
        "The order was given, and nothing happened.",
        "i have not received my invitation",
        "read your faq while waiting for my coffee, very clear",
        "sorry i didn't get that, can you say it again?",
    ],
)
def test_what_only_looks_like_an_order_question_in_frames_is_not_one(triage: Triage, text: str) -> None:
    assert triage.classify(text).intent != "order_tracking", text
