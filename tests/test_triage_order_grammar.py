"""The order question as a grammar (bot/triage/order_question.py): the customer's order, named, numbered, called
by what it is or by who brings it, next to where it is or when it comes; and what only looks like one."""

from __future__ import annotations

import pytest

from bot.triage import Route, Triage


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage()


@pytest.mark.parametrize(
    "text",
    [
        # called by what it is
        "has the vitamin d spray shipped?",
        "did my blender get dispatched",
        "is my sim card on the way",
        "eta on the paneer tikka",
        "when will the new router arrive",
        "my hairbrush pls where",
        "the noodles were supposed to come at 8",
        # named as an order, by a number, or in another language
        "#2044 shipped?",
        "my lipstick order, any update?",
        "order already dispatch or not",
        "asan na po yung parcel ko",
        "dónde está mi pedido 7781",
        "hi just checking if order 55120 has been sent out yet thanks",
        "@shop order #90412 has not moved in 4 days, where is it",
        "i ordered on friday and it still says processing??",
        # the one who brings it
        "where is the rider",
        "is the courier close",
        "the driver has not moved on the map for 20 mins",
        # "it", in a short question
        "is it coming today",
        "wen wil it deliverd",
        "eta?",
    ],
)
def test_an_order_question_in_other_words_gets_the_order_answer(triage: Triage, text: str) -> None:
    result = triage.classify(text)
    assert result.intent == "order_tracking", text
    assert result.route is Route.BOT


@pytest.mark.parametrize(
    "text",
    [
        # told, not asked: it came
        "omg the cake arrived and it's PERFECT?!",
        # delivery in general, or another errand about an order
        "do you deliver on sundays",
        "how long does shipping usually take to canada",
        "where is your nearest store",
        "can i change the delivery address for my parcel",
        "is the blue kettle back in stock",
        # money, cards and banking
        "my top up is still pending",
        "my salary has not come in yet",
        "i sent $6476 to my sister and it is still not there",
        "why is my standing order still pending",
        "where is my new debit card",
        # journeys, people and events
        "my flight is delayed again",
        "when the police arrive they will take a statement",
        "he knows where i live now",
        "when is the new feature coming",
        "keep the updates coming, love the app",
        # numbers that are not orders
        "there were 40000 people at the concert when it started",
        "see twitter.com/shop/status/1128065218729402368 for the news, where is it",
        # a long story that mentions a parcel
        "so last year my sister sent me a parcel from abroad and it took ages, we laughed about it for weeks, "
        "anyway I am writing because I would like to know whether your store has gift wrapping for birthdays and "
        "if the wrapping paper comes in blue, as my niece loves blue, and whether there is a card option too",
    ],
)
def test_what_only_looks_like_an_order_question_is_not_one(triage: Triage, text: str) -> None:
    assert triage.classify(text).intent != "order_tracking", text
